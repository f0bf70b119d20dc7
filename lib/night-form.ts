// The night form's fields, kept as the strings the editor typed: read from the submitted form, turned
// into what nightInputSchema parses (rows with no count at all are left out), and built back from a
// stored night. Errors come back keyed by the form's own field names, so they land beside the field, as
// catalogue keys with their parameters, so the form shows them in the editor's language.
import { NIGHT_OUTCOME_FIELDS, type Category, type Counts, type NightOutcomeField } from './domain';
import { QUALIFIER_FIELD, type NightFields } from './night-snapshot';
import { issueMessage, nightInputSchemaFor, type NightInput, type ValidationMessage } from './validation';

export const COUNT_FIELDS = ['launched', 'shotDown', 'lost'] as const;
const ROW_FIELDS = ['weaponId', ...COUNT_FIELDS] as const;
type RowField = (typeof ROW_FIELDS)[number];

export type FigureRowValues = { key: string } & Record<RowField, string>;

/** An outcome's count field (`placesHit`) or its qualifier's (`placesHitQualifier`, '' for exact). */
export type OutcomeFormField = NightOutcomeField | (typeof QUALIFIER_FIELD)[NightOutcomeField];
export const OUTCOME_FORM_FIELDS: readonly OutcomeFormField[] = NIGHT_OUTCOME_FIELDS.flatMap((field) => [field, QUALIFIER_FIELD[field]]);

const TEXT_FIELDS = ['date', 'target', 'sourceName', 'sourceUrl', 'statement', 'notes', 'version'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export type NightFormValues = Record<TextField | OutcomeFormField, string> & { rows: FigureRowValues[] };

/** Messages by field name: `date`, `placesHit`, `rows.2.shotDown`, `rows` (the rows as a whole), `form`. */
export type NightFormErrors = Record<string, ValidationMessage>;

const FORM_FIELDS: readonly string[] = [...TEXT_FIELDS, ...OUTCOME_FORM_FIELDS];
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

function emptyValues(): NightFormValues {
  const values = { rows: [] as FigureRowValues[] } as NightFormValues;
  for (const field of FORM_FIELDS) values[field as TextField] = '';
  return values;
}

/** Reads submitted form entries (e.g. `formData.entries()`) into form values; files are ignored. */
export function readNightForm(entries: Iterable<[string, unknown]>): NightFormValues {
  const values = emptyValues();
  const rows = new Map<number, FigureRowValues>();
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue;
    if (FORM_FIELDS.includes(name)) {
      values[name as TextField] = value;
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

/**
 * Validates form values with nightInputSchemaFor, leaving out blank rows; errors name the form's fields.
 * `categoryOf` gives each weapon's category, for the limits of hits and Shaheds.
 */
export function parseNightForm(values: NightFormValues, categoryOf: (weaponId: number) => Category | undefined): ParsedNightForm {
  const rowIndexes: number[] = [];
  const figures = values.rows.flatMap((row, index) => {
    if (isBlankRow(row)) return [];
    rowIndexes.push(index);
    return [{ weaponId: row.weaponId, launched: row.launched, shotDown: row.shotDown, lost: row.lost }];
  });
  const result = nightInputSchemaFor(categoryOf).safeParse({
    date: values.date,
    target: values.target || undefined,
    sourceName: values.sourceName,
    sourceUrl: values.sourceUrl,
    statement: values.statement,
    notes: values.notes,
    figures,
    outcomes: Object.fromEntries(NIGHT_OUTCOME_FIELDS.map((field) => [field, values[field]])),
    qualifiers: Object.fromEntries(NIGHT_OUTCOME_FIELDS.map((field) => [field, values[QUALIFIER_FIELD[field]]])),
    version: values.version.trim() || undefined,
  });
  if (result.success) return { ok: true, night: result.data, rowIndexes };

  const errors: NightFormErrors = {};
  for (const issue of result.error.issues) {
    const [head, part, field] = issue.path;
    let key: string;
    if (head === 'figures' && typeof part === 'number' && typeof field === 'string') {
      key = rowFieldName(rowIndexes[part] ?? part, field as RowField);
    } else if (head === 'figures') {
      key = 'rows';
    } else if (head === 'outcomes' && typeof part === 'string') {
      key = part;
    } else if (head === 'qualifiers' && typeof part === 'string') {
      key = QUALIFIER_FIELD[part as NightOutcomeField] ?? 'form';
    } else if (typeof head === 'string' && head !== 'version') {
      key = head;
    } else {
      key = 'form';
    }
    errors[key] ??= issueMessage(issue);
  }
  return { ok: false, errors };
}

function countText(value: number | null): string {
  return value === null ? '' : String(value);
}

/** Form values for editing a stored night and its figures. */
export function nightFormValues(
  night: Pick<NightFields, 'date' | 'target' | 'sourceName' | 'sourceUrl' | 'statement' | 'notes' | 'version' | OutcomeFormField>,
  figures: readonly ({ weaponId: number } & Counts)[],
): NightFormValues {
  const values: NightFormValues = {
    ...emptyValues(),
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
  for (const field of NIGHT_OUTCOME_FIELDS) {
    values[field] = countText(night[field]);
    values[QUALIFIER_FIELD[field]] = night[QUALIFIER_FIELD[field]] ?? '';
  }
  return values;
}

/** Form values for a new night: the given date and target, one empty row per listed weapon. */
export function newNightValues(date: string, target: string, weaponIds: readonly number[]): NightFormValues {
  return { ...emptyValues(), date, target, rows: weaponIds.map((id, index) => blankRow(`row-${index}`, String(id))) };
}
