// A night with its figures as one plain, self-contained object (weapon names included): what a revision
// remembers, and the shape every other view of a night picks its fields from. One zod schema, so the
// type is inferred from it and revisions read back from the database are checked with it.
import { z } from 'zod';
import { NIGHT_OUTCOME_FIELDS, QUALIFIERS, type NightOutcomeField, type Qualifier } from './domain';
import { categorySchema, targetSchema, weaponClassSchema } from './domain-schemas';

const count = z.number().int().nonnegative().nullable();
// Revisions written before the night outcomes existed lack them: read as unknown, never as 0.
const outcome = count.default(null);
const qualifier = z.enum(QUALIFIERS).nullable().default(null);

export const figureSnapshotSchema = z.object({
  weaponId: z.number().int(),
  weapon: z.string(),
  category: categorySchema,
  weaponClass: weaponClassSchema,
  launched: count,
  shotDown: count,
  lost: count,
});

export const nightSnapshotSchema = z.object({
  date: z.string(),
  target: targetSchema,
  attackStart: z.string().nullable(),
  attackEnd: z.string().nullable(),
  sourceName: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  statement: z.string().nullable(),
  notes: z.string().nullable(),
  hitsMissile: outcome,
  hitsDrone: outcome,
  placesHit: outcome,
  placesDebris: outcome,
  shaheds: outcome,
  hitsMissileQualifier: qualifier,
  hitsDroneQualifier: qualifier,
  placesHitQualifier: qualifier,
  placesDebrisQualifier: qualifier,
  shahedsQualifier: qualifier,
  version: z.number().int(),
  figures: z.array(figureSnapshotSchema),
});

export type FigureSnapshot = z.infer<typeof figureSnapshotSchema>;
export type NightSnapshot = z.infer<typeof nightSnapshotSchema>;
/** A snapshot as stored in a revision: older ones lack the outcome fields (read them with readSnapshot). */
export type StoredSnapshot = z.input<typeof nightSnapshotSchema>;
/** The night's own fields, without its figures. */
export type NightFields = Omit<NightSnapshot, 'figures'>;

/** The column of a night that holds an outcome's qualifier, e.g. `placesHitQualifier`. */
export const QUALIFIER_FIELD = {
  hitsMissile: 'hitsMissileQualifier',
  hitsDrone: 'hitsDroneQualifier',
  placesHit: 'placesHitQualifier',
  placesDebris: 'placesDebrisQualifier',
  shaheds: 'shahedsQualifier',
} as const satisfies Record<NightOutcomeField, keyof NightSnapshot>;

/** The night's own fields a revision compares, in the order its summary lists them. */
export const NIGHT_FIELDS = [
  'date',
  'target',
  'attackStart',
  'attackEnd',
  'sourceName',
  'sourceUrl',
  'statement',
  'notes',
  ...NIGHT_OUTCOME_FIELDS.flatMap((field) => [field, QUALIFIER_FIELD[field]] as const),
] as const satisfies readonly (keyof NightFields)[];
export type NightField = (typeof NIGHT_FIELDS)[number];

/** A stored night and its figures as a snapshot (extra columns such as id and timestamps are left out). */
export function toSnapshot(night: NightFields, figures: readonly FigureSnapshot[]): NightSnapshot {
  const snapshot = Object.fromEntries(
    [...NIGHT_FIELDS, 'version'].map((field) => [field, night[field as keyof NightFields]]),
  ) as NightFields;
  return {
    ...snapshot,
    figures: figures.map(({ weaponId, weapon, category, weaponClass, launched, shotDown, lost }) => ({
      weaponId,
      weapon,
      category,
      weaponClass,
      launched,
      shotDown,
      lost,
    })),
  };
}

/** A stored snapshot, or null when there is none or it is not one (a damaged record). */
export function readSnapshot(value: unknown): NightSnapshot | null {
  const parsed = nightSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

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
export function fieldChanges(before: NightSnapshot | null, after: NightSnapshot | null): NightField[] {
  if (!before || !after) return [];
  return NIGHT_FIELDS.filter((field) => before[field] !== after[field]);
}

export type OutcomeChange = {
  field: NightOutcomeField;
  before: { value: number | null; qualifier: Qualifier | null };
  after: { value: number | null; qualifier: Qualifier | null };
};

/** The outcomes whose figure or qualifier differs, each with both sides (a firmer "≈ 200 → 200" counts). */
export function outcomeChanges(before: NightSnapshot | null, after: NightSnapshot | null): OutcomeChange[] {
  const side = (night: NightSnapshot | null, field: NightOutcomeField) => ({
    value: night?.[field] ?? null,
    // A qualifier belongs to a known figure only.
    qualifier: night?.[field] == null ? null : (night[QUALIFIER_FIELD[field]] ?? null),
  });
  return NIGHT_OUTCOME_FIELDS.flatMap((field) => {
    const [old, now] = [side(before, field), side(after, field)];
    return old.value === now.value && old.qualifier === now.qualifier ? [] : [{ field, before: old, after: now }];
  });
}

/** The night's own fields other than its outcomes (which outcomeChanges lists with their values). */
export function plainFieldChanges(before: NightSnapshot | null, after: NightSnapshot | null): NightField[] {
  const outcomeColumns = new Set<string>(NIGHT_OUTCOME_FIELDS.flatMap((field) => [field, QUALIFIER_FIELD[field]]));
  return fieldChanges(before, after).filter((field) => !outcomeColumns.has(field));
}
