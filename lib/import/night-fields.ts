// What an import does to a night's own fields (its figures are replaced as a whole, see plan.ts). A file
// speaks for what it gives and for nothing else; a field it does not give is left as stored:
// - our figures export gives the source URL when the night has one (an empty cell does not clear it);
// - the dataset names itself as the source, gives places hit, places with debris and Shaheds when its
//   rows do, and its note (its attribution and post list) replaces the note an earlier import of it wrote,
//   after the editor's own notes, which stay;
// - our per-night export gives every field it has a column for, exactly (an empty cell is unknown/none);
// - nothing gives the attack window, which stays as the editor left it.
// A count given without its qualifier is exact: when it changes the stored count, the stored qualifier
// (which qualified the old count) goes with it; when it is the stored count, the qualifier stays.
import { NIGHT_OUTCOME_FIELDS } from '@/lib/domain';
import { QUALIFIER_FIELD, type NightFields } from '@/lib/night-snapshot';
import { MAX_NOTES_LENGTH } from '@/lib/validation';

/** How the dataset's note begins: a stored paragraph that begins so was written by an import. */
export const IMPORTED_NOTE_START = 'Imported from the public dataset "Massive Missile Attacks on Ukraine"';

/** The night's fields an import may change (never the date and target: they say which night it is). */
export const IMPORT_FIELDS = [
  'sourceName',
  'sourceUrl',
  'statement',
  'notes',
  ...NIGHT_OUTCOME_FIELDS.flatMap((field) => [field, QUALIFIER_FIELD[field]] as const),
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export type StoredNightFields = Pick<NightFields, ImportField>;

/** What a file says of a night's own fields: a field it does not give is absent, and left as stored. */
export type FileFields = Partial<StoredNightFields> & {
  /** A note to put after the editor's own notes, in place of an earlier import's (the dataset's). */
  importedNote?: string;
};

export type FieldValue = StoredNightFields[ImportField];
export type FieldChange = { field: ImportField; before: FieldValue; after: FieldValue };

export const FIELD_LABELS: Record<ImportField, string> = {
  sourceName: 'Source name',
  sourceUrl: 'Source URL',
  statement: 'Statement',
  notes: 'Notes',
  hitsMissile: 'Missiles that struck',
  hitsMissileQualifier: 'Missiles that struck (qualifier)',
  hitsDrone: 'Drones that struck',
  hitsDroneQualifier: 'Drones that struck (qualifier)',
  placesHit: 'Places hit',
  placesHitQualifier: 'Places hit (qualifier)',
  placesDebris: 'Places with debris',
  placesDebrisQualifier: 'Places with debris (qualifier)',
  shaheds: 'Shahed-type drones',
  shahedsQualifier: 'Shahed-type drones (qualifier)',
};

/** The fields a new night gets from the file: what it gives, the rest unknown or none. */
export function newNightFields(file: FileFields): StoredNightFields {
  const fields = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, file[field] ?? null])) as StoredNightFields;
  if (file.notes === undefined && file.importedNote !== undefined) fields.notes = mergeImportedNote(null, file.importedNote);
  return fields;
}

/** The fields of a stored night that the file would change, in a fixed order. */
export function nightFieldChanges(stored: StoredNightFields, file: FileFields): FieldChange[] {
  const next: Partial<Record<ImportField, FieldValue>> = {};
  for (const field of IMPORT_FIELDS) if (file[field] !== undefined) next[field] = file[field];
  if (file.notes === undefined && file.importedNote !== undefined) next.notes = mergeImportedNote(stored.notes, file.importedNote);
  for (const field of NIGHT_OUTCOME_FIELDS) {
    const qualifier = QUALIFIER_FIELD[field];
    if (file[field] !== undefined && file[qualifier] === undefined && file[field] !== stored[field]) next[qualifier] = null;
  }
  return IMPORT_FIELDS.flatMap((field) => {
    const after = next[field];
    return after !== undefined && after !== stored[field] ? [{ field, before: stored[field], after }] : [];
  });
}

/**
 * The stored notes with `note` in place of the paragraphs an earlier import wrote (paragraphs are
 * separated by a blank line; the dataset's note is one line). The editor's text comes first and is
 * never cut: when both do not fit, the imported note is shortened.
 */
export function mergeImportedNote(stored: string | null, note: string): string {
  const own = (stored ?? '')
    .split('\n\n')
    .filter((paragraph) => !paragraph.trimStart().startsWith(IMPORTED_NOTE_START))
    .join('\n\n')
    .trim();
  if (!own) return note.slice(0, MAX_NOTES_LENGTH);
  const room = MAX_NOTES_LENGTH - own.length - 2;
  if (room <= 1) return own;
  return `${own}\n\n${note.length > room ? `${note.slice(0, room - 1)}…` : note}`;
}
