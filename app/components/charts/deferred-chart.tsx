'use client';
// Loads the charting library only when a chart comes near the screen. recharts is about half of the
// dashboard's JavaScript and the charts start below last night's figures, so a visitor who reads only the
// numbers never downloads it. Until then the chart's space is held, so nothing jumps.
import dynamic from 'next/dynamic';
import { useEffect, type ComponentProps } from 'react';
import { useNearScreen } from '../use-near-screen';
import { CHART_HEIGHT } from './chart-style';
import { needsScript } from '@/lib/before-scripts';

// The holder keeps the chart's height while its script loads: nothing to draw meanwhile.
const Loading = () => null;
// next/dynamic wants its options written out at each call.
const BarsChart = dynamic(() => import('./bars-chart').then((m) => m.BarsChart), { ssr: false, loading: Loading });
const LinesChart = dynamic(() => import('./lines-chart').then((m) => m.LinesChart), { ssr: false, loading: Loading });
const RollingChart = dynamic(() => import('./rolling-chart').then((m) => m.RollingChart), { ssr: false, loading: Loading });
const WeaponsChart = dynamic(() => import('./weapons-chart').then((m) => m.WeaponsChart), { ssr: false, loading: Loading });

export type DeferredChartProps =
  | { chart: 'bars'; props: ComponentProps<typeof BarsChart> }
  | { chart: 'lines'; props: ComponentProps<typeof LinesChart> }
  | { chart: 'rolling'; props: ComponentProps<typeof RollingChart> }
  | { chart: 'weapons'; props: ComponentProps<typeof WeaponsChart> };

function Chart(spec: DeferredChartProps) {
  switch (spec.chart) {
    case 'bars':
      return <BarsChart {...spec.props} />;
    case 'lines':
      return <LinesChart {...spec.props} />;
    case 'rolling':
      return <RollingChart {...spec.props} />;
    case 'weapons':
      return <WeaponsChart {...spec.props} />;
  }
}

/** Margin around the screen within which a chart starts loading, so it is usually ready on arrival. */
const NEAR_SCREEN = '600px';

/** `height`: the space to hold until the chart is drawn, when it is not the usual CHART_HEIGHT. */
export function DeferredChart(spec: DeferredChartProps & { height?: number }) {
  const height = spec.height ?? CHART_HEIGHT;
  const [holder, near] = useNearScreen<HTMLDivElement>(NEAR_SCREEN);

  // recharts 3.11 draws its z-index layers as <g> elements that Chromium makes Tab stops, each announced
  // as an unnamed group (upstream added tabIndex -1, then took it out): take them out of the Tab order, so
  // a keyboard reaches the chart itself (named, arrow keys move its tooltip) and then its table.
  useEffect(() => {
    const element = holder.current;
    if (!near || !element) return;
    const untab = () =>
      element.querySelectorAll('svg g[class*="recharts-zIndex-layer"]:not([tabindex])').forEach((layer) => layer.setAttribute('tabindex', '-1'));
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [near]);

  return (
    <div ref={holder} {...needsScript} style={{ minHeight: height }}>
      {near && <Chart {...spec} />}
    </div>
  );
}
