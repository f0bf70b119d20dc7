'use client';
// The night's weapons as horizontal bars: how many were launched, and beside it what became of them
// (shot down, lost, not stopped, stacked). Loaded only when it nears the screen (deferred-weapons-chart.tsx);
// its legend is drawn on the server (weapons-section.tsx).
import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Text, Tooltip, XAxis, YAxis } from 'recharts';
import { useFigureFormat } from '@/app/_i18n/use-figure-format';
import { gridStroke, tick, tooltipStyle } from '@/app/components/charts/chart-style';
import { weaponsChartHeight } from './weapons-chart-size';
import { useListKeys } from './use-list-keys';
import { useNoUnnamedTabStops } from './use-no-unnamed-tab-stops';

export type WeaponBar = { name: string; launched: number | null; shotDown: number | null; lost: number | null; notStopped: number | null };
export type WeaponsChartLabels = { title: string; description: string; axis: string; launched: string; shotDown: string; lost: string; notStopped: string };

const NAME_WIDTH = 104;
const SERIES = ['launched', 'shotDown', 'lost', 'notStopped'];

/** A weapon's name beside its bars, wrapped onto more lines rather than cut. */
function NameTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  return (
    <Text x={x} y={y} width={NAME_WIDTH - 8} textAnchor="end" verticalAnchor="middle" fill="var(--text)" fontSize={12}>
      {String(payload?.value ?? '')}
    </Text>
  );
}

export function WeaponsChart({ rows, labels }: { rows: WeaponBar[]; labels: WeaponsChartLabels }) {
  const fmt = useFigureFormat();
  const holder = useRef<HTMLDivElement>(null);
  useNoUnnamedTabStops(holder);
  useListKeys(holder);
  const count = (value: unknown) => fmt.count(typeof value === 'number' ? value : null);
  return (
    <div ref={holder}>
      <BarChart
        layout="vertical"
        responsive
        style={{ width: '100%', height: weaponsChartHeight(rows.length) }}
        data={rows}
        title={labels.title}
        desc={labels.description}
        margin={{ top: 4, right: 12, bottom: 20, left: 0 }}
        barGap={2}
      >
        <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          tick={tick}
          tickFormatter={(value: number) => fmt.count(value)}
          label={{ value: labels.axis, position: 'insideBottom', offset: -12, style: { fill: 'var(--muted)', fontSize: 12 } }}
        />
        <YAxis type="category" dataKey="name" width={NAME_WIDTH} tick={NameTick} interval={0} />
        {/* Every count in the table's order, unknown ones as n/a (recharts drops nulls and sorts by name). */}
        <Tooltip formatter={count} contentStyle={tooltipStyle} filterNull={false} itemSorter={(item) => SERIES.indexOf(String(item.dataKey))} />
        <Bar dataKey="launched" name={labels.launched} fill="var(--drone)" isAnimationActive={false} />
        <Bar dataKey="shotDown" name={labels.shotDown} stackId="outcome" fill="var(--shot-down)" isAnimationActive={false} />
        <Bar dataKey="lost" name={labels.lost} stackId="outcome" fill="var(--lost)" isAnimationActive={false} />
        <Bar dataKey="notStopped" name={labels.notStopped} stackId="outcome" fill="var(--not-stopped)" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
