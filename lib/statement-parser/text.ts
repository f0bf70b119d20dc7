// Text preparation: one spelling for dashes, quotes, spaces and thousands separators, then sentences.
// Each step keeps where its characters came from (mapped-text.ts), so evidence can quote the original.
import { MAX_STATEMENT_LENGTH } from '../domain';
import { mapped, mnormalize, mreplace, type Mapped } from './mapped-text';

/** Longest text read; the API refuses longer ones, and the parser reads only this much. */
/** The parser reads as much as a night may store. */
export const MAX_TEXT_LENGTH = MAX_STATEMENT_LENGTH;

// One rule a line: a pattern and what it becomes.
const RULES: [RegExp, string | ((match: string) => string)][] = [
  // HTML's entities for spaces, quotes and dashes, as a feed or a page's source gives them ("54&nbsp;дрони").
  [/&(?:nbsp|#160|#xa0);/gi, ' '],
  [/&(?:quot|laquo|raquo|ldquo|rdquo|bdquo|#34|#171|#187);/gi, '"'],
  [/&(?:apos|rsquo|lsquo|#39|#8217);/gi, "'"],
  [/&(?:mdash|ndash|#8211|#8212);/gi, '\u2013'],
  [/&amp;/gi, '&'],
  [/[\u200b-\u200d\u2060\ufeff\u00ad]/g, ''],
  // Emoji, as a Telegram post opens its lines with them ("⚡️У ніч на…", "🔴 Збито…"): a space each.
  [/\p{Extended_Pictographic}[\ufe0e\ufe0f\u20e3]*/gu, ' '],
  [/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g, ' '],
  [/\r\n?/g, '\n'],
  [/[\u2018\u2019\u02bc\u02b9\u2032`]/g, "'"],
  [/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"'],
  [/[\u2010\u2011\u2012\u2212]/g, '-'],
  // Starts only at the first space of a run: a long run of spaces then costs one try, not one per space.
  [/(?<!\s)\s*[\u2013\u2014\u2015]\s*/g, ' - '],
  [/\u2026/g, '...'],
  // Markdown's bold and underline marks, as a post copied with its formatting has them ("**27** дронів").
  [/\*\*+|__+/g, ''],
  // Thousands separators: "1,234", "1 234", "12.500" (not dates, times or decimals).
  [/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)/g, (m) => m.replace(/,/g, '')],
  [/(?<![\d.,:])\d{1,3}(?: \d{3})+(?![\d]|[.,:]\d)/g, (m) => m.replace(/ /g, '')],
  [/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)/g, (m) => m.replace(/\./g, '')],
];

// Latin letters that look like Cyrillic ones, as some sites type them inside Ukrainian words ("рaкети"
// with a Latin "a"): one to one, so every origin stays where it was.
const LOOKALIKES: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
};
// A Cyrillic letter next to a Latin one: the cheap test before words are looked at one by one.
const MIXED_SCRIPTS = /\p{Script=Cyrillic}[A-Za-z]|[A-Za-z]\p{Script=Cyrillic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Latin look-alikes inside words that are otherwise Cyrillic, in their Cyrillic spelling. */
function cyrillicWords(m: Mapped): Mapped {
  if (!MIXED_SCRIPTS.test(m.text)) return m;
  return mreplace(m, /\p{L}+/gu, (word) =>
    CYRILLIC.test(word) && /[A-Za-z]/.test(word) ? word.replace(/[A-Za-z]/g, (ch) => LOOKALIKES[ch] ?? ch) : word,
  );
}

/** Cleans a statement so later steps see one spelling for each character and each number. */
export function normaliseMapped(text: string): Mapped {
  let m = mnormalize(mapped(text.slice(0, MAX_TEXT_LENGTH)));
  for (const [re, to] of RULES) m = mreplace(m, re, to);
  return cyrillicWords(m);
}

export function normaliseText(text: string): string {
  return normaliseMapped(text).text;
}

/** A sentence of normalised text: its text, and where it starts and ends in that text. */
export type Sentence = { text: string; index: number; start: number; end: number };

// Words after which a full stop does not end a sentence ("Nov. 5", "9 a.m. Kyiv time").
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'a.m', 'p.m', 'am', 'pm', 'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'no', 'nos', 'approx', 'st',
  'u.s', 'u.k', 'e.g', 'i.e', 'vs', 'ca', 'gov', 'sen', 'rep', 'р', 'ст', 'тис', 'див', 'м',
  // "з Курської обл. – РФ", "Бєлгородської обл. РФ": the Air Force abbreviates "області".
  'обл', 'р-н', 'р-ну', 'смт', 'млн', 'млрд', 'ін', 'зокр', 'reg', 'obl',
]);

const BULLET = /^\s*(?:[-*•·▪►]|\d{1,2}[.)](?=\s))\s*/;

/** A piece of a block and where it starts in the normalised text. */
type Segment = { text: string; at: number };

/**
 * Splits normalised text into sentences. A list introduced by a colon stays in its header's sentence
 * (each item then reads with the header's verb: "attacked with 105 means: - 8 Kh-101; - 95 drones").
 */
export function splitSentences(text: string): Sentence[] {
  const blocks: Segment[][] = [];
  let current: Segment[] = [];
  let lastChar = '';
  let inList = false;
  // Straight double quotes in the block so far: an odd count leaves a quotation open.
  let quotes = 0;
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const lineAt = offset;
    offset += rawLine.length + 1;
    const lead = rawLine.length - rawLine.trimStart().length;
    const line = rawLine.trim();
    if (line === '') {
      if (!inList) flush();
      continue;
    }
    const isBullet = BULLET.test(line);
    const open = ':;,'.includes(lastChar);
    const joinsPrevious = current.length > 0 && (isBullet ? inList || open : open);
    const bullet = isBullet ? (BULLET.exec(line)?.[0].length ?? 0) : 0;
    const content = { text: line.slice(bullet), at: lineAt + lead + bullet };
    // A line that ends inside a quotation goes on in the next, as one sentence ("окрім 320 ударних\nБпЛА").
    if (!joinsPrevious && !isBullet && current.length > 0 && quotes % 2 === 1) {
      current.push({ text: ' ', at: content.at }, content);
    } else if (joinsPrevious) {
      current.push({ text: '; ', at: content.at }, content);
      inList = true;
    } else {
      flush();
      current.push(content);
      inList = line.endsWith(':');
    }
    lastChar = line.at(-1) ?? '';
    for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) quotes += 1;
  }
  flush();

  const sentences: Sentence[] = [];
  for (const segments of blocks) {
    const block = segments.map((s) => s.text).join('');
    const position = blockPositions(segments);
    for (const [from, to] of splitBlock(block)) {
      const piece = block.slice(from, to);
      const lead = /^[;,\s]*/.exec(piece)?.[0].length ?? 0;
      const trail = piece.length - piece.trimEnd().length;
      const clean = piece.replace(/\s+/g, ' ').replace(/^[;,\s]+/, '').trim();
      if (clean === '') continue;
      sentences.push({ text: clean, index: sentences.length, start: position(from + lead), end: position(to - trail - 1) + 1 });
    }
  }
  return sentences;

  function flush() {
    if (current.some((s) => s.text.trim() !== '')) blocks.push(current);
    current = [];
    lastChar = '';
    inList = false;
    quotes = 0;
  }
}

/** Position in the normalised text of a position in a block made of segments. */
function blockPositions(segments: Segment[]): (at: number) => number {
  const starts: number[] = [];
  let total = 0;
  for (const s of segments) {
    starts.push(total);
    total += s.text.length;
  }
  return (at: number) => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    const segment = segments[lo];
    return segment ? segment.at + Math.min(at - (starts[lo] ?? 0), Math.max(0, segment.text.length - 1)) : 0;
  };
}

/** Splits one block at sentence-ending punctuation followed by a space and a new sentence's start. */
function splitBlock(block: string): [number, number][] {
  const pieces: [number, number][] = [];
  let start = 0;
  // Only the first mark of a run may start a boundary: "....." then costs one try, not one per dot.
  // A full stop typed without its space ("…областей.У Силах оборони", "…(упали самостійно).Два") still ends a
  // sentence between words, after a closing bracket or quote too.
  const boundary = /(?<![.!?])[.!?]+["')\]]*\s+(?=["'(]?[\p{Lu}\p{N}-])|(?<=\p{Ll}{2}[)»”"']?)[.!?](?=\p{Lu}(?:\p{Ll}|\s))/gu;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(block)) !== null) {
    const before = block.slice(Math.max(start, match.index - 16), match.index);
    const word = (/([^\s"'(]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    pieces.push([start, match.index + match[0].trimEnd().length]);
    start = match.index + match[0].length;
  }
  pieces.push([start, block.length]);
  return pieces;
}
