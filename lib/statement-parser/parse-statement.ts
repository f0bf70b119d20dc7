// Reads an Air Force morning statement, or a news report of one, into the night's figures (SPEC §1,
// §3.5). Pure: no network, no database; never throws; its work is linear in the text, which is capped.
import { daysBetween, isIsoDate, todayInKyiv } from '@/lib/dates';
import { unknownOutcomes, type Category, type Target } from '@/lib/domain';
import { clauseDistractor, findSideCues, isRegionalClause } from './context';
import { chooseNightDate, findDateMentions, maskDatesAndTimes, resolveMention, type DateMention } from './dates';
import { readClause, type Fact, type ReadingState } from './facts';
import { numberWordsToDigits } from './number-words';
import { reconcile } from './reconcile';
import { buildEvidence, sentenceRanges } from './evidence';
import { originRange } from './mapped-text';
import { insideSpan } from './positions';
import { collectOutcomes, type SideOutcome } from './outcome-totals';
import { readOutcomes } from './outcomes';
import { normaliseMapped, splitSentences, MAX_TEXT_LENGTH, type Sentence } from './text';
import { categoryTotals } from './totals';
import { BENIGN_REASONS, type Note, type SkipReason } from './notes';
import type { ParseOptions, SideParse, StatementParse } from './types';

// Sentences about another night: their dates are not this night's.
const OTHER_NIGHT = /previous|earlier|the day before|a day before|the night before|yesterday|last (?:week|month|year)|минулого (?:тижня|місяця|року)|торік|напередодні(?! ввечері| увечері)|вчора|попередньої ночі|попередню ніч|every year|each year|кожного року|щороку|очікувал\p{L}*|were expecting|had expected|наприкінці|на початку|at the end of|in (?:early|late) |за період|for the period|тенденці\p{L}*|the trend/iu;
// A record or an earlier attack named to compare with tonight's.
const COMPARISON = /(?<![\p{L}])(?:record|previous|largest|biggest|рекорд\p{L}*|попередн\p{L}*|найбільш\p{L}*|наймасованіш\p{L}*)(?![\p{L}])/iu;
// A photo's caption and credit: its date is when the photo was taken, not the night's.
const CAPTION = /\((?:AP|AFP|EPA|Reuters|Getty)[^)\n]{0,40}(?:Photo|Images|\/)[^)\n]{0,40}\)|\bREUTERS\/|\bAP Photo\b|Photo for illustrative purposes|\(фото ілюстративне\)|Ілюстративне фото|Фото: /iu;

// A link to another story: "Read also: …", "Читайте також: …".
const RELATED = /^[^\p{L}\p{N}]*(?:read (?:also|more)|see also|also read|related(?: articles| stories| news)?\s*:|more on this|читайте (?:також|ще|більше)|також читайте|дивіться також|по темі\s*:|більше новин|раніше ми писали)/iu;

const NOTE_LENGTH = 240;

// The weapons that stand for a whole category ("missiles", "drones" without a type).
const GENERIC_CATEGORY: Record<string, Category | undefined> = { 'unknown-missile': 'missile', 'unknown-drone': 'drone' };

// Numbers in a sentence, and the least one whose repetition ties a sentence to the period before it
// (small numbers repeat by chance).
const BARE_NUMBER = /(?<![\p{N}.,:])\d{1,7}(?![\p{N}])/gu;
const MIN_REPEATED = 10;

export function parseStatement(text: string, options: ParseOptions = {}): StatementParse {
  try {
    return parse(typeof text === 'string' ? text : '', options);
  } catch {
    // A bug must not lose the editor's work: they get an empty reading and a message.
    return { ...emptySide(null, 'UA'), unrecognised: [{ code: 'unreadable' }] };
  }
}

