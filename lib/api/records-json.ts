// GET /api/records's answer: a target's records over every recorded night, as the dashboard computes
// them (lib/series rangeNights over the series query).
import { z } from 'zod';
import type { Target } from '@/lib/domain';
import { rangeNights, type BucketTotals } from '@/lib/series';
import { datedCountJson, datedCountSchema, tallySchema, targetJsonSchema } from './outcome-json';

export const recordsResponseSchema = z
  .object({
    target: targetJsonSchema,
    first_night: z.iso.date().nullable().describe('The first recorded night; null when none is recorded.'),
    last_night: z.iso.date().nullable(),
    nights: tallySchema.describe('Recorded nights.'),
    nights_with_attacks: tallySchema,
    largest_night: z
      .object({ drone: datedCountSchema, missile: datedCountSchema })
      .describe('The night with the most drones, and with the most missiles, launched (the latest on a tie).'),
  })
  .meta({ id: 'RecordsResponse', description: "A target's records over every recorded night." });

export type RecordsResponse = z.output<typeof recordsResponseSchema>;

export function recordsJson(target: Target, bounds: { first: string; last: string } | null, series: readonly BucketTotals[]): RecordsResponse {
  const nights = rangeNights(series);
  return {
    target,
    first_night: bounds?.first ?? null,
    last_night: bounds?.last ?? null,
    nights: nights.nights,
    nights_with_attacks: nights.nightsWithAttacks,
    largest_night: { drone: datedCountJson(nights.largestDrone), missile: datedCountJson(nights.largestMissile) },
  };
}
