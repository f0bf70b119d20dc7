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
    expect(result.recognised).toContain('114 drones launched → Unknown drone');
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
    expect(result.unrecognised[0]).toMatch(/^Three people were injured in Odesa\. \[not used: casualties\]$/);
    expect(result.unrecognised[1]).toContain('another night or period');
  });

  it('uses today in Kyiv to choose the year when none is given', () => {
    const result = parseStatement('On the night of 1 January, the enemy launched 5 drones.');
    expect(result.date?.slice(5)).toBe('01-01');
    expect(result.date !== null && result.date <= todayInKyiv()).toBe(true);
    expect(parseStatement('On the night of 1 January, the enemy launched 5 drones.', { today: '2023-06-01' }).date).toBe('2023-01-01');
    expect(parseStatement('On the night of 1 January, the enemy launched 5 drones.', { today: 'not a date' }).date).toBe(result.date);
  });

  it(`reads only the first ${MAX_TEXT_LENGTH} characters and says so`, () => {
    const padding = 'Air raid alerts lasted all night. '.repeat(Math.ceil(MAX_TEXT_LENGTH / 34));
    const result = parseStatement(`Russia launched 12 drones. ${padding} Russia launched 3 missiles.`);
    expect(result.figures.map((f) => f.slug)).toEqual(['unknown-drone']);
    expect(result.unrecognised.at(-1)).toContain('Only the first 20,000 characters were read');
  });
});
