// What one night's headline says, as values the page puts into words: launches per category (exact, a
// lower bound when some weapon rows give no launches, or not given), the neutralisation rate and whether
// it covers every weapon row, places hit, and the decoys the SPEC lets us estimate (drones − Shaheds).
// Pure: the sums come from SQL (db/queries/night-outcomes.ts through lib/series.ts outcomeOf).
import type { Qualifier } from './domain';
import type { Outcome } from './series';

/** A category's launches: none reported (no weapon rows), not given, or a count (a lower bound if incomplete). */
export type Launches =
  | { kind: 'none' }
  | { kind: 'unknown' }
  | { kind: 'known'; value: number; qualifier: Qualifier | null };

export function launchesOf(outcome: Outcome): Launches {
  if (outcome.figures === 0) return { kind: 'none' };
  if (outcome.launched === null) return { kind: 'unknown' };
  // Some rows give no launches: the known sum is what was launched at least.
  return { kind: 'known', value: outcome.launched, qualifier: outcome.launchedKnown < outcome.figures ? 'at-least' : null };
}

export type QualifiedCount = { value: number; qualifier: Qualifier | null };

export type NightSummary = {
  missiles: Launches;
  drones: Launches;
  /** The neutralisation rate, and whether its basis is every weapon row of the night. */
  neutralisation: { rate: number; whole: boolean } | null;
  /** Said instead of the rate when the rate cannot be given. */
  shotDown: number | null;
  placesHit: QualifiedCount | null;
};

export function summariseNight(input: {
  missile: Outcome;
  drone: Outcome;
  all: Outcome;
  placesHit: number | null;
  placesHitQualifier: Qualifier | null;
}): NightSummary {
  const { all } = input;
  return {
    missiles: launchesOf(input.missile),
    drones: launchesOf(input.drone),
    neutralisation: all.neutralisationRate === null ? null : { rate: all.neutralisationRate, whole: all.neutralisationFigures === all.figures },
    shotDown: all.shotDown,
    placesHit: input.placesHit === null ? null : { value: input.placesHit, qualifier: input.placesHitQualifier },
  };
}

/** What a bound on Shaheds makes of the decoys (drones − Shaheds): more Shaheds, fewer decoys. */
const DECOY_QUALIFIER: Record<Qualifier, Qualifier> = {
  about: 'about',
  'more-than': 'less-than',
  'less-than': 'more-than',
  'at-least': 'at-most',
  'at-most': 'at-least',
};

/**
 * Decoys and imitators ≈ drones launched − Shaheds (SPEC §1), only when both are known: every drone row
 * gives its launches and the Shaheds are given. Always approximate (other drone types are in the
 * difference too), so an exact Shahed count still gives "≈"; a bounded one gives the opposite bound.
 * A difference below zero means the figures disagree: no estimate then.
 */
export function decoyEstimate(drone: Outcome, shaheds: number | null, shahedsQualifier: Qualifier | null): QualifiedCount | null {
  if (shaheds === null || drone.launched === null || drone.figures === 0 || drone.launchedKnown < drone.figures) return null;
  const value = drone.launched - shaheds;
  if (value < 0) return null;
  return { value, qualifier: shahedsQualifier ? DECOY_QUALIFIER[shahedsQualifier] : 'about' };
}
