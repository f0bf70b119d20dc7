import { describe, expect, it } from 'vitest';
import { unknownOutcomes } from './domain';
import { blankRow, newNightValues, type FigureRowValues, type NightFormValues } from './night-form';
import { applyConflicts, fillFromStatement, placeStatement, type PlacedFigure, type StatementReading, type WeaponRef } from './statement-fill';
import { parseStatement } from './statement-parser/parse-statement';
import type { ParsedFigure, SideParse, StatementParse } from './statement-parser/types';
import { SEED_WEAPONS } from './weapons-seed';

// The seed weapons as a database would hold them: ids from 1 in seed order.
const WEAPONS: WeaponRef[] = SEED_WEAPONS.map((weapon, index) => ({ id: index + 1, slug: weapon.slug, name: weapon.name }));
const idOf = (slug: string) => {
  const weapon = WEAPONS.find((w) => w.slug === slug);
  if (!weapon) throw new Error(`no seed weapon ${slug}`);
  return String(weapon.id);
};
const COMMON_IDS = SEED_WEAPONS.flatMap((weapon, index) => (weapon.common ? [index + 1] : []));

const SPEC_EXAMPLE =
  "Russia launched three missiles and 114 drones over Ukraine overnight, Ukraine's air force wrote in a statement on " +
  'Saturday. Sixty-six drones were destroyed and a further 31 decoy drones failed to reach their destination. ' +
  "Meanwhile, Russian air defences shot down 45 Ukrainian drones overnight, the country's Defence Ministry said.";

function figure(slug: string, launched: number | null, shotDown: number | null, lost: number | null): ParsedFigure {
  const seed = SEED_WEAPONS.find((w) => w.slug === slug);
  if (!seed) throw new Error(`no seed weapon ${slug}`);
  return { weapon: seed.name, slug, category: seed.category, launched, shotDown, lost };
}

function side(target: 'UA' | 'RU', figures: ParsedFigure[], date: string | null = null): SideParse {
  const none = { launched: null, shot_down: null, lost: null };
  return {
    date,
    target,
    figures,
    totals: { missile: none, drone: none },
    outcomes: unknownOutcomes(),
    qualifiers: {},
    evidence: [],
    recognised: figures.map((f) => ({ code: 'read' as const, values: { phrase: f.weapon } })),
    unrecognised: [],
  };
}

function reading(parse: StatementParse, weapons: WeaponRef[] = WEAPONS): StatementReading {
  return placeStatement(parse, weapons);
}

function form(target: string, rows: FigureRowValues[], date = '2025-06-01'): NightFormValues {
  return { ...newNightValues(date, target, []), rows };
}

const row = (key: string, slug: string, launched = '', shotDown = '', lost = ''): FigureRowValues => ({
  key,
  weaponId: idOf(slug),
  launched,
  shotDown,
  lost,
});

const rowFor = (values: NightFormValues, slug: string) => values.rows.filter((r) => r.weaponId === idOf(slug));

