// What an import does to an existing night's own fields (its figures are replaced as a whole, see
// plan.ts). A file speaks for what it gives and for nothing else:
// - source name: the file's when it gives one (the dataset names itself; our export carries none);
// - source URL: the file's when it gives one; an empty cell does not clear a stored URL, since our
//   export and the dataset leave it empty whenever they have none to give;
// - notes: the file's note (the dataset's attribution and post list) replaces the note an earlier import
//   of that file wrote, and is put after the editor's own notes, which stay;
// - statement, attack window: no file gives them, so an editor's stay as they are.
import type { NightFields } from './batch';

/** How the dataset's note begins: a stored paragraph that begins so was written by an import. */
export const IMPORTED_NOTE_START = 'Imported from the public dataset "Massive Missile Attacks on Ukraine"';

/** As long as the night form allows notes to be (lib/validation.ts). */
export const MAX_NOTES_LENGTH = 5000;

export type StoredNightFields = { sourceName: string | null; sourceUrl: string | null; notes: string | null };

export type NightField = 'sourceName' | 'sourceUrl' | 'notes';
export type FieldChange = { field: NightField; before: string | null; after: string | null };

export const FIELD_LABELS: Record<NightField, string> = { sourceName: 'Source name', sourceUrl: 'Source URL', notes: 'Notes' };

/** The fields of a stored night that the file would change, in a fixed order. */
export function nightFieldChanges(stored: StoredNightFields, file: NightFields): FieldChange[] {
  const changes: FieldChange[] = [];
  const set = (field: NightField, after: string | null) => {
    if (after !== null && after !== stored[field]) changes.push({ field, before: stored[field], after });
  };
  set('sourceName', file.sourceName);
  set('sourceUrl', file.sourceUrl);
  set('notes', file.notes === null ? null : mergeImportedNote(stored.notes, file.notes));
  return changes;
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
