// Text preparation: one spelling for dashes, quotes, spaces and thousands separators, then sentences.

/** Longest text read; the API refuses longer ones, and the parser reads only this much. */
export const MAX_TEXT_LENGTH = 20_000;

/** Cleans a statement so later steps see one spelling for each character and each number. */
export function normaliseText(text: string): string {
  return text
    .slice(0, MAX_TEXT_LENGTH)
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2018\u2019\u02bc\u02b9\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2212]/g, '-')
    .replace(/\s*[\u2013\u2014\u2015]\s*/g, ' - ')
    .replace(/\u2026/g, '...')
    .replace(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)/g, (m) => m.replace(/,/g, ''))
    .replace(/(?<![\d.,:])\d{1,3}(?: \d{3})+(?![\d]|[.,:]\d)/g, (m) => m.replace(/ /g, ''))
    .replace(/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)/g, (m) => m.replace(/\./g, ''));
}

export type Sentence = { text: string; index: number };

// Words after which a full stop does not end a sentence ("Nov. 5", "9 a.m. Kyiv time").
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'a.m', 'p.m', 'am', 'pm', 'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'no', 'nos', 'approx', 'st',
  'u.s', 'u.k', 'e.g', 'i.e', 'vs', 'ca', 'gov', 'sen', 'rep', 'р', 'ст', 'тис', 'див', 'м',
]);

const BULLET = /^\s*(?:[-*•·▪►]|\d{1,2}[.)](?=\s))\s*/;

/**
 * Splits normalised text into sentences. A list introduced by a colon stays in its header's sentence
 * (each item then reads with the header's verb: "attacked with 105 means: - 8 Kh-101; - 95 drones").
 */
export function splitSentences(text: string): Sentence[] {
  const lines = text.split('\n');
  const blocks: string[] = [];
  // The block being built, as parts (joining strings one by one would copy them again and again).
  let current: string[] = [];
  let lastChar = '';
  let inList = false;
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') {
      if (!inList) flush();
      continue;
    }
    const isBullet = BULLET.test(line);
    const open = ':;,'.includes(lastChar);
    const joinsPrevious = current.length > 0 && (isBullet ? inList || open : open);
    const content = isBullet ? line.replace(BULLET, '') : line;
    if (joinsPrevious) {
      current.push(`; ${content}`);
      inList = true;
    } else {
      flush();
      current.push(content);
      inList = line.endsWith(':');
    }
    lastChar = line.at(-1) ?? '';
  }
  flush();

  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const piece of splitBlock(block)) {
      const clean = piece.replace(/\s+/g, ' ').replace(/^[;,\s]+/, '').trim();
      if (clean !== '') sentences.push({ text: clean, index: sentences.length });
    }
  }
  return sentences;

  function flush() {
    const block = current.join('');
    if (block.trim() !== '') blocks.push(block);
    current = [];
    lastChar = '';
    inList = false;
  }
}

/** Splits one block at sentence-ending punctuation followed by a space and a new sentence's start. */
function splitBlock(block: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  const boundary = /[.!?]+["')\]]*\s+(?=["'(]?[\p{Lu}\p{N}-])/gu;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(block)) !== null) {
    const before = block.slice(Math.max(start, match.index - 16), match.index);
    const word = (/([^\s"'(]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    pieces.push(block.slice(start, match.index + match[0].trimEnd().length));
    start = match.index + match[0].length;
  }
  pieces.push(block.slice(start));
  return pieces;
}
