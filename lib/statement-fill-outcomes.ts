// "Fill from statement" for the night's outcomes (hits, places hit, debris, Shaheds): the same rules as
// the figures' counts. A figure the text does not give leaves its field as it is (blank stays blank:
// unknown, never 0); an empty field takes the text's figure with its qualifier ("about 200" → 200, about);
// a field the editor filled differently is kept and reported as a conflict, never overwritten here.
import { NIGHT_OUTCOME_FIELDS, type NightOutcomeField, type NightOutcomes, type NightQualifiers } from './domain';
import type { NightFormValues } from './night-form';
import { QUALIFIER_FIELD } from './night-snapshot';
import type { Quote } from './statement-fill';

/** A figure as the form holds it: the count as typed, and its qualifier ('' for exact). */
export type OutcomeEntry = { count: string; qualifier: string };

/** `quote`: the words the statement's figure was read from, so the editor can check it at a glance. */
export type OutcomeChange = { field: NightOutcomeField; from: OutcomeEntry; to: OutcomeEntry; quote: Quote | null };

export type OutcomeFill = {
  values: NightFormValues;
  /** Figures written into empty fields. */
  filled: OutcomeChange[];
  /** Figures the form already held, with the same qualifier. */
  unchanged: number;
  /** Figures the editor entered differently: kept as entered, listed for the editor to decide. */
  conflicts: OutcomeChange[];
};

/** Fills the outcome fields from a side's reading (null: the text gives nothing for the form's target). */
type OutcomeReading = { outcomes: NightOutcomes; qualifiers: NightQualifiers; outcomeQuotes?: Partial<Record<NightOutcomeField, Quote>> };

export function fillOutcomes(values: NightFormValues, side: OutcomeReading | null): OutcomeFill {
  const next = { ...values };
  const filled: OutcomeChange[] = [];
  const conflicts: OutcomeChange[] = [];
  let unchanged = 0;
  for (const field of NIGHT_OUTCOME_FIELDS) {
    const value = side?.outcomes[field] ?? null;
    if (value === null) continue;
    const qualifierField = QUALIFIER_FIELD[field];
    const from = { count: values[field].trim(), qualifier: values[qualifierField] };
    const to = { count: String(value), qualifier: side?.qualifiers[field] ?? '' };
    const quote = side?.outcomeQuotes?.[field] ?? null;
    if (from.count === '') {
      next[field] = to.count;
      next[qualifierField] = to.qualifier;
      filled.push({ field, from, to, quote });
    } else if (/^\d+$/.test(from.count) && Number(from.count) === value && from.qualifier === to.qualifier) {
      unchanged += 1;
    } else {
      conflicts.push({ field, from, to, quote });
    }
  }
  return { values: next, filled, unchanged, conflicts };
}

/** Writes the statement's figures over the editor's for the given conflicts, once the editor asks to. */
export function applyOutcomeConflicts(values: NightFormValues, conflicts: readonly OutcomeChange[]): NightFormValues {
  const next = { ...values };
  for (const conflict of conflicts) {
    next[conflict.field] = conflict.to.count;
    next[QUALIFIER_FIELD[conflict.field]] = conflict.to.qualifier;
  }
  return next;
}
