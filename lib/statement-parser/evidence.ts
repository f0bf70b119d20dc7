// The words each value was read from: the sentence in the text as the editor pasted it, and the number
// in it when it is written in digits, so the form can show a quote beside each filled cell.
import type { NightOutcomeField } from '@/lib/domain';
import type { FigureSources } from './reconcile';
import type { Sentence } from './text';
import type { Action, Evidence, ParsedFigure } from './types';

type Range = { start: number; end: number };

/** Each sentence's range in the original text. */
export function sentenceRanges(sentences: readonly Sentence[], toOriginal: (start: number, end: number) => Range): Range[] {
  return sentences.map((s) => toOriginal(s.start, s.end));
}

const ACTIONS: Action[] = ['launched', 'shotDown', 'lost'];

export function buildEvidence(
  text: string,
  ranges: readonly Range[],
  figures: readonly ParsedFigure[],
  sources: FigureSources,
  outcomeSentences: Partial<Record<NightOutcomeField, number>>,
): Evidence[] {
  const evidence: Evidence[] = [];
  const add = (field: string, sentence: number, value: number) => {
    const range = ranges[sentence];
    if (!range) return;
    evidence.push({ field, ...range, quote: text.slice(range.start, range.end), mark: findNumber(text, range, value) });
  };
  for (const figure of figures) {
    const from = sources.get(figure.slug);
    for (const action of ACTIONS) {
      const value = figure[action];
      if (value === null || !from) continue;
      for (const sentence of new Set(from[action])) add(`figures.${figure.slug}.${action}`, sentence, value);
    }
  }
  for (const [field, sentence] of Object.entries(outcomeSentences) as [NightOutcomeField, number][]) {
    add(`outcomes.${field}`, sentence, Number.NaN);
  }
  return evidence;
}

/** Where a value is written in digits inside a range ("1,012", "1 012", "66"), or null. */
function findNumber(text: string, range: Range, value: number): Range | null {
  if (!Number.isInteger(value)) return null;
  const digits = String(value);
  // Thousands may be written with a comma, a dot or a (narrow) space.
  const pattern = digits.length > 3 ? `${digits.slice(0, -3)}[,. \\u00a0\\u202f]?${digits.slice(-3)}` : digits;
  const m = new RegExp(`(?<![\\d.,])${pattern}(?![\\d]|[.,]\\d)`).exec(text.slice(range.start, range.end));
  return m ? { start: range.start + m.index, end: range.start + m.index + m[0].length } : null;
}
