import { describe, expect, it } from 'vitest';
import { addDays, todayInKyiv } from './dates';
import { blankRow, isBlankRow, newNightValues, nightFormValues, parseNightForm, readNightForm } from './night-form';

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
    const parsed = parseNightForm(readNightForm(formData(filledForm).entries()));
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
    const parsed = parseNightForm(values);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors['rows.2.shotDown']).toMatch(/cannot exceed launched \(10\)/);
    expect(Object.keys(parsed.errors)).toEqual(['rows.2.shotDown']);
  });

  it('names the fields of the night itself', () => {
    const parsed = parseNightForm(
      readNightForm(
        formData({ ...filledForm, date: addDays(todayInKyiv(), 3), sourceUrl: 'ftp://example.org', 'rows.0.weaponId': '' }).entries(),
      ),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.date).toMatch(/future/);
    expect(parsed.errors.sourceUrl).toMatch(/http/);
    expect(parsed.errors['rows.0.weaponId']).toMatch(/Choose a weapon/);
  });

  it('refuses a night whose rows are all blank, as a whole', () => {
    const values = newNightValues('2025-04-26', 'UA', [1, 2, 3]);
    const parsed = parseNightForm(values);
    expect(parsed).toEqual({ ok: false, errors: { rows: expect.stringMatching(/at least one/) } });
  });

  it('refuses the same weapon twice, on the second row', () => {
    const values = newNightValues('2025-04-26', 'UA', [1, 1]);
    values.rows[0]!.launched = '1';
    values.rows[1]!.launched = '2';
    const parsed = parseNightForm(values);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors['rows.1.weaponId']).toMatch(/already has a row/);
  });

  it('refuses words and fractions in a count instead of dropping them', () => {
    const values = newNightValues('2025-04-26', 'UA', [1]);
    values.rows[0]!.launched = '1.5';
    values.rows[0]!.lost = 'ten';
    const parsed = parseNightForm(values);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors['rows.0.launched']).toBeDefined();
    expect(parsed.errors['rows.0.lost']).toBeDefined();
  });

  it('reads the version the form was opened at', () => {
    const parsed = parseNightForm(readNightForm(formData({ ...filledForm, version: '4' }).entries()));
    expect(parsed.ok && parsed.night.version).toBe(4);
  });
});

describe('form values from a stored night', () => {
  it('shows unknown counts as empty fields and round-trips through the parser', () => {
    const night = {
      date: '2024-01-15', target: 'RU', sourceName: null, sourceUrl: 'https://example.org/a',
      statement: null, notes: 'revised', version: 3,
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
    const parsed = parseNightForm(values);
    expect(parsed.ok && parsed.night).toEqual({
      date: '2024-01-15', target: 'RU', sourceName: null, sourceUrl: 'https://example.org/a',
      statement: null, notes: 'revised', version: 3, figures,
    });
  });

  it('starts a new night with one empty row per common weapon', () => {
    const values = newNightValues('2025-04-26', 'UA', [4, 8]);
    expect(values.rows.map((row) => row.weaponId)).toEqual(['4', '8']);
    expect(values.rows.every(isBlankRow)).toBe(true);
    expect(isBlankRow({ ...blankRow('k', '4'), lost: '0' })).toBe(false);
  });
});
