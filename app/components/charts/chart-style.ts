// Shared look of the dashboard's charts: colours from the CSS variables in globals.css, so the charts
// follow the system's light or dark mode, and numbers written the way the rest of the page writes them.
import type { CSSProperties } from 'react';
import { bucketTick, type Granularity } from '@/lib/buckets';
import { formatCount, formatRate } from '@/lib/format';

export const CHART_HEIGHT = 300;
export const chartStyle: CSSProperties = { width: '100%', height: CHART_HEIGHT };

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

export const X_AXIS_TITLES: Record<Granularity, string> = {
  night: 'Night (date of the morning it ended)',
  week: 'Week (Monday to Sunday)',
  month: 'Month',
  year: 'Year',
};

const asNumber = (value: unknown) => (typeof value === 'number' ? value : null);
export const countTooltip = (value: unknown) => formatCount(asNumber(value));
export const rateTooltip = (value: unknown) => formatRate(asNumber(value));
export const countTick = (value: number) => formatCount(value);
export const rateTick = (value: number) => `${Math.round(value * 100)}%`;
export const bucketTicks = (granularity: Granularity) => (bucket: string) => bucketTick(bucket, granularity);
/** A period as the tooltip names it, from the points' own labels (which say when a period is partial). */
export const periodLabels = (points: readonly { bucket: string; label: string }[]) => {
  const labels = new Map(points.map((p) => [p.bucket, p.label]));
  return (bucket: unknown) => (typeof bucket === 'string' ? (labels.get(bucket) ?? bucket) : '');
};

/** Bars and points above this many are drawn without animation (and lines without dots). */
export const LARGE_SERIES = 40;
