// Every refusal of the JSON API: a message for the caller, and per-field messages where a body was checked.
import { z } from 'zod';

export const errorSchema = z
  .object({
    error: z.string().describe('What was wrong, in plain words.'),
    fields: z.record(z.string(), z.string()).optional().describe('Per field of the body, e.g. "figures.0.shot_down".'),
    version: z.int().min(1).optional().describe("The night's current version (on 409)."),
  })
  .meta({ id: 'Error' });

export type ErrorJson = z.output<typeof errorSchema>;
