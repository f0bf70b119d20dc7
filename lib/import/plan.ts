// What an import would do to the database as it is now: nights to create, to change and to leave
// alone, and weapons to create. Pure: the existing data comes in as plain objects, and the import plans
// again inside its transaction, so a preview and the import that follows can be compared by digest.
//
// A night in the file (one with at least one row imported) REPLACES that stored night's figures as a
// whole: the file's figures are written, and stored figures for weapons the file does not give for that
// night are removed, each listed with its counts so the preview shows them. Keeping them would count a
// night twice when its weapons are named differently (an editor's "Unknown drone" beside the dataset's
// "Shahed-136/131") or when the publisher renames or drops a row. Nights not in the file are untouched.
// The night's own fields follow night-fields.ts. An outcome the file gives that breaks its limit against
// the night's figures as they will be (hits over launched, Shaheds over drones launched) is not imported:
// the stored value stays, and the plan lists it with the reason.
import type { Category, Counts, NightOutcomeField, Target } from '@/lib/domain';
import { NIGHT_OUTCOME_FIELDS } from '@/lib/domain';
import { outcomeLimitIssues, type OutcomeIssue } from '@/lib/night-outcomes';
import { QUALIFIER_FIELD } from '@/lib/night-snapshot';
import { weaponNameKey } from '@/lib/weapon-names';
import type { ImportBatch, ImportNight } from './batch';
import { newNightFields, nightFieldChanges, type FieldChange, type StoredNightFields } from './night-fields';
import { createWeaponFinder, type KnownWeapon, type NewWeapon, type WeaponRef } from './weapons';

export type ExistingFigure = { weaponId: number } & Counts;
export type ExistingNight = { id: number; date: string; target: Target; figures: ExistingFigure[] } & StoredNightFields;
export type ImportState = { weapons: readonly KnownWeapon[]; nights: readonly ExistingNight[] };

/** A figure's weapon once planned: one in the database, or one of the plan's weaponsToCreate. */
export type PlannedWeapon = { kind: 'existing'; id: number; name: string } | { kind: 'new'; name: string };

export type FigureChange = { weapon: PlannedWeapon; before: Counts | null; after: Counts; lines: number[] };
/** A stored figure that the file does not give for its night: removed by the import. */
export type FigureRemoval = { weapon: { id: number; name: string }; counts: Counts };

/** An outcome the file gives that is not imported, because it exceeds what the night's figures launched. */
export type RefusedOutcome = { date: string; target: Target; field: NightOutcomeField; key: OutcomeIssue['key']; values: OutcomeIssue['values'] };

export type NightPlan = {
  action: 'create' | 'update' | 'unchanged';
  date: string;
  target: Target;
  nightId: number | null;
  /** A new night's fields (null for an existing night). */
  created: StoredNightFields | null;
  /** An existing night's fields that the file changes (source, outcomes, notes, …). */
  fieldChanges: FieldChange[];
  /** Figures to write: all of a new night's; an existing night's added or changed ones. */
  changes: FigureChange[];
  /** An existing night's figures for weapons that the file does not give for it. */
  removals: FigureRemoval[];
  unchangedFigures: number;
};

export type ImportPlan = {
  nights: NightPlan[];
  weaponsToCreate: NewWeapon[];
  create: number;
  update: number;
  unchanged: number;
  /** Figures removed from existing nights, over all nights. */
  removals: number;
  /** Outcomes the file gives that are not imported (see RefusedOutcome). */
  refusedOutcomes: RefusedOutcome[];
  /** Changes when anything the import would write changes, including the "before" it would replace. */
  digest: string;
};

