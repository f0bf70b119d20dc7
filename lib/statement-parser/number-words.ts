// Number words to digits ("Sixty-six" → "66", "one hundred and twenty" → "120", "дві" → "2"),
// in one linear pass so that long runs of words cannot slow the parser down.

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

type Token = { text: string; start: number; end: number };

const TOKEN = /[\p{L}\p{N}]+(?:'\p{L}+)*|[^\s\p{L}\p{N}]/gu;

/** Longest run of number words read as one number; longer runs are split. */
const MAX_RUN_TOKENS = 12;

/** Replaces number words in lower-cased text by digits. */
export function numberWordsToDigits(text: string): string {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  const replacements: { start: number; end: number; value: string }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = readNumber(tokens, i);
    if (run === null) {
      i += 1;
      continue;
    }
    const first = tokens[i];
    const last = tokens[run.next - 1];
    if (first && last) replacements.push({ start: first.start, end: last.end, value: run.text });
    i = run.next;
  }
  if (replacements.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end, value } of replacements) {
    out += text.slice(at, start) + value;
    at = end;
  }
  return out + text.slice(at);
}

function wordValue(token: Token | undefined): { kind: 'unit' | 'tens' | 'hundred' | 'thousand'; value: number } | null {
  if (!token) return null;
  const word = token.text;
  if (word in UNITS) return { kind: 'unit', value: UNITS[word] ?? 0 };
  if (word in TENS) return { kind: 'tens', value: TENS[word] ?? 0 };
  if (word === 'hundred') return { kind: 'hundred', value: 100 };
  if (word === 'thousand') return { kind: 'thousand', value: 1000 };
  return null;
}

/** A word joined by a hyphen to a non-number word ("one-way", "five-storey") is not a count. */
function hyphenatedToWord(tokens: Token[], i: number): boolean {
  const dash = tokens[i + 1];
  const token = tokens[i];
  if (!dash || !token || dash.text !== '-' || dash.start !== token.end) return false;
  const next = tokens[i + 2];
  return !!next && next.start === dash.end && /^\p{L}/u.test(next.text) && wordValue(next) === null;
}

/** Reads the number starting at token i (as the text to put in its place), or null when none starts there. */
function readNumber(tokens: Token[], i: number): { text: string; next: number } | null {
  const token = tokens[i];
  if (!token) return null;
  if (BOTH.has(token.text)) return { text: 'all 2', next: i + 1 };
  const single = WHOLE_WORDS[token.text] ?? UKRAINIAN[token.text];
  if (single !== undefined) {
    return hyphenatedToWord(tokens, i) ? null : { text: String(single), next: i + 1 };
  }
  let j = i;
  // "a hundred", "a thousand"
  if (token.text === 'a' || token.text === 'an') {
    const after = wordValue(tokens[i + 1]);
    if (!after || (after.kind !== 'hundred' && after.kind !== 'thousand')) return null;
    j = i + 1;
  }
  if (!wordValue(tokens[j]) || hyphenatedToWord(tokens, j)) return null;

  let total = 0;
  let current = 0;
  let seenScale = false;
  let last: 'unit' | 'tens' | 'hundred' | 'thousand' | null = null;
  let end = j;
  let count = 0;
  while (j < tokens.length && count < MAX_RUN_TOKENS) {
    const word = wordValue(tokens[j]);
    if (!word) break;
    if (hyphenatedToWord(tokens, j)) break;
    const below100 = current % 100;
    if (word.kind === 'unit') {
      if (last === 'unit' || (last === 'tens' && word.value >= 10)) break;
      if (last === 'tens' && below100 % 10 !== 0) break;
      current += word.value;
    } else if (word.kind === 'tens') {
      if (below100 !== 0) break;
      current += word.value;
    } else if (word.kind === 'hundred') {
      if (last === 'hundred' || current >= 100) break;
      current = (current === 0 ? 1 : current) * 100;
      seenScale = true;
    } else {
      if (last === 'thousand' || total !== 0) break;
      total = (current === 0 ? 1 : current) * 1000;
      current = 0;
      seenScale = true;
    }
    last = word.kind;
    count += 1;
    end = j + 1;
    // Joiners inside one number: "sixty-six", "one hundred and twenty".
    const joiner = tokens[j + 1];
    const afterJoiner = wordValue(tokens[j + 2]);
    if (joiner?.text === '-' && afterJoiner && (last === 'tens' || last === 'hundred' || last === 'thousand')) {
      j += 2;
    } else if (joiner?.text === 'and' && seenScale && afterJoiner && afterJoiner.kind !== 'hundred' && afterJoiner.kind !== 'thousand') {
      j += 2;
    } else {
      j += 1;
    }
  }
  return { text: String(total + current), next: end };
}
