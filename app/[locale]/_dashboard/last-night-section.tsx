// The latest recorded night of the target (read by the page with the night bounds), worded for the top
// of the dashboard.
import { getLocale, getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { LastNight } from '@/app/components/last-night';
import type { LatestData } from '@/db/queries/dashboard-data';
import type { Target } from '@/lib/domain';
import { lastNightFigures, otherDrones, type LaunchCount } from '@/lib/last-night';
import { nightDates } from '@/lib/period-labels';
import { aboutHref, nightHref } from '@/lib/routes';
import { getLocalHref } from './local-href';

export async function LastNightSection({ data, target }: { data: NonNullable<LatestData['lastNight']>; target: Target }) {
  const [t, fmt, locale, local] = await Promise.all([getTranslations('dashboard.lastNight'), getFigureFormat(), getLocale(), getLocalHref()]);
  const { night } = data;
  const figures = lastNightFigures(data.categories, data.previous);
  const launchNote = (count: LaunchCount, category: 'drone' | 'missile') =>
    count.rows === 0 ? t(`noRows.${category}`) : count.unknownRows > 0 ? t('launchesLeftOut', { rows: count.unknownRows }) : undefined;
  const basis = figures.basisRows < figures.rows ? t('basisPartial', { basis: figures.basisRows, rows: figures.rows }) : undefined;
  const ratio = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
  const average = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const comparison = figures.comparison
    ? t('comparison', {
        ratio: ratio.format(figures.comparison.ratio),
        days: data.previousDays,
        average: average.format(figures.comparison.average),
        nights: figures.comparison.nightsKnown,
        from: fmt.date(figures.comparison.from, 'dayMonth'),
        to: fmt.date(figures.comparison.to, 'short'),
      }) + (figures.comparison.nights > figures.comparison.nightsKnown ? ` ${t('comparisonLeftOut', { nights: figures.comparison.nights - figures.comparison.nightsKnown })}` : '')
    : t(`noComparison.${figures.noComparison ?? 'launchesUnknown'}`, { days: data.previousDays });
  const others = otherDrones(figures.drones, { value: night.shaheds, qualifier: night.shahedsQualifier });
  const outcomes = [
    {
      id: 'hits',
      label: t('hits'),
      value: t('pair', { first: fmt.qualified(night.hitsMissile, night.hitsMissileQualifier), second: fmt.qualified(night.hitsDrone, night.hitsDroneQualifier) }),
    },
    { id: 'places-hit', label: t('placesHit'), value: fmt.qualified(night.placesHit, night.placesHitQualifier) },
    { id: 'places-debris', label: t('placesDebris'), value: fmt.qualified(night.placesDebris, night.placesDebrisQualifier) },
    {
      id: 'shaheds',
      label: t('shahedsAndOthers'),
      value: t('pair', { first: fmt.qualified(night.shaheds, night.shahedsQualifier), second: others ? fmt.qualified(others.value, others.qualifier) : fmt.notAvailable }),
    },
  ];
  const reported = [night.hitsMissile, night.hitsDrone, night.placesHit, night.placesDebris, night.shaheds].some((v) => v !== null);
  const approximate = [night.hitsMissileQualifier, night.hitsDroneQualifier, night.placesHitQualifier, night.placesDebrisQualifier, night.shahedsQualifier].some(Boolean);
  return (
    <LastNight
      view={{
        title: t('title'),
        date: { iso: night.date, text: fmt.date(night.date, 'long') },
        nightOf: t('nightOf', nightDates(locale, night.date)),
        nightHref: local(nightHref({ date: night.date, target })),
        nightLink: t('nightLink'),
        figures: [
          { id: 'drones', label: t('dronesLaunched'), value: fmt.count(figures.drones.value), note: launchNote(figures.drones, 'drone') },
          { id: 'missiles', label: t('missilesLaunched'), value: fmt.count(figures.missiles.value), note: launchNote(figures.missiles, 'missile') },
          { id: 'neutralised', label: t('neutralised'), value: fmt.count(figures.neutralised), note: basis },
          { id: 'not-stopped', label: t('notStopped'), value: fmt.count(figures.notStopped), note: basis },
        ],
        rate: { label: t('rate'), value: fmt.rate(figures.rate), basis: t('rateBasis', { basis: figures.basisRows, rows: figures.rows }) },
        comparison,
        outcomes,
        outcomesNote: !reported ? t('outcomesNotReported') : approximate ? t('outcomesApproximate') : null,
        howWeCount: { href: local(aboutHref('outcomes')), text: t('howWeCount') },
      }}
    />
  );
}
