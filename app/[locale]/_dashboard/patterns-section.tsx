// Average launches per night by weekday and by month over the range, each with the nights it rests on;
// nights whose launches are not all given are left out, and the section says how many.
import { getLocale, getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { PatternTable, type PatternView } from '@/app/components/pattern-table';
import { yieldToStream } from '@/app/components/yield-to-stream';
import { fetchRangeData } from '@/db/queries/dashboard-data';
import type { PatternRow } from '@/db/queries/patterns';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { INTL_LOCALE } from '@/lib/i18n/locales';
import { aboutHref } from '@/lib/routes';
import { getLocalHref } from './local-href';

export async function PatternsSection({ filters }: { filters: DashboardFilters }) {
  await yieldToStream();
  const { patterns, records } = fetchRangeData(filters);
  if (!records || records.nights === 0) return null;
  const [t, fmt, locale, local] = await Promise.all([getTranslations('dashboard.patterns'), getFigureFormat(), getLocale(), getLocalHref()]);
  const tag = INTL_LOCALE[locale];
  // 1 January 2024 was a Monday: weekday k is 2024-01-0k.
  const weekday = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
  const average = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const view = (caption: string, name: string, rows: PatternRow[], label: (key: number) => string): PatternView => {
    const highest = Math.max(0, ...rows.map((row) => row.average ?? 0));
    return {
      caption,
      headers: { name, average: t('average'), basis: t('basis') },
      rows: rows.map((row) => ({
        key: String(row.key),
        name: label(row.key),
        average: row.average === null ? fmt.notAvailable : average.format(row.average),
        share: highest > 0 && row.average !== null ? row.average / highest : 0,
        basis: t('basisValue', { known: fmt.count(row.nightsKnown), nights: fmt.count(row.nights) }),
      })),
    };
  };
  const leftOut = patterns.weekdays.reduce((n, row) => n + row.nights - row.nightsKnown, 0);
  const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase(tag) + text.slice(1);
  return (
    <section className="card section" aria-labelledby="patterns-title">
      <h2 id="patterns-title">{t('title')}</h2>
      <p className="muted small">
        {t('summary')} {leftOut > 0 ? t('leftOut', { nights: leftOut }) : t('noneLeftOut')} <a href={local(aboutHref('patterns'))}>{t('howWeCount')}</a>
      </p>
      <div className="patterns">
        <PatternTable view={view(t('byWeekday'), t('weekday'), patterns.weekdays, (key) => capitalise(weekday.format(new Date(Date.UTC(2024, 0, key)))))} />
        <PatternTable view={view(t('byMonth'), t('month'), patterns.months, (key) => capitalise(month.format(new Date(Date.UTC(2024, key - 1, 1)))))} />
      </div>
    </section>
  );
}
