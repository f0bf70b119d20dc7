import { describe, expect, it } from 'vitest';
import { numberWordsToDigits } from './number-words';

describe('number words', () => {
  it.each([
    ['sixty-six drones were destroyed', '66 drones were destroyed'],
    ['three missiles and 114 drones', '3 missiles and 114 drones'],
    ['one hundred and twenty-three thousand four hundred and five', '123405'],
    ['a hundred drones', '100 drones'],
    ['ninety eight drones', '98 drones'],
    ['ten thousand and fifty', '10050'],
    ['none of them', '0 of them'],
    ['двома ракетами та одну', '2 ракетами та 1'],
    ["п'ять ракет", '5 ракет'],
  ])('reads "%s"', (text, expected) => {
    expect(numberWordsToDigits(text)).toBe(expected);
  });

  it('says "both" is all of two', () => {
    expect(numberWordsToDigits('both missiles were shot down')).toBe('all 2 missiles were shot down');
    expect(numberWordsToDigits('обидві ракети')).toBe('all 2 ракети');
  });

  it('leaves words that only look like numbers', () => {
    for (const text of ['one-way attack drones', 'a drone attack', 'someone saw it', 'often', 'one-storey building']) {
      expect(numberWordsToDigits(text)).toBe(text);
    }
  });

  it('splits words that cannot make one number', () => {
    expect(numberWordsToDigits('one two three')).toBe('1 2 3');
    expect(numberWordsToDigits('nineteen ninety')).toBe('19 90');
    expect(numberWordsToDigits('twenty ten')).toBe('20 10');
  });

  it('handles a long run of number words in linear time', () => {
    const text = 'one hundred and twenty-three thousand '.repeat(600);
    // The best of five runs, so a busy test machine's pauses do not count against the parser.
    let best = Number.POSITIVE_INFINITY;
    let out = '';
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      out = numberWordsToDigits(text);
      best = Math.min(best, performance.now() - start);
    }
    expect(best).toBeLessThan(50);
    expect(out).toMatch(/^123123 /);
  });
});
