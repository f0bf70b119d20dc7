'use client';
// A time chart and its table from one PeriodData: the chart loads when it nears the screen, the table
// is drawn (its numbers in the reader's format) only when its toggle opens.
import { useMemo } from 'react';
import { useFigureFormat } from '@/app/_i18n/use-figure-format';
import type { TableData } from '../data-table';
import { ToggleTable } from '../toggle-table';
import type { ChartWords } from './chart-style';
import { DeferredChart } from './deferred-chart';
import type { PeriodData, PeriodSeries } from './period-data';

type Props = {
  data: PeriodData;
  kind: 'bars' | 'lines' | 'rolling';
  stacked?: boolean;
  /** A dashed marker at one period (lines only). */
  marker?: { bucket: string; label: string } | null;
  words: ChartWords;
  table: { caption: string; periodHeader: string; toggle: string };
};

export function PeriodChart({ data, kind, stacked = false, marker = null, words, table }: Props) {
  const format = useFigureFormat();
  const points = useMemo(() => {
    const partial = new Set(data.partial);
    return data.buckets.map((bucket, index) => ({
      bucket,
      label: data.labels[index] ?? bucket,
      tick: data.ticks[index] ?? bucket,
      partial: partial.has(index),
      values: Object.fromEntries(data.series.map((s) => [s.key, s.values[index] ?? null])),
    }));
  }, [data]);
  const charted = data.series.flatMap((s) => (s.chart ? [{ key: s.key, name: s.name, colour: s.chart.colour, dashed: s.chart.dashed }] : []));

  const tableData = (): TableData => {
    const average = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
    const cell = (s: PeriodSeries, index: number) => {
      const value = s.values[index] ?? null;
      if (s.format === 'rate') return format.rate(value);
      if (s.format === 'average') return value === null ? format.notAvailable : average.format(value);
      return format.qualified(value, s.approximate?.includes(index) ? 'about' : null);
    };
    return {
      caption: table.caption,
      columns: [{ label: table.periodHeader, numeric: false }, ...data.series.map((s) => ({ label: s.name, numeric: true }))],
      rows: data.rows.map((index) => ({
        key: data.buckets[index] ?? String(index),
        cells: [data.labels[index] ?? '', ...data.series.map((s) => cell(s, index))],
      })),
    };
  };

  let chart: React.ReactNode;
  if (kind === 'rolling') {
    const [launched, average] = data.series;
    chart = (
      <DeferredChart
        chart="rolling"
        props={{
          points: points.map(({ values, ...period }) => ({ ...period, launched: values[launched?.key ?? ''] ?? null, average: values[average?.key ?? ''] ?? null })),
          daily: data.granularity === 'night',
          series: { launched: launched?.name ?? '', average: average?.name ?? '' },
          words,
        }}
      />
    );
  } else if (kind === 'lines') {
    chart = <DeferredChart chart="lines" props={{ points, series: charted, words, marker }} />;
  } else {
    chart = <DeferredChart chart="bars" props={{ points, series: charted, stacked, words }} />;
  }
  return (
    <>
      {chart}
      <ToggleTable data={tableData} label={table.toggle} />
    </>
  );
}
