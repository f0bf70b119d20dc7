// Link-preview metadata for the dashboard and the night page: each page's generateMetadata merges
// one of these into its own. The figures come from preview-data.ts, the same card the image draws.
import 'server-only';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { fetchNightBounds } from '@/db/queries/night-bounds';
import { readTarget, resolveDashboardFilters, type SearchParams } from '@/lib/dashboard-filters';
import { todayInKyiv } from '@/lib/dates';
import type { Target } from '@/lib/domain';
import { feedPath } from '@/lib/feed/night-feed';
import { localisedHref } from '@/lib/i18n/localised-href';
import type { Locale } from '@/lib/i18n/locales';
import type { PreviewCard } from '@/lib/previews/card';
import { nightImagePath, viewImagePath } from '@/lib/previews/image-paths';
import { previewMetadata } from '@/lib/previews/metadata';
import { dashboardHref, nightHref, type NightKey } from '@/lib/routes';
import { requestOrigin } from './origin';
import { nightCard, viewCard } from './preview-data';

async function metadataFor(card: PreviewCard, page: { locale: Locale; target: Target; path: string; image: string }): Promise<Metadata> {
  const [t, origin] = await Promise.all([getTranslations({ locale: page.locale, namespace: 'og' }), requestOrigin()]);
  return previewMetadata({
    origin,
    locale: page.locale,
    pagePath: localisedHref(page.path, page.locale),
    siteName: card.site,
    title: t('pageTitle', { title: card.title, target: card.target }),
    description: card.description,
    imagePath: page.image,
    imageAlt: t('imageAlt', { title: card.title, target: card.target, description: card.description }),
    feed: { path: feedPath(page.locale, page.target), title: t('feedLink') },
  });
}

/** For the night page; nothing for a night that is not recorded (the page answers 404). */
export async function nightPreviewMetadata(night: NightKey): Promise<Metadata> {
  const locale = await getLocale();
  const card = await nightCard(night, locale);
  if (!card) return {};
  return metadataFor(card, { locale, target: night.target, path: nightHref(night), image: nightImagePath(night, locale) });
}

/** For the dashboard: the image shows the range the page resolves the URL to (defaults included). */
export async function viewPreviewMetadata(params: SearchParams): Promise<Metadata> {
  const locale = await getLocale();
  const bounds = fetchNightBounds(readTarget(params).target);
  const { from, to, target } = resolveDashboardFilters(params, { today: todayInKyiv(), bounds });
  // The shared address keeps the dates only when the link gave them: "/" stays "the latest".
  const dated = params.from !== undefined || params.to !== undefined;
  const path = dashboardHref({ ...(dated ? { from, to } : {}), ...(target === 'UA' ? {} : { target }) });
  return metadataFor(await viewCard({ from, to, target }, locale), { locale, target, path, image: viewImagePath({ from, to, target }, locale) });
}
