import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { unknownOutcomes } from '@/lib/domain';
import type { NightInput } from '@/lib/validation';
import { openDatabase, type Db } from '../client';
import { figures, nights, revisions, weapons } from '../schema';
import { deleteNight } from './delete-night';
import { createNight, isNightUniqueViolation, putNight, updateNight } from './save-night';

const editor = { userId: 'user-1', label: 'editor@example.org' };
let db: Db;
let shahed: number;
let kalibr: number;

beforeEach(() => {
  db = openDatabase(':memory:');
  const idOf = (slug: string) => db.select().from(weapons).where(eq(weapons.slug, slug)).get()!.id;
  shahed = idOf('shahed-136-131');
  kalibr = idOf('kalibr');
});

function night(overrides: Partial<NightInput> = {}): NightInput {
  return {
    date: '2024-01-15',
    target: 'UA',
    sourceName: 'Air Force',
    sourceUrl: 'https://t.me/kpszsu/1',
    statement: null,
    notes: null,
    figures: [
      { weaponId: shahed, launched: 114, shotDown: 66, lost: 31 },
      { weaponId: kalibr, launched: 3, shotDown: null, lost: null },
    ],
    outcomes: unknownOutcomes(),
    qualifiers: {},
    ...overrides,
  };
}

const storedFigures = (nightId: number) =>
  db
    .select({ weaponId: figures.weaponId, launched: figures.launched, shotDown: figures.shotDown, lost: figures.lost })
    .from(figures)
    .where(eq(figures.nightId, nightId))
    .orderBy(figures.weaponId)
    .all();

const counts = () => ({
  nights: db.select().from(nights).all().length,
  figures: db.select().from(figures).all().length,
  revisions: db.select().from(revisions).all().length,
});

describe('createNight', () => {
  it('stores the night, its figures with unknowns as NULL, and a "create" revision by the editor', () => {
    const result = createNight(db, night(), editor);
    expect(result).toMatchObject({ ok: true, night: { date: '2024-01-15', target: 'UA', version: 1 } });
    if (!result.ok) return;
    expect(storedFigures(result.night.id)).toEqual(
      [
        { weaponId: shahed, launched: 114, shotDown: 66, lost: 31 },
        { weaponId: kalibr, launched: 3, shotDown: null, lost: null },
      ].sort((a, b) => a.weaponId - b.weaponId),
    );
    const history = db.select().from(revisions).all();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: 'create', userId: 'user-1', actor: 'editor@example.org', nightDate: '2024-01-15', nightTarget: 'UA',
      before: null,
    });
    expect(history[0]!.after).toMatchObject({ version: 1, sourceName: 'Air Force', figures: expect.any(Array) });
  });

  it('refuses a second night with the same date and target, writing nothing', () => {
    createNight(db, night(), editor);
    const before = counts();
    expect(createNight(db, night({ notes: 'again' }), editor)).toEqual({
      ok: false, reason: 'duplicate', existing: { date: '2024-01-15', target: 'UA' },
    });
    expect(counts()).toEqual(before);
    // The same date for the other target is another night.
    expect(createNight(db, night({ target: 'RU' }), editor).ok).toBe(true);
  });

  it('refuses figures for a weapon that does not exist, writing nothing', () => {
    const result = createNight(
      db,
      night({ figures: [{ weaponId: shahed, launched: 1, shotDown: null, lost: null }, { weaponId: 999_999, launched: 1, shotDown: null, lost: null }] }),
      editor,
    );
    expect(result).toEqual({ ok: false, reason: 'unknown-weapon', figureIndexes: [1] });
    expect(counts()).toEqual({ nights: 0, figures: 0, revisions: 0 });
  });

  it('writes the revision in the same transaction: if the history cannot be written, nothing is', () => {
    db.$client.exec(`create trigger no_history before insert on revisions begin select raise(abort, 'no history'); end`);
    expect(() => createNight(db, night(), editor)).toThrow(/no history/);
    expect(counts()).toEqual({ nights: 0, figures: 0, revisions: 0 });
  });

  it('rolls the night back when a figure is refused by the database', () => {
    // Bypasses zod on purpose: the CHECK constraint is the last line of defence.
    const impossible = night({ figures: [{ weaponId: shahed, launched: 1, shotDown: 5, lost: null }] });
    expect(() => createNight(db, impossible, editor)).toThrow(/CHECK constraint/);
    expect(counts()).toEqual({ nights: 0, figures: 0, revisions: 0 });
  });

  it('recognises the UNIQUE violation of a duplicate night', () => {
    db.insert(nights).values({ date: '2024-01-15', target: 'UA' }).run();
    let caught: unknown;
    try {
      db.insert(nights).values({ date: '2024-01-15', target: 'UA' }).run();
    } catch (error) {
      caught = error;
    }
    expect(isNightUniqueViolation(caught)).toBe(true);
    expect(isNightUniqueViolation(new Error('UNIQUE constraint failed: figures.night_id'))).toBe(false);
  });
});

