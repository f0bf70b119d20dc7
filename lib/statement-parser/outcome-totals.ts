// A side's outcomes from the readings of its clauses: the first sentence that gives a value wins (a
// report often repeats it), counts of one sentence add up, and hits that name no weapon go to the one
// category the night's figures have.
import { unknownOutcomes, type Category, type NightOutcomeField, type NightOutcomes, type NightQualifiers, type Target } from '@/lib/domain';
import type { OutcomeReading } from './outcomes';
import type { ParsedFigure } from './types';

export type SideOutcome = OutcomeReading & { side: Target; sentence: number };

export type CollectedOutcomes = {
  values: NightOutcomes;
  qualifiers: NightQualifiers;
  /** The sentence each value was read from. */
  sentences: Partial<Record<NightOutcomeField, number>>;
};

const HITS: Record<Category, NightOutcomeField> = { missile: 'hitsMissile', drone: 'hitsDrone' };

export function collectOutcomes(readings: readonly SideOutcome[], figures: readonly ParsedFigure[]): CollectedOutcomes {
  const values = unknownOutcomes();
  const qualifiers: NightQualifiers = {};
  const sentences: Partial<Record<NightOutcomeField, number>> = {};
  const categories = [...new Set(figures.filter((f) => f.launched !== null || f.shotDown !== null).map((f) => f.category))];
  const only = categories.length === 1 ? categories[0] : undefined;
  for (const reading of readings) {
    const category = reading.category ?? only;
    if (reading.field === 'hits' && !category) continue;
    const field: NightOutcomeField = reading.field === 'hits' ? HITS[category ?? 'drone'] : reading.field;
    const current = values[field];
    if (current === null) {
      values[field] = reading.value;
      sentences[field] = reading.sentence;
      if (reading.qualifier) qualifiers[field] = reading.qualifier;
    } else if (sentences[field] === reading.sentence && reading.field === 'hits') {
      values[field] = current + reading.value;
    }
  }
  return { values, qualifiers, sentences };
}
