// The night form's fields, kept as the strings the editor typed: read from the submitted form, turned
// into what nightInputSchema parses (rows with no count at all are left out), and built back from a
// stored night. Errors come back keyed by the form's own field names, so they land beside the field.
import type { Counts } from './domain';
import { nightInputSchema, type NightInput } from './validation';

export const COUNT_FIELDS = ['launched', 'shotDown', 'lost'] as const;
const ROW_FIELDS = ['weaponId', ...COUNT_FIELDS] as const;
type RowField = (typeof ROW_FIELDS)[number];

export type FigureRowValues = { key: string } & Record<RowField, string>;

export type NightFormValues = {
  date: string;
  target: string;
  sourceName: string;
  sourceUrl: string;
  statement: string;
  notes: string;
  /** The night's version when the form was opened; empty for a new night. */
  version: string;
  rows: FigureRowValues[];
};

/** Messages by field name: `date`, `sourceUrl`, `rows.2.shotDown`, `rows` (the rows as a whole), `form`. */
export type NightFormErrors = Record<string, string>;

const TEXT_FIELDS = ['date', 'target', 'sourceName', 'sourceUrl', 'statement', 'notes', 'version'] as const;
const ROW_NAME = /^rows\.(\d+)\.(key|weaponId|launched|shotDown|lost)$/;

/** The input name of one row field, e.g. `rows.0.launched`. */
export function rowFieldName(index: number, field: RowField | 'key'): string {
  return `rows.${index}.${field}`;
}

export function blankRow(key: string, weaponId = ''): FigureRowValues {
  return { key, weaponId, launched: '', shotDown: '', lost: '' };
}

/** A row whose three counts are all empty says nothing and is ignored rather than refused. */
export function isBlankRow(row: FigureRowValues): boolean {
  return COUNT_FIELDS.every((field) => row[field].trim() === '');
}

/** Reads submitted form entries (e.g. `formData.entries()`) into form values; files are ignored. */
export function readNightForm(entries: Iterable<[string, unknown]>): NightFormValues {
  const values: NightFormValues = {
    date: '', target: '', sourceName: '', sourceUrl: '', statement: '', notes: '', version: '', rows: [],
  };
  const rows = new Map<number, FigureRowValues>();
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue;
    if ((TEXT_FIELDS as readonly string[]).includes(name)) {
      values[name as (typeof TEXT_FIELDS)[number]] = value;
      continue;
    }
    const match = ROW_NAME.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    const field = match[2] as RowField | 'key';
    const row = rows.get(index) ?? blankRow(`row-${index}`);
    row[field] = value;
    rows.set(index, row);
  }
  values.rows = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  return values;
}

export type ParsedNightForm =
  /** `rowIndexes[i]` is the form row that `night.figures[i]` came from. */
  | { ok: true; night: NightInput; rowIndexes: number[] }
  | { ok: false; errors: NightFormErrors };

/** Validates form values with nightInputSchema, leaving out blank rows; errors name the form's fields. */
export function parseNightForm(values: NightFormValues): ParsedNightForm {
  const rowIndexes: number[] = [];
  const figures = values.rows.flatMap((row, index) => {
    if (isBlankRow(row)) return [];
    rowIndexes.push(index);
    return [{ weaponId: row.weaponId, launched: row.launched, shotDown: row.shotDown, lost: row.lost }];
  });
  const result = nightInputSchema.safeParse({
    date: values.date,
    target: values.target || undefined,
    sourceName: values.sourceName,
    sourceUrl: values.sourceUrl,
    statement: values.statement,
    notes: values.notes,
    figures,
    version: values.version.trim() || undefined,
  });
  if (result.success) return { ok: true, night: result.data, rowIndexes };

  const errors: NightFormErrors = {};
  for (const issue of result.error.issues) {
    const [head, figureIndex, field] = issue.path;
    let key: string;
    if (head === 'figures' && typeof figureIndex === 'number' && typeof field === 'string') {
      key = rowFieldName(rowIndexes[figureIndex] ?? figureIndex, field as RowField);
    } else if (head === 'figures') {
      key = 'rows';
    } else if (typeof head === 'string' && head !== 'version') {
      key = head;
    } else {
      key = 'form';
    }
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

function countText(value: number | null): string {
  return value === null ? '' : String(value);
}

type StoredNight = {
  date: string;
  target: string;
  sourceName: string | null;
  sourceUrl: string | null;
  statement: string | null;
  notes: string | null;
  version: number;
};

/** Form values for editing a stored night and its figures. */
export function nightFormValues(night: StoredNight, figures: ({ weaponId: number } & Counts)[]): NightFormValues {
  return {
    date: night.date,
    target: night.target,
    sourceName: night.sourceName ?? '',
    sourceUrl: night.sourceUrl ?? '',
    statement: night.statement ?? '',
    notes: night.notes ?? '',
    version: String(night.version),
    rows: figures.map((figure, index) => ({
      key: `row-${index}`,
      weaponId: String(figure.weaponId),
      launched: countText(figure.launched),
      shotDown: countText(figure.shotDown),
      lost: countText(figure.lost),
    })),
  };
}

/** Form values for a new night: the given date and target, one empty row per listed weapon. */
export function newNightValues(date: string, target: string, weaponIds: readonly number[]): NightFormValues {
  return {
    date, target, sourceName: '', sourceUrl: '', statement: '', notes: '', version: '',
    rows: weaponIds.map((id, index) => blankRow(`row-${index}`, String(id))),
  };
}
