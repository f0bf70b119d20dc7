// A night's outcomes beyond interceptions (hits, places hit, debris, Shaheds) against its figures: hits of
// a category never exceed that category's launched, and Shaheds never exceed the drones launched (SPEC §1).
// The one home of that rule: the form, the JSON API and the importer all check with outcomeLimitIssues.
import type { Category, NightOutcomeField, NightOutcomes, NightQualifiers, Qualifier } from './domain';
import { NIGHT_OUTCOME_FIELDS } from './domain';
import { QUALIFIER_FIELD, type NightFields } from './night-snapshot';

type LaunchedBy = { category: Category; launched: number | null };

/**
 * How many of a category the night's figures say were launched: their sum, known only when the night has
 * figures of the category and every one gives it. A night without them says nothing of that category (its
 * rows may not be entered yet), so nothing is held against it.
 */
export function launchedOf(figures: readonly LaunchedBy[], category: Category): number | null {
  let sum: number | null = null;
  for (const figure of figures) {
    if (figure.category !== category) continue;
    // Not a count (unknown, or input that failed its own check): the category's launched is not known.
    if (typeof figure.launched !== 'number') return null;
    sum = (sum ?? 0) + figure.launched;
  }
  return sum;
}

/** What bounds an outcome: hits by their own category's launched, Shaheds by the drones launched. */
const BOUNDED_BY: Partial<Record<NightOutcomeField, { category: Category; key: OutcomeIssue['key'] }>> = {
  hitsMissile: { category: 'missile', key: 'outcomeMissileHitsExceedLaunched' },
  hitsDrone: { category: 'drone', key: 'outcomeDroneHitsExceedLaunched' },
  shaheds: { category: 'drone', key: 'outcomeShahedsExceedDrones' },
};

export type OutcomeIssue = {
  field: NightOutcomeField;
  key: 'outcomeMissileHitsExceedLaunched' | 'outcomeDroneHitsExceedLaunched' | 'outcomeShahedsExceedDrones';
  values: { value: number; launched: number };
};

/** The outcomes that exceed what the figures say was launched; none when launched is not known. */
export function outcomeLimitIssues(outcomes: NightOutcomes, figures: readonly LaunchedBy[]): OutcomeIssue[] {
  const issues: OutcomeIssue[] = [];
  for (const field of NIGHT_OUTCOME_FIELDS) {
    const bound = BOUNDED_BY[field];
    const value = outcomes[field];
    if (!bound || typeof value !== 'number') continue;
    const launched = launchedOf(figures, bound.category);
    if (launched === null || value <= launched) continue;
    issues.push({ field, key: bound.key, values: { value, launched } });
  }
  return issues;
}

export type OutcomeColumns = Pick<NightFields, NightOutcomeField | (typeof QUALIFIER_FIELD)[NightOutcomeField]>;

/** The night's outcome columns for outcomes and their qualifiers (a missing qualifier is an exact figure). */
export function outcomeColumns(outcomes: NightOutcomes, qualifiers: NightQualifiers): OutcomeColumns {
  const columns = {} as Record<string, number | Qualifier | null>;
  for (const field of NIGHT_OUTCOME_FIELDS) {
    columns[field] = outcomes[field];
    // A qualifier qualifies a count: without one it has nothing to say (and the database refuses it).
    columns[QUALIFIER_FIELD[field]] = outcomes[field] === null ? null : (qualifiers[field] ?? null);
  }
  return columns as OutcomeColumns;
}

/** The outcomes and qualifiers a stored night holds. */
export function outcomesOf(night: OutcomeColumns): { outcomes: NightOutcomes; qualifiers: NightQualifiers } {
  const outcomes = {} as NightOutcomes;
  const qualifiers: NightQualifiers = {};
  for (const field of NIGHT_OUTCOME_FIELDS) {
    outcomes[field] = night[field];
    const qualifier = night[QUALIFIER_FIELD[field]];
    if (qualifier) qualifiers[field] = qualifier;
  }
  return { outcomes, qualifiers };
}
