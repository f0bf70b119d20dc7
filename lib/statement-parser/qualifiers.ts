// Words that make a count approximate, one line per qualifier (SPEC §1, lib/domain.ts QUALIFIERS). A count
// after one of them is never a figure of the night; an outcome keeps it with its qualifier ("≈ 200").
import type { Qualifier } from '@/lib/domain';

const LEXICON: [Qualifier, string][] = [
  ['at-least', String.raw`at least|no fewer than|not less than|a minimum of|щонайменше|не менше(?: ніж| як)?|принаймні|як мінімум|мінімум`],
  ['less-than', String.raw`nearly|almost|under|fewer than|less than|close to|just under|майже|менше(?: ніж)?|менш ніж|менш як|до майже`],
  ['more-than', String.raw`more than|over|in excess of|upwards of|above|понад|більше(?: ніж)?|більш ніж|більш як|понад як`],
  ['about', String.raw`about|around|approximately|roughly|some|an estimated|близько|приблизно|орієнтовно|майже з`],
  ['at-most', String.raw`up to|as many as|до`],
];

const BEFORE = new RegExp(`(?<![\\p{L}])(?:${LEXICON.map(([, source]) => `(${source})`).join('|')})\\s*$`, 'u');

/** The qualifier that ends `before` (the words right before a count), or null when it is exact. */
export function qualifierBefore(before: string): Qualifier | null {
  const m = BEFORE.exec(before.slice(-24));
  if (!m) return null;
  const index = m.slice(1).findIndex((g) => g !== undefined);
  return LEXICON[index]?.[0] ?? null;
}
