// Which verb each count in a clause goes with: "114 drones were launched", "shot down 66 drones",
// "3 missiles and 114 drones were launched", "66 of the 114 drones were destroyed".
import type { CountPhrase } from './count-phrases';
import type { Cue } from './cues';
import { firstStartingAt, lastEndingBy } from './positions';

// Words between a count and the verb that follows it: "66 drones were confirmed shot down".
const FILLER =
  /^(?:were|was|are|is|have|has|had|been|being|be|more|others?|additional|further|reportedly|reported|confirmed|also|successfully|then|later|subsequently|either|effectively|quickly|all|to|as|each|of|them|these|those|which|by|air|defen[cs]e|forces|it|they|able|managed|could|з|із|зі|них|яких|які|що|that|overnight|tonight|respectively|відповідно|сьогодні|уночі|вночі|вдалося|вдалось|змогли|зуміли|було|були|був|була|також|успішно|-)$/u;
// …and the subject a Ukrainian object may come before, with nothing between them ("Із них 546 дронів та
// 31 ракету сили ППО збили або подавили"); after a comma the verb starts a clause of its own.
const UK_SUBJECT = /^(?:сили|ппо|протиповітряна|оборона|оборони|захисники|українські|ворог|противник|росія|росіяни|рф|окупанти|армія)$/u;
// "70, or 87.5%, were shot down", "70 з них (майже 90%) збито": the count's share in per cent says nothing of
// what happened; the verb after it is the count's.
const SHARE_IN_PERCENT = /(?:,\s*|\(\s*|\s-\s*)(?:or|або|тобто|that is|i\.e\.)?\s*(?:about|almost|nearly|over|around|some|майже|близько|понад|приблизно|понад)?\s*\d+(?:[.,]\d+)?\s*(?:%|per ?cent|percent|відсот\p{L}*)(?:\s+(?:of (?:them|the total|all)|від (?:загальної кількості|усіх|всіх)))?\s*[,)]?/gu;
// "121 drones were detected and destroyed": being found comes before the verb that counts.
const FOUND_AND = /\b(?:detected|spotted|tracked|identified|located)\s+and\b|(?:виявлен\p{L}*|виявили|зафіксован\p{L}*)\s+(?:та|і|й)(?![\p{L}])/gu;
// "окрім 320 ударних БпЛА …, було застосовано 37 ракет": besides these, others too; the verb follows.
const BESIDES = /(?<![\p{L}])(?:окрім|крім|besides|in addition to|apart from)\s*$/u;
const ALL_WORD = /(?<![\p{L}])(?:all|усі|всі|все)(?![\p{L}])/u;
const RELATIVE = /(?<![\p{L}])(?:що|які|яких|котрі|which|that)(?![\p{L}])/u;
const RELATIVE_LEAD = /(?<![\p{L}])(?:of which|of whom|which|яких|якими|які|котрі|котрими)(?![\p{L}])/u;
const REDUCED_RELATIVE =
  /^\s*(?:that\s+|which\s+)?(?:russia|moscow|the enemy|the russians|russian forces|russian troops|it|they)(?:\s+(?:had|has|have))?\s+(?:launched|fired|sent|used|deployed)(?:\s+(?:overnight|at ukraine|against ukraine|on ukraine|into ukraine))?(?=\s+(?:were|was|had been|have been)\s)/u;
