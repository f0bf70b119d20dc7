import { describe, expect, it } from 'vitest';
import { addDays, todayInKyiv } from './dates';
import { unknownOutcomes, type Category } from './domain';
import { blankRow, isBlankRow, newNightValues, nightFormValues, parseNightForm, readNightForm, type NightFormValues } from './night-form';
import type { ValidationMessage } from './validation';
import { englishMessage } from './validation-english';

// Weapons 1 and 2 are drones, 3 and above missiles.
const categoryOf = (id: number): Category => (id <= 2 ? 'drone' : 'missile');
const parse = (values: NightFormValues) => parseNightForm(values, categoryOf);
const text = (message: ValidationMessage | undefined) => (message ? englishMessage(message) : undefined);

function formData(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const filledForm = {
  date: '2025-04-26',
  target: 'UA',
  sourceName: 'Air Force',
  sourceUrl: 'https://t.me/kpszsu/1234',
  statement: 'Russia launched ...',
  notes: '',
  version: '',
  'rows.0.weaponId': '1',
  'rows.0.launched': '114',
  'rows.0.shotDown': '66',
  'rows.0.lost': '31',
  'rows.1.weaponId': '2',
  'rows.1.launched': '',
  'rows.1.shotDown': ' ',
  'rows.1.lost': '',
  'rows.2.weaponId': '3',
  'rows.2.launched': '3',
  'rows.2.shotDown': '',
  'rows.2.lost': '',
};

describe('readNightForm', () => {
  it('reads the fields and the rows in row order, keeping the text as typed', () => {
    const data = formData({ 'rows.10.weaponId': '9', 'rows.10.launched': '5', ...filledForm });
    const values = readNightForm(data.entries());
    expect(values.date).toBe('2025-04-26');
    expect(values.sourceUrl).toBe('https://t.me/kpszsu/1234');
    expect(values.rows.map((row) => row.weaponId)).toEqual(['1', '2', '3', '9']);
    expect(values.rows[1]).toMatchObject({ launched: '', shotDown: ' ', lost: '' });
    expect(values.rows[3]).toMatchObject({ launched: '5', shotDown: '', lost: '' });
  });

  it('ignores unknown names and files', () => {
    const data = formData({ date: '2025-04-26', 'rows.x.launched': '1', $ACTION_ID_abc: '' });
    data.append('notes', new Blob(['x']));
    const values = readNightForm(data.entries());
    expect(values.rows).toEqual([]);
    expect(values.notes).toBe('');
  });
});

describe('parseNightForm', () => {
  it('turns blank counts into unknown (null), never 0, and leaves out rows with no count', () => {
    const parsed = parse(readNightForm(formData(filledForm).entries()));
    expect(parsed).toEqual({
      ok: true,
      night: expect.objectContaining({
        date: '2025-04-26',
        target: 'UA',
        notes: null,
        version: undefined,
        figures: [
          { weaponId: 1, launched: 114, shotDown: 66, lost: 31 },
          { weaponId: 3, launched: 3, shotDown: null, lost: null },
        ],
      }),
      rowIndexes: [0, 2],
    });
  });

  it('puts a figure error on the row the editor sees, counting the blank rows left out', () => {
    const values = readNightForm(
      formData({ ...filledForm, 'rows.2.launched': '10', 'rows.2.shotDown': '12' }).entries(),
    );
    const parsed = parse(values);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(text(parsed.errors['rows.2.shotDown'])).toMatch(/cannot exceed launched \(10\)/);
    expect(Object.keys(parsed.errors)).toEqual(['rows.2.shotDown']);
  });

  it('names the fields of the night itself', () => {
    const parsed = parse(
      readNightForm(
        formData({ ...filledForm, date: addDays(todayInKyiv(), 3), sourceUrl: 'ftp://example.org', 'rows.0.weaponId': '' }).entries(),
      ),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(text(parsed.errors.date)).toMatch(/future/);
    expect(text(parsed.errors.sourceUrl)).toMatch(/http/);
    expect(text(parsed.errors['rows.0.weaponId'])).toMatch(/Choose a weapon/);
  });

  it('refuses a night whose rows are all blank, as a whole', () => {
    const values = newNightValues('2025-04-26', 'UA', [1, 2, 3]);
    const parsed = parse(values);
    expect(parsed).toEqual({ ok: false, errors: { rows: { key: 'nightNoFigures', values: { min: 1 } } } });
  });

  it('refuses the same weapon twice, on the second row', () => {
    const values = newNightValues('2025-04-26', 'UA', [1, 1]);
    values.rows[0]!.launched = '1';
    values.rows[1]!.launched = '2';
    const parsed = parse(values);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(text(parsed.errors['rows.1.weaponId'])).toMatch(/already has a row/);
  });

  it('refuses words and fractions in a count instead of dropping them', () => {
    const values = newNightValues('2025-04-26', 'UA', [1]);
    values.rows[0]!.launched = '1.5';
    values.rows[0]!.lost = 'ten';
    const parsed = parse(values);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors['rows.0.launched']).toBeDefined();
    expect(parsed.errors['rows.0.lost']).toBeDefined();
  });

  it('reads the version the form was opened at', () => {
    const parsed = parse(readNightForm(formData({ ...filledForm, version: '4' }).entries()));
    expect(parsed.ok && parsed.night.version).toBe(4);
  });
});

describe('form values from a stored night', () => {
  it('shows unknown counts as empty fields and round-trips through the parser', () => {
    const night = {
      date: '2024-01-15', target: 'RU' as const, sourceName: null, sourceUrl: 'https://example.org/a',
      statement: null, notes: 'revised', version: 3, ...unknownOutcomes(), hitsMissileQualifier: null,
      hitsDroneQualifier: null, placesHitQualifier: null, placesDebrisQualifier: null, shahedsQualifier: 'about' as const,
      shaheds: 30,
    };
    const figures = [
      { weaponId: 5, launched: 0, shotDown: null, lost: null },
      { weaponId: 7, launched: null, shotDown: 45, lost: null },
    ];
    const values = nightFormValues(night, figures);
    expect(values.rows.map((row) => [row.weaponId, row.launched, row.shotDown, row.lost])).toEqual([
      ['5', '0', '', ''],
      ['7', '', '45', ''],
    ]);
    expect(values.version).toBe('3');
    expect([values.shaheds, values.shahedsQualifier, values.placesHit, values.placesHitQualifier]).toEqual(['30', 'about', '', '']);
    const parsed = parse(values);
    expect(parsed.ok && parsed.night).toEqual({
      date: '2024-01-15', target: 'RU', sourceName: null, sourceUrl: 'https://example.org/a',
      statement: null, notes: 'revised', version: 3, figures,
      outcomes: { ...unknownOutcomes(), shaheds: 30 },
      qualifiers: { shaheds: 'about' },
    });
  });

  it('starts a new night with one empty row per common weapon', () => {
    const values = newNightValues('2025-04-26', 'UA', [4, 8]);
    expect(values.rows.map((row) => row.weaponId)).toEqual(['4', '8']);
    expect(values.rows.every(isBlankRow)).toBe(true);
    expect(isBlankRow({ ...blankRow('k', '4'), lost: '0' })).toBe(false);
  });
});

describe('the night outcomes in the form', () => {
  const withOutcomes = (fields: Record<string, string>) => readNightForm(formData({ ...filledForm, ...fields }).entries());

  it('reads each outcome as a count or unknown, with its qualifier, and never an empty field as 0', () => {
    const parsed = parse(withOutcomes({ hitsDrone: '23', placesHit: ' 14 ', shaheds: '80', shahedsQualifier: 'about', placesDebrisQualifier: '' }));
    expect(parsed.ok && [parsed.night.outcomes, parsed.night.qualifiers]).toEqual([
      { hitsMissile: null, hitsDrone: 23, placesHit: 14, placesDebris: null, shaheds: 80 },
      { shaheds: 'about' },
    ]);
  });

  it('puts outcome errors beside their fields: counts like the figures, a qualifier with no count', () => {
    const parsed = parse(withOutcomes({ placesHit: '-1', placesDebris: '2.5', hitsMissileQualifier: 'about', shahedsQualifier: 'roughly' }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(text(parsed.errors.placesHit)).toMatch(/whole number|negative/);
    expect(text(parsed.errors.placesDebris)).toMatch(/whole number/);
    expect(text(parsed.errors.hitsMissileQualifier)).toBe('Enter the count this applies to, or choose exact');
    expect(text(parsed.errors.shahedsQualifier)).toMatch(/Choose exact, about/);
  });

  it('refuses hits over their category launched and Shaheds over the drones launched, naming both figures', () => {
    // Drones launched: 114 (weapon 1; weapon 2 is blank and left out). Missiles launched: 3 (weapon 3).
    const parsed = parse(withOutcomes({ hitsMissile: '4', hitsDrone: '20', shaheds: '115' }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(text(parsed.errors.hitsMissile)).toBe('4 missiles struck, but the figures give 3 missiles launched: hits cannot exceed launched');
    expect(parsed.errors.hitsDrone).toBeUndefined();
    expect(text(parsed.errors.shaheds)).toMatch(/^115 Shahed-type drones, but the figures give 114 drones launched/);
    // When a drone row does not give launched, the drones launched are unknown: nothing to hold Shaheds to.
    const unknownLaunched = parse(withOutcomes({ shaheds: '500', 'rows.1.shotDown': '3' }));
    expect(unknownLaunched.ok).toBe(true);
  });

  it('keeps what the editor typed as typed, for the form to show back', () => {
    const values = withOutcomes({ placesHit: ' 0014', shahedsQualifier: 'more-than' });
    expect([values.placesHit, values.shahedsQualifier, values.hitsMissile]).toEqual([' 0014', 'more-than', '']);
  });
});

describe('text in the form', () => {
  it('refuses control characters in the statement and notes, beside the field, and keeps tabs and line breaks', () => {
    const parsed = parse(readNightForm(formData({ ...filledForm, statement: 'Line one\r\n\tLine two\u0007', notes: 'ok\u001b[31m' }).entries()));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(text(parsed.errors.statement)).toBe(
      'Remove the invisible control character (U+0007) at character 19: only tabs and line breaks are allowed',
    );
    expect(text(parsed.errors.notes)).toMatch(/U\+001B/);
    const clean = parse(readNightForm(formData({ ...filledForm, statement: ' Line one\r\n\tLine two ' }).entries()));
    expect(clean.ok && clean.night.statement).toBe('Line one\n\tLine two');
  });

  it('trims the source name and URL and stores them in composed Unicode (NFC)', () => {
    const decomposed = 'Повітряні Сили\u0306'.normalize('NFD');
    const parsed = parse(readNightForm(formData({ ...filledForm, sourceName: `  ${decomposed}  `, sourceUrl: ' https://example.org/й ' }).entries()));
    expect(parsed.ok && parsed.night.sourceName).toBe(decomposed.normalize('NFC'));
    expect(parsed.ok && parsed.night.sourceName).not.toBe(decomposed);
    expect(parsed.ok && parsed.night.sourceUrl).toBe('https://example.org/й');
    const tabbed = parse(readNightForm(formData({ ...filledForm, sourceName: 'Air\tForce' }).entries()));
    expect(!tabbed.ok && text(tabbed.errors.sourceName)).toMatch(/one line of text/);
  });
});
