// A revision in words for the night page's history: what happened and what changed.
// Snapshots come back from the database as JSON of unknown shape, so they are checked before use.
import { z } from 'zod';
import { targetSchema } from './domain-schemas';
import { formatCount } from './format';
import { fieldChanges, figureChanges, type FigureChange, type NightSnapshot } from './night-snapshot';

const count = z.number().int().nonnegative().nullable();
const figureSnapshotSchema = z.object({
  weaponId: z.number().int(),
  weapon: z.string(),
  category: z.string(),
  weaponClass: z.string(),
  launched: count,
  shotDown: count,
  lost: count,
});
const nightSnapshotSchema = z.object({
  date: z.string(),
  target: targetSchema,
  attackStart: z.string().nullable(),
  attackEnd: z.string().nullable(),
  sourceName: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  statement: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  figures: z.array(figureSnapshotSchema),
}) satisfies z.ZodType<NightSnapshot>;

/** A stored snapshot, or null when there is none or it is not one (an older or damaged record). */
export function readSnapshot(value: unknown): NightSnapshot | null {
  const parsed = nightSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const ACTIONS = { create: 'Created', update: 'Updated', delete: 'Deleted' } as const;

const FIELD_NAMES: Record<string, string> = {
  date: 'date',
  target: 'target',
  attackStart: 'attack start',
  attackEnd: 'attack end',
  sourceName: 'source name',
  sourceUrl: 'source link',
  statement: 'statement',
  notes: 'notes',
};

type Counts = NonNullable<FigureChange['before']>;
const COUNT_NAMES: [keyof Counts, string][] = [
  ['launched', 'launched'],
  ['shotDown', 'shot down'],
  ['lost', 'lost'],
];

const listCounts = (counts: Counts) => COUNT_NAMES.map(([key, name]) => `${name} ${formatCount(counts[key])}`).join(', ');

/** One line per changed figure: "Kalibr: shot down 3 → 4", "Kalibr added: launched 5, …", "Kalibr removed". */
export function describeFigureChange(change: FigureChange): string {
  if (!change.before && change.after) return `${change.weapon} added: ${listCounts(change.after)}`;
  if (change.before && !change.after) return `${change.weapon} removed (was ${listCounts(change.before)})`;
  if (!change.before || !change.after) return change.weapon;
  const { before, after } = change;
  const parts = COUNT_NAMES.filter(([key]) => before[key] !== after[key]).map(
    ([key, name]) => `${name} ${formatCount(before[key])} → ${formatCount(after[key])}`,
  );
  return `${change.weapon}: ${parts.join(', ')}`;
}

export type RevisionSummary = {
  action: (typeof ACTIONS)[keyof typeof ACTIONS];
  /** Names of the night's own fields that changed, e.g. "source link". */
  fields: string[];
  figures: string[];
};

export function summariseRevision(action: keyof typeof ACTIONS, before: unknown, after: unknown): RevisionSummary {
  const old = readSnapshot(before);
  const now = readSnapshot(after);
  return {
    action: ACTIONS[action],
    fields: fieldChanges(old, now).map((field) => FIELD_NAMES[field] ?? field),
    // A deletion lists nothing: the whole night went, and its last figures are in the revision before.
    figures: action === 'delete' ? [] : figureChanges(old, now).map(describeFigureChange),
  };
}
