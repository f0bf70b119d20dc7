import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseRequestSchema, toApiResponse } from './api';
import { SPEC_EXAMPLE } from './corpus';
import { parseStatement } from './parse-statement';

const firstError = (body: unknown) => {
  const result = parseRequestSchema.safeParse(body);
  return result.success ? null : (z.flattenError(result.error).fieldErrors.text?.[0] ?? z.flattenError(result.error).formErrors[0]);
};

describe('the parse request', () => {
  it('needs a non-empty string of at most 20,000 characters', () => {
    expect(firstError({ text: 'Russia launched 5 drones.' })).toBeNull();
    expect(firstError({})).toBe('Send {"text": "..."} with the statement as a string.');
    expect(firstError({ text: 5 })).toBe('Send {"text": "..."} with the statement as a string.');
    expect(firstError({ text: '  \n ' })).toBe('The text is empty.');
    expect(firstError({ text: 'x'.repeat(20_001) })).toBe('The text is longer than 20,000 characters.');
    expect(firstError({ text: 'x'.repeat(20_000) })).toBeNull();
    expect(firstError(['text'])).toBe('Send a JSON object: {"text": "..."}.');
    expect(firstError(null)).toBe('Send a JSON object: {"text": "..."}.');
  });
});

describe('the parse answer', () => {
  it('has exactly the SPEC §3.5 shape, with the other side under "other"', () => {
    expect(toApiResponse(parseStatement(SPEC_EXAMPLE))).toEqual({
      date: null,
      target: 'UA',
      figures: [
        { weapon: 'Unknown missile', category: 'missile', launched: 3, shot_down: null, lost: null },
        { weapon: 'Unknown drone', category: 'drone', launched: 114, shot_down: 66, lost: 31 },
      ],
      totals: {
        missile: { launched: 3, shot_down: null, lost: null },
        drone: { launched: 114, shot_down: 66, lost: 31 },
      },
      other: {
        date: null,
        target: 'RU',
        figures: [{ weapon: 'Unknown drone', category: 'drone', launched: null, shot_down: 45, lost: null }],
        totals: {
          missile: { launched: null, shot_down: null, lost: null },
          drone: { launched: null, shot_down: 45, lost: null },
        },
      },
    });
  });

  it('has no "other" for a text about one side', () => {
    expect(Object.keys(toApiResponse(parseStatement('Russia launched 5 drones.')))).toEqual(['date', 'target', 'figures', 'totals']);
  });
});
