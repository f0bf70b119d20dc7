import { describe, expect, it } from 'vitest';
import { addDays, todayInKyiv } from './dates';
import { countSchema, nightInputSchema, nightInputSchemaFor, weaponInputSchema } from './validation';
import { englishIssue } from './validation-english';

const validNight = {
  date: '2025-04-26',
  target: 'UA',
  sourceUrl: 'https://t.me/kpszsu/1234',
  figures: [
    { weaponId: '1', launched: '114', shotDown: '66', lost: '31' },
    { weaponId: '2', launched: '3', shotDown: '', lost: '' },
  ],
};

/** Errors by path, in English: the schemas' messages are catalogue keys, as the form translates them. */
function errorsOf(input: unknown, schema: typeof nightInputSchema = nightInputSchema): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  // The first message of a field is the one shown, as in the form.
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= englishIssue(issue);
  return errors;
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
    const message = (value: unknown) => {
      const issue = countSchema.safeParse(value).error?.issues[0];
      return issue && englishIssue(issue);
    };
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

describe('the night outcomes', () => {
  const categories = new Map([[1, 'drone' as const], [2, 'missile' as const]]);
  const checked = nightInputSchemaFor((id) => categories.get(id));

  it('are unknown unless given, with no qualifier', () => {
    const night = nightInputSchema.parse(validNight);
    expect(night.outcomes).toEqual({ hitsMissile: null, hitsDrone: null, placesHit: null, placesDebris: null, shaheds: null });
    expect(night.qualifiers).toEqual({});
  });

  it('hold hits to their category launched and Shaheds to the drones launched', () => {
    // Weapon 1 is a drone (114 launched), weapon 2 a missile (3 launched).
    const errors = errorsOf({ ...validNight, outcomes: { hitsMissile: '4', hitsDrone: '114', shaheds: '120' } }, checked);
    expect(errors).toEqual({
      'outcomes.hitsMissile': '4 missiles struck, but the figures give 3 missiles launched: hits cannot exceed launched',
      'outcomes.shaheds': '120 Shahed-type drones, but the figures give 114 drones launched: Shaheds cannot exceed the drones launched',
    });
    expect(errorsOf({ ...validNight, outcomes: { hitsMissile: '3', shaheds: '114' } }, checked)).toEqual({});
  });

  it('refuse a qualifier with nothing to qualify, and one that is not a qualifier, along with other mistakes', () => {
    const errors = errorsOf({ ...validNight, date: '', qualifiers: { placesHit: 'about', shaheds: 'roughly' } });
    expect(errors).toMatchObject({
      date: 'Enter a date',
      'qualifiers.placesHit': 'Enter the count this applies to, or choose exact',
      'qualifiers.shaheds': expect.stringMatching(/^Choose exact, about/),
    });
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

  it('trims and composes (NFC) the name and other spellings, and refuses control characters in them', () => {
    const decomposed = 'Гера\u0306нь'.normalize('NFD');
    const weapon = weaponInputSchema.parse({ name: `  ${decomposed} `, category: 'drone', weaponClass: 'attack', aliases: ` ${decomposed}-2 ` });
    expect(weapon.name).toBe(decomposed.normalize('NFC'));
    expect(weapon.aliases).toEqual([`${decomposed}-2`.normalize('NFC')]);
    const hidden = weaponInputSchema.safeParse({ name: 'Kh\u0000-101', category: 'missile', weaponClass: 'cruise' });
    expect(hidden.success).toBe(false);
    expect(hidden.error && englishIssue(hidden.error.issues[0]!)).toMatch(/control character \(U\+0000\) at character 3/);
  });
});
