// An outcome (launched, shot down, lost, not stopped, the two rates and their bases) as the JSON API
// writes it: the dashboard's lib/series Outcome in the API's snake_case, every count an integer or null
// (unknown, never 0), every rate an unrounded share between 0 and 1, or null when nothing is known.
import { z } from 'zod';
import { targetSchema } from '@/lib/domain-schemas';
import type { DatedCount, Outcome } from '@/lib/series';

/** A count: a non-negative integer, or null when unknown. */
export const countSchema = z.int().min(0).nullable();
/** A share between 0 and 1, unrounded; null when its basis is empty. */
export const rateSchema = z.number().min(0).max(1).nullable();
/** How many of something there are (figures, nights): always known. */
export const tallySchema = z.int().min(0);

export const outcomeSchema = z
  .object({
    launched: countSchema.describe('Sum of the known launches.'),
    shot_down: countSchema.describe('Sum of the known shot down (from 2025-07-24 the combined "shot down or suppressed").'),
    lost: countSchema.describe('Sum of the known lost (locationally lost, suppressed by electronic warfare).'),
    not_stopped: countSchema.describe("Launched − shot down − lost, over the neutralisation rate's basis."),
    neutralisation_rate: rateSchema.describe('(shot down + lost) ÷ launched over the figures whose not stopped is known.'),
    interception_rate: rateSchema.describe('Shot down ÷ launched over the figures with both known.'),
    figures: tallySchema.describe('Weapon rows (figures) in the sums.'),
    launched_known: tallySchema.describe('Of them, rows that give launched.'),
    neutralisation_figures: tallySchema.describe("Rows in the neutralisation rate's basis."),
    interception_figures: tallySchema.describe("Rows in the interception rate's basis."),
  })
  .meta({ id: 'Outcome' });

export type OutcomeJson = z.output<typeof outcomeSchema>;

export function outcomeJson(outcome: Outcome): OutcomeJson {
  return {
    launched: outcome.launched,
    shot_down: outcome.shotDown,
    lost: outcome.lost,
    not_stopped: outcome.notStopped,
    neutralisation_rate: outcome.neutralisationRate,
    interception_rate: outcome.interceptionRate,
    figures: outcome.figures,
    launched_known: outcome.launchedKnown,
    neutralisation_figures: outcome.neutralisationFigures,
    interception_figures: outcome.interceptionFigures,
  };
}

export const datedCountSchema = z
  .object({ date: z.iso.date(), count: z.int().min(0) })
  .nullable()
  .meta({ id: 'DatedCount', description: "A night's count and its date; null when no night gives it." });

export type DatedCountJson = z.output<typeof datedCountSchema>;

export const datedCountJson = (value: DatedCount | null): DatedCountJson => (value ? { date: value.date, count: value.count } : null);

export const targetJsonSchema = targetSchema.describe('UA: attacks on Ukraine; RU: attacks on Russia.');
