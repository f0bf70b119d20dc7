// The addresses of the link-preview images: one path per night or range, language and target, with no
// query string, so every page asking for the same picture names it the same way (caches and crawlers
// see one URL per picture). Parsing refuses every other spelling rather than guessing.
import { isIsoDate } from '@/lib/dates';
import { TARGETS, type Target } from '@/lib/domain';
import { isLocale, type Locale } from '@/lib/i18n/locales';

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 630;

/** /og/{locale}/night/{target}/{date}.png */
export function nightImagePath(night: { date: string; target: Target }, locale: Locale): string {
  return `/og/${locale}/night/${night.target}/${night.date}.png`;
}

/** /og/{locale}/view/{target}/{from}/{to}.png: a dashboard view's headline figures. */
export function viewImagePath(view: { from: string; to: string; target: Target }, locale: Locale): string {
  return `/og/${locale}/view/${view.target}/${view.from}/${view.to}.png`;
}

const isTarget = (value: string): value is Target => (TARGETS as readonly string[]).includes(value);

/** A date written as the image's file name, "2025-06-01.png", or null. */
function dateFile(file: string): string | null {
  const date = file.endsWith('.png') ? file.slice(0, -'.png'.length) : '';
  return isIsoDate(date) ? date : null;
}

export function readNightImage(params: { lang: string; target: string; file: string }): { locale: Locale; target: Target; date: string } | null {
  const date = dateFile(params.file);
  if (!isLocale(params.lang) || !isTarget(params.target) || !date) return null;
  return { locale: params.lang, target: params.target, date };
}

export function readViewImage(params: { lang: string; target: string; from: string; file: string }): { locale: Locale; target: Target; from: string; to: string } | null {
  const to = dateFile(params.file);
  if (!isLocale(params.lang) || !isTarget(params.target) || !isIsoDate(params.from) || !to || params.from > to) return null;
  return { locale: params.lang, target: params.target, from: params.from, to };
}
