'use client';
// Shares of launched over time (neutralisation and interception rates, the decoy share of drones), on a
// 0–100 % scale, with an optional dashed marker (the Air Force's change of reporting).
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useFigureFormat } from '@/app/_i18n/use-figure-format';
import {
  axisLabel,
  CHART_MARGIN,
  chartStyle,
  gridStroke,
  LARGE_SERIES,
  legendStyle,
  percentTick,
  periodNames,
  rateOf,
  tick,
  tooltipStyle,
  type ChartWords,
  type PeriodPoint,
} from './chart-style';

export type LineSeries = { key: string; name: string; colour: string; dashed?: boolean };
export type LinesPoint = PeriodPoint & { values: Record<string, number | null> };

export function LinesChart({
  points,
  series,
  words,
  marker,
}: {
  points: LinesPoint[];
  series: LineSeries[];
  words: ChartWords;
  /** A dashed vertical line at one bucket, with its label. */
  marker?: { bucket: string; label: string } | null;
}) {
  const format = useFigureFormat();
  const names = periodNames(points);
  const dots = points.length <= LARGE_SERIES;
  // Write the marker's label on the side of the line with more room.
  const markerIndex = marker ? points.findIndex((p) => p.bucket === marker.bucket) : -1;
  const labelPosition = markerIndex < points.length / 2 ? 'insideTopLeft' : 'insideTopRight';
  return (
    <LineChart responsive style={chartStyle} data={points} margin={CHART_MARGIN} title={words.title} desc={words.description}>
      <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="bucket" tick={tick} tickFormatter={names.tick} minTickGap={12} label={axisLabel(words.xAxis, 'x')} />
      <YAxis domain={[0, 1]} tick={tick} tickFormatter={percentTick(format)} width={60} label={axisLabel(words.yAxis, 'y')} />
      <Tooltip formatter={rateOf(format)} labelFormatter={names.label} contentStyle={tooltipStyle} />
      <Legend verticalAlign="top" wrapperStyle={legendStyle} />
      {marker && markerIndex >= 0 && (
        <ReferenceLine
          x={marker.bucket}
          stroke="var(--muted)"
          strokeDasharray="4 4"
          label={{ value: marker.label, position: labelPosition, fill: 'var(--muted)', fontSize: 11 }}
        />
      )}
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={(point: LinesPoint) => point.values[s.key] ?? null}
          name={s.name}
          stroke={s.colour}
          strokeWidth={2}
          strokeDasharray={s.dashed ? '5 3' : undefined}
          dot={dots}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
