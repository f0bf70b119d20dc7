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
      hits: { missile: null, drone: null },
      places_hit: null,
      places_debris: null,
      shaheds: null,
      qualifiers: {},
      other: {
        date: null,
        target: 'RU',
        figures: [{ weapon: 'Unknown drone', category: 'drone', launched: null, shot_down: 45, lost: null }],
        totals: {
          missile: { launched: null, shot_down: null, lost: null },
          drone: { launched: null, shot_down: 45, lost: null },
        },
        hits: { missile: null, drone: null },
        places_hit: null,
        places_debris: null,
        shaheds: null,
        qualifiers: {},
      },
    });
  });

  it('has no "other" for a text about one side', () => {
    expect(Object.keys(toApiResponse(parseStatement('Russia launched 5 drones.')))).toEqual([
      'date', 'target', 'figures', 'totals', 'hits', 'places_hit', 'places_debris', 'shaheds', 'qualifiers',
    ]);
  });

  it('gives hits, places and Shaheds at the top level, with a qualifier only for approximate ones', () => {
    // Radio Svoboda relaying the Air Force, 15 October 2025 (fixtures/statements).
    const text =
      'Російські військові в ніч проти 15 жовтня атакували Україну 113 безпілотниками різних типів, із яких близько 50 – «Шахеди», повідомили Повітряні сили ЗСУ. ' +
      '«За попередніми даними, станом на 08:30, протиповітряною обороною збито/подавлено 86 ворожих БпЛА типу Shahed, «Гербера» і дронів інших типів на півночі, півдні та сході країни», – йдеться в повідомленні. ' +
      'За даними військових, зафіксовано влучання 26 ударних БпЛА на 11 локаціях і падіння уламків на одній локації.';
    const answer = toApiResponse(parseStatement(text, { today: '2025-10-15' }));
    expect(answer).toMatchObject({
      date: '2025-10-15',
      totals: { drone: { launched: 113, shot_down: 86, lost: null } },
      hits: { missile: null, drone: 26 },
      places_hit: 11,
      places_debris: 1,
      shaheds: 50,
      qualifiers: { shaheds: 'about' },
    });
    expect(Object.keys(answer.qualifiers)).toEqual(['shaheds']);
  });
});
