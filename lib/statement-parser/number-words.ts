// Number words to digits ("Sixty-six" → "66", "one hundred and twenty" → "120", "дві" → "2"),
// in one linear pass over the candidate words only, so that long runs cannot slow the parser down.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
// "none of them": a count in all but name. "Both missiles" says there were two and all of them.
const WHOLE_WORDS: Record<string, number> = { none: 0 };
const BOTH = new Set(['both', 'обидві', 'обидва']);

// Ukrainian 1–10 in the cases statements use ("3 ракетами", "двома ракетами", "одну ракету").
const UKRAINIAN: Record<string, number> = {};
for (const [value, forms] of [
  [1, 'один одна одне одну одного одним однією одній'],
  [2, 'два дві двох двома'],
  [3, 'три трьох трьома'],
  [4, 'чотири чотирьох чотирма'],
  [5, "п'ять п'ятьох п'ятьма"],
  [6, 'шість шести шістьома шістьма'],
  [7, 'сім семи сімома сьома'],
  [8, 'вісім восьми вісьмома'],
  [9, "дев'ять дев'яти дев'ятьма"],
  [10, 'десять десяти десятьма'],
] as const) {
  for (const form of forms.split(' ')) UKRAINIAN[form] = value;
}

const ENGLISH = [...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'thousand'];
const ALL_WORDS = [...ENGLISH, ...Object.keys(WHOLE_WORDS), ...BOTH, ...Object.keys(UKRAINIAN)]
  .sort((a, b) => b.length - a.length)
  .join('|');
// A number word, or "a"/"an" before "hundred"/"thousand".
const CANDIDATE = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${ALL_WORDS}|an?(?=\\s+(?:hundred|thousand)(?![\\p{L}])))(?![\\p{L}\\p{N}'])`, 'gu');

type Kind = 'unit' | 'tens' | 'hundred' | 'thousand';
type Word = { text: string; start: number; end: number };

function kindOf(word: string): { kind: Kind; value: number } | null {
  if (word in UNITS) return { kind: 'unit', value: UNITS[word] ?? 0 };
  if (word in TENS) return { kind: 'tens', value: TENS[word] ?? 0 };
  if (word === 'hundred') return { kind: 'hundred', value: 100 };
  if (word === 'thousand') return { kind: 'thousand', value: 1000 };
  return null;
}

/** Longest run of words read as one number; longer runs are split. */
const MAX_RUN = 12;

/** Replaces number words in lower-cased text by digits. */
export function numberWordsToDigits(text: string): string {
  const out: string[] = [];
  let at = 0;
  let run: Word[] = [];

  const flush = () => {
    for (const piece of readRuns(run)) {
      out.push(text.slice(at, piece.start), piece.text);
      at = piece.end;
    }
    run = [];
  };

  for (const m of text.matchAll(CANDIDATE)) {
    const word = { text: m[0], start: m.index, end: m.index + m[0].length };
    // "one-way", "five-storey": joined to a word that is not a number, so not a count.
    const joined = /^-(\p{L}+)/u.exec(text.slice(word.end, word.end + 20));
    if (joined && kindOf(joined[1] ?? '') === null && !(word.text in UKRAINIAN)) {
      flush();
      continue;
    }
    const previous = run[run.length - 1];
    if (previous && !continues(text.slice(previous.end, word.start), run)) flush();
    run.push(word);
  }
  flush();
  if (out.length === 0) return text;
  out.push(text.slice(at));
  return out.join('');
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
    if (BOTH.has(first.text)) {
      pieces.push({ start: first.start, end: first.end, text: 'all 2' });
      i += 1;
      continue;
    }
    const single = WHOLE_WORDS[first.text] ?? UKRAINIAN[first.text];
    if (single !== undefined) {
      pieces.push({ start: first.start, end: first.end, text: String(single) });
      i += 1;
      continue;
    }
    let j = i;
    if (first.text === 'a' || first.text === 'an') j += 1;
    let total = 0;
    let current = 0;
    let last: Kind | null = null;
    let end = j;
    while (j < run.length && j - i < MAX_RUN) {
      const word = kindOf(run[j]?.text ?? '');
      if (!word) break;
      if (word.kind === 'unit') {
        if (last === 'unit' || (last === 'tens' && word.value >= 10)) break;
        current += word.value;
      } else if (word.kind === 'tens') {
        if (current % 100 !== 0) break;
        current += word.value;
      } else if (word.kind === 'hundred') {
        if (last === 'hundred' || current >= 100) break;
        current = (current === 0 ? 1 : current) * 100;
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
    if (end === i || (end === i + 1 && (first.text === 'a' || first.text === 'an')) || !lastWord) {
      i += 1; // "a" without "hundred": not a number
      continue;
    }
    pieces.push({ start: first.start, end: lastWord.end, text: String(total + current) });
    i = end;
  }
  return pieces;
}
