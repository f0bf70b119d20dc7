import { describe, expect, it } from 'vitest';
import { todayInKyiv } from '@/lib/dates';
import { SPEC_EXAMPLE } from './corpus';
import { parseStatement } from './parse-statement';
import { MAX_TEXT_LENGTH } from './text';

describe('parseStatement', () => {
  it('reads the SPEC §5 example into exactly its figures, both sides', () => {
    const result = parseStatement(SPEC_EXAMPLE, { today: '2025-04-26' });
    expect(result.target).toBe('UA');
    expect(result.figures).toEqual([
      { weapon: 'Unknown missile', slug: 'unknown-missile', category: 'missile', launched: 3, shotDown: null, lost: null },
      { weapon: 'Unknown drone', slug: 'unknown-drone', category: 'drone', launched: 114, shotDown: 66, lost: 31 },
    ]);
    expect(result.totals).toEqual({
      missile: { launched: 3, shot_down: null, lost: null },
      drone: { launched: 114, shot_down: 66, lost: 31 },
    });
    expect(result.other?.target).toBe('RU');
    expect(result.other?.figures).toEqual([
      { weapon: 'Unknown drone', slug: 'unknown-drone', category: 'drone', launched: null, shotDown: 45, lost: null },
    ]);
    expect(result.other?.totals.drone).toEqual({ launched: null, shot_down: 45, lost: null });
    expect(result.other && 'other' in result.other).toBe(false);
    expect(result.recognised).toContainEqual(
      expect.objectContaining({ code: 'read', values: { phrase: '114 drones' }, actions: { action: 'launched' }, weapons: { weapon: { slug: 'unknown-drone', name: 'Unknown drone' } } }),
    );
    expect(result.unrecognised).toEqual([]);
  });

  it('leaves what the text does not say unknown, never 0', () => {
    const result = parseStatement('Russia launched 50 drones at Ukraine overnight, the air force said.');
    expect(result.figures).toEqual([
      { weapon: 'Unknown drone', slug: 'unknown-drone', category: 'drone', launched: 50, shotDown: null, lost: null },
    ]);
    expect(result.totals.missile).toEqual({ launched: null, shot_down: null, lost: null });
    expect(result.totals.drone).toEqual({ launched: 50, shot_down: null, lost: null });
  });

  it('reads counts in words, with articles, with thousands separators and as "all of them"', () => {
    const read = (text: string) => parseStatement(text).figures.map((f) => [f.slug, f.launched, f.shotDown, f.lost]);
    expect(read('Russia launched a cruise missile and twelve drones. All of them were shot down.')).toEqual([
      ['cruise-missile', 1, 1, null],
      ['unknown-drone', 12, 12, null],
    ]);
    expect(read('Russia launched 1,012 drones; 1 002 were shot down.')).toEqual([['unknown-drone', 1012, 1002, null]]);
    expect(read('Russia launched one hundred and twenty drones.')).toEqual([['unknown-drone', 120, null, null]]);
  });

  it('sums only the known counts in totals', () => {
    const result = parseStatement('Russia launched 7 Kh-101 cruise missiles and 4 Kalibr missiles. Air defence shot down 6 Kh-101 missiles.');
    expect(result.totals.missile).toEqual({ launched: 11, shot_down: 6, lost: null });
  });

  it('answers an empty reading for empty, blank or unusable input, without throwing', () => {
    for (const input of ['', '   \n\t', 'Good morning.', null, undefined, 42, {}] as unknown[]) {
      const result = parseStatement(input as string);
      expect(result).toMatchObject({ date: null, target: 'UA', figures: [] });
      expect(result.totals.drone).toEqual({ launched: null, shot_down: null, lost: null });
      expect(result.other).toBeUndefined();
    }
  });

  it('reports the other side alone as target RU', () => {
    const result = parseStatement("Russia's Defence Ministry said its air defences destroyed 30 Ukrainian drones overnight.");
    expect(result.target).toBe('RU');
    expect(result.figures.map((f) => [f.slug, f.shotDown])).toEqual([['unknown-drone', 30]]);
    expect(result.other).toBeUndefined();
  });

  it('lists the number-bearing sentences it could not use, with why', () => {
    const result = parseStatement('Russia launched 60 drones overnight. Three people were injured in Odesa. Over the past week, Russia launched 900 drones.');
    expect(result.unrecognised).toHaveLength(2);
    expect(result.unrecognised[0]).toEqual({ code: 'unread', values: { sentence: 'Three people were injured in Odesa.' }, reasons: ['casualties'] });
    expect(result.unrecognised[1]?.reasons).toContain('otherPeriod');
  });

  it('uses today in Kyiv to choose the year when none is given', () => {
    const result = parseStatement('On the night of 1 January, the enemy launched 5 drones.');
    expect(result.date?.slice(5)).toBe('01-01');
    expect(result.date !== null && result.date <= todayInKyiv()).toBe(true);
    expect(parseStatement('On the night of 1 January, the enemy launched 5 drones.', { today: '2023-06-01' }).date).toBe('2023-01-01');
    expect(parseStatement('On the night of 1 January, the enemy launched 5 drones.', { today: 'not a date' }).date).toBe(result.date);
  });

  it('never gives a count with a verb of its own the verb of the clause before; it lists it instead', () => {
    const counts = (text: string) => parseStatement(text).figures.map((f) => [f.slug, f.launched, f.shotDown, f.lost]);
    const missing = parseStatement('50 drones launched. 30 were shot down, 12 drones and 2 missiles went missing.');
    expect(missing.figures.map((f) => [f.slug, f.launched, f.shotDown, f.lost])).toEqual([['unknown-drone', 50, 30, null]]);
    expect(missing.unrecognised).toEqual([
      { code: 'unread', values: { sentence: '30 were shot down, 12 drones and 2 missiles went missing.' }, reasons: ['unknownVerb'] },
    ]);
    expect(counts('Shot down 30 drones, 12 drones crashed in Belarus.')).toEqual([['unknown-drone', null, 30, null]]);
    expect(counts('Russia launched 50 drones, 30 were not intercepted.')).toEqual([['unknown-drone', 50, null, null]]);
    expect(counts('Russia launched 50 drones; 30 were shot down, 12 did not explode.')).toEqual([['unknown-drone', 50, 30, null]]);
    expect(counts('Russia launched 50 drones; 30 were shot down, 12 have not reached their targets.')).toEqual([['unknown-drone', 50, 30, 12]]);
    // A participle after the object of a verb describes it: the verb still counts it.
    expect(counts('Air defence shot down 30 drones aimed at Kyiv and 4 missiles.')).toEqual([
      ['unknown-missile', null, 4, null],
      ['unknown-drone', null, 30, null],
    ]);
  });

  it('reads "none of" several named weapons as 0 of each, and "none … reached" as nothing', () => {
    const counts = (text: string) => parseStatement(text).figures.map((f) => [f.slug, f.launched, f.shotDown, f.lost]);
    const launched = 'Russia launched 4 Kinzhal missiles, 2 Kalibr and 3 Kh-22 missiles.';
    expect(counts(`${launched} None of the Kinzhal, Kalibr or Kh-22 missiles were shot down.`)).toEqual([
      ['kh-47m2-kinzhal', 4, 0, null],
      ['kalibr', 2, 0, null],
      ['kh-22-kh-32', 3, 0, null],
    ]);
    expect(counts(`${launched} None of the Kinzhal and Kh-22 missiles were shot down.`)).toEqual([
      ['kh-47m2-kinzhal', 4, 0, null],
      ['kalibr', 2, null, null],
      ['kh-22-kh-32', 3, 0, null],
    ]);
    expect(counts(`${launched} None of the Kinzhal or Kh-22 missiles reached their targets.`)).toEqual([
      ['kh-47m2-kinzhal', 4, null, null],
      ['kalibr', 2, null, null],
      ['kh-22-kh-32', 3, null, null],
    ]);
  });

  it('keeps a date whose given year makes it later than today, and says so; never infers a later year', () => {
    const given = parseStatement('On the night of 12 February 2026, the enemy launched 50 drones.', { today: '2026-02-10' });
    expect(given.date).toBe('2026-02-12');
    expect(given.unrecognised).toEqual([{ code: 'futureDate', values: { date: '2026-02-12', today: '2026-02-10' } }]);
    const inferred = parseStatement('On the night of 12 February, the enemy launched 50 drones.', { today: '2026-02-10' });
    expect(inferred.date).toBe('2025-02-12');
    expect(inferred.unrecognised).toEqual([]);
    const evening = parseStatement('From 18:00 on 10 February, the enemy launched 50 drones.', { today: '2026-02-10' });
    expect(evening.date).toBe('2025-02-11');
    expect(parseStatement('On the night of 10 February 2026, the enemy launched 50 drones.', { today: '2026-02-10' }).unrecognised).toEqual([]);
  });

  it(`reads only the first ${MAX_TEXT_LENGTH} characters and says so`, () => {
    const padding = 'Air raid alerts lasted all night. '.repeat(Math.ceil(MAX_TEXT_LENGTH / 34));
    const result = parseStatement(`Russia launched 12 drones. ${padding} Russia launched 3 missiles.`);
    expect(result.figures.map((f) => f.slug)).toEqual(['unknown-drone']);
    expect(result.unrecognised.at(-1)).toEqual({ code: 'truncated', values: { limit: MAX_TEXT_LENGTH } });
  });
});
