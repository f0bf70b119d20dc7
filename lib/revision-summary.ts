// A revision in words for the night page's history: what happened and what changed.
// Snapshots come back from the database as stored JSON (older ones lack fields), so they are read with
// the snapshot schema before use.
import { NIGHT_OUTCOME_FIELDS, type NightOutcomeField } from './domain';
import { figureFormat, formatCount } from './format';
import {
  fieldChanges,
  figureChanges,
  QUALIFIER_FIELD,
  readSnapshot,
  type FigureChange,
  type NightField,
  type NightSnapshot,
} from './night-snapshot';

const ACTIONS = { create: 'Created', update: 'Updated', delete: 'Deleted' } as const;

const FIELD_NAMES: Partial<Record<NightField, string>> = {
  date: 'date',
  target: 'target',
  attackStart: 'attack start',
  attackEnd: 'attack end',
  sourceName: 'source name',
  sourceUrl: 'source link',
  statement: 'statement',
  notes: 'notes',
};

const OUTCOME_NAMES: Record<NightOutcomeField, string> = {
  hitsMissile: 'Missiles that struck',
  hitsDrone: 'Drones that struck',
  placesHit: 'Places hit',
  placesDebris: 'Places with debris',
  shaheds: 'Shahed-type drones',
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

/** One line per changed outcome, its qualifier shown: "Shahed-type drones: n/a → ≈ 200". */
export function outcomeChanges(before: NightSnapshot | null, after: NightSnapshot | null): string[] {
  const shown = (night: NightSnapshot | null, field: NightOutcomeField) =>
    figureFormat().qualified(night?.[field] ?? null, night?.[QUALIFIER_FIELD[field]] ?? null);
  return NIGHT_OUTCOME_FIELDS.flatMap((field) => {
    const from = shown(before, field);
    const to = shown(after, field);
    return from === to ? [] : [`${OUTCOME_NAMES[field]}: ${from} → ${to}`];
  });
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
    // The outcomes are listed with their values, with the figures, rather than only named.
    fields: fieldChanges(old, now).flatMap((field) => FIELD_NAMES[field] ?? []),
    // A deletion lists nothing: the whole night went, and its last figures are in the revision before.
    figures: action === 'delete' ? [] : [...figureChanges(old, now).map(describeFigureChange), ...outcomeChanges(old, now)],
  };
}
