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

/** The three counts of a figure; null means the source does not give it (unknown, not zero). */
export type Counts = {
  launched: number | null;
  shotDown: number | null;
  lost: number | null;
};
