// Launches by weapon over the range, drones and missiles each on their own scale.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { ChartCard } from '@/app/components/chart-card';
import { DeferredChart } from '@/app/components/charts/deferred-chart';
import { weaponsChartHeight } from '@/app/components/charts/chart-style';
import { tableData } from '@/app/components/data-table';
import { ToggleTable } from '@/app/components/toggle-table';
import { CATEGORIES } from '@/lib/domain';
import type { WeaponTotals } from '@/lib/series';

export async function WeaponCharts({ weapons }: { weapons: WeaponTotals[] }) {
  const [t, fmt] = await Promise.all([getTranslations('charts'), getFigureFormat()]);
  // Drones first: the larger numbers since 2023.
  return (
    <>
      {[...CATEGORIES].reverse().map((category) => {
        const rows = weapons.filter((w) => w.category === category && w.launched !== null).map((w) => ({ name: w.name, launched: w.launched }));
        const title = t(`weapons.${category}.title`);
        const top = rows[0];
        const summary = top
          ? t('weapons.summary', { count: rows.length, name: top.name, launched: fmt.count(top.launched) })
          : t(`weapons.${category}.empty`);
        return (
          <ChartCard key={category} id={`weapons-${category}`} title={title} summary={summary}>
            <DeferredChart
              chart="weapons"
              height={weaponsChartHeight(rows.length)}
              props={{
                points: rows,
                category,
                seriesName: t(`weapons.${category}.series`),
                words: { title, description: summary, xAxis: t('weapons.launched'), yAxis: t('weapons.weapon') },
              }}
            />
            <ToggleTable
              label={t('showTable')}
              data={tableData({
                caption: title,
                rows,
                rowKey: (r) => r.name,
                columns: [
                  { label: t('weapons.weapon'), value: (r) => r.name },
                  { label: t('weapons.launched'), numeric: true, value: (r) => fmt.count(r.launched) },
                ],
              })}
            />
          </ChartCard>
        );
      })}
    </>
  );
}
