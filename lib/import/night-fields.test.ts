import { describe, expect, it } from 'vitest';
import { MAX_NOTES_LENGTH } from '@/lib/validation';
import { IMPORTED_NOTE_START, mergeImportedNote, newNightFields, nightFieldChanges } from './night-fields';

const note = (posts: string) => `${IMPORTED_NOTE_START} by Petro Ivaniuk (CC BY-NC-SA 4.0), rows of the Air Force's national reports: ${posts}.`;
const stored = (fields: Parameters<typeof newNightFields>[0] = {}) => newNightFields(fields);

describe("an existing night's fields under an import", () => {
  it("takes the file's source name and URL when it gives them, and keeps the stored ones when it does not", () => {
    const night = stored({ sourceName: 'Air Force', sourceUrl: 'https://t.me/kpszsu/1' });
    expect(nightFieldChanges(night, {})).toEqual([]);
    expect(nightFieldChanges(night, { sourceName: 'The dataset', sourceUrl: 'https://t.me/kpszsu/2' })).toEqual([
      { field: 'sourceName', before: 'Air Force', after: 'The dataset' },
      { field: 'sourceUrl', before: 'https://t.me/kpszsu/1', after: 'https://t.me/kpszsu/2' },
    ]);
    // A file that gives a field as empty (the per-night export) clears it: the file is the night's record.
    expect(nightFieldChanges(night, { sourceUrl: null })).toEqual([{ field: 'sourceUrl', before: 'https://t.me/kpszsu/1', after: null }]);
  });

  it("puts the file's note after the editor's notes, in place of the one an earlier import wrote", () => {
    const first = mergeImportedNote("An editor's note.\n\nA second paragraph.", note('kpszsu/posts/a'));
    expect(first).toBe(`An editor's note.\n\nA second paragraph.\n\n${note('kpszsu/posts/a')}`);
    // The same file again: the same notes, so nothing to change.
    expect(mergeImportedNote(first, note('kpszsu/posts/a'))).toBe(first);
    expect(nightFieldChanges(stored({ notes: first }), { importedNote: note('kpszsu/posts/a') })).toEqual([]);
    // The publisher changed the night's posts: the imported paragraph is replaced, not added to.
    expect(mergeImportedNote(first, note('kpszsu/posts/b'))).toBe(`An editor's note.\n\nA second paragraph.\n\n${note('kpszsu/posts/b')}`);
    expect(mergeImportedNote(null, note('x'))).toBe(note('x'));
    expect(mergeImportedNote(note('x'), note('y'))).toBe(note('y'));
    expect(newNightFields({ importedNote: note('x') }).notes).toBe(note('x'));
  });

  it("shortens the imported note, never the editor's text, to fit the notes' limit", () => {
    const own = 'e'.repeat(MAX_NOTES_LENGTH - 100);
    const merged = mergeImportedNote(own, note('p'.repeat(500)));
    expect(merged.length).toBe(MAX_NOTES_LENGTH);
    expect(merged.startsWith(`${own}\n\n${IMPORTED_NOTE_START}`)).toBe(true);
    expect(merged.endsWith('…')).toBe(true);
    expect(mergeImportedNote('e'.repeat(MAX_NOTES_LENGTH), note('p'))).toBe('e'.repeat(MAX_NOTES_LENGTH));
  });

  it('takes an exact figure from a file without a qualifier, dropping the qualifier of the figure it replaces', () => {
    const night = stored({ shaheds: 200, shahedsQualifier: 'about', placesHit: 14, placesHitQualifier: 'more-than' });
    // The dataset's 250 replaces "about 200": the "about" belonged to 200.
    expect(nightFieldChanges(night, { shaheds: 250 })).toEqual([
      { field: 'shaheds', before: 200, after: 250 },
      { field: 'shahedsQualifier', before: 'about', after: null },
    ]);
    // The same count: the editor's qualifier stays (the dataset cannot say "about").
    expect(nightFieldChanges(night, { shaheds: 200, placesHit: 14 })).toEqual([]);
    // Our per-night export gives the qualifier too, and it is taken as given.
    expect(nightFieldChanges(night, { placesHit: 14, placesHitQualifier: null })).toEqual([
      { field: 'placesHitQualifier', before: 'more-than', after: null },
    ]);
  });
});
