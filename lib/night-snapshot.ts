// What a revision remembers of a night: a plain, self-contained copy (weapon names included), so the
// history still reads right after weapons are renamed or the night is deleted.
import type { Target } from './domain';

export type FigureSnapshot = {
  weaponId: number;
  weapon: string;
  category: string;
  weaponClass: string;
  launched: number | null;
  shotDown: number | null;
  lost: number | null;
};

export type NightSnapshot = {
  date: string;
  target: Target;
  attackStart: string | null;
  attackEnd: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  statement: string | null;
  notes: string | null;
  version: number;
  figures: FigureSnapshot[];
};

export type FigureChange = {
  weapon: string;
  before: Pick<FigureSnapshot, 'launched' | 'shotDown' | 'lost'> | null;
  after: Pick<FigureSnapshot, 'launched' | 'shotDown' | 'lost'> | null;
};

/** The figures that differ between two snapshots (added, removed or changed), by weapon name. */
export function figureChanges(before: NightSnapshot | null, after: NightSnapshot | null): FigureChange[] {
  const counts = (f: FigureSnapshot) => ({ launched: f.launched, shotDown: f.shotDown, lost: f.lost });
  const beforeByWeapon = new Map((before?.figures ?? []).map((f) => [f.weaponId, f]));
  const afterByWeapon = new Map((after?.figures ?? []).map((f) => [f.weaponId, f]));
  const changes: FigureChange[] = [];
  for (const weaponId of new Set([...beforeByWeapon.keys(), ...afterByWeapon.keys()])) {
    const old = beforeByWeapon.get(weaponId);
    const now = afterByWeapon.get(weaponId);
    const same =
      old && now && old.launched === now.launched && old.shotDown === now.shotDown && old.lost === now.lost;
    if (same) continue;
    changes.push({
      weapon: (now ?? old)?.weapon ?? `weapon #${weaponId}`,
      before: old ? counts(old) : null,
      after: now ? counts(now) : null,
    });
  }
  return changes;
}

/** The night's own fields (not figures) whose values differ, by field name. */
export function fieldChanges(before: NightSnapshot | null, after: NightSnapshot | null): string[] {
  if (!before || !after) return [];
  const fields = ['date', 'target', 'attackStart', 'attackEnd', 'sourceName', 'sourceUrl', 'statement', 'notes'] as const;
  return fields.filter((field) => before[field] !== after[field]);
}