function parse(text: string, options: ParseOptions): StatementParse {
  const normalised = normaliseMapped(text);
  const sentences = splitSentences(normalised.text);
  const captions = captionRanges(normalised.text);
  // "Read also: Ukraine downs 45 of 50 drones": a link to another story, whose counts and dates are its own.
  const related = sentences.map((s) => RELATED.test(s.text));
  const mentions = sentences.map((s) => ((captions.length > 0 && insideSpan(captions, s.start)) || related[s.index] ? [] : findDateMentions(s.text)));
  // Today only matters for a date; finding it costs a millisecond, so only when there is one.
  const hasDates = mentions.some((m) => m.length > 0);
  const today = options.today && isIsoDate(options.today) ? options.today : hasDates ? todayInKyiv() : '';
  const { date, dateNote, dateSentence } = readDate(sentences, mentions, today);
  // A year given in the text is kept even when it makes the date later than today (a typo, or a clock
  // that is wrong): the editor is told. A year the parser chose is never after today (resolveMention).
  const futureNote: Note | null = date !== null && today !== '' && date > today ? { code: 'futureDate', values: { date, today } } : null;

  const state: ReadingState = { side: 'UA', lastGroup: { UA: [], RU: [] }, launchedWeapons: { UA: [], RU: [] } };
  const facts: Fact[] = [];
  const shares: Fact[] = [];
  const unread: { side: Target; note: Note }[] = [];
  const outcomeReadings: SideOutcome[] = [];
  // Counts the text says approximately ("some 20 drones were shot down"): the same number said plainly
  // elsewhere ("20 drones shot down" in a headline) is that rounded count, not an exact figure.
  const approximate = new Set<string>();
  // The first launched count the text gives for each weapon on each side.
  const firstLaunched = new Map<string, number>();
  // …and their sums by category: "2 ракети та 40 дронів, ще 18 - локаційно втрачено" after "3 ракетами
  // Х-59/69 та 62 дронами" can only be drones, though the 2 missiles name no model.
  const categoryLaunched = new Map<string, number>();
  const launched = (side: Target, slug: string) => {
    const own = firstLaunched.get(`${side} ${slug}`);
    if (own !== undefined) return own;
    const category = GENERIC_CATEGORY[slug];
    return category ? (categoryLaunched.get(`${side} ${category}`) ?? null) : null;
  };

  // Counts of the last sentence that were another night's or period's: a sentence repeating one of them
  // goes on about that period ("… 1,441 UAVs over the past week. … as well as 1,441 fixed-wing UAVs").
  let periodNumbers = new Set<number>();
  // A sentence dated to another night, and whether the next one goes on about it: on the same line and
  // naming no date of its own ("Росія в ніч на 13 вересня випустила 44 дрони. Сили ППО збили 32 БпЛА.").
  let otherNightLine: { end: number } | null = null;
  // Whose night a paragraph speaks of when it does not say: a text that speaks of attacks on Ukraine
  // anywhere goes back to them at each new paragraph ("Міноборони РФ заявило … 25 БпЛА.\n\nСтаном на 09:00
  // підтверджено збиття 36 ударних БпЛА …"); a text only of Russia's claims stays with them.
  const speaksOfUkraine = sentences.some((s) => findSideCues(s.text.toLowerCase()).some((cue) => cue.side === 'UA'));
  let previousEnd = 0;
  for (const sentence of sentences) {
    if (speaksOfUkraine && /\n[^\S\n]*\n/.test(normalised.text.slice(previousEnd, sentence.start))) state.side = 'UA';
    previousEnd = sentence.end;
    const lower = sentence.text.toLowerCase();
    // Lower-casing rarely changes a text's length; when it does, the dates are found again.
    const known = lower.length === sentence.text.length ? mentions[sentence.index] : undefined;
    const analysis = numberWordsToDigits(maskDatesAndTimes(lower, known));
    const repeats = periodNumbers.size > 0 && [...analysis.matchAll(BARE_NUMBER)].some((m) => periodNumbers.has(Number(m[0])));
    const own = mentions[sentence.index] ?? [];
    const datedElsewhere = otherNight(sentence, own, date, dateSentence, today);
    const continues: boolean = otherNightLine !== null && own.length === 0 && !normalised.text.slice(otherNightLine.end, sentence.start).includes('\n');
    // …but "The previous record, 267 drones, was set on Feb. 23." compares; it does not tell that night.
    otherNightLine = (datedElsewhere && !COMPARISON.test(sentence.text)) || continues ? { end: sentence.end } : null;
    const sentenceSkip = datedElsewhere || continues || repeats || related[sentence.index] ? 'otherPeriod' : null;
    const periodValues: number[] = [];
    const skipped: SkipReason[] = [];
    let counted = false;
    let used = false;
    for (const clause of splitClauses(analysis)) {
      const side = state.side;
      const reading = readClause(clause, sentence.index, sentenceSkip ?? clauseDistractor(clause), state, launched);
      if (sentenceSkip === null && !isRegionalClause(clause)) {
        // "Міноборони РФ заявило … Тим часом Повітряні сили ЗСУ повідомили …, з них близько 110 – шахеди":
        // outcomes are the side the clause ends speaking of.
        for (const outcome of readOutcomes(clause)) outcomeReadings.push({ ...outcome, side: state.side, sentence: sentence.index });
      }
      for (const fact of reading.facts) {
        facts.push(fact);
        const key = `${fact.side} ${fact.slug}`;
        if (fact.action === 'launched' && !fact.fallback && typeof fact.value === 'number' && !firstLaunched.has(key)) {
          firstLaunched.set(key, fact.value);
          const byCategory = `${fact.side} ${fact.category}`;
          categoryLaunched.set(byCategory, (categoryLaunched.get(byCategory) ?? 0) + fact.value);
        }
      }
      shares.push(...reading.shares);
      for (const key of reading.approximate) approximate.add(key);
      skipped.push(...reading.skipped);
      periodValues.push(...reading.periodValues);
      counted ||= reading.counted;
      used ||= reading.facts.length > 0;
    }
    // A sentence that gives no figure ("Four people were injured in Kyiv.") does not end that period.
    if (used || periodValues.length > 0) periodNumbers = new Set(periodValues.filter((value) => value >= MIN_REPEATED));
    const worth = skipped.filter((reason) => !BENIGN_REASONS.has(reason));
    if (counted && (!used || worth.length > 0)) {
      const reasons = [...new Set(used ? worth : skipped)];
      unread.push({ side: state.side, note: { code: 'unread', values: { sentence: clip(sentence.text) }, reasons } });
    }
  }
  if (text.length > MAX_TEXT_LENGTH) {
    unread.push({ side: 'UA', note: { code: 'truncated', values: { limit: MAX_TEXT_LENGTH } } });
  }

  facts.push(...onlyShares(facts, shares));
  // "two Kalibr missiles fired from a ship … were shot down": launched only where nothing else says so.
  const launchedGiven = new Set(facts.filter((f) => f.action === 'launched' && !f.fallback).map((f) => `${f.side} ${f.category}`));
  const kept = facts.filter((f) => !f.fallback || !launchedGiven.has(`${f.side} ${f.category}`));
  facts.length = 0;
  facts.push(...kept);
  if (approximate.size > 0) {
    // …only in a headline: a line of its own without a full stop.
    const headline = (f: Fact) => {
      const s = sentences[f.sentence];
      return s !== undefined && isTitleLine(normalised.text, s);
    };
    const exact = facts.filter((f) => typeof f.value !== 'number' || !headline(f) || !approximate.has(`${f.side} ${f.category} ${f.value}`));
    facts.length = 0;
    facts.push(...exact);
  }
  const sides = (['UA', 'RU'] as const).map((side) => {
    const result = reconcile(facts.filter((f) => f.side === side));
    return { side, ...result };
  });
  const [ua, ru] = sides as [(typeof sides)[number], (typeof sides)[number]];
  const ranges = sentenceRanges(sentences, (start, end) => originRange(normalised, start, end));
  const primary = ua.figures.length > 0 || ru.figures.length === 0 ? ua : ru;
  const secondary = primary === ua ? ru : ua;
  const build = (part: typeof ua, unrecognised: Note[]): SideParse => {
    const outcomes = collectOutcomes(outcomeReadings.filter((o) => o.side === part.side), part.figures);
    return {
      date,
      target: part.side,
      figures: part.figures,
      totals: { missile: categoryTotals(part.figures, 'missile'), drone: categoryTotals(part.figures, 'drone') },
      outcomes: outcomes.values,
      qualifiers: outcomes.qualifiers,
      evidence: buildEvidence(text, ranges, part.figures, part.sources, outcomes.sentences, outcomes.values),
      recognised: [...(dateNote ? [dateNote] : []), ...part.notes.map((n) => (part.side === 'RU' ? { ...n, claim: true } : n))],
      unrecognised: [...(futureNote ? [futureNote] : []), ...part.problems, ...unrecognised],
    };
  };
  const hasOther = secondary.figures.length > 0;
  const main = build(
    primary,
    unread.filter((u) => !hasOther || u.side !== secondary.side).map((u) => u.note),
  );
  if (!hasOther) return main;
  return { ...main, other: build(secondary, unread.filter((u) => u.side === secondary.side).map((u) => u.note)) };
}

