// Records of the selected range beside those of all recorded nights, each linking to its night (a run
// of quiet nights links to those nights on the dashboard). Definitions live on /about.
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { DataTable } from '@/app/components/data-table';
import { yieldToStream } from '@/app/components/yield-to-stream';
import { fetchAllTimeData, fetchRangeData } from '@/db/queries/dashboard-data';
import { BEST_DEFENCE_MIN_LAUNCHED, type Records } from '@/db/queries/records';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { aboutHref, dashboardHref, nightHref } from '@/lib/routes';
import { getLocalHref } from './local-href';

const KINDS = ['largestDrone', 'largestMissile', 'withoutMissiles', 'withoutAttacks', 'bestDefence', 'mostWeapons'] as const;
type Kind = (typeof KINDS)[number];

export async function RecordsSection({ filters, bounds, year }: { filters: DashboardFilters; bounds: { first: string; last: string }; year: number | null }) {
  await yieldToStream();
  const range = fetchRangeData(filters).records;
  const allTime = fetchAllTimeData({ target: filters.target, year, bounds }).allTimeRecords;
  const [t, fmt, local] = await Promise.all([getTranslations('dashboard.records'), getFigureFormat(), getLocalHref()]);
  const { target } = filters;
  const night = (date: string, text: string) => <a href={local(nightHref({ date, target }))}>{text}</a>;
  const value = (records: Records | null, kind: Kind): ReactNode => {
    if (!records) return fmt.notAvailable;
    switch (kind) {
      case 'largestDrone':
      case 'largestMissile': {
        const record = records[kind];
        return record ? night(record.date, t('count', { count: fmt.count(record.count), date: fmt.date(record.date, 'short') })) : fmt.notAvailable;
      }
      case 'mostWeapons': {
        const record = records.mostWeapons;
        return record ? night(record.date, t('weapons', { count: record.count, date: fmt.date(record.date, 'short') })) : fmt.notAvailable;
      }
      case 'withoutMissiles':
      case 'withoutAttacks': {
        const run = records[kind];
        if (!run) return t('none');
        const text =
          run.from === run.to
            ? t('runOne', { date: fmt.date(run.from, 'short') })
            : t('run', { nights: run.nights, from: fmt.date(run.from, 'short'), to: fmt.date(run.to, 'short') });
        return <a href={local(dashboardHref({ from: run.from, to: run.to, target }))}>{text}</a>;
      }
      case 'bestDefence': {
        const record = records.bestDefence;
        if (!record) return fmt.notAvailable;
        return night(record.date, t('defence', { rate: fmt.rate(record.rate), launched: fmt.count(record.launched), date: fmt.date(record.date, 'short') }));
      }
    }
  };
  return (
    <section className="card section" aria-labelledby="records-title">
      <h2 id="records-title">{t('title')}</h2>
      <DataTable
        caption={t('caption')}
        rows={KINDS}
        rowKey={(kind) => kind}
        columns={[
          { key: 'record', header: t('record'), rowHeader: true, cell: (kind) => t(kind, { min: BEST_DEFENCE_MIN_LAUNCHED }) },
          { key: 'range', header: t('inRange'), cell: (kind) => value(range, kind) },
          { key: 'all', header: t('allTime'), cell: (kind) => value(allTime, kind) },
        ]}
        className="records-table"
      />
      <p className="muted small">
        <a href={local(aboutHref('records'))}>{t('definitions')}</a>
      </p>
    </section>
  );
}
