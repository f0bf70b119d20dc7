// Number words to digits ("Sixty-six" → "66", "one hundred and twenty" → "120", "п'ятьма десятками" →
// "50"), in one linear pass over the candidate words only, so that long runs cannot slow the parser.
import { mapped, mreplace, OriginBuilder, type Mapped } from './mapped-text';
import { DIGIT_SUFFIX, NEEDS_MULTIPLIER, NUMBER_WORDS, WHOLE_WORDS, type NumberKind } from './number-lexicon';

const ALL_WORDS = [...Object.keys(NUMBER_WORDS), ...Object.keys(WHOLE_WORDS)]
  .sort((a, b) => b.length - a.length)
  .join('|');
// A number word, or "a"/"an" before "hundred"/"thousand".
const CANDIDATE = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${ALL_WORDS}|an?(?=\\s+(?:hundred|thousand)(?![\\p{L}])))(?![\\p{L}\\p{N}'])`, 'gu');

type Word = { text: string; start: number; end: number };

/** Longest run of words read as one number; longer runs are split. */
const MAX_RUN = 12;

/** Replaces number words in lower-cased text by digits, and drops case endings after digits. */
// "30 тисяч", "12,5 тис.", "1.5 thousand": digits times a thousand, one number.
const DIGITS_THOUSAND = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:тисяч[аіу]?|тис\.|тис(?![\p{L}])|thousand)(?![\p{L}])/gu;

export function numberWordsMapped(input: Mapped): Mapped {
  const m = /\d\s*(?:тис|thousand)/u.test(input.text)
    ? mreplace(input, DIGITS_THOUSAND, (match) => {
        const digits = /^[\d.,]+/.exec(match)?.[0] ?? '0';
        return String(Math.round(Number(digits.replace(',', '.')) * 1000));
      })
    : input;
  const pieces: { start: number; end: number; text: string }[] = [];
  let run: Word[] = [];
  const flush = () => {
    pieces.push(...readRuns(run));
    run = [];
  };
  const text = m.text;
  for (const match of text.matchAll(CANDIDATE)) {
    const word = { text: match[0], start: match.index, end: match.index + match[0].length };
    // "one-way", "five-storey": joined to a word that is not a number, so not a count.
    const joined = /^-(\p{L}+)/u.exec(text.slice(word.end, word.end + 20));
    if (joined && NUMBER_WORDS[joined[1] ?? ''] === undefined && /^[a-z]/.test(word.text)) {
      flush();
      continue;
    }
    const previous = run[run.length - 1];
    if (previous && !continues(text.slice(previous.end, word.start), run)) flush();
    run.push(word);
  }
  flush();
  const out = pieces.length > 0 ? replaceSpans(m, pieces) : m;
  return /\d-/.test(out.text) ? mreplace(out, DIGIT_SUFFIX, '') : out;
}

function replaceSpans(m: Mapped, spans: { start: number; end: number; text: string }[]): Mapped {
  // Built by concatenation: an array of thousands of pieces is a large object to V8, and slow.
  let out = '';
  const origin = new OriginBuilder();
  let at = 0;
  for (const span of spans) {
    out += m.text.slice(at, span.start);
    origin.copy(m.origin, at, span.start);
    out += span.text;
    for (let k = 0; k < span.text.length; k += 1) {
      origin.push(m.origin[k === span.text.length - 1 ? span.end - 1 : span.start] ?? 0);
    }
    at = span.end;
  }
  out += m.text.slice(at);
  origin.copy(m.origin, at, m.text.length + 1);
  return { text: out, origin: origin.done() };
}

export function numberWordsToDigits(text: string): string {
  return numberWordsMapped(mapped(text)).text;
}

/** Whether the text between two number words keeps them in one number ("sixty-six", "hundred and two"). */
function continues(gap: string, run: Word[]): boolean {
  if (/^(?:\s+|\s*-\s*)$/u.test(gap)) return true;
  return /^\s+and\s+$/u.test(gap) && run.some((w) => w.text === 'hundred' || w.text === 'thousand');
}

/** Reads a run of adjacent number words as one or more numbers, each with the text to put in its place. */
function readRuns(run: Word[]): { start: number; end: number; text: string }[] {
  const pieces: { start: number; end: number; text: string }[] = [];
  let i = 0;
  while (i < run.length) {
    const first = run[i];
    if (!first) break;
    const whole = WHOLE_WORDS[first.text];
    if (whole !== undefined) {
      pieces.push({ start: first.start, end: first.end, text: whole });
      i += 1;
      continue;
    }
    let j = i;
    if (first.text === 'a' || first.text === 'an') j += 1;
    let total = 0;
    let current = 0;
    let last: NumberKind | null = null;
    let end = j;
    while (j < run.length && j - i < MAX_RUN) {
      const word = NUMBER_WORDS[run[j]?.text ?? ''];
      if (!word) break;
      if (word.kind === 'unit' || word.kind === 'teen') {
        if (last === 'unit' || last === 'teen' || (last === 'tens' && word.kind === 'teen') || last === 'tenfold') break;
        current += word.value;
      } else if (word.kind === 'tens') {
        if (current % 100 !== 0 || last === 'tens') break;
        current += word.value;
      } else if (word.kind === 'hundreds') {
        if (current !== 0) break;
        current = word.value;
      } else if (word.kind === 'hundred') {
        if (last === 'hundred' || current >= 100) break;
        current = (current === 0 ? 1 : current) * 100;
      } else if (word.kind === 'tenfold') {
        // Only after a unit: "п'ятьма десятками" is 50; "десятки дронів" (dozens) is no count.
        if (last !== 'unit' || current >= 10) break;
        current *= 10;
      } else {
        if (last === 'thousand' || total !== 0) break;
        total = (current === 0 ? 1 : current) * 1000;
        current = 0;
      }
      last = word.kind;
      j += 1;
      end = j;
    }
    const lastWord = run[end - 1];
    const bare = end === i || (end === i + 1 && (first.text === 'a' || first.text === 'an'));
    if (bare || !lastWord || (end === i + 1 && NEEDS_MULTIPLIER.has(first.text))) {
      i += 1; // "a" without "hundred", or "десятки" alone: not a number
      continue;
    }
    pieces.push({ start: first.start, end: lastWord.end, text: String(total + current) });
    i = end;
  }
  return pieces;
}
