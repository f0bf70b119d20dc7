// The words each value was read from: the sentence in the text as the editor pasted it, and the number
// in it, written in digits ("1,012", "54-ма") or in words ("Sixty-six", "п’ятьма десятками", "both"),
// so the form can show a quote beside each filled cell with the very words marked.
import type { NightOutcomeField, NightOutcomes } from '@/lib/domain';
import { mapped, mlower } from './mapped-text';
import { numberWordsMapped } from './number-words';
import type { FigureSources } from './reconcile';
import type { Sentence } from './text';
import type { Action, Evidence, ParsedFigure } from './types';

type Range = { start: number; end: number };

const WORD_CHAR = /[\p{L}'’ʼ]/u;
// The article before a weapon's name (group 1 is what is marked), or a Ukrainian missile in the singular.
const ONE_WEAPON =
  /(?<![\p{L}])(an?|single)\s+(?=[^.;]{0,30}?(?:missile|drone|uav|iskander|kinzhal|kalibr|kh-|shahed|zircon|oniks))|(?<![\p{L}])(?:\p{L}+(?:ною|ну)\s+)?ракет(?:ою|у)(?![\p{L}])/iu;

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
  outcomeValues: NightOutcomes,
): Evidence[] {
  const evidence: Evidence[] = [];
  // A sentence's number words are read once, whatever number is looked for in it.
  const spelled = new Map<number, SpelledSentence>();
  const add = (field: string, sentence: number, value: number | null) => {
    const range = ranges[sentence];
    if (!range) return;
    let words = spelled.get(sentence);
    if (!words) {
      words = spell(text, range);
      spelled.set(sentence, words);
    }
    evidence.push({ field, ...range, quote: text.slice(range.start, range.end), mark: value === null ? null : findNumber(text, range, value, words) });
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
    add(`outcomes.${field}`, sentence, outcomeValues[field]);
  }
  return evidence;
}

/** A sentence with its number words in digits, each digit mapped back to the words it came from. */
type SpelledSentence = ReturnType<typeof numberWordsMapped> | null;

function spell(text: string, range: Range): SpelledSentence {
  const slice = text.slice(range.start, range.end);
  // Only a sentence with a letter can hold a number in words.
  return /\p{L}/u.test(slice) ? numberWordsMapped(mlower(mapped(slice))) : null;
}

/** Where a value is written inside a range: in digits ("1,012", "1 012", "66"), else in words; or null. */
function findNumber(text: string, range: Range, value: number, words: SpelledSentence): Range | null {
  if (!Number.isInteger(value)) return null;
  const digits = String(value);
  // Thousands may be written with a comma, a dot or a (narrow) space.
  const pattern = digits.length > 3 ? `${digits.slice(0, -3)}[,. \\u00a0\\u202f]?${digits.slice(-3)}` : digits;
  const inDigits = new RegExp(`(?<![\\d.,])${pattern}(?![\\d]|[.,]\\d)`);
  const m = inDigits.exec(text.slice(range.start, range.end));
  if (m) return { start: range.start + m.index, end: range.start + m.index + m[0].length };
  if (!words) return null;
  // The same number spelled out: found in the sentence's digits, marked on the words it came from.
  const w = new RegExp(`(?<![\\d.,])${digits}(?![\\d])`).exec(words.text);
  if (w) {
    // The digits stand for whole words: from just after the character before them to the one after,
    // widened to whole words (a one-digit number replaces a whole word, which one origin cannot hold).
    const slice = text.slice(range.start, range.end);
    const o = words.origin;
    let start = w.index === 0 ? 0 : (o[w.index - 1] ?? 0) + 1;
    let end = o[w.index + w[0].length] ?? slice.length;
    while (start > 0 && WORD_CHAR.test(slice[start - 1] ?? '')) start -= 1;
    while (end < slice.length && WORD_CHAR.test(slice[end] ?? '')) end += 1;
    while (start < end && /\s/.test(slice[start] ?? '')) start += 1;
    while (end > start && /\s/.test(slice[end - 1] ?? '')) end -= 1;
    if (end > start) return { start: range.start + start, end: range.start + end };
  }
  // One weapon named without a numeral: "an Iskander-M", "a Kh-69 guided air missile", "балістичною ракетою".
  if (value === 1) {
    const one = ONE_WEAPON.exec(text.slice(range.start, range.end));
    if (one) return { start: range.start + one.index, end: range.start + one.index + (one[1] ?? one[0]).length };
  }
  return null;
}
