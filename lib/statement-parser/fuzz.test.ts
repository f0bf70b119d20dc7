// Inputs no statement would contain: the parser must neither throw nor slow down (a 50 ms budget
// for 20,000 characters), and what it returns must still be well-formed.
import { describe, expect, it } from 'vitest';
import { MAX_COUNT } from '@/lib/domain';
import { SEED_WEAPONS } from '@/lib/weapons-seed';
import { SYNTHETIC, TRAIN } from './corpus';

const CORPUS = [...SYNTHETIC, ...TRAIN];
import { parseStatement } from './parse-statement';
import type { SideParse } from './types';
import { MAX_TEXT_LENGTH } from './text';

const BUDGET_MS = 50;
/** Timing tests are tried again this many times: other work on the machine can stall any one run. */
const RETRY_TIMING = 3;
const SLUGS = new Set(SEED_WEAPONS.map((w) => w.slug));

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const fill = (unit: string) => unit.repeat(Math.ceil(MAX_TEXT_LENGTH / unit.length)).slice(0, MAX_TEXT_LENGTH);

function randomText(seed: number, alphabet: string): string {
  const next = random(seed);
  const chars = [...alphabet];
  return Array.from({ length: MAX_TEXT_LENGTH }, () => chars[Math.floor(next() * chars.length)]).join('');
}

// Words from real statements, shuffled into nonsense that still looks like one to the parser.
const VOCABULARY =
  "Russia launched fired attacked with 3 114 66 31 1,234 a an the all of them of which including a further more than over " +
  "drones missiles Shahed-type attack UAVs and decoys imitator Kh-101/Kh-555 Iskander-M KN-23 Kinzhal Kalibr S-300 Х-59 " +
  "shot down destroyed neutralised locationally lost suppressed failed to reach fell in a field hits recorded at locations " +
  "on the night of 26 April from 18:00 on 25 April 26.04.2025 overnight Meanwhile Russian air defences Ukrainian drones " +
  "Defence Ministry said air force region Kyiv over the previous night past week killed people ; : , . ( ) - – \" ' \n " +
  'противник атакував ракетами БпЛА збито/подавлено локаційно втрачено У ніч на квітня';

function wordSalad(seed: number): string {
  const next = random(seed);
  const words = VOCABULARY.split(' ');
  let text = '';
  while (text.length < MAX_TEXT_LENGTH) text += `${words[Math.floor(next() * words.length)]} `;
  return text.slice(0, MAX_TEXT_LENGTH);
}

const INPUTS: [string, string][] = [
  ['random letters, digits and punctuation', randomText(1, 'abcdefghijklmnopqrstuvwxyz0123456789 ,.;:-–()"\'\n/')],
  ['random Cyrillic and Latin', randomText(2, 'абвгдеєжзиіїйклмнопрстуфхцчшщьюяАБХ abcxyzKh-0123456789.,')],
  ['random word salad from statements', wordSalad(3)],
  ['another word salad', wordSalad(4)],
  ['20,000 digits', fill('1234567890')],
  ['digits with thousands separators', fill('123,456,')],
  ['digits with spaces', fill('1 234 ')],
  ['nested, repeated number words', fill('one hundred and twenty-three thousand four hundred and fifty-six ')],
  ['number words without joins', fill('one two three four five six seven eight nine ten ')],
  ['pathological punctuation', fill('.,;:!?()-–—"\'/\\[]{}…«»\n')],
  ['deep brackets', `${'('.repeat(10_000)}${')'.repeat(10_000)}`],
  ['one long word', 'a'.repeat(MAX_TEXT_LENGTH)],
  ['only spaces', ' '.repeat(MAX_TEXT_LENGTH)],
  ['only new lines', '\n'.repeat(MAX_TEXT_LENGTH)],
  ['a list of 1,800 bullets', fill('- 8 Kh-101;\n')],
  ['counts without end', fill('3 drones and 4 missiles were shot down, ')],
  ['references without end', fill('66 of them 3 of the 114 drones were shot down ')],
  ['articles and quantifiers', fill('a drone the missile all of them none of the ')],
  ['dates without end', fill('on the night of 26 April 25-26 April 26.04.2025 from 18:00 on 25 April ')],
  ['verbs without counts', fill('attacked struck hit with launched shot down or suppressed locationally lost ')],
  ['weapon names without counts', fill('Kh-101/Kh-555/Kh-101/Kh-555 Shahed-type attack drones and decoys of various types, ')],
  ['regions and shares', fill('12 drones over the Kyiv region, including 45 over Bryansk and 30 over Kursk, ')],
  ['the corpus, repeated', fill(CORPUS.map((c) => c.text).join('\n'))],
  ['unicode oddities', fill('\u0301\u200f\ud83d\ude80 \ufeff\u00ad\u2028\u2029 Х\u0306 ')],
  ['lone surrogates', fill('\ud800 3 drones \udfff ')],
  ['longer than allowed', fill('Russia launched 3 drones. ').repeat(3)],
];