function readDate(sentences: Sentence[], mentions: DateMention[][], today: string) {
  const eligible = sentences.filter((s) => (mentions[s.index]?.length ?? 0) > 0 && !OTHER_NIGHT.test(s.text));
  for (const pass of ['night', 'from', 'plain'] as const) {
    for (const sentence of eligible) {
      const chosen = chooseNightDate(sentence.text, mentions[sentence.index] ?? [], today);
      if (!chosen) continue;
      if (pass === 'night' && chosen.kind !== 'night') continue;
      if (pass === 'from' && chosen.kind !== 'from') continue;
      const date = resolveMention(chosen, today);
      if (!date) continue;
      return {
        date,
        dateNote: { code: 'night', values: { date, quote: sentence.text.slice(chosen.start, chosen.end) } } satisfies Note,
        dateSentence: sentence.index,
      };
    }
  }
  return { date: null, dateNote: null, dateSentence: -1 };
}

/** Whether a sentence names a date that is not this night's (nor its evening, nor the report's day). */
function otherNight(sentence: Sentence, mentions: DateMention[], date: string | null, dateSentence: number, today: string): boolean {
  if (date === null || sentence.index === dateSentence) return false;
  return mentions.some((m) => {
    const resolved = resolveMention(m, today);
    if (resolved === null) return false;
    const gap = Math.abs(daysBetween(date, resolved));
    // "On February 22, Russia launched …" dates what follows; a report's own date ("said on
    // 27 April") may be the morning after.
    const dates = m.kind === 'night' || /^[^\p{L}\p{N}]*on\s+(?:the\s+)?$/iu.test(sentence.text.slice(0, m.start));
    return dates ? gap !== 0 : gap > 1;
  });
}

