'use client';
// Counts per night, week or month as bars, stacked or side by side: launches by category, what became of
// them, hits, places hit. Partial periods are drawn lighter (period-bar.tsx).
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useFigureFormat } from '@/app/_i18n/use-figure-format';
import {
  axisLabel,
  CHART_MARGIN,
  chartStyle,
  countOf,
  gridStroke,
  legendStyle,
  periodNames,
  tick,
  tooltipStyle,
  type ChartWords,
  type PeriodPoint,
} from './chart-style';
import { PeriodBar } from './period-bar';

export type BarSeries = { key: string; name: string; colour: string };
export type BarsPoint = PeriodPoint & { values: Record<string, number | null> };

export function BarsChart({ points, series, stacked, words }: { points: BarsPoint[]; series: BarSeries[]; stacked: boolean; words: ChartWords }) {
  const format = useFigureFormat();
  const count = countOf(format);
  const names = periodNames(points);
  return (
    <BarChart responsive style={chartStyle} data={points} margin={CHART_MARGIN} title={words.title} desc={words.description}>
      <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="bucket" tick={tick} tickFormatter={names.tick} minTickGap={12} label={axisLabel(words.xAxis, 'x')} />
      <YAxis tick={tick} tickFormatter={count} width={60} label={axisLabel(words.yAxis, 'y')} allowDecimals={false} />
      <Tooltip formatter={count} labelFormatter={names.label} contentStyle={tooltipStyle} />
      <Legend verticalAlign="top" wrapperStyle={legendStyle} />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={(point: BarsPoint) => point.values[s.key] ?? null}
          name={s.name}
          stackId={stacked ? 'stack' : undefined}
          fill={s.colour}
          shape={PeriodBar}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
