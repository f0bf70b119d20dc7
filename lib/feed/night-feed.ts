// The Atom feed of a target's nights in one language: one entry per night, newest first, each with the
// night's sums (as the dashboard's latest-nights list adds them up in SQL) and a link to its page. The
// feed's and entries' dates come from the data (when each night was saved), so the feed changes exactly
// when a night is saved, and reads the same however often it is fetched.
import type { Target } from '@/lib/domain';
import type { FigureFormat } from '@/lib/format';
import { localisedHref } from '@/lib/i18n/localised-href';
import { localisedPath, type Locale } from '@/lib/i18n/locales';
import { dashboardHref, nightHref } from '@/lib/routes';
import type { AtomFeed } from './atom';

/** How many nights the feed lists: readers poll it, so it stays small whatever the history. */
export const FEED_NIGHTS = 100;

export type FeedNight = {
  date: string;
  createdAt: Date;
  updatedAt: Date;
  droneLaunched: number | null;
  missileLaunched: number | null;
  shotDown: number | null;
  lost: number | null;
  notStopped: number | null;
  /** Weapon rows the night has: 0 means nothing was recorded for it. */
  figures: number;
};

type Figures = { drones: string; missiles: string; shotDown: string; lost: string; notStopped: string };

/** The feed's words in its language, from the "feed" catalogue. */
export type FeedText = {
  title: string;
  subtitle: string;
  author: string;
  labels: Record<keyof Figures, string>;
  noFigures: string;
  entryTitle: (values: { date: string; drones: string; missiles: string }) => string;
  summary: (values: Figures) => string;
};

/** The feed's own address for a language and target. */
export function feedPath(locale: Locale, target: Target): string {
  const path = localisedPath('/feed.xml', locale);
  return target === 'UA' ? path : `${path}?target=${target}`;
}

const escapeHtml = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export function nightFeed(input: {
  origin: string;
  locale: Locale;
  target: Target;
  /** When the target's data last changed (a deletion included), or null when it never did. */
  lastChange: Date | null;
  nights: readonly FeedNight[];
  format: FigureFormat;
  text: FeedText;
}): AtomFeed {
  const { origin, locale, target, nights, format, text } = input;
  const url = (path: string) => `${origin}${path}`;
  const latestSave = nights.reduce<number>((latest, night) => Math.max(latest, night.updatedAt.getTime()), 0);
  const updated = new Date(Math.max(latestSave, input.lastChange?.getTime() ?? 0));
  return {
    id: url(feedPath(locale, target)),
    lang: locale,
    title: text.title,
    subtitle: text.subtitle,
    updated,
    author: text.author,
    links: [
      { rel: 'self', type: 'application/atom+xml', href: url(feedPath(locale, target)) },
      { rel: 'alternate', type: 'text/html', href: url(localisedHref(dashboardHref(target === 'UA' ? {} : { target }), locale)), hreflang: locale },
    ],
    entries: nights.map((night) => {
      const link = url(localisedHref(nightHref({ date: night.date, target }), locale));
      const figures: Figures = {
        drones: format.count(night.droneLaunched),
        missiles: format.count(night.missileLaunched),
        shotDown: format.count(night.shotDown),
        lost: format.count(night.lost),
        notStopped: format.count(night.notStopped),
      };
      const items = (Object.keys(figures) as (keyof Figures)[]).map(
        (key) => `<li>${escapeHtml(text.labels[key])}: <strong>${escapeHtml(figures[key])}</strong></li>`,
      );
      const body = night.figures === 0 ? `<p>${escapeHtml(text.noFigures)}</p>` : `<ul>${items.join('')}</ul>`;
      const date = format.date(night.date, 'long');
      return {
        id: link,
        title: text.entryTitle({ date, drones: figures.drones, missiles: figures.missiles }),
        updated: night.updatedAt,
        published: night.createdAt,
        link,
        summary: night.figures === 0 ? text.noFigures : text.summary(figures),
        contentHtml: `${body}<p><a href="${escapeHtml(link)}">${escapeHtml(text.entryTitle({ date, drones: figures.drones, missiles: figures.missiles }))}</a></p>`,
      };
    }),
  };
}
