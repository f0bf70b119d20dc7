// GET /api/latest's answer: a target's last recorded night with its figures by category, shaped as the
// dashboard shapes a range (the night is a range of one date).
import { z } from 'zod';
import type { Target } from '@/lib/domain';
import { outcomeOf, type WeaponTotals } from '@/lib/series';
import { outcomeJson, outcomeSchema, targetJsonSchema } from './outcome-json';

export const latestResponseSchema = z
  .object({
    target: targetJsonSchema,
    night: z
      .object({
        date: z.iso.date().describe('The morning the night ends.'),
        drone: outcomeSchema,
        missile: outcomeSchema,
        all: outcomeSchema,
      })
      .nullable()
      .describe('Null when no night is recorded for the target.'),
  })
  .meta({ id: 'LatestResponse', description: "A target's latest recorded night." });

export type LatestResponse = z.output<typeof latestResponseSchema>;

export function latestJson(target: Target, date: string | null, weapons: readonly WeaponTotals[]): LatestResponse {
  if (date === null) return { target, night: null };
  return {
    target,
    night: {
      date,
      drone: outcomeJson(outcomeOf(weapons.filter((w) => w.category === 'drone'))),
      missile: outcomeJson(outcomeOf(weapons.filter((w) => w.category === 'missile'))),
      all: outcomeJson(outcomeOf(weapons)),
    },
  };
}