export function planImport(batch: ImportBatch, state: ImportState): ImportPlan {
  const byId = new Map(state.weapons.map((weapon) => [weapon.id, weapon]));
  const find = createWeaponFinder(state.weapons);
  const toCreate = new Map<string, NewWeapon>();
  const existingNights = new Map(state.nights.map((night) => [`${night.target}|${night.date}`, night]));

  // One PlannedWeapon per weapon, shared by its figures (a large file has a million of them).
  const planned = new Map<WeaponRef['weapon'], PlannedWeapon>();
  function plannedWeapon(ref: WeaponRef): PlannedWeapon {
    const known = planned.get(ref.weapon);
    if (known) return known;
    // Weapons may have been added or removed since the file was read: match again against the current list.
    const current = ref.kind === 'existing' ? byId.get(ref.weapon.id) : find(ref.weapon.name);
    let result: PlannedWeapon;
    if (current) {
      result = { kind: 'existing', id: current.id, name: current.name };
    } else {
      const key = weaponNameKey(ref.weapon.name);
      if (!toCreate.has(key)) {
        const { name, category, weaponClass } = ref.weapon;
        const basis = ref.kind === 'new' ? ref.weapon.basis : 'recreated: the weapon was removed while importing';
        toCreate.set(key, { name, category, weaponClass, basis });
      }
      result = { kind: 'new', name: ref.weapon.name };
    }
    planned.set(ref.weapon, result);
    return result;
  }

  const refusedOutcomes: RefusedOutcome[] = [];
  const nights: NightPlan[] = batch.nights.map((night) => {
    const existing = existingNights.get(`${night.target}|${night.date}`);
    const stored = new Map((existing?.figures ?? []).map((figure) => [figure.weaponId, figure]));
    const changes: FigureChange[] = [];
    let unchangedFigures = 0;
    const named = new Set<number>();
    for (const figure of night.figures ?? []) {
      const weapon = plannedWeapon(figure.weapon);
      const before = weapon.kind === 'existing' ? (stored.get(weapon.id) ?? null) : null;
      if (weapon.kind === 'existing') named.add(weapon.id);
      if (before && sameCounts(before, figure.counts)) {
        unchangedFigures += 1;
        continue;
      }
      changes.push({ weapon, before: before && countsOf(before), after: figure.counts, lines: figure.lines });
    }
    const removals: FigureRemoval[] = [];
    // A file without figures (the per-night export) leaves the stored ones as they are.
    for (const figure of night.figures === null ? [] : stored.values()) {
      if (named.has(figure.weaponId)) continue;
      const name = byId.get(figure.weaponId)?.name ?? `weapon #${figure.weaponId}`;
      removals.push({ weapon: { id: figure.weaponId, name }, counts: countsOf(figure) });
    }
    removals.sort((a, b) => a.weapon.name.localeCompare(b.weapon.name));
    const launched = launchedAfter(night, existing, (id) => byId.get(id)?.category);
    const { fields, refused } = withinLimits(night, launched);
    refusedOutcomes.push(...refused);
    const created = existing ? null : newNightFields(fields);
    const fieldChanges = existing ? nightFieldChanges(existing, fields) : [];
    const action = !existing ? 'create' : changes.length || removals.length || fieldChanges.length ? 'update' : 'unchanged';
    return {
      action,
      date: night.date,
      target: night.target,
      nightId: existing?.id ?? null,
      created,
      fieldChanges,
      changes,
      removals,
      unchangedFigures,
    };
  });

  const weaponsToCreate = [...toCreate.values()];
  const count = (action: NightPlan['action']) => nights.filter((night) => night.action === action).length;
  return {
    nights,
    weaponsToCreate,
    create: count('create'),
    update: count('update'),
    unchanged: count('unchanged'),
    removals: nights.reduce((sum, night) => sum + night.removals.length, 0),
    refusedOutcomes,
    digest: digestOf(nights, weaponsToCreate),
  };
}

type Launched = { category: Category; launched: number | null }[];

/** The night's figures once imported: the file's when it gives them (they replace the stored ones), else the stored. */
function launchedAfter(night: ImportNight, existing: ExistingNight | undefined, categoryOf: (id: number) => Category | undefined): Launched {
  if (night.figures !== null) {
    return night.figures.map((figure) => ({ category: figure.weapon.weapon.category, launched: figure.counts.launched }));
  }
  return (existing?.figures ?? []).flatMap((figure) => {
    const category = categoryOf(figure.weaponId);
    return category ? [{ category, launched: figure.launched }] : [];
  });
}

/** The file's fields without the outcomes that exceed their limits (those keep the stored value). */
function withinLimits(night: ImportNight, launched: Launched) {
  const given = NIGHT_OUTCOME_FIELDS.filter((field) => night.fields[field] !== undefined && night.fields[field] !== null);
  if (given.length === 0) return { fields: night.fields, refused: [] };
  const outcomes = Object.fromEntries(
    NIGHT_OUTCOME_FIELDS.map((field) => [field, given.includes(field) ? (night.fields[field] ?? null) : null]),
  ) as Record<NightOutcomeField, number | null>;
  const issues = outcomeLimitIssues(outcomes, launched);
  if (issues.length === 0) return { fields: night.fields, refused: [] };
  const fields = { ...night.fields };
  for (const issue of issues) {
    delete fields[issue.field];
    delete fields[QUALIFIER_FIELD[issue.field]];
  }
  const refused = issues.map((issue) => ({ date: night.date, target: night.target, field: issue.field, key: issue.key, values: issue.values }));
  return { fields, refused };
}

function countsOf(figure: Counts): Counts {
  return { launched: figure.launched, shotDown: figure.shotDown, lost: figure.lost };
}

function sameCounts(a: Counts, b: Counts): boolean {
  return a.launched === b.launched && a.shotDown === b.shotDown && a.lost === b.lost;
}

function digestOf(nights: readonly NightPlan[], weapons: readonly NewWeapon[]): string {
  const writes = nights
    .filter((night) => night.action !== 'unchanged')
    .map((night) => [
      night.action,
      night.target,
      night.date,
      night.created,
      night.fieldChanges,
      night.changes.map((change) => [change.weapon.name, change.before, change.after]),
      night.removals.map((removal) => [removal.weapon.id, removal.counts]),
    ]);
  const created = weapons.map((weapon) => [weapon.name, weapon.category, weapon.weaponClass]);
  return hash(JSON.stringify([writes, created]));
}

/** cyrb53, a fast 53-bit string hash: enough to notice that a plan changed, not a security measure. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