/**
 * One place's share that is the only count the text gives for its side, category and action ("…
 * neutralised three Neptun-MD missiles over the Black Sea") is the figure; several shares are not summed.
 */
function onlyShares(facts: readonly Fact[], shares: readonly Fact[]): Fact[] {
  if (shares.length === 0) return [];
  const key = (f: Fact) => `${f.side} ${f.category} ${f.action}`;
  // "The drone was destroyed" counts nothing by itself: it stands for one, which the share may be.
  const given = new Set(facts.filter((f) => !(f.value === 'all' && f.singular)).map(key));
  const byKey = new Map<string, Fact[]>();
  for (const share of shares) {
    const list = byKey.get(key(share));
    if (list) list.push(share);
    else byKey.set(key(share), [share]);
  }
  return [...byKey.entries()].filter(([k, list]) => !given.has(k) && list.length === 1).map(([, list]) => list[0] as Fact);
}

/** Whether a sentence is a line of its own that ends without a full stop: a headline. */
function isTitleLine(text: string, sentence: Sentence): boolean {
  const before = text.slice(Math.max(0, sentence.start - 1), sentence.start);
  const after = text.slice(sentence.end, sentence.end + 1);
  return (before === '' || before === '\n') && (after === '' || after === '\n') && !/[.!?…]["'»”)\]]*$/u.test(sentence.text);
}

/** The lines that are a photo's caption or credit, in order. */
function captionRanges(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  if (!CAPTION.test(text)) return lines;
  let at = 0;
  for (const line of text.split('\n')) {
    if (CAPTION.test(line)) lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return lines;
}

/** Clauses that may speak of different sides: "…, while Russia's ministry said …". */
function splitClauses(text: string): string[] {
  return text.split(/(?:[,;]\s*|\s+|^)(?=(?:while|whereas|meanwhile|водночас|тим часом)(?![\p{L}]))/u).filter((c) => c.trim() !== '');
}

function clip(text: string): string {
  return text.length > NOTE_LENGTH ? `${text.slice(0, NOTE_LENGTH - 1)}…` : text;
}

function emptySide(date: string | null, target: Target): SideParse {
  const none = { launched: null, shot_down: null, lost: null };
  return {
    date,
    target,
    figures: [],
    totals: { missile: none, drone: { ...none } },
    outcomes: unknownOutcomes(),
    qualifiers: {},
    evidence: [],
    recognised: [],
    unrecognised: [],
  };
}
