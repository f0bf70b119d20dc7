'use client';
// Loads recharts only when the weapons chart comes near the screen (as the dashboard's charts do): a
// reader who looks at the headline and the table never downloads it. Until then its space is held.
import dynamic from 'next/dynamic';
import { useNearScreen } from '@/app/components/use-near-screen';
import type { WeaponBar, WeaponsChartLabels } from './weapons-chart';
import { weaponsChartHeight } from './weapons-chart-size';
import { needsScript } from '@/lib/before-scripts';

const NEAR_SCREEN = '400px';

export function DeferredWeaponsChart({ rows, labels }: { rows: WeaponBar[]; labels: WeaponsChartLabels }) {
  const height = weaponsChartHeight(rows.length);
  const [holder, near] = useNearScreen<HTMLDivElement>(NEAR_SCREEN);

  return (
    <div ref={holder} {...needsScript} style={{ minHeight: height }}>
      {near && <WeaponsChart rows={rows} labels={labels} />}
    </div>
  );
}

// next/dynamic wants its options written out at the call.
const WeaponsChart = dynamic(() => import('./weapons-chart').then((m) => m.WeaponsChart), { ssr: false });
