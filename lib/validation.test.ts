import { describe, expect, it } from 'vitest';
import { addDays, todayInKyiv } from './dates';
import { countSchema, nightInputSchema, weaponInputSchema } from './validation';

const validNight = {
  date: '2025-04-26',
  target: 'UA',
  sourceUrl: 'https://t.me/kpszsu/1234',
  figures: [
    { weaponId: '1', launched: '114', shotDown: '66', lost: '31' },
    { weaponId: '2', launched: '3', shotDown: '', lost: '' },
  ],
};

function errorsOf(input: unknown) {
  const result = nightInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('countSchema', () => {
  it('reads blank as unknown (null), never 0', () => {
    expect(countSchema.parse('')).toBeNull();
    expect(countSchema.parse('   ')).toBeNull();
    expect(countSchema.parse(undefined)).toBeNull();
    expect(countSchema.parse('0')).toBe(0);
    expect(countSchema.parse(' 42 ')).toBe(42);
  });

  it('refuses negatives, fractions, words and absurd sizes', () => {
    for (const bad of ['-1', '1.5', 'abc', '1e3', '12abc', '100001', -3, 2.5]) {
      expect(countSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it('says a huge number is too large, not that it is not whole', () => {
    const message = (value: unknown) => countSchema.safeParse(value).error?.issues[0]?.message;
    for (const huge of [1e308, 2 ** 53, 2 ** 53 + 2, 100_001, '100001']) {
      expect(message(huge), String(huge)).toBe('Cannot be more than 100,000');
    }
    expect(message(-2.5)).toBe('Cannot be negative');
    expect(message(2.5)).toBe('Enter a whole number');
  });
});

describe('nightInputSchema', () => {
  it('accepts a real night and keeps unknown counts null', () => {
    const night = nightInputSchema.parse(validNight);
    expect(night.figures[1]).toEqual({ weaponId: 2, launched: 3, shotDown: null, lost: null });
    expect(night.sourceName).toBeNull();
  });

  it('refuses more shot down and lost than launched, beside the field', () => {
    const errors = errorsOf({ ...validNight, figures: [{ weaponId: 1, launched: 10, shotDown: 8, lost: 3 }] });
    expect(errors['figures.0.shotDown']).toMatch(/cannot exceed launched \(10\)/);
  });

  it('refuses a duplicate weapon in one night', () => {
    const errors = errorsOf({
      ...validNight,
      figures: [
        { weaponId: 1, launched: 1 },
        { weaponId: 1, launched: 2 },
      ],
    });
    expect(errors['figures.1.weaponId']).toMatch(/already has a row/);
  });

  it('refuses impossible and future dates', () => {
    expect(errorsOf({ ...validNight, date: '2025-02-30' }).date).toMatch(/real date/);
    expect(errorsOf({ ...validNight, date: addDays(todayInKyiv(), 2) }).date).toMatch(/future/);
    expect(errorsOf({ ...validNight, date: '' }).date).toMatch(/Enter a date/);
  });

  it('refuses non-web URLs and overlong notes', () => {
    expect(errorsOf({ ...validNight, sourceUrl: 'javascript:alert(1)' }).sourceUrl).toMatch(/http/);
    expect(errorsOf({ ...validNight, notes: 'x'.repeat(5001) }).notes).toMatch(/limited/);
  });

  it('refuses a row with no count at all and a night with no rows', () => {
    expect(errorsOf({ ...validNight, figures: [{ weaponId: 1 }] })['figures.0.launched']).toMatch(/at least one count/);
    expect(errorsOf({ ...validNight, figures: [] }).figures).toMatch(/at least one/);
  });
});

describe('weaponInputSchema', () => {
  it('reads other spellings from lines or commas, dropping empty ones', () => {
    const weapon = weaponInputSchema.parse({
      name: ' Kh-999 ', category: 'missile', weaponClass: 'cruise', aliases: 'X-999,\n Х-999 \n\n',
    });
    expect(weapon).toEqual({ name: 'Kh-999', category: 'missile', weaponClass: 'cruise', aliases: ['X-999', 'Х-999'] });
  });

  it('refuses a class that does not fit the category, and a missing name', () => {
    const result = weaponInputSchema.safeParse({ name: '', category: 'drone', weaponClass: 'ballistic' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'weaponClass']));
  });
});
