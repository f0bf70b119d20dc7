// Launched, shot down, lost, not stopped and both rates for groups of figures (categories, classes,
// weapons), with how many weapon rows each rate rests on (the two rates have different bases). The same
// columns are drawn on the server (OutcomeTable, also used by the night page) or, for long lists, sent as
// data and drawn when their toggle opens (outcomeTableData with ToggleTable).
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { WEAPON_CLASSES, type WeaponClass } from '@/lib/domain';
import type { Outcome } from '@/lib/series';
import { DataTableOf, tableData, type Column, type Layout, type TableData } from './data-table';

export type OutcomeRow = { key: string; label: string; weaponClass?: string; outcome: Outcome };

type Options = { caption: string; rows: OutcomeRow[]; showClass?: boolean; firstColumn: string };

const isWeaponClass = (value: string | undefined): value is WeaponClass => (WEAPON_CLASSES as readonly (string | undefined)[]).includes(value);

export async function outcomeTableData({ caption, rows, showClass = false, firstColumn }: Options): Promise<TableData> {
  const [t, fmt] = await Promise.all([getTranslations('dashboard'), getFigureFormat()]);
  const count = (label: string, value: (o: Outcome) => number | null): Column<OutcomeRow> => ({ label, numeric: true, value: (row) => fmt.count(value(row.outcome)) });
  const rowsOf = (value: (o: Outcome) => number) => (row: OutcomeRow) =>
    t('table.rowsOf', { rows: fmt.count(value(row.outcome)), total: fmt.count(row.outcome.figures) });
  const columns: Column<OutcomeRow>[] = [
    { label: firstColumn, value: (row) => row.label },
    ...(showClass
      ? [{ label: t('breakdown.class'), value: (row: OutcomeRow) => (isWeaponClass(row.weaponClass) ? t(`classes.${row.weaponClass}`) : (row.weaponClass ?? '')) }]
      : []),
    count(t('table.launched'), (o) => o.launched),
    count(t('table.shotDown'), (o) => o.shotDown),
    count(t('table.lost'), (o) => o.lost),
    count(t('table.notStopped'), (o) => o.notStopped),
    { label: t('table.neutralisationRate'), numeric: true, value: (row) => fmt.rate(row.outcome.neutralisationRate) },
    { label: t('table.interceptionRate'), numeric: true, value: (row) => fmt.rate(row.outcome.interceptionRate) },
    { label: t('table.neutralisationRows'), numeric: true, value: rowsOf((o) => o.neutralisationFigures) },
    { label: t('table.interceptionRows'), numeric: true, value: rowsOf((o) => o.interceptionFigures) },
  ];
  return tableData({ caption, columns, rows, rowKey: (row) => row.key });
}

/** On a phone: each group stacked (a few groups), or a sideways scroll with the names kept in view (many). */
export async function OutcomeTable({ layout = 'stack', ...options }: Options & { layout?: Layout }) {
  return <DataTableOf data={await outcomeTableData(options)} layout={layout} />;
}
