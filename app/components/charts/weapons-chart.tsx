'use client';
// Launches by weapon over the range, largest first. Drones and missiles get a chart each: on one scale
// a few missiles would vanish beside thousands of drones.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useFigureFormat } from '@/app/_i18n/use-figure-format';
import type { Category } from '@/lib/domain';
import { axisLabel, countOf, gridStroke, legendStyle, tick, tooltipStyle, weaponsChartHeight, type ChartWords } from './chart-style';

export type WeaponPoint = { name: string; launched: number | null };


export function WeaponsChart({ points, category, words, seriesName }: { points: WeaponPoint[]; category: Category; words: ChartWords; seriesName: string }) {
  const count = countOf(useFigureFormat());
  return (
    <BarChart
      responsive
      layout="vertical"
      style={{ width: '100%', height: weaponsChartHeight(points.length) }}
      data={points}
      margin={{ top: 8, right: 16, bottom: 24, left: 4 }}
      title={words.title}
      desc={words.description}
    >
      <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tick={tick} tickFormatter={count} label={axisLabel(words.xAxis, 'x')} allowDecimals={false} />
      <YAxis type="category" dataKey="name" tick={tick} width={120} interval={0} />
      <Tooltip formatter={count} contentStyle={tooltipStyle} />
      <Legend verticalAlign="top" wrapperStyle={legendStyle} />
      <Bar dataKey="launched" name={seriesName} fill={category === 'drone' ? 'var(--drone)' : 'var(--missile)'} isAnimationActive={false} />
    </BarChart>
  );
}
