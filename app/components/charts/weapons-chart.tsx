'use client';
// Launches by weapon over the range, largest first. Drones and missiles get a chart each: on one scale
// a few missiles would vanish beside thousands of drones.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { Category } from '@/lib/domain';
import { axisLabel, countTick, countTooltip, gridStroke, legendStyle, tick, tooltipStyle } from './chart-style';

export type WeaponPoint = { name: string; launched: number | null };

const ROW_HEIGHT = 30;

export function WeaponsChart({ points, category }: { points: WeaponPoint[]; category: Category }) {
  return (
    <BarChart
      responsive
      layout="vertical"
      style={{ width: '100%', height: 90 + points.length * ROW_HEIGHT }}
      data={points}
      margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
    >
      <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tick={tick} tickFormatter={countTick} label={axisLabel('Launched (count)', 'x')} allowDecimals={false} />
      <YAxis type="category" dataKey="name" tick={tick} width={140} interval={0} />
      <Tooltip formatter={countTooltip} contentStyle={tooltipStyle} />
      <Legend verticalAlign="top" wrapperStyle={legendStyle} />
      <Bar
        dataKey="launched"
        name={category === 'drone' ? 'Drones launched' : 'Missiles launched'}
        fill={category === 'drone' ? 'var(--drone)' : 'var(--missile)'}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
