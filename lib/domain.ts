// The SPEC's vocabulary as constants and types, shared by the schema, validation and the UI. No zod
// here: client components import these labels, and zod would then ship to every page (the zod enums
// are in lib/domain-schemas.ts).

export const TARGETS = ['UA', 'RU'] as const;
export type Target = (typeof TARGETS)[number];
export const DEFAULT_TARGET: Target = 'UA';

export const TARGET_LABELS: Record<Target, string> = {
  UA: 'Attacks on Ukraine',
  RU: 'Attacks on Russia',
};

export const CATEGORIES = ['missile', 'drone'] as const;
export type Category = (typeof CATEGORIES)[number];

export const MISSILE_CLASSES = [
  'ballistic',
  'aeroballistic',
  'cruise',
  'anti-ship',
  'guided-air-defence',
  'guided-bomb',
  'unknown',
] as const;
export const DRONE_CLASSES = ['attack', 'decoy', 'reconnaissance', 'unknown'] as const;
export const WEAPON_CLASSES = [
  'ballistic',
  'aeroballistic',
  'cruise',
  'anti-ship',
  'guided-air-defence',
  'guided-bomb',
  'attack',
  'decoy',
  'reconnaissance',
  'unknown',
] as const;
export type WeaponClass = (typeof WEAPON_CLASSES)[number];

/** Whether a class belongs to a category (a missile cannot be a decoy, a drone cannot be ballistic). */
export function classFitsCategory(category: Category, weaponClass: string): boolean {
  const classes: readonly string[] = category === 'missile' ? MISSILE_CLASSES : DRONE_CLASSES;
  return classes.includes(weaponClass);
}

/** Largest count accepted anywhere: far above any real night (the record is under 1,000 a night). */
export const MAX_COUNT = 100_000;

/**
 * The first night the Air Force's national reports give one combined "shot down or suppressed" figure
 * (24 July 2025): from then a row's unknown lost is taken as included in shot down (SPEC).
 */
export const COMBINED_REPORTING_FROM = '2025-07-24';

/** The longest statement a night stores and the parser reads, in characters. */
export const MAX_STATEMENT_LENGTH = 20_000;
/** The longest notes a night stores, in characters. */
export const MAX_NOTES_LENGTH = 5_000;

/** The three counts of a figure; null means the source does not give it (unknown, not zero). */
export type Counts = {
  launched: number | null;
  shotDown: number | null;
  lost: number | null;
};

/**
 * What a night's statement reports beyond interceptions (SPEC §1, since mid-2025): hits per category,
 * places hit, places where debris fell, and how many of the launched drones were Shahed-type (the rest
 * are decoys and imitators). Each is a count or unknown (null), stored on the night, not per weapon.
 */
export const NIGHT_OUTCOME_FIELDS = ['hitsMissile', 'hitsDrone', 'placesHit', 'placesDebris', 'shaheds'] as const;
export type NightOutcomeField = (typeof NIGHT_OUTCOME_FIELDS)[number];
export type NightOutcomes = Record<NightOutcomeField, number | null>;

/** Every outcome unknown: what a night holds until a statement or an editor gives them. */
export function unknownOutcomes(): NightOutcomes {
  return { hitsMissile: null, hitsDrone: null, placesHit: null, placesDebris: null, shaheds: null };
}

/**
 * How exactly a statement gives a figure: "about 200" is about, "over 100" more-than, "nearly 300"
 * less-than, "at least 50" at-least, "up to 20" at-most. No qualifier means the figure is exact.
 */
export const QUALIFIERS = ['about', 'more-than', 'less-than', 'at-least', 'at-most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export type NightQualifiers = Partial<Record<NightOutcomeField, Qualifier>>;

/** How a qualified figure is shown: never as if it were exact ("≈ 200", "> 100"). */
export const QUALIFIER_SYMBOLS: Record<Qualifier, string> = {
  about: '≈',
  'more-than': '>',
  'less-than': '<',
  'at-least': '≥',
  'at-most': '≤',
};
