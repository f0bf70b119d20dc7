import { describe, expect, it } from 'vitest';
import { firstGiven, outcomePoints, type KnownSum, type OutcomeBucket } from './outcome-points';
import { periodLabeller } from './period-labels';

const names = periodLabeller('en', { week: (date) => `week of ${date}`, partial: (label, days, of) => `${label} (partial: ${days} of ${of} days)` });
const none: KnownSum = { sum: null, nights: 0, approximate: 0, first: null };
const known = (sum: number, nights: number, first: string, approximate = 0): KnownSum => ({ sum, nights, approximate, first });
const bucket = (key: string, parts: Partial<OutcomeBucket>): OutcomeBucket => ({
  bucket: key,
  hitsMissile: none,
  hitsDrone: none,
  placesHit: none,
  placesDebris: none,
  decoys: none,
  decoyBasisDrones: null,
  ...parts,
});
const spans = ['2025-06-01', '2025-06-02', '2025-06-03', '2025-06-04'].map((day) => ({ bucket: day, days: 1, of: 1 }));

describe('outcome chart points', () => {
  const rows = [
    bucket('2025-06-02', { placesHit: known(3, 1, '2025-06-02') }),
    bucket('2025-06-03', { hitsDrone: known(12, 1, '2025-06-03', 1), decoys: known(150, 1, '2025-06-03'), decoyBasisDrones: 450 }),
  ];

  it('start at the first period giving the chart’s figures, keeping later gaps', () => {
    const hits = outcomePoints(rows, spans, 'night', names, ['hitsMissile', 'hitsDrone']);
    expect(hits.map((p) => p.bucket)).toEqual(['2025-06-03', '2025-06-04']);
    expect(hits[0]?.hitsDrone).toEqual(known(12, 1, '2025-06-03', 1));
    expect(hits[1]?.hitsDrone).toEqual(none);
    expect(outcomePoints(rows, spans, 'night', names, ['placesHit', 'placesDebris']).map((p) => p.bucket)).toEqual(['2025-06-02', '2025-06-03', '2025-06-04']);
    expect(outcomePoints([], spans, 'night', names, ['decoys'])).toEqual([]);
  });

  it('give the decoy share over the nights that give both counts', () => {
    const [first] = outcomePoints(rows, spans, 'night', names, ['decoys']);
    expect(first?.decoyShare).toBe(150 / 450);
    expect(firstGiven(rows, ['decoys'])).toBe('2025-06-03');
    expect(firstGiven(rows, ['hitsMissile', 'placesHit'])).toBe('2025-06-02');
    expect(firstGiven(rows, ['placesDebris'])).toBeNull();
  });
});
