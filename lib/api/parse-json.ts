// The answer of POST /api/statements/parse (SPEC §3.5) as a schema, for the OpenAPI document and the
// tests. The answer itself is built by lib/statement-parser/api.ts; this describes it and a test holds
// real answers to it.
import { z } from 'zod';
import { categorySchema } from '@/lib/domain-schemas';
import { countSchema, targetJsonSchema } from './outcome-json';
import { nightOutcomesShape } from './night-outcomes-json';

const totalsSchema = z.object({ launched: countSchema, shot_down: countSchema, lost: countSchema });

const sideSchema = z.object({
  date: z.iso.date().nullable().describe('The night (the morning it ends), or null when the text gives no date.'),
  target: targetJsonSchema,
  figures: z.array(
    z.object({ weapon: z.string(), category: categorySchema, launched: countSchema, shot_down: countSchema, lost: countSchema }),
  ),
  totals: z.object({ missile: totalsSchema, drone: totalsSchema }).describe("Each category's sums over the figures that give each count."),
  ...nightOutcomesShape,
});

export const parseResponseSchema = z
  .object({
    ...sideSchema.shape,
    other: sideSchema.optional().describe("The other side's claims, when the text gives them (e.g. Russia's Defence Ministry)."),
  })
  .meta({ id: 'ParseResponse', description: "The night's figures as a statement gives them; counts it does not give are null." });

export type ParseResponse = z.output<typeof parseResponseSchema>;
