import { describe, expect, it } from 'vitest';
import { IMPORTED_NOTE_START, MAX_NOTES_LENGTH, mergeImportedNote, nightFieldChanges } from './night-fields';

const note = (posts: string) => `${IMPORTED_NOTE_START} by Petro Ivaniuk (CC BY-NC-SA 4.0), rows of the Air Force's national reports: ${posts}.`;

describe("an existing night's fields under an import", () => {
  it("takes the file's source name and URL when it gives them, and keeps the stored ones when it does not", () => {
    const stored = { sourceName: 'Air Force', sourceUrl: 'https://t.me/kpszsu/1', notes: null };
    expect(nightFieldChanges(stored, { sourceName: null, sourceUrl: null, notes: null })).toEqual([]);
    expect(nightFieldChanges(stored, { sourceName: 'The dataset', sourceUrl: 'https://t.me/kpszsu/2', notes: null })).toEqual([
      { field: 'sourceName', before: 'Air Force', after: 'The dataset' },
      { field: 'sourceUrl', before: 'https://t.me/kpszsu/1', after: 'https://t.me/kpszsu/2' },
    ]);
  });

  it("puts the file's note after the editor's notes, in place of the one an earlier import wrote", () => {
    const first = mergeImportedNote("An editor's note.\n\nA second paragraph.", note('kpszsu/posts/a'));
    expect(first).toBe(`An editor's note.\n\nA second paragraph.\n\n${note('kpszsu/posts/a')}`);
    // The same file again: the same notes, so nothing to change.
    expect(mergeImportedNote(first, note('kpszsu/posts/a'))).toBe(first);
    expect(nightFieldChanges({ sourceName: null, sourceUrl: null, notes: first }, { sourceName: null, sourceUrl: null, notes: note('kpszsu/posts/a') })).toEqual([]);
    // The publisher changed the night's posts: the imported paragraph is replaced, not added to.
    expect(mergeImportedNote(first, note('kpszsu/posts/b'))).toBe(`An editor's note.\n\nA second paragraph.\n\n${note('kpszsu/posts/b')}`);
    expect(mergeImportedNote(null, note('x'))).toBe(note('x'));
    expect(mergeImportedNote(note('x'), note('y'))).toBe(note('y'));
  });

  it("shortens the imported note, never the editor's text, to fit the notes' limit", () => {
    const own = 'e'.repeat(MAX_NOTES_LENGTH - 100);
    const merged = mergeImportedNote(own, note('p'.repeat(500)));
    expect(merged.length).toBe(MAX_NOTES_LENGTH);
    expect(merged.startsWith(`${own}\n\n${IMPORTED_NOTE_START}`)).toBe(true);
    expect(merged.endsWith('…')).toBe(true);
    expect(mergeImportedNote('e'.repeat(MAX_NOTES_LENGTH), note('p'))).toBe('e'.repeat(MAX_NOTES_LENGTH));
  });
});
