// The shape of the synthetic nights the benchmark stores: pure, seeded, checked against the schema's rules.
//
// Nights go back day by day from an end date (never in the future). Each day has a UA night with
// probability 0.9 and an RU night with probability 0.3, so UA dominates (about 3 in 4 nights) and the
// density near the end date resembles the real record (about 1,100 UA nights over three years). At a
// million figure rows that density reaches back about two centuries: the dates are plainly synthetic,
// what matters is the number of rows and their shape, and a recent range looks like a real one.
import { addDays } from '@/lib/dates';
import type { Category, Target } from '@/lib/domain';
import { createPrng, type Prng } from './prng';

export const SYNTHETIC_SOURCE_NAME = 'synthetic benchmark data';
export const UA_NIGHT_CHANCE = 0.9;
export const RU_NIGHT_CHANCE = 0.3;
export const MIN_WEAPONS = 1;
export const MAX_WEAPONS = 20;

export type SyntheticWeapon = { id: number; category: Category };
export type SyntheticFigure = { weaponId: number; launched: number | null; shotDown: number | null; lost: number | null };
export type SyntheticNight = { date: string; target: Target; figures: SyntheticFigure[] };

/** Stop after this many nights, or after this many figure rows (the last night is cut to fit exactly). */
export type SyntheticLimit = { nights: number } | { figures: number };

export type SyntheticOptions = { seed: number; endDate: string; weapons: readonly SyntheticWeapon[]; limit: SyntheticLimit };

/** Counts for one weapon on one night: occasionally unknown, and shot down + lost never above launched. */
export function syntheticCounts(prng: Prng, category: Category): Omit<SyntheticFigure, 'weaponId'> {
  const launched = prng.chance(0.03) ? null : category === 'drone' ? prng.int(1, 400) : prng.int(1, 40);
  // An unknown launch count still comes with plausible parts; the schema then checks each part alone.
  const ceiling = launched ?? prng.int(1, 100);
  const shotDownValue = Math.floor(ceiling * (0.4 + 0.58 * prng.next()));
  const lostValue = prng.int(0, ceiling - shotDownValue);
  const shotDown = prng.chance(0.06) ? null : shotDownValue;
  const lost = prng.chance(0.15) ? null : lostValue;
  return { launched, shotDown, lost };
}

function syntheticNight(prng: Prng, date: string, target: Target, weapons: readonly SyntheticWeapon[], maxFigures: number): SyntheticNight {
  const count = Math.min(prng.int(MIN_WEAPONS, Math.min(MAX_WEAPONS, weapons.length)), maxFigures);
  const figures = prng.distinct(weapons.length, count).map((index) => {
    const weapon = weapons[index] as SyntheticWeapon;
    return { weaponId: weapon.id, ...syntheticCounts(prng, weapon.category) };
  });
  return { date, target, figures };
}

/** The synthetic nights, newest first: the same options always give the same nights. */
export function* syntheticNights(options: SyntheticOptions): Generator<SyntheticNight> {
  if (options.weapons.length === 0) throw new Error('No weapons to draw from');
  const prng = createPrng(options.seed);
  const maxNights = 'nights' in options.limit ? options.limit.nights : Infinity;
  const maxFigures = 'figures' in options.limit ? options.limit.figures : Infinity;
  let nightCount = 0;
  let figureCount = 0;
  for (let day = 0; nightCount < maxNights && figureCount < maxFigures; day += 1) {
    const date = addDays(options.endDate, -day);
    const targets: Target[] = [];
    if (prng.chance(UA_NIGHT_CHANCE)) targets.push('UA');
    if (prng.chance(RU_NIGHT_CHANCE)) targets.push('RU');
    for (const target of targets) {
      if (nightCount >= maxNights || figureCount >= maxFigures) return;
      const night = syntheticNight(prng, date, target, options.weapons, maxFigures - figureCount);
      nightCount += 1;
      figureCount += night.figures.length;
      yield night;
    }
  }
}
