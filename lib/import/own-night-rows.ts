// Air Tally's per-night export (/export-nights.csv), row by row: each row is one night's own fields, read
// back exactly as exported (the exporter's formula neutralisation undone), so export → import → export
// gives the same bytes. Every field is checked by the same schemas as the night form; an empty cell is
// unknown (or no text), and replaces what is stored, as the file is the night's record.
import { z } from 'zod';
import { restoreFormula } from '@/lib/csv/cells';
import { NIGHT_EXPORT_COLUMNS, type NightExportColumn } from '@/lib/csv/night-columns';
import { isIsoDate } from '@/lib/dates';
import { NIGHT_OUTCOME_FIELDS, QUALIFIERS, type Qualifier } from '@/lib/domain';
import { targetSchema } from '@/lib/domain-schemas';
import { OUTCOME_JSON_KEY } from '@/lib/night-outcomes-json';
import { QUALIFIER_FIELD } from '@/lib/night-snapshot';
import { notesSchema, sourceNameSchema, sourceUrlSchema, statementSchema } from '@/lib/validation';
import { englishIssue } from '@/lib/validation-english';
import type { BatchCollector } from './batch';
import { parseOwnCount } from './counts';
import type { FileFields } from './night-fields';

const AT = Object.fromEntries(NIGHT_EXPORT_COLUMNS.map((column, index) => [column, index])) as Record<NightExportColumn, number>;

const TEXT_SCHEMAS = {
  source_name: ['sourceName', sourceNameSchema],
  source_url: ['sourceUrl', sourceUrlSchema],
  statement: ['statement', statementSchema],
  notes: ['notes', notesSchema],
} as const satisfies Partial<Record<NightExportColumn, readonly [keyof FileFields, z.ZodType<string | null>]>>;

export function createOwnNightRowReader(options: { collector: BatchCollector; today: string }) {
  const { collector, today } = options;

  function read(cells: readonly string[], line: number) {
    if (cells.length !== NIGHT_EXPORT_COLUMNS.length) {
      collector.error(line, `${cells.length} cells where the header has ${NIGHT_EXPORT_COLUMNS.length} (a stray comma, or broken quoting?)`);
      return;
    }
    const cell = (column: NightExportColumn) => cells[AT[column]] ?? '';
    const problems: string[] = [];
    const date = cell('date').trim();
    if (!isIsoDate(date)) problems.push(`date "${date}" is not a real date written YYYY-MM-DD`);
    else if (date > today) problems.push(`date ${date} is in the future`);
    const target = targetSchema.safeParse(cell('target').trim());
    if (!target.success) problems.push(`target "${cell('target')}" is not UA or RU`);

    const fields: FileFields = {};
    for (const [column, [field, schema]] of Object.entries(TEXT_SCHEMAS)) {
      const parsed = schema.safeParse(restoreFormula(cell(column as NightExportColumn)));
      const issue = parsed.error?.issues[0];
      if (issue) problems.push(`${column}: ${englishIssue(issue)}`);
      else Object.assign(fields, { [field]: parsed.data ?? null });
    }
    for (const field of NIGHT_OUTCOME_FIELDS) {
      const column = OUTCOME_JSON_KEY[field] as NightExportColumn;
      const count = parseOwnCount(cell(column));
      const qualifierText = cell(`${column}_qualifier` as NightExportColumn).trim();
      const qualifier = qualifierText === '' ? null : QUALIFIERS.find((q) => q === qualifierText);
      if (!count.ok) problems.push(`${column}: ${count.message}`);
      if (qualifier === undefined) problems.push(`${column}_qualifier: "${qualifierText}" is not one of ${QUALIFIERS.join(', ')}`);
      else if (qualifier !== null && count.ok && count.value === null) problems.push(`${column}_qualifier: ${qualifier} qualifies no count`);
      if (count.ok) fields[field] = count.value;
      fields[QUALIFIER_FIELD[field]] = (qualifier ?? null) as Qualifier | null;
    }
    if (problems.length || !target.success) {
      collector.error(line, problems.join('; '));
      return;
    }
    collector.addNight(line, date, target.data, fields);
  }

  return { read };
}
