// The latest night at a glance, from the sums SQL made for it: launches by category, neutralised and not
// stopped over the rows that give them, the neutralisation rate, how its launches compare with the nights
// before, and the drones that were not Shahed-type. Unknown stays null; nothing here rounds a figure.
import type { Category, Qualifier } from './domain';
import { ratio } from './metrics';

/** One category's sums for the night (db/queries/last-night.ts). */
export type CategorySums = {
  category: Category;
  figures: number;
  launchedKnown: number;
  launched: number | null;
  notStopped: number | null;
  neutralisationLaunched: number | null;
  neutralisationFigures: number;
};

/** The nights before it: how many are recorded, how many give every launch, and their average. */
export type PreviousNights = { from: string; to: string; nights: number; nightsKnown: number; average: number | null };

export type LaunchCount = {
  /** The sum of the rows that give launches; null when none does. */
  value: number | null;
  /** Rows whose launches are not given (then `value` is a partial sum, and says so). */
  unknownRows: number;
  /** Weapon rows of the category that night (none: the record names no such weapon). */
  rows: number;
};

export type LastNightFigures = {
  drones: LaunchCount;
  missiles: LaunchCount;
  /** Over the rows whose neutralised count is known (the neutralisation rate's basis). */
  neutralised: number | null;
  notStopped: number | null;
  rate: number | null;
  basisRows: number;
  rows: number;
  /** The night's launches ÷ the previous nights' average, when every launch is known on both sides. */
  comparison: { ratio: number; average: number; nightsKnown: number; nights: number; from: string; to: string } | null;
  /** Why there is no comparison, when there is none. */
  noComparison: 'launchesUnknown' | 'noPreviousNights' | 'averageZero' | null;
};

const sum = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
};

function launches(row: CategorySums | undefined): LaunchCount {
  if (!row) return { value: null, unknownRows: 0, rows: 0 };
  return { value: row.launched, unknownRows: row.figures - row.launchedKnown, rows: row.figures };
}

export function lastNightFigures(categories: readonly CategorySums[], previous: PreviousNights): LastNightFigures {
  const byCategory = (category: Category) => categories.find((row) => row.category === category);
  const rows = categories.reduce((n, row) => n + row.figures, 0);
  const basisRows = categories.reduce((n, row) => n + row.neutralisationFigures, 0);
  const basisLaunched = sum(categories.map((row) => row.neutralisationLaunched));
  const notStopped = sum(categories.map((row) => row.notStopped));
  const neutralised = basisLaunched === null || notStopped === null ? null : basisLaunched - notStopped;
  const everyLaunchKnown = rows > 0 && categories.every((row) => row.launchedKnown === row.figures);
  const total = everyLaunchKnown ? sum(categories.map((row) => row.launched)) : null;
  let noComparison: LastNightFigures['noComparison'] = null;
  if (total === null) noComparison = 'launchesUnknown';
  else if (previous.average === null) noComparison = 'noPreviousNights';
  else if (previous.average === 0) noComparison = 'averageZero';
  const comparisonRatio = noComparison === null ? ratio(total, previous.average) : null;
  return {
    drones: launches(byCategory('drone')),
    missiles: launches(byCategory('missile')),
    neutralised,
    notStopped,
    rate: ratio(neutralised, basisLaunched),
    basisRows,
    rows,
    comparison:
      comparisonRatio !== null && previous.average !== null
        ? { ratio: comparisonRatio, average: previous.average, nightsKnown: previous.nightsKnown, nights: previous.nights, from: previous.from, to: previous.to }
        : null,
    noComparison,
  };
}

/** What a count read as "more than 100" says about what is left when it is subtracted from an exact total. */
const COMPLEMENT: Record<Qualifier, Qualifier> = {
  about: 'about',
  'more-than': 'less-than',
  'less-than': 'more-than',
  'at-least': 'at-most',
  'at-most': 'at-least',
};

/**
 * Drones launched that were not Shahed-type (decoys and imitators, SPEC §1), where both are known:
 * drones launched − Shaheds. When the Shahed count is approximate, so is this, the other way round
 * ("more than 300 Shaheds" of 450 drones leaves "fewer than 150" others).
 */
export function otherDrones(
  drones: LaunchCount,
  shaheds: { value: number | null; qualifier: Qualifier | null },
): { value: number; qualifier: Qualifier | null } | null {
  if (drones.value === null || drones.unknownRows > 0 || shaheds.value === null) return null;
  return { value: drones.value - shaheds.value, qualifier: shaheds.qualifier ? COMPLEMENT[shaheds.qualifier] : null };
}