// Ukrainian shot-down and lost cues are predicates of the count before them ("35 з 40 дронів збито"):
// the language needs no "were"; its participles that describe a weapon ("запущених") are launch cues.
const UK_PREDICATE = /^\p{Script=Cyrillic}/u;
// "a reconnaissance drone of operational-tactical level was destroyed": a short "of" phrase describes the
// weapon; the verb after it is the count's.
const OF_COMPLEMENT = /^\s*of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}(?=\s+(?:were|was|had been|have been|has been)\s)/u;
const UNKNOWN_VERB_BEFORE = /(?:^|[\s,;:])(?<!(?:a|an|the)\s)(?:\p{L}{3,}ed|took|got|beat|fought|\p{Script=Cyrillic}{3,}(?:ли|ла|ло))(?:\s+(?:out|down|off|up|away))?\s+$/u;
// …and "з них", "of them": "атакувала 653 дронами та 51 ракетою, з них збито 617 дронів і 30 ракет".
const RELATIVE_OR_ALL = /(?<![\p{L}])(?:all|both|which|that|them|усі|всі|вони|які|яких|них|що|котрі)(?![\p{L}])/u;
const OWN_OBJECT = /^\s*(?:[-:]\s*)?\d/u;
const AUXILIARY = /(?<![\p{L}])(?:were|was|been|are|is|було|були|була|був)(?![\p{L}])/u;
// "18 drones and all three missiles were destroyed": an "all" may open the next count; ", as well as",
// ", а також" join a list too ("3 missiles, as well as 86 UAVs, have been shot down").
const CONNECTOR = /^\s*(?:,|(?:,\s*)?(?:and|as well as|plus|та|і|й|а також))\s*(?:(?:all|усі|всі)\s*)?$/u;

// A count that has a predicate of its own ("12 drones did not reach…", "12 drones went missing") is the
// subject of that predicate: it never takes the verb of an earlier clause, and when the parser does not
// know its predicate the count is left unread (unknown is better than wrong).
// Words that may stand between a count and its predicate: "12 others", "12 more of them".
const BEFORE_PREDICATE = /^(?:others?|more|additional|further|of|them|these|those|which|whom|in|total|also|reportedly|then|later|subsequently|ще|також|з|із|них|яких)$/u;
// Auxiliaries, modals, negations and a few irregular past forms: a predicate wherever the count stands.
const PREDICATE_WORD =
  /^(?:were|was|are|is|have|has|had|did|do|does|could|can|cannot|would|will|may|might|must|should|not|never|weren't|wasn't|aren't|isn't|haven't|hasn't|hadn't|didn't|don't|doesn't|couldn't|can't|wouldn't|won't|went|got|fell|came|flew|remain|remains|remained|sank|blew|broke|lay|left|не|ні|було|були|була|буде|будуть|залишил\p{L}*|залишаються|залишається)$/u;
