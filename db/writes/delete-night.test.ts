import { eq } from 'drizzle-orm';
import { unknownOutcomes } from '@/lib/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../client';
import { figures, nights, revisions, weapons } from '../schema';
import { deleteNight } from './delete-night';
import { createNight, updateNight } from './save-night';

const editor = { userId: 'user-1', label: 'editor@example.org' };
let db: Db;
let nightId: number;

const input = (notes: string | null) => ({
  date: '2024-01-20',
  target: 'UA' as const,
  sourceName: null,
  sourceUrl: null,
  statement: null,
  notes,
  figures: [{ weaponId: db.select().from(weapons).where(eq(weapons.slug, 'kalibr')).get()!.id, launched: 4, shotDown: 3, lost: null }],
  outcomes: unknownOutcomes(),
  qualifiers: {},
});

beforeEach(() => {
  db = openDatabase(':memory:');
  const created = createNight(db, input(null), editor);
  if (!created.ok) throw new Error('setup failed');
  nightId = created.night.id;
});

describe('deleteNight', () => {
  it('removes the night and its figures and keeps a "delete" revision with what was there', () => {
    expect(deleteNight(db, nightId, 1, editor)).toEqual({ ok: true, night: { date: '2024-01-20', target: 'UA' } });
    expect(db.select().from(nights).all()).toEqual([]);
    expect(db.select().from(figures).all()).toEqual([]);
    const deletion = db.select().from(revisions).where(eq(revisions.action, 'delete')).get()!;
    expect(deletion).toMatchObject({ nightDate: '2024-01-20', nightTarget: 'UA', actor: 'editor@example.org', after: null });
    expect(deletion.before).toMatchObject({ version: 1, figures: [expect.objectContaining({ launched: 4, shotDown: 3, lost: null })] });
  });

  it('refuses to delete a night someone saved since, and deletes nothing', () => {
    expect(updateNight(db, nightId, 1, input('changed'), editor).ok).toBe(true);
    expect(deleteNight(db, nightId, 1, editor)).toEqual({
      ok: false, reason: 'stale', current: { date: '2024-01-20', target: 'UA', version: 2 },
    });
    expect(db.select().from(nights).all()).toHaveLength(1);
    expect(db.select().from(figures).all()).toHaveLength(1);
    expect(db.select().from(revisions).where(eq(revisions.action, 'delete')).all()).toEqual([]);
  });

  it('answers not-found for a night already deleted', () => {
    deleteNight(db, nightId, 1, editor);
    expect(deleteNight(db, nightId, 1, editor)).toEqual({ ok: false, reason: 'not-found' });
    expect(db.select().from(revisions).all()).toHaveLength(2);
  });

  it('keeps the night when the history cannot be written', () => {
    db.$client.exec(`create trigger no_history before insert on revisions begin select raise(abort, 'no history'); end`);
    expect(() => deleteNight(db, nightId, 1, editor)).toThrow(/no history/);
    expect(db.select().from(nights).all()).toHaveLength(1);
    expect(db.select().from(figures).all()).toHaveLength(1);
  });
});
