// The link-preview card of a night or a dashboard view, in a language: read with the same queries as
// the page it previews (the night page's outcomes from SQL, the dashboard's aggregates for its filters) and
// worded from the "og" catalogue. Used by the image routes and by the pages' metadata.
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { fetchRangeData } from '@/db/queries/dashboard-data';
import { fetchNight } from '@/db/queries/night';
import { fetchNightBounds } from '@/db/queries/night-bounds';
import { fetchNightOutcomes } from '@/db/queries/night-outcomes';
import { resolveDashboardFilters } from '@/lib/dashboard-filters';
import { todayInKyiv } from '@/lib/dates';
import type { Target } from '@/lib/domain';
import { figureFormat } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { previewCard, type CardText, type PreviewCard } from '@/lib/previews/card';
import { outcomeOf, rangeNights } from '@/lib/series';

async function cardText(locale: Locale, target: Target, title: (t: Awaited<ReturnType<typeof getTranslations<'og'>>>) => string): Promise<{ text: CardText; notAvailable: string }> {
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: 'og' }), getTranslations({ locale, namespace: 'common' })]);
  return {
    notAvailable: common('notAvailable'),
    text: {
      site: common('siteName'),
      target: t(`target.${target}`),
      title: title(t),
      labels: { drones: t('drones'), missiles: t('missiles'), neutralisationRate: t('neutralisationRate') },
      shotDown: (count) => t('shotDown', { count }),
      nights: (count) => t('nights', { count }),
      description: (values) => t('description', values),
    },
  };
}

/** A night's card, or null when the night is not recorded. */
export async function nightCard(night: { date: string; target: Target }, locale: Locale): Promise<PreviewCard | null> {
  if (!fetchNight(night.date, night.target)) return null;
  // As the night page: its outcomes per weapon from the dashboard's SQL, added up by category.
  const weapons = fetchNightOutcomes({ date: night.date, target: night.target });
  const { text, notAvailable } = await cardText(locale, night.target, (t) => t('nightTitle', { date: figureFormat(locale).date(night.date, 'long') }));
  return previewCard({
    drone: outcomeOf(weapons.filter((w) => w.category === 'drone')),
    missile: outcomeOf(weapons.filter((w) => w.category === 'missile')),
    all: outcomeOf(weapons),
    nights: null,
    format: figureFormat(locale, notAvailable),
    text,
  });
}

/** A dashboard range's card: the headline figures the dashboard shows for the same range. */
export async function viewCard(view: { from: string; to: string; target: Target }, locale: Locale): Promise<PreviewCard> {
  const filters = resolveDashboardFilters(view, { today: todayInKyiv(), bounds: fetchNightBounds(view.target) });
  const { from, to, target, granularity, chartSpan } = filters;
  const data = fetchRangeData({ target, from, to, granularity, chartSpan });
  const date = (value: string) => figureFormat(locale).date(value, 'long');
  const { text, notAvailable } = await cardText(locale, target, (t) => t('rangeTitle', { from: date(from), to: date(to) }));
  return previewCard({
    drone: outcomeOf(data.weapons.filter((w) => w.category === 'drone')),
    missile: outcomeOf(data.weapons.filter((w) => w.category === 'missile')),
    all: outcomeOf(data.weapons),
    nights: rangeNights(data.series).nights,
    format: figureFormat(locale, notAvailable),
    text,
  });
}