function expectWellFormed(side: SideParse) {
  expect(side.target === 'UA' || side.target === 'RU').toBe(true);
  expect(side.date === null || /^\d{4}-\d{2}-\d{2}$/.test(side.date)).toBe(true);
  for (const figure of side.figures) {
    expect(SLUGS.has(figure.slug)).toBe(true);
    for (const count of [figure.launched, figure.shotDown, figure.lost]) {
      expect(count === null || (Number.isInteger(count) && count >= 0 && count <= MAX_COUNT * 10)).toBe(true);
    }
  }
  expect(Array.isArray(side.recognised) && Array.isArray(side.unrecognised)).toBe(true);
}

describe('parseStatement on fuzzed input', () => {
  parseStatement(CORPUS.map((c) => c.text).join('\n')); // compile the patterns before timing

  for (const [name, text] of INPUTS) {
    // Timing on 2 shared cores: a run that lands on a busy moment is tried again (RETRY_TIMING).
    it(`${name}: never throws, stays well-formed, returns within ${BUDGET_MS} ms`, { retry: RETRY_TIMING }, () => {
      // The best of five runs: the time the parser needs, not the pauses of a busy test machine.
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 5; run += 1) {
        const start = performance.now();
        const result = parseStatement(text, { today: '2025-04-26' });
        best = Math.min(best, performance.now() - start);
        expectWellFormed(result);
        if (result.other) expectWellFormed(result.other);
      }
      expect(best).toBeLessThan(BUDGET_MS);
    });
  }
});

// Issue 15: runs of one hostile shape once made the parser quadratic (20,000 dots took 2.1 s). Each
// shape at 1k, 10k and 20k characters: doubling the text must not much more than double the time (a
// quadratic step quadruples it), and 20,000 characters stay within the budget.
const HOSTILE_SHAPES: [string, string][] = [
  ['dots', '.'],
  ['ellipses', '\u2026'],
  ['dots and spaces', '. '],
  ['digits with comma separators', '1,234,567 '],
  ['digits with space separators', '1 234 '],
  ['digits with dot separators', '12.345.678 '],
  ['English number words', 'one hundred and twenty-three thousand '],
  ['Ukrainian number words', "двадцять п'ятьма десятками "],
  ['nested brackets', '((((()))))'],
  ['one long word', 'a'],
  ['whitespace runs', ' \t\u00a0 '],
  ['new lines', '\n'],
  ['dashes between spaces', ' \u2014 '],
  ['quotes', '"\u00ab\u00bb'],
  ['mixed Cyrillic and counts', 'абвХ-101 збито/подавлено 5 шахедів, '],
  ['hits and places', 'влучання 5 БпЛА на 3 локаціях і падіння уламків на одній '],
  ['combining marks', '\u0438\u0306'],
];

const fillTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/**
 * The best of seven runs of each length, the lengths taken in turn: the parser's own time, not the
 * pauses of a busy machine (which then fall on all lengths alike).
 */
function bestTimes(texts: string[]): number[] {
  const best = texts.map(() => Number.POSITIVE_INFINITY);
  for (let run = 0; run < 7; run += 1) {
    texts.forEach((text, i) => {
      const start = performance.now();
      parseStatement(text, { today: '2025-10-01' });
      best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, performance.now() - start);
    });
  }
  return best;
}

describe('parseStatement time grows linearly with hostile input', () => {
  for (const [name, unit] of HOSTILE_SHAPES) {
    it(`${name}: 1k, 10k, 20k characters`, { retry: RETRY_TIMING }, () => {
      const [t1, t10, t20] = bestTimes([1_000, 10_000, 20_000].map((length) => fillTo(unit, length))) as [number, number, number];
      console.log(`${name}: ${t1.toFixed(2)} ms, ${t10.toFixed(2)} ms, ${t20.toFixed(2)} ms for 1k, 10k, 20k characters`);
      // A millisecond of slack for timer and collector noise on inputs that take almost no time.
      expect(t20).toBeLessThan(3 * t10 + 1);
      expect(t20).toBeLessThan(40 * t1 + 3);
      expect(t20).toBeLessThan(BUDGET_MS);
    });
  }
});
