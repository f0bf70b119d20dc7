// Launched, shot down, lost, not stopped and both rates for groups of figures (categories, classes,
// weapons), with how many weapon rows each rate rests on (the two rates have different bases). On a phone
// each group stacks into its own block. Also used by the night page.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { WEAPON_CLASSES, type WeaponClass } from '@/lib/domain';
import type { Outcome } from '@/lib/series';
import { DataTable, type DataColumn, type Layout } from './data-table';

export type OutcomeRow = { key: string; label: React.ReactNode; weaponClass?: string; outcome: Outcome };

const isWeaponClass = (value: string | undefined): value is WeaponClass => (WEAPON_CLASSES as readonly (string | undefined)[]).includes(value);

export async function OutcomeTable({
  caption,
  rows,
  showClass = false,
  firstColumn,
  layout = 'stack',
}: {
  caption: string;
  rows: OutcomeRow[];
  showClass?: boolean;
  firstColumn: string;
  /** On a phone: each group stacked (a few groups), or a sideways scroll with the names kept in view (many). */
  layout?: Layout;
}) {
  const [t, fmt] = await Promise.all([getTranslations('dashboard'), getFigureFormat()]);
  const count = (value: (o: Outcome) => number | null, key: string, header: string): DataColumn<OutcomeRow> => ({
    key,
    header,
    numeric: true,
    cell: (row) => fmt.count(value(row.outcome)),
  });
  const columns: DataColumn<OutcomeRow>[] = [
    { key: 'label', header: firstColumn, rowHeader: true, cell: (row) => row.label },
    ...(showClass
      ? [{ key: 'class', header: t('breakdown.class'), cell: (row: OutcomeRow) => (isWeaponClass(row.weaponClass) ? t(`classes.${row.weaponClass}`) : row.weaponClass) }]
      : []),
    count((o) => o.launched, 'launched', t('table.launched')),
    count((o) => o.shotDown, 'shot-down', t('table.shotDown')),
    count((o) => o.lost, 'lost', t('table.lost')),
    count((o) => o.notStopped, 'not-stopped', t('table.notStopped')),
    { key: 'neutralisation', header: t('table.neutralisationRate'), numeric: true, cell: (row) => fmt.rate(row.outcome.neutralisationRate) },
    { key: 'interception', header: t('table.interceptionRate'), numeric: true, cell: (row) => fmt.rate(row.outcome.interceptionRate) },
    {
      key: 'neutralisation-rows',
      header: t('table.neutralisationRows'),
      numeric: true,
      cell: (row) => t('table.rowsOf', { rows: fmt.count(row.outcome.neutralisationFigures), total: fmt.count(row.outcome.figures) }),
    },
    {
      key: 'interception-rows',
      header: t('table.interceptionRows'),
      numeric: true,
      cell: (row) => t('table.rowsOf', { rows: fmt.count(row.outcome.interceptionFigures), total: fmt.count(row.outcome.figures) }),
    },
  ];
  return <DataTable caption={caption} rows={rows} rowKey={(row) => row.key} columns={columns} layout={layout} />;
}
