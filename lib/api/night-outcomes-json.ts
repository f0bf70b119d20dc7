// A night's outcomes beyond interceptions (SPEC §1) as /api/nights and the statement parser give them:
// hits per category, places hit, places with debris, Shaheds, each an integer or null (unknown), and the
// qualifier of each one a statement gives approximately ("about 200" → "about"), absent when exact.
import { z } from 'zod';
import { QUALIFIERS } from '@/lib/domain';
import { countSchema } from './outcome-json';

const qualifierSchema = z.enum(QUALIFIERS);

export const nightOutcomesShape = {
  hits: z.object({ missile: countSchema, drone: countSchema }).describe('How many missiles and drones struck.'),
  places_hit: countSchema.describe('Locations hit.'),
  places_debris: countSchema.describe('Locations where debris fell.'),
  shaheds: countSchema.describe("How many of the night's launched drones were Shahed-type attack drones."),
  qualifiers: z
    .object({
      hits_missile: qualifierSchema.optional(),
      hits_drone: qualifierSchema.optional(),
      places_hit: qualifierSchema.optional(),
      places_debris: qualifierSchema.optional(),
      shaheds: qualifierSchema.optional(),
    })
    .describe('The qualifier of each outcome given approximately ("about 200" → about); {} when all are exact.'),
};

const nightOutcomesSchema = z.object(nightOutcomesShape);
export type NightOutcomesJson = z.output<typeof nightOutcomesSchema>;
