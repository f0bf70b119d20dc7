import { describe, expect, it } from 'vitest';
import type { Fact } from './facts';
import { covers, reconcile } from './reconcile';

let sentence = 0;
const fact = (slug: string, action: Fact['action'], value: number | 'all', extra: Partial<Fact> = {}): Fact => ({
  side: 'UA',
  slug,
  category: slug.includes('missile') || /kh-|iskander|kalibr|kinzhal/.test(slug) ? 'missile' : 'drone',
  action,
  value,
  sentence: (sentence += 1),
  further: false,
  combined: false,
  bundle: false,
  unlisted: false,
  phrase: `${value} ${slug}`,
  singular: false,
  whole: false,
  listed: false,
  part: false,
  ...extra,
});
const counts = (facts: Fact[]) =>
  reconcile(facts).figures.map((f) => [f.slug, f.launched, f.shotDown, f.lost]);

describe('reconcile', () => {
  it('keeps a repeated figure once and keeps the first of two that differ, saying so', () => {
    const result = reconcile([fact('unknown-drone', 'launched', 114), fact('unknown-drone', 'launched', 114), fact('unknown-drone', 'launched', 120)]);
    expect(result.figures[0]?.launched).toBe(114);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'conflict', values: { kept: 114, also: 120 } })]);
  });

  it('adds "a further" count and counts from one sentence', () => {
    expect(counts([fact('unknown-drone', 'shotDown', 40), fact('unknown-drone', 'shotDown', 26, { further: true })])).toEqual([
      ['unknown-drone', null, 66, null],
    ]);
    expect(counts([fact('shahed-136-131', 'lost', 3, { sentence: 100 }), fact('shahed-136-131', 'lost', 2, { sentence: 100 })])).toEqual([
      ['shahed-136-131', null, null, 5],
    ]);
  });

  it('replaces a total by its parts when they add up, and keeps the total when they do not', () => {
    expect(counts([fact('unknown-missile', 'launched', 13), fact('kh-101-kh-555', 'launched', 7), fact('kh-47m2-kinzhal', 'launched', 6)])).toEqual([
      ['kh-101-kh-555', 7, null, null],
      ['kh-47m2-kinzhal', 6, null, null],
    ]);
    expect(counts([fact('unknown-drone', 'launched', 150), fact('shahed-136-131', 'launched', 90)])).toEqual([
      ['unknown-drone', 150, null, null],
    ]);
  });

  it('keeps the types when they add up to more than the "total", and says so', () => {
    const result = reconcile([fact('unknown-missile', 'launched', 2), fact('iskander-m-kn-23', 'launched', 3)]);
    expect(result.figures.map((f) => [f.slug, f.launched])).toEqual([['iskander-m-kn-23', 3]]);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'lessThanTypes', values: { total: 2, sum: 3 } })]);
  });

  it('joins counts without a launched figure to the one launched weapon that includes them', () => {
    expect(counts([fact('unknown-drone', 'launched', 114), fact('unknown-drone', 'shotDown', 66), fact('decoy-drone', 'lost', 31)])).toEqual([
      ['unknown-drone', 114, 66, 31],
    ]);
    // Two missile types launched: a generic "10 missiles shot down" cannot be split between them.
    expect(counts([fact('kh-101-kh-555', 'launched', 7), fact('kalibr', 'launched', 6), fact('unknown-missile', 'shotDown', 10)])).toEqual([
      ['kh-101-kh-555', 7, null, null],
      ['kalibr', 6, null, null],
      ['unknown-missile', null, 10, null],
    ]);
  });

  it('reads "all" as the launched count, and "both"/"all four" as launched too', () => {
    expect(counts([fact('kh-59-kh-69', 'launched', 3), fact('kh-59-kh-69', 'shotDown', 'all')])).toEqual([['kh-59-kh-69', 3, 3, null]]);
    expect(counts([fact('cruise-missile', 'shotDown', 4, { whole: true })])).toEqual([['cruise-missile', 4, 4, null]]);
    const result = reconcile([fact('unknown-drone', 'shotDown', 'all')]);
    expect(result.figures).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'allWithoutLaunched' })]);
  });

  it('stores one combined "shot down or suppressed" figure as shot down, unless split (SPEC §1)', () => {
    expect(counts([fact('unknown-drone', 'launched', 574), fact('unknown-drone', 'shotDown', 546, { combined: true })])).toEqual([
      ['unknown-drone', 574, 546, null],
    ]);
    expect(
      counts([
        fact('unknown-drone', 'launched', 84),
        fact('unknown-drone', 'shotDown', 84, { combined: true, sentence: 200 }),
        fact('unknown-drone', 'shotDown', 46, { sentence: 200 }),
        fact('unknown-drone', 'lost', 38, { sentence: 200 }),
      ]),
    ).toEqual([['unknown-drone', 84, 46, 38]]);
  });

  it('knows which weapons include which', () => {
    expect(covers('unknown-drone', 'decoy-drone')).toBe(true);
    expect(covers('attack-and-decoy-drones', 'shahed-136-131')).toBe(true);
    expect(covers('cruise-missile', 'kalibr')).toBe(true);
    expect(covers('cruise-missile', 'iskander-m-kn-23')).toBe(false);
    expect(covers('ballistic-missile', 'kh-47m2-kinzhal')).toBe(true);
    expect(covers('unknown-missile', 'unknown-drone')).toBe(false);
  });

  it('adds a broad count that ends a list of its parts, and splits a neutralised total by the next sentence', () => {
    const listed = reconcile([
      fact('iskander-m-kn-23', 'launched', 1, { sentence: 90 }),
      fact('iskander-k', 'launched', 1, { sentence: 90, listed: true }),
      fact('unknown-missile', 'launched', 6, { sentence: 90, listed: true }),
    ]);
    expect(listed.figures.map((f) => [f.slug, f.launched])).toEqual([
      ['iskander-m-kn-23', 1],
      ['iskander-k', 1],
      ['unknown-missile', 6],
    ]);
    const split = reconcile([
      fact('unknown-drone', 'shotDown', 74, { sentence: 91 }),
      fact('unknown-drone', 'shotDown', 64, { sentence: 92 }),
      fact('unknown-drone', 'lost', 10, { sentence: 92 }),
    ]);
    expect(split.figures.map((f) => [f.shotDown, f.lost])).toEqual([[64, 10]]);
    expect(split.problems).toEqual([]);
    expect(split.sources.get('unknown-drone')?.lost).toEqual([92]);
  });
});
