// Shared look of the dashboard's charts: colours from the CSS variables in globals.css, so the charts
// follow the system's light or dark mode. Words and numbers come from the server (labels) and the
// reader's figure format (useFigureFormat), never written here.
import type { CSSProperties } from 'react';
import type { FigureFormat } from '@/lib/format';

export const CHART_HEIGHT = 300;
export const chartStyle: CSSProperties = { width: '100%', height: CHART_HEIGHT };
/** The weapons chart's height for `rows` weapons (axes and legend, then a row each); the server holds the space. */
export const weaponsChartHeight = (rows: number) => 90 + rows * 30;
export const CHART_MARGIN = { top: 8, right: 12, bottom: 24, left: 4 };

export const tick = { fill: 'var(--muted)', fontSize: 12 };
export const gridStroke = 'var(--border)';
export const tooltipStyle: CSSProperties = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 6,
  color: 'var(--text)',
};
export const legendStyle: CSSProperties = { fontSize: 13, color: 'var(--text)' };

export const axisLabel = (value: string, axis: 'x' | 'y') =>
  axis === 'y'
    ? { value, angle: -90, position: 'insideLeft' as const, style: { textAnchor: 'middle' as const, fill: 'var(--muted)', fontSize: 12 } }
    : { value, position: 'insideBottom' as const, offset: -2, style: { fill: 'var(--muted)', fontSize: 12 } };

/** What every chart is told in the reader's language: its name, a description, and its axes. */
export type ChartWords = { title: string; description: string; xAxis: string; yAxis: string };

/** A period on the time axis, as lib/series.ts shapes it. */
export type PeriodPoint = { bucket: string; label: string; tick: string; partial: boolean };

const asNumber = (value: unknown) => (typeof value === 'number' ? value : null);
export const countOf = (format: FigureFormat) => (value: unknown) => format.count(asNumber(value));
export const rateOf = (format: FigureFormat) => (value: unknown) => format.rate(asNumber(value));
/** Axis ticks on a 0–1 scale: "40%" / "40 %", whole percents. */
export const percentTick = (format: FigureFormat) => {
  const percent = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 });
  return (value: number) => percent.format(value);
};

/** Tick and tooltip names of the periods, from the points' own labels (which say when a period is partial). */
export function periodNames(points: readonly PeriodPoint[]) {
  const byBucket = new Map(points.map((p) => [p.bucket, p]));
  return {
    tick: (bucket: unknown) => (typeof bucket === 'string' ? (byBucket.get(bucket)?.tick ?? bucket) : ''),
    label: (bucket: unknown) => (typeof bucket === 'string' ? (byBucket.get(bucket)?.label ?? bucket) : ''),
  };
}

/** Bars and points above this many are drawn without animation (and lines without dots). */
export const LARGE_SERIES = 40;