describe('placeStatement', () => {
  it('matches figures to weapon rows by slug and keeps the counts, unknown as null', () => {
    const placed = reading(parseStatement(SPEC_EXAMPLE));
    expect(placed.main.target).toBe('UA');
    const counts = (f: PlacedFigure) => ({ weaponId: f.weaponId, weapon: f.weapon, category: f.category, launched: f.launched, shotDown: f.shotDown, lost: f.lost });
    expect(placed.main.figures.map(counts)).toEqual([
      { weaponId: Number(idOf('unknown-missile')), weapon: 'Unknown missile', category: 'missile', launched: 3, shotDown: null, lost: null },
      { weaponId: Number(idOf('unknown-drone')), weapon: 'Unknown drone', category: 'drone', launched: 114, shotDown: 66, lost: 31 },
    ]);
    expect(placed.main.unplaced).toEqual([]);
    expect(placed.other?.target).toBe('RU');
    expect(placed.other?.figures.map(counts)).toEqual([
      { weaponId: Number(idOf('unknown-drone')), weapon: 'Unknown drone', category: 'drone', launched: null, shotDown: 45, lost: null },
    ]);
  });

  it('keeps, for each count, the sentence it was read from and where the number stands in it', () => {
    const placed = reading(parseStatement(SPEC_EXAMPLE));
    const drones = placed.main.figures.find((f) => f.weapon === 'Unknown drone');
    const launched = drones?.quotes.launched;
    expect(launched?.text).toBe("Russia launched three missiles and 114 drones over Ukraine overnight, Ukraine's air force wrote in a statement on Saturday.");
    expect(launched && launched.mark && launched.text.slice(launched.mark.start, launched.mark.end)).toBe('114');
    // Written in words: the words are marked.
    expect(drones?.quotes.shotDown).toEqual({
      text: 'Sixty-six drones were destroyed and a further 31 decoy drones failed to reach their destination.',
      mark: { start: 0, end: 9 },
    });
    expect(drones?.quotes.lost?.text).toBe(drones?.quotes.shotDown?.text);
    expect(placed.other?.figures[0]?.quotes.shotDown?.text).toMatch(/^Meanwhile, Russian air defences shot down 45 Ukrainian drones/);
  });

  it('quotes the text as pasted, not as normalised', () => {
    const text = 'Russia\u00a0launched 1,012\u00a0drones\u2014a record. Air defence shot down 1 002 of them.';
    const drones = reading(parseStatement(text)).main.figures[0];
    expect(drones?.quotes.launched?.text).toBe('Russia\u00a0launched 1,012\u00a0drones\u2014a record.');
    const mark = drones?.quotes.shotDown?.mark;
    expect(mark && drones?.quotes.shotDown?.text.slice(mark.start, mark.end)).toBe('1 002');
  });

  it('lists a figure whose slug is not in the database as unplaced, with its counts, instead of dropping it', () => {
    const withoutUnknownMissile = WEAPONS.filter((w) => w.slug !== 'unknown-missile');
    const placed = reading(parseStatement(SPEC_EXAMPLE), withoutUnknownMissile);
    expect(placed.main.figures.map((f) => f.weapon)).toEqual(['Unknown drone']);
    expect(placed.main.unplaced).toEqual([
      { weapon: 'Unknown missile', slug: 'unknown-missile', launched: 3, shotDown: null, lost: null },
    ]);
  });

  it("uses the database's name for a weapon an editor renamed", () => {
    const renamed = WEAPONS.map((w) => (w.slug === 'kalibr' ? { ...w, name: 'Kalibr (3M-14)' } : w));
    const placed = reading({ ...side('UA', [figure('kalibr', 4, 2, null)]) }, renamed);
    expect(placed.main.figures[0]?.weapon).toBe('Kalibr (3M-14)');
  });
});