describe('updateNight', () => {
  function created() {
    const result = createNight(db, night(), editor);
    if (!result.ok) throw new Error('setup failed');
    return result.night;
  }

  it('replaces the figures, bumps the version and updated_at, and records before and after', () => {
    const { id } = created();
    const openedAt = db.select().from(nights).where(eq(nights.id, id)).get()!;
    const result = updateNight(
      db, id, 1,
      night({ notes: 'revised', figures: [{ weaponId: shahed, launched: 120, shotDown: 70, lost: null }] }),
      { userId: 'user-2', label: 'second@example.org' },
    );
    expect(result).toMatchObject({ ok: true, night: { id, version: 2 } });
    expect(storedFigures(id)).toEqual([{ weaponId: shahed, launched: 120, shotDown: 70, lost: null }]);
    const stored = db.select().from(nights).where(eq(nights.id, id)).get()!;
    expect(stored).toMatchObject({ version: 2, notes: 'revised' });
    expect(stored.updatedAt.getTime()).toBeGreaterThanOrEqual(openedAt.updatedAt.getTime());
    const update = db.select().from(revisions).where(eq(revisions.action, 'update')).get()!;
    expect(update).toMatchObject({ actor: 'second@example.org', userId: 'user-2' });
    expect(update.before).toMatchObject({ version: 1, notes: null, figures: expect.arrayContaining([expect.objectContaining({ launched: 114 })]) });
    expect(update.after).toMatchObject({ version: 2, notes: 'revised', figures: [expect.objectContaining({ launched: 120, lost: null })] });
  });

  it('refuses a save made from an older version and writes nothing of it', () => {
    const { id } = created();
    expect(updateNight(db, id, 1, night({ notes: 'first editor' }), editor).ok).toBe(true);
    const before = { ...counts(), figures: storedFigures(id) };
    const result = updateNight(
      db, id, 1,
      night({ notes: 'second editor', figures: [{ weaponId: kalibr, launched: 9, shotDown: null, lost: null }] }),
      editor,
    );
    expect(result).toEqual({ ok: false, reason: 'stale', current: { date: '2024-01-15', target: 'UA', version: 2 } });
    expect({ ...counts(), figures: storedFigures(id) }).toEqual(before);
    expect(db.select().from(nights).where(eq(nights.id, id)).get()).toMatchObject({ notes: 'first editor', version: 2 });
  });

  it('refuses moving a night onto the date of another night', () => {
    const { id } = created();
    createNight(db, night({ date: '2024-01-16' }), editor);
    const before = counts();
    expect(updateNight(db, id, 1, night({ date: '2024-01-16' }), editor)).toEqual({
      ok: false, reason: 'duplicate', existing: { date: '2024-01-16', target: 'UA' },
    });
    expect(counts()).toEqual(before);
    expect(db.select().from(nights).where(eq(nights.id, id)).get()).toMatchObject({ date: '2024-01-15', version: 1 });
  });

  it('answers not-found for a night that is gone', () => {
    expect(updateNight(db, 12345, 1, night(), editor)).toEqual({ ok: false, reason: 'not-found' });
    expect(counts().revisions).toBe(0);
  });
});

describe('the night outcomes', () => {
  it('are stored with their qualifiers, and kept in the revision', () => {
    const result = createNight(
      db,
      night({ outcomes: { hitsMissile: 2, hitsDrone: 23, placesHit: 14, placesDebris: null, shaheds: 80 }, qualifiers: { shaheds: 'about' } }),
      editor,
    );
    if (!result.ok) throw new Error('not saved');
    expect(db.select().from(nights).where(eq(nights.id, result.night.id)).get()).toMatchObject({
      hitsMissile: 2, hitsDrone: 23, placesHit: 14, placesDebris: null, shaheds: 80,
      shahedsQualifier: 'about', placesHitQualifier: null, placesDebrisQualifier: null,
    });
    expect(db.select().from(revisions).get()?.after).toMatchObject({ placesHit: 14, shaheds: 80, shahedsQualifier: 'about' });
  });
});

describe('putNight (the JSON API)', () => {
  it('creates a night, then replaces it only with the version that was read', () => {
    expect(putNight(db, night(), editor)).toMatchObject({ ok: true, created: true, night: { version: 1 } });
    expect(putNight(db, night({ notes: 'no version' }), editor)).toEqual({
      ok: false, reason: 'version-required', current: { date: '2024-01-15', target: 'UA', version: 1 },
    });
    expect(putNight(db, night({ notes: 'second', version: 1 }), editor)).toMatchObject({ ok: true, night: { version: 2 } });
    expect(putNight(db, night({ notes: 'stale', version: 1 }), editor)).toMatchObject({ ok: false, reason: 'stale', current: { version: 2 } });
  });

  it('does not bring back a deleted night for a writer that read it before the delete', () => {
    const created = putNight(db, night(), editor);
    if (!created.ok) throw new Error('not saved');
    expect(deleteNight(db, created.night.id, 1, editor).ok).toBe(true);
    const before = counts();
    // Before the fix this answered ok (201): the delete was undone without anyone saying so.
    expect(putNight(db, night({ notes: 'stale writer', version: 1 }), editor)).toEqual({
      ok: false, reason: 'gone', night: { date: '2024-01-15', target: 'UA' }, version: 1, deleted: true,
    });
    expect(createNight(db, night({ version: 1 }), editor)).toMatchObject({ ok: false, reason: 'gone', deleted: true });
    expect(counts()).toEqual(before);
    // Sent as a new night (no version), it is created again, deliberately.
    expect(putNight(db, night({ notes: 'recreated' }), editor)).toMatchObject({ ok: true, created: true });
  });

  it('refuses a version for a night that never was', () => {
    expect(putNight(db, night({ date: '2024-02-02', version: 3 }), editor)).toMatchObject({ ok: false, reason: 'gone', deleted: false });
    expect(counts().nights).toBe(0);
  });
});

