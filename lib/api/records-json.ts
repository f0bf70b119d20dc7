// GET /api/records's answer: a target's records over every recorded night (db/queries/api-records.ts).
import { z } from 'zod';
import type { Target } from '@/lib/domain';
import { datedCountSchema, rateSchema, tallySchema, targetJsonSchema } from './outcome-json';

/** The records as the query gives them (camelCase), shaped here for the API. */
export type RecordsInput = {
  nights: number;
  largestDrone: { date: string; count: number } | null;
  largestMissile: { date: string; count: number } | null;
  withoutMissiles: { from: string; to: string; nights: number } | null;
  withoutAttacks: { from: string; to: string; nights: number } | null;
  bestDefence: { date: string; rate: number; launched: number; neutralised: number } | null;
  mostWeapons: { date: string; count: number } | null;
};

const runSchema = z
  .object({ from: z.iso.date(), to: z.iso.date(), nights: tallySchema })
  .nullable()
  .meta({ id: 'Run', description: 'A run of nights (from and to included); null when there is none.' });

export const recordsResponseSchema = z
  .object({
    target: targetJsonSchema,
    first_night: z.iso.date().nullable().describe('The first recorded night; null when none is recorded.'),
    last_night: z.iso.date().nullable(),
    nights: tallySchema.describe('Recorded nights.'),
    largest_night: z
      .object({ drone: datedCountSchema, missile: datedCountSchema })
      .describe('The night with the most drones, and with the most missiles, launched (the latest on a tie).'),
    longest_without_missiles: runSchema.describe('The longest run of days without a recorded missile attack.'),
    longest_without_attacks: runSchema.describe('The longest run of days without any recorded attack.'),
    best_defence_night: z
      .object({ date: z.iso.date(), neutralisation_rate: rateSchema.unwrap(), launched: tallySchema, neutralised: tallySchema })
      .nullable()
      .describe('The highest neutralisation rate of a night with at least 50 launches in its basis.'),
    most_weapon_types: datedCountSchema.describe('The night with the most weapon types launched.'),
  })
  .meta({ id: 'RecordsResponse', description: "A target's records over every recorded night." });

export type RecordsResponse = z.output<typeof recordsResponseSchema>;

export function recordsJson(target: Target, bounds: { first: string; last: string } | null, records: RecordsInput | null): RecordsResponse {
  return {
    target,
    first_night: bounds?.first ?? null,
    last_night: bounds?.last ?? null,
    nights: records?.nights ?? 0,
    largest_night: { drone: records?.largestDrone ?? null, missile: records?.largestMissile ?? null },
    longest_without_missiles: records?.withoutMissiles ?? null,
    longest_without_attacks: records?.withoutAttacks ?? null,
    best_defence_night: records?.bestDefence
      ? { date: records.bestDefence.date, neutralisation_rate: records.bestDefence.rate, launched: records.bestDefence.launched, neutralised: records.bestDefence.neutralised }
      : null,
    most_weapon_types: records?.mostWeapons ?? null,
  };
}