// A past form ("crashed", "впали") is a predicate only where the count opens a clause of its own:
// after "shot down 30 drones", "aimed at Kyiv" describes the drones. So is a Ukrainian impersonal form
// ("10 відведено", "10 загублено"): its endings, unlike the adverbs' ("успішно", "локаційно").
const PAST_FORM = /^(?:\p{L}{2,}ed|\p{L}{2,}(?:ли|лися|лись)|\p{Script=Cyrillic}{2,}(?:ено|єно|ано|яно|ото|ито|уто))$/u;
const DESCRIBING = /^(?:aimed|directed|headed|bound|based|armed|equipped|designed|made|produced|manufactured|named|called|known|used|launched|fired|sent|deployed|released|targeted|detected|recorded|spotted|tracked|registered)$/u;
// The next word after a position (group 1), or a number or a mark (no group).
const WORD = /\s*(?:(\p{L}[\p{L}'-]*)|\S)/uy;
const OPENS_CLAUSE = /(?:[,;:(]|(?<!\p{L})(?:and|but|while|whereas|та|і|й|а|але)(?!\p{L}))\s*(?:(?:another|a further|further|an additional|additional|the|ще)\s+)?$/u;

/** Whether the words after a count are a predicate of its own (not one of the clause's cues). */
function hasOwnPredicate(text: string, count: CountPhrase, before: Cue | null): boolean {
  let word: string | undefined;
  WORD.lastIndex = count.end;
  for (let n = 0; n < 4; n += 1) {
    const m = WORD.exec(text);
    // A word, not a number or a mark, must come first.
    if (!m || m[1] === undefined) return false;
    if (!BEFORE_PREDICATE.test(m[1])) {
      word = m[1];
      break;
    }
  }
  if (word === undefined) return false;
  // "the downing of 47 drones has been confirmed": being reported is not what happened to the count.
  if (REPORTED.test(text.slice(WORD.lastIndex - word.length, WORD.lastIndex + 40))) return false;
  if (PREDICATE_WORD.test(word)) return true;
  // "…, with two drones reportedly crossing into Belarus": an absolute clause's participle is the count's own.
  if (/^\p{L}{3,}ing$/u.test(word) && !/^(?:being|including|remaining|following|according|totall?ing)$/u.test(word) && /(?<![\p{L}])with\s+$/u.test(text.slice(Math.max(0, count.start - 6), count.start))) return true;
  if (!PAST_FORM.test(word) || DESCRIBING.test(word)) return false;
  // Nothing to inherit from, or the count opens a new clause after the earlier verb.
  if (before === null) return true;
  return OPENS_CLAUSE.test(text.slice(Math.max(before.end, count.start - 40), count.start));
}

const REPORTED = /^(?:has|have|had|was|were|is|are)\s+(?:been\s+|also\s+)*(?:confirmed|recorded|reported|registered|verified)(?![\p{L}])/u;

// "Усі 50 дронів, запущених росією, були збиті", "All 50 drones, launched by Russia, were shot down": a
// participle between commas describes the weapon; the verb after it is the count's.
const PARTICIPLE_BETWEEN_COMMAS =
  /^\s*,\s*(?:(?:запущен|випущен|застосован|використан|спрямован|скерован)\p{L}*|(?:launched|fired|sent|used) (?:by|from))(?:\s+[^\s,.;:\d]+){1,4}\s*,/u;

const PARTICIPLE_THEN_VERB = /^\s+(?:by|from)\s+[\p{L}' -]{1,30}?(?=\s+(?:were|was|have been|has been|had been)\s)/u;

/** What the reader says of a count: its verb, or that its own verb is one the parser does not know. */
export type VerbReading = Cue | 'unknown verb' | null;

/**
 * The verb each count goes with: the one right after it, else the last one before it, else the verb of
 * the counts it is listed with ("3 missiles and 114 drones were launched"). Built once per clause so
 * that a long clause costs linear time.
 */
export function cueReader(text: string, counts: CountPhrase[], cues: Cue[]): (i: number) => VerbReading {
  // "drones launched by Russia": a participle right after a counted weapon describes it; it is not
  // the verb of the counts that follow ("shot down 38 of 43 drones launched by Russia and both Kh-59").
  const phraseEnds = new Set(counts.map((c) => c.end + (/^\s*/.exec(text.slice(c.end, c.end + 20))?.[0].length ?? 0)));
  // ("704 means of air attack were recorded:" has its auxiliary: a predicate, not a participle.)
  const describes = cues.map((cue) => cue.kind === 'launched' && phraseEnds.has(cue.start) && !/^(?:were|was|have|has|had|is|are)\s/u.test(cue.text));
  // For each cue, the nearest cue at or before it that does not merely describe.
  const verbAtOrBefore: number[] = [];
  cues.forEach((_, k) => verbAtOrBefore.push(describes[k] ? (verbAtOrBefore[k - 1] ?? -1) : k));
  // "launched 112 drones, 72 of which were shot down, and two missiles": a relative clause's verb, once
  // the clause is closed, is not the verb of the counts after it.
  // (Within a bounded window before the cue, so that a long clause costs linear time.)
  const closedRelative = (cue: Cue, count: CountPhrase) => {
    const lead = text.slice(Math.max(0, cue.start - 80), cue.start);
    const clauseStart = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
    return clauseStart >= 0 && RELATIVE_LEAD.test(lead.slice(clauseStart)) && /[,;]/u.test(text.slice(cue.end, Math.min(count.start, cue.end + 200)));
  };
  const before = (count: CountPhrase): Cue | null => {
    let k = lastEndingBy(cues, count.start);
    let cue = k >= 0 ? (cues[verbAtOrBefore[k] ?? -1] ?? null) : null;
    while (cue && closedRelative(cue, count)) {
      k = cues.indexOf(cue) - 1;
      cue = k >= 0 ? (cues[verbAtOrBefore[k] ?? -1] ?? null) : null;
    }
    return cue;
  };

  const attached = (k: number): Cue | null => {
    const count = counts[k];
    if (!count) return null;
    let from = count.ofIndex !== null ? (counts[count.ofIndex]?.end ?? count.end) : count.end;
    // "35 of the 40 drones Russia launched were shot down": a relative clause without "that" describes
    // the weapon; the verb after it is the count's.
    const relative = REDUCED_RELATIVE.exec(text.slice(from, from + 60));
    if (relative) from += relative[0].length;
    const between = PARTICIPLE_BETWEEN_COMMAS.exec(text.slice(from, from + 70));
    if (between) from += between[0].length;
    for (let c = firstStartingAt(cues, from); c < cues.length; c += 1) {
      const next = cues[c];
      if (!next) break;
      const raw = text.slice(from, next.start);
      if (raw.length > 50) return null;
      // "25: локаційно втрачені", "25: locationally lost": a colon right after the count, before a verb
      // with no number of its own, stands for the dash ("25 – локаційно втрачені").
      const colon = /^\s*:\s*$/u.test(raw.replace(/\p{L}+/gu, (w) => (FILLER.test(w) ? '' : w))) && !OWN_OBJECT.test(text.slice(next.end, next.end + 12));
      if (/:/.test(raw) && !colon) return null;
      const gap = raw.replace(/^\s*:/u, ' ').replace(SHARE_IN_PERCENT, ' ').replace(OF_COMPLEMENT, ' ').replace(FOUND_AND, ' ').replace(/[,'"()]/g, ' ').replace(/n't\b/g, ' not').trim();
      // "30 were not intercepted": the negation is part of the (negated) verb; but in "attacked with two
      // Kh-59, which were not shot down" the count is the object of the verb before it.
      const negation = next.kind === 'through' && !/[,(]|\b(?:which|that)\b/u.test(raw);
      const subjectOnly = !/[,;:()-]/u.test(raw);
      const filler = (w: string) => FILLER.test(w) || (negation && /^(?:not|never|не)$/u.test(w)) || (subjectOnly && UK_SUBJECT.test(w));
      if (gap !== '' && !gap.split(/\s+/).every(filler)) return null;
      // "66, locationally lost 31": a verb after a bare comma starts the next count's phrase.
      if (gap === '' && /[,;]/.test(raw)) return null;
      // "12 drones, all of which were shot down", "12 дронів, усі вони збиті": after a comma, a relative
      // clause or an "all" speaks of them with a verb of its own; the count keeps the verb before it.
      // ("70 and 3 of which, respectively, were shot down": the relative stands before the comma, and is theirs.)
      const comma = raw.search(/[,;]/);
      if (comma >= 0 && before(count) !== null && RELATIVE_OR_ALL.test(raw.slice(comma))) return null;
      // "атакував 80 БпЛА – збито 70", "80 БпЛА – з них збито 70": after a dash, a verb right before a
      // number is that number's; without "were"/"було" it does not reach back to the count before.
      // ("30 ракет – збито: 28 Х-101, 2 Іскандер-М": a colon after the verb lists the count's own parts.)
      if (/(?:^|\s)-(?:\s|$)/u.test(raw) && /^\s*(?:-\s*)?\d/u.test(text.slice(next.end, next.end + 12)) && !AUXILIARY.test(gap)) return null;
      // …and after a comma: "engaged 70 drones overnight, destroying 65", "70 дронів, знищено 65".
      if (/[,;]/.test(raw) && OWN_OBJECT.test(text.slice(next.end, next.end + 12)) && !AUXILIARY.test(gap)) return null;
      // "24 of 30 drones launched by Russia (were destroyed)": without "were", the verb describes the 30.
      // Ukrainian "35 з 40 дронів збито": the impersonal form is a predicate by itself.
      // So does "one of the cruise missiles launched by the aggressor": the participle describes the whole.
      if ((count.ofIndex !== null || count.partitive) && !/\b(?:were|was|been|are|is)\b/.test(gap) && !(next.kind !== 'launched' && UK_PREDICATE.test(next.text))) {
        if (next.kind !== 'launched') return null;
        from = next.end + (PARTICIPLE_THEN_VERB.exec(text.slice(next.end, next.end + 60))?.[0].length ?? 0);
        continue;
      }
      // "15 Shahed drones fired by Russia were shot down": the participle describes; the verb follows.
      const participle = next.kind === 'launched' && gap === '' ? PARTICIPLE_THEN_VERB.exec(text.slice(next.end, next.end + 60)) : null;
      if (participle) {
        from = next.end + participle[0].length;
        continue;
      }
      return next;
    }
    return null;
  };

  // The verb of the counts listed after each count, computed from the last count back; and whether
  // they share a predicate the parser does not know ("12 drones and 2 missiles went missing").
  const listed: (Cue | null)[] = new Array<Cue | null>(counts.length).fill(null);
  const ownPredicate = counts.map((count) => hasOwnPredicate(text, count, before(count)));
  const sharedPredicate: boolean[] = new Array<boolean>(counts.length).fill(false);
  for (let k = counts.length - 2; k >= 0; k -= 1) {
    const count = counts[k];
    const next = counts[k + 1];
    if (count && next && next.start - count.end <= 20 && listedWith(text, count, next)) {
      listed[k] = attached(k + 1) ?? listed[k + 1] ?? null;
      sharedPredicate[k] = listed[k] === null && ((ownPredicate[k + 1] ?? false) || (sharedPredicate[k + 1] ?? false));
    }
  }

  // Where the clause first says "all": "крім" after it means "except", not "besides".
  const firstAll = text.search(ALL_WORD);
  return (i: number): VerbReading => {
    const count = counts[i];
    if (!count) return null;
    const previous = before(count);
    const own = attached(i);
    if (!own && previous === null && BESIDES.test(text.slice(Math.max(0, count.start - 20), count.start)) && (firstAll < 0 || firstAll > count.start)) {
      const next = cues[firstStartingAt(cues, count.end)];
      if (next) return next;
    }
    if (own) {
      const between = text.slice(count.end, own.start);
      const bare = !/\b(?:were|was|been|are|is|have|has|had)\b/.test(between);
      const k = cues.indexOf(own);
      // "збито 69 БпЛА, що атакували …": a relative clause describes what the verb before counted.
      const relative = RELATIVE.test(between);
      if (own.kind === 'launched' && previous && previous.kind !== 'launched' && ((bare && describes[k]) || relative)) return previous;
      return own;
    }
    // A verb beyond a comma or "that" belongs to an earlier part of the sentence; the verb of the
    // counts listed with this one is then closer ("…, adding that 476 drones and 30 missiles were
    // neutralised").
    const far = previous !== null && /[,;:]|\b(?:that|said|saying|adding)\b/u.test(text.slice(previous.end, count.start));
    const shared = listed[i] ?? null;
    // "Russia launched 60 drones; Ukrainian forces stopped 50", "…, сили оборони відбили 50": a verb the
    // parser does not know stands right before the count, beyond the punctuation that ends the known one.
    if (far && !shared && UNKNOWN_VERB_BEFORE.test(text.slice(Math.max(previous?.end ?? 0, count.start - 40), count.start))) return 'unknown verb';
    // A count with a predicate of its own takes only the verb of the counts listed with it; so do the
    // counts listed with it that begin a clause ("…, 12 drones and 2 missiles went missing").
    if (ownPredicate[i] || (sharedPredicate[i] && (far || previous === null))) return shared ?? 'unknown verb';
    return far ? (shared ?? previous) : (previous ?? shared);
  };
}

/** "12 drones and 3 missiles", and "none of the Kinzhal or Kh-22 missiles" (two zero counts). */
function listedWith(text: string, count: CountPhrase, next: CountPhrase): boolean {
  const between = text.slice(count.end, next.start);
  // "70 дронів, 65 з них збито", "70 drones, 65 of them destroyed": a part of the count, not a list (but
  // "70 and 3 of which" is a list of parts).
  if (next.referent === 'them' && count.weapon) return false;
  return CONNECTOR.test(between) || (count.value === 0 && next.value === 0 && /^\s*(?:,|,?\s*or|,?\s*nor)\s*$/u.test(between));
}
