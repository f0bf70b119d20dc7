'use client';
// Loads recharts only when the weapons chart comes near the screen (as the dashboard's charts do): a
// reader who looks at the headline and the table never downloads it. Until then its space is held.
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { WeaponBar, WeaponsChartLabels } from './weapons-chart';
import { weaponsChartHeight } from './weapons-chart-size';

const NEAR_SCREEN = '400px';

export function DeferredWeaponsChart({ rows, labels }: { rows: WeaponBar[]; labels: WeaponsChartLabels }) {
  const height = weaponsChartHeight(rows.length);
  const holder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: NEAR_SCREEN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={holder} style={{ minHeight: height }}>
      {near && <WeaponsChart rows={rows} labels={labels} />}
    </div>
  );
}

// next/dynamic wants its options written out at the call.
const WeaponsChart = dynamic(() => import('./weapons-chart').then((m) => m.WeaponsChart), { ssr: false });