describe('fillFromStatement', () => {
  it('fills the SPEC example into a new form: rows added, unknown counts blank, the RU claim kept apart', () => {
    const values = newNightValues('2025-06-01', 'UA', COMMON_IDS);
    const result = fillFromStatement(values, reading(parseStatement(SPEC_EXAMPLE)), { defaultTarget: 'UA' });

    expect(rowFor(result.values, 'unknown-missile')).toEqual([
      expect.objectContaining({ launched: '3', shotDown: '', lost: '' }),
    ]);
    expect(rowFor(result.values, 'unknown-drone')).toEqual([
      expect.objectContaining({ launched: '114', shotDown: '66', lost: '31' }),
    ]);
    expect(result.addedRows).toEqual(['Unknown missile', 'Unknown drone']);
    expect(result.filled).toHaveLength(4);
    // The common rows the form started with are untouched.
    expect(result.values.rows.slice(0, values.rows.length)).toEqual(values.rows);
    // 45 (Russia's claim) is nowhere in the rows; it is reported aside.
    expect(result.values.rows.flatMap((r) => [r.launched, r.shotDown, r.lost])).not.toContain('45');
    expect(result.asideSides.map((s) => s.target)).toEqual(['RU']);
    expect(result.asideSides[0]?.figures[0]).toMatchObject({ launched: null, shotDown: 45, lost: null });
    expect(result.filledSide?.target).toBe('UA');
    // No date in the text: the field keeps what it had.
    expect(result.date).toEqual({ kind: 'none', kept: '2025-06-01' });
    expect(result.values.date).toBe('2025-06-01');
    expect(result.target).toEqual({ kind: 'kept', target: 'UA' });
    expect(result.conflicts).toEqual([]);
  });

  it('fills the row the form already has for the weapon instead of adding one', () => {
    const values = form('UA', [row('a', 'shahed-136-131'), row('b', 'kalibr', '7', '6')]);
    const parse = side('UA', [figure('shahed-136-131', 20, 18, null)]);
    const result = fillFromStatement(values, reading(parse), { defaultTarget: 'UA' });
    expect(result.values.rows).toEqual([
      { key: 'a', weaponId: idOf('shahed-136-131'), launched: '20', shotDown: '18', lost: '' },
      // Another weapon's row that the editor typed stays as it was.
      { key: 'b', weaponId: idOf('kalibr'), launched: '7', shotDown: '6', lost: '' },
    ]);
    expect(result.addedRows).toEqual([]);
    expect(result.filled.map((c) => `${c.field}=${c.to}`)).toEqual(['launched=20', 'shotDown=18']);
  });

  it('never turns an unknown count into 0 and never clears a count the text does not give', () => {
    const values = form('UA', [row('a', 'kalibr', '', '', '2')]);
    const parse = side('UA', [figure('kalibr', 5, null, null)]);
    const result = fillFromStatement(values, reading(parse), { defaultTarget: 'UA' });
    expect(result.values.rows).toEqual([{ key: 'a', weaponId: idOf('kalibr'), launched: '5', shotDown: '', lost: '2' }]);
    expect(result.conflicts).toEqual([]);
  });

  it('keeps a count the editor typed differently and lists it as a conflict; the same number is no conflict', () => {
    const values = form('UA', [row('a', 'shahed-136-131', '100', '066', '')]);
    const parse = side('UA', [figure('shahed-136-131', 114, 66, 31)]);
    const result = fillFromStatement(values, reading(parse), { defaultTarget: 'UA' });
    expect(result.values.rows[0]).toEqual({ key: 'a', weaponId: idOf('shahed-136-131'), launched: '100', shotDown: '066', lost: '31' });
    expect(result.conflicts).toEqual([
      { rowKey: 'a', weaponId: idOf('shahed-136-131'), weapon: 'Shahed-136/131', slug: 'shahed-136-131', field: 'launched', from: '100', to: '114', quote: null },
    ]);
    expect(result.unchanged).toBe(1);
    expect(result.filled.map((c) => c.field)).toEqual(['lost']);

    // Only when the editor asks does the statement's value replace theirs.
    const replaced = applyConflicts(result.values, result.conflicts);
    expect(replaced.rows[0]).toMatchObject({ launched: '114', shotDown: '066', lost: '31' });
  });

  it('applies a conflict only to the row it was found in, if that row still holds the weapon', () => {
    const values = form('UA', [row('a', 'kalibr', '9'), row('b', 'kh-101-kh-555', '4')]);
    const parse = side('UA', [figure('kalibr', 8, null, null), figure('kh-101-kh-555', 5, null, null)]);
    const { values: filled, conflicts } = fillFromStatement(values, reading(parse), { defaultTarget: 'UA' });
    expect(conflicts.map((c) => c.rowKey)).toEqual(['a', 'b']);
    // Meanwhile the editor removed row a and put another weapon in row b.
    const edited = { ...filled, rows: [{ ...filled.rows[1]!, weaponId: idOf('iskander-m-kn-23') }, blankRow('c', idOf('kalibr'))] };
    expect(applyConflicts(edited, conflicts)).toEqual(edited);
  });

  it('sets the date when the text gives one, and says when it is already the same', () => {
    const text = 'On the night of 14 November 2022 the enemy launched 20 Shahed-136/131 attack drones. Air defence destroyed 18 of them.';
    const values = newNightValues('2025-06-01', 'UA', COMMON_IDS);
    const result = fillFromStatement(values, reading(parseStatement(text)), { defaultTarget: 'UA' });
    expect(result.date).toEqual({ kind: 'set', from: '2025-06-01', to: '2022-11-14' });
    expect(result.values.date).toBe('2022-11-14');
    expect(rowFor(result.values, 'shahed-136-131')).toEqual([expect.objectContaining({ launched: '20', shotDown: '18', lost: '' })]);

    const again = fillFromStatement(result.values, reading(parseStatement(text)), { defaultTarget: 'UA' });
    expect(again.date).toEqual({ kind: 'same', date: '2022-11-14' });
    expect(again.filled).toEqual([]);
    expect(again.unchanged).toBe(2);
  });

  it("switches a new night's default target when the text gives only the other side", () => {
    const parse = side('RU', [figure('unknown-drone', null, 45, null)]);
    const result = fillFromStatement(form('UA', []), reading(parse), { defaultTarget: 'UA' });
    expect(result.target).toEqual({ kind: 'switched', from: 'UA', to: 'RU' });
    expect(result.values.target).toBe('RU');
    expect(result.values.rows).toEqual([expect.objectContaining({ weaponId: idOf('unknown-drone'), launched: '', shotDown: '45', lost: '' })]);
    expect(result.asideSides).toEqual([]);
  });

  it('keeps a target the editor chose, or an edited night’s target, and fills nothing from the other side', () => {
    const parse = side('RU', [figure('unknown-drone', null, 45, null)]);
    for (const [formTarget, defaultTarget] of [['UA', null], ['UA', 'RU']] as const) {
      const values = form(formTarget, [row('a', 'unknown-drone')]);
      const result = fillFromStatement(values, reading(parse), { defaultTarget });
      expect(result.target).toEqual({ kind: 'kept', target: 'UA' });
      expect(result.values.rows).toEqual(values.rows);
      expect(result.filledSide).toBeNull();
      expect(result.asideSides.map((s) => s.target)).toEqual(['RU']);
    }
  });

  it("on a form for Russia, fills Russia's claims from a text that gives both sides and keeps Ukraine's aside", () => {
    const values = newNightValues('2025-06-01', 'RU', COMMON_IDS);
    const result = fillFromStatement(values, reading(parseStatement(SPEC_EXAMPLE)), { defaultTarget: 'RU' });
    expect(result.target).toEqual({ kind: 'kept', target: 'RU' });
    expect(rowFor(result.values, 'unknown-drone')).toEqual([expect.objectContaining({ launched: '', shotDown: '45', lost: '' })]);
    expect(rowFor(result.values, 'unknown-missile')).toEqual([]);
    expect(result.asideSides.map((s) => s.target)).toEqual(['UA']);
  });

  it('reports an unplaced figure and writes no row for it', () => {
    const withoutKalibr = WEAPONS.filter((w) => w.slug !== 'kalibr');
    const parse = side('UA', [figure('kalibr', 4, 2, null), figure('shahed-136-131', 10, null, null)]);
    const result = fillFromStatement(form('UA', []), reading(parse, withoutKalibr), { defaultTarget: 'UA' });
    expect(result.values.rows.map((r) => r.weaponId)).toEqual([idOf('shahed-136-131')]);
    expect(result.filledSide?.unplaced).toEqual([{ weapon: 'Kalibr', slug: 'kalibr', launched: 4, shotDown: 2, lost: null }]);
  });

  it('gives added rows keys that stay unique over several fills', () => {
    const first = fillFromStatement(form('UA', []), reading(side('UA', [figure('kalibr', 1, null, null)])), { defaultTarget: 'UA' });
    const removed = { ...first.values, rows: [] };
    const again = fillFromStatement(
      { ...removed, rows: [{ ...blankRow(first.values.rows[0]!.key, idOf('kh-31p')), launched: '2' }] },
      reading(side('UA', [figure('kalibr', 1, null, null)])),
      { defaultTarget: 'UA' },
    );
    const keys = again.values.rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
