// "Fill from statement" for the night outcomes, tested with hand-built parses (the parser's own reading of
// outcomes is tested beside the parser).
import { describe, expect, it } from 'vitest';
import { unknownOutcomes, type NightOutcomes, type NightQualifiers } from './domain';
import { newNightValues, type NightFormValues } from './night-form';
import { fillFromStatement, placeStatement } from './statement-fill';
import { applyOutcomeConflicts, fillOutcomes } from './statement-fill-outcomes';
import { parseStatement } from './statement-parser/parse-statement';
import type { SideParse } from './statement-parser/types';

function side(target: 'UA' | 'RU', outcomes: Partial<NightOutcomes>, qualifiers: NightQualifiers = {}): SideParse {
  const none = { launched: null, shot_down: null, lost: null };
  return {
    date: '2025-11-14',
    target,
    figures: [],
    totals: { missile: none, drone: none },
    outcomes: { ...unknownOutcomes(), ...outcomes },
    qualifiers,
    evidence: [],
    recognised: [],
    unrecognised: [],
  };
}

const blank = (): NightFormValues => newNightValues('2025-11-14', 'UA', []);

describe('filling the outcomes from a statement', () => {
  it('puts each figure the text gives into its empty field, with its qualifier, and leaves the others empty', () => {
    const result = fillOutcomes(blank(), side('UA', { hitsMissile: 14, hitsDrone: 23, placesHit: 14, shaheds: 200 }, { shaheds: 'about' }));
    expect(result.values).toMatchObject({
      hitsMissile: '14', hitsDrone: '23', placesHit: '14', placesDebris: '', shaheds: '200', shahedsQualifier: 'about', placesHitQualifier: '',
    });
    expect(result.filled.map((change) => [change.field, change.to])).toEqual([
      ['hitsMissile', { count: '14', qualifier: '' }],
      ['hitsDrone', { count: '23', qualifier: '' }],
      ['placesHit', { count: '14', qualifier: '' }],
      ['shaheds', { count: '200', qualifier: 'about' }],
    ]);
    expect(result.conflicts).toEqual([]);
  });

  it("never overwrites what the editor entered: the same figure is unchanged, another is a conflict they resolve", () => {
    const typed = { ...blank(), placesHit: '014', shaheds: '200', placesDebris: '3' };
    const result = fillOutcomes(typed, side('UA', { placesHit: 14, shaheds: 200, placesDebris: 1 }, { shaheds: 'about' }));
    expect(result.unchanged).toBe(1);
    // "200" typed as exact is not the statement's "about 200": a conflict, like 3 against 1.
    expect(result.conflicts).toEqual([
      { field: 'placesDebris', from: { count: '3', qualifier: '' }, to: { count: '1', qualifier: '' }, quote: null },
      { field: 'shaheds', from: { count: '200', qualifier: '' }, to: { count: '200', qualifier: 'about' }, quote: null },
    ]);
    expect(result.values).toMatchObject({ placesHit: '014', shaheds: '200', shahedsQualifier: '', placesDebris: '3' });
    expect(applyOutcomeConflicts(result.values, result.conflicts)).toMatchObject({ shaheds: '200', shahedsQualifier: 'about', placesDebris: '1' });
  });

  it('fills from a statement read by the parser, with the words each figure came from', () => {
    // The example: "Fourteen missiles and 23 drones struck 14 locations", "about 200 of them were Shaheds".
    const text =
      'Of these, 274 drones and 33 missiles were shot down or neutralised. Fourteen missiles and 23 drones struck 14 locations. ' +
      'Debris fell in one location. About 200 of them were Shaheds.';
    const result = fillFromStatement(blank(), placeStatement(parseStatement(text, { today: '2025-11-20' }), []), { defaultTarget: 'UA' });
    expect(result.values).toMatchObject({
      hitsMissile: '14', hitsDrone: '23', placesHit: '14', placesDebris: '1', shaheds: '200', shahedsQualifier: 'about', placesHitQualifier: '',
    });
    expect(result.outcomes.filled).toHaveLength(5);
    const shaheds = result.outcomes.filled.find((change) => change.field === 'shaheds');
    expect(shaheds?.quote?.text).toBe('About 200 of them were Shaheds.');
  });

  it('fills the side of the form’s target only, through the whole fill', () => {
    const parse = { ...side('UA', { placesHit: 9 }), other: side('RU', { placesHit: 99 }) };
    const reading = placeStatement(parse, []);
    expect(reading.main.outcomes.placesHit).toBe(9);
    const ua = fillFromStatement(blank(), reading, { defaultTarget: null });
    expect(ua.values.placesHit).toBe('9');
    expect(ua.outcomes.filled).toHaveLength(1);
    const ru = fillFromStatement({ ...blank(), target: 'RU' }, reading, { defaultTarget: null });
    expect(ru.values.placesHit).toBe('99');
    // A text with no outcomes leaves the fields as they were.
    const none = fillFromStatement({ ...blank(), shaheds: '5' }, placeStatement(side('UA', {}), []), { defaultTarget: null });
    expect(none.values.shaheds).toBe('5');
    expect(none.outcomes).toEqual({ filled: [], unchanged: 0, conflicts: [] });
  });
});
