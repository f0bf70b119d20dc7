// The SPEC's vocabulary as constants and zod enums, shared by the schema, validation and the UI.
import { z } from 'zod';

export const TARGETS = ['UA', 'RU'] as const;
export const targetSchema = z.enum(TARGETS);
export type Target = z.infer<typeof targetSchema>;
export const DEFAULT_TARGET: Target = 'UA';

export const TARGET_LABELS: Record<Target, string> = {
  UA: 'Attacks on Ukraine',
  RU: 'Attacks on Russia',
};

export const CATEGORIES = ['missile', 'drone'] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

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
export const weaponClassSchema = z.enum(WEAPON_CLASSES);
export type WeaponClass = z.infer<typeof weaponClassSchema>;

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
