// A night's address as every page and route reads it from a URL: a real date plus a target, the target
// case-insensitive and UA when absent. One schema, so `?target=ru` means Russia on the night page, the
// edit page and the API alike.
import { z } from 'zod';
import { isIsoDate } from './dates';
import { DEFAULT_TARGET } from './domain';
import { targetSchema } from './domain-schemas';
import type { NightKey } from './routes';

type Param = string | string[] | null | undefined;

/** A target query parameter: its first value, trimmed, any case; absent or empty means UA. */
export const targetParamSchema = z.preprocess((value: unknown) => {
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined || first === null) return DEFAULT_TARGET;
  if (typeof first !== 'string') return first;
  const trimmed = first.trim();
  return trimmed === '' ? DEFAULT_TARGET : trimmed.toUpperCase();
}, targetSchema);

export const nightAddressSchema = z.object({
  date: z.string().refine(isIsoDate, 'The date must be a real YYYY-MM-DD date.'),
  target: targetParamSchema,
});

/** The night a URL names, or null for one that cannot exist (2025-02-30, target=XX). */
export function readNightAddress(date: Param, target: Param): NightKey | null {
  const parsed = nightAddressSchema.safeParse({ date: Array.isArray(date) ? date[0] : date, target });
  return parsed.success ? parsed.data : null;
}
