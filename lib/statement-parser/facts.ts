// Turns one clause's counts into facts (side, weapon, action, value), using verbs.ts for what
// happened to each count and referents.ts for the weapon of a count that names none.
import type { Category, Target } from '@/lib/domain';
import { findSideCues, sideAt } from './context';
import { FIRED_FROM, findCountPhrases, type CountPhrase } from './count-phrases';
import { findCues } from './cues';
import type { SkipReason } from './notes';
import { insideSpan } from './positions';
import { chooseReferent, type GroupItem } from './referents';
import type { Action } from './types';
import { covers } from './reconcile';
import { cueReader } from './verbs';
import { findWeaponMentions, type WeaponMention } from './weapon-mentions';

export type Fact = {
  side: Target;
  slug: string;
  category: Category;
  action: Action;
  /** A count, or "all" (as many as were launched). */
  value: number | 'all';
  sentence: number;
  further: boolean;
  combined: boolean;
  bundle: boolean;
  unlisted: boolean;
  /** The words the count was read from, for the notes. */
  phrase: string;
  /** "The missile was shot down": "all" that stands for exactly one. */
  singular: boolean;
  /** "all four cruise missiles", "both missiles": as many were launched. */
  whole: boolean;
  /** Listed after the count before it ("an Iskander-M, an Iskander-K and six guided missiles"). */
  listed: boolean;
  /** "including 130 Shaheds": a part of an earlier count. */
  part: boolean;
  /** "all but one of the drones": how many fewer than "all" (none when absent). */
  minus?: number;
  /** "64 of them", "з них 64": a part of what was counted before. */
  ofThem?: boolean;
  /**
   * "two Kalibr missiles fired from a ship … were shot down": launched as many, but only where the text
   * gives no other launched count of the category on the side (parse-statement.ts drops it then).
   */
  fallback?: boolean;
};

const PERIOD = 'otherPeriod';

// Words saying that what follows was not accounted for.
const UNKNOWN_FATE = /what happened to|without (?:specifying|saying)|did not (?:say|specify)|не уточнили|не повідомили,? що сталося/u;

// Between two counts of one list: a comma or "and".
const LIST_JOIN = /^\s*(?:,|(?:,\s*)?(?:and|as well as|plus|та|і|й|а також))\s*$/u;

/** What carries over from one clause to the next: the side spoken of, and what was last counted. */
export type ReadingState = {
  side: Target;
  lastGroup: Record<Target, GroupItem[]>;
  /** The weapons given a launched count so far, on each side: what "all the projectiles" speaks of. */
  launchedWeapons: Record<Target, GroupItem[]>;
  /** What happened to what was last counted on each side: the verb of "Із них – 88 ударних БпЛА". */
  lastAction?: Partial<Record<Target, Action>>;
};

// "Ворог атакував 90 засобами повітряного нападу. Із них – 88 ударних БпЛА": a part named without a verb
// of its own shares what happened to the whole just counted.
// So does one that opens with "Зокрема", "including": "запустив майже 300 дронів. Зокрема, 296 ударних БпЛА".
// "76 засобів повітряного нападу. Це 4 ракети «Калібр», одна Х-59 та 71 БпЛА": "це" names the same whole's parts.
const PART_LEAD = /(?:^|[.;:,(]\s*)(?:(?:з|із|серед) них|of (?:them|these|those)|among them|зокрема|у тому числі|в тому числі|а саме|in particular|namely|specifically|це|тобто)\s*[-:,]?\s*$/u;

// "Of them, 64 were shot down", "64 of them", "з них 64", "64 з них": a count of part of an earlier one.
const OF_THEM = /(?<![\p{L}])(?:(?:з|із|серед) них|of (?:them|these|those|which)|among them|з яких|із яких)(?![\p{L}])/u;

/** `periodValues`: the counts left out as another night's or period's, which later sentences may repeat. */
/** `approximate`: the counts said approximately ("some 20 drones"), as "side category value" keys. */
export type ClauseReading = { facts: Fact[]; skipped: SkipReason[]; counted: boolean; periodValues: number[]; shares: Fact[]; approximate: string[] };

/** How many of the latest counts "of them" can refer to: enough for any statement, bounded for speed. */
const RECENT = 12;

/**
 * Reads one clause. `knownLaunched` gives what the statement has said so far was launched of a weapon,
 * to tell which earlier group "66 of them" can belong to.
 */
export function readClause(
  text: string,
  sentence: number,
  clauseSkip: SkipReason | null,
  state: ReadingState,
  knownLaunched: (side: Target, slug: string) => number | null,
): ClauseReading {
  const sideCues = findSideCues(text);
  // Nothing countable (no digit, and no "a", "the", "all" that could stand before a weapon, nor "it" after
  // one, nor "не вдалося" after a weapon none of which was shot down).
  if (!/\d/.test(text) && !/(?<![\p{L}])(?:a|an|the|all|single|усі|всі|ракет(?:ою|у)|it|which|її|його|яку|який|яка|не вдалос[яь]|не змогли)(?![\p{L}])/u.test(text)) {
    state.side = sideCues[sideCues.length - 1]?.side ?? state.side;
    return { facts: [], skipped: [], counted: false, periodValues: [], shares: [], approximate: [] };
  }
  const mentions = findWeaponMentions(text);
  const cues = findCues(text);
  const counts = findCountPhrases(text, mentions);
  const facts: Fact[] = [];
  // One place's shares: the statement's figures only where it gives no other (parse-statement.ts).
  const shares: Fact[] = [];
  const skipped: SkipReason[] = [];
  const periodValues: number[] = [];
  // What each count was resolved to, on its side: the referents of later counts.
  const group: (GroupItem & { side: Target })[] = [];
  const resolved = new Map<number, GroupItem & { side: Target }>();
  const phrases = counts.filter((c) => c.value !== 'all' || c.weapon).sort((a, b) => a.start - b.start);
  const topics = mentions.filter((m) => !m.aggregate && !insideSpan(phrases, m.start)).slice(0, RECENT);
  const verbs = cueReader(text, counts, cues);
  // "80 drones and 5 missiles, 70 and 3 of which, respectively, were shot down": bare counts listed with
  // "respectively" take the weapons just counted, one each, in order.
  const bare = RESPECTIVELY.test(text) ? counts.filter((c) => !c.weapon && c.referent !== null && c.skip === null && c.ofIndex === null && typeof c.value === 'number') : [];
  const actions: Partial<Record<Target, Action>> = {};
  const approximateKeys: string[] = [];

  // The verb a part inherited from the sentence before ("Зокрема, 298 …"), and where that part ends.
  let leadAction: { action: Action; end: number } | null = null;
  counts.forEach((count, i) => {
    const side = sideAt(sideCues, count.end) ?? state.side;
    // "out of 75 (the total number launched across the country)" is national in a regional clause.
    const reason = count.skip ?? (count.national && clauseSkip === 'regional' ? null : clauseSkip);
    const share = reason === 'regional' && count.share && clauseSkip === null;
    if (share) skipped.push('regional');
    // "the impact of an Iskander-M missile fired from Crimea": one launched, and nothing else said of it.
    if (count.firedOnly) {
      const fact = reason ? null : firedFact(text, count, side, sentence);
      if (fact) facts.push(fact);
      return;
    }
    if (reason && !share) {
      // "more than 100 drones … 76 of them": the approximate count still says what "them" is.
      // "запустив майже 300 дронів. Зокрема, 296 …": what happened to a rounded whole happens to its parts.
      if (count.weapon && reason === 'approximate') {
        const said = verbs(i);
        if (said !== null && typeof said === 'object' && said.kind !== 'through') actions[side] = said.kind;
      }
      if (count.weapon && !count.weapon.aggregate && reason === 'approximate') {
        const approximate = { slug: count.weapon.slug, category: count.weapon.category, launched: null, side };
        if (typeof count.value === 'number' && count.weapon.category) approximateKeys.push(`${side} ${count.weapon.category} ${count.value}`);
        resolved.set(i, approximate);
        // …and the next sentence's "Збито 80" after "атакував понад сотнею дронів".
        group.push(approximate);
      }
      skipped.push(reason);
      if (reason === PERIOD && typeof count.value === 'number') periodValues.push(count.value);
      return;
    }
    const weaponOf = count.weapon ?? (count.ofIndex !== null ? (counts[count.ofIndex]?.weapon ?? null) : null);
    const pushFired = () => {
      const fact = firedFact(text, count, side, sentence);
      if (fact) facts.push(fact);
    };
    // "знешкоджено 112 БпЛА, з них 74 збито": the verb before a whole says what happened to all of it.
    const before = count.ofWhich ? verbs(i) : null;
    // (…in its own part of the list: "13 з них знищено; 8 ракет «Калібр» — 7 знищено" has a whole of its own.)
    const outcomeBefore = before !== null && typeof before === 'object' && before.start < count.start && (before.kind === 'shotDown' || before.kind === 'lost') && !/[;\d]/u.test(text.slice(before.end, count.start));
    const base = count.base && !outcomeBefore;
    const reading = base ? null : outcomeBefore ? before : verbs(i);
    if (reading === 'unknown verb') {
      pushFired();
      skipped.push('unknownVerb');
      return;
    }
    const cue = reading;
    let action: Action | 'through' | null = base ? 'launched' : (cue?.kind ?? null);
    const inherited = state.lastAction?.[side];
    if (action === null && inherited && count.weapon && PART_LEAD.test(text.slice(Math.max(0, count.start - 24), count.start))) {
      action = inherited;
      leadAction = { action, end: count.end };
    } else if (action === null && leadAction && count.weapon && LIST_JOIN.test(text.slice(leadAction.end, count.start).replace(/["'»”)]/gu, ''))) {
      // "Зокрема, 298 ударних БпЛА і 69 ракет": the counts listed with the part share its verb.
      action = leadAction.action;
      leadAction = { action, end: count.end };
    }
    if (action !== 'launched') pushFired();
    if (action === null) {
      // "фіксувалися 70 ворожих дронів, 65 з них знешкоджено": a weapon counted with a verb the tables
      // do not know still says what "them" is, as an approximate count does.
      if (count.weapon && !count.weapon.aggregate && count.weapon.category) {
        const unread = { slug: count.weapon.slug, category: count.weapon.category, launched: null, side };
        resolved.set(i, unread);
        group.push(unread);
      }
      skipped.push('noVerb');
      return;
    }
    // "the Iskander-M missile was not intercepted", "which were not shot down", "ракети збити не вдалося":
    // a negated shot-down verb on all of a weapon is none shot down (reconcile.ts resolves "all" less all).
    const none = action === 'through' && cue !== null && NEGATED_DOWN.test(cue.text) && count.value === 'all' && count.minus === 0 && count.except.length === 0;
    if (none) action = 'shotDown';
    if (action === 'through') {
      // "was not able to down the other aerial target, a single Iskander-M ballistic missile, launched
      // overnight", "Не вдалося збити 2 ракети, усі 2 запущені": a negated shot-down verb on the whole of
      // a weapon's launch is none shot down. On a part ("30 were not intercepted") it says nothing.
      const weapon = count.weapon;
      if (cue && NEGATED_DOWN.test(cue.text) && weapon?.category && !weapon.aggregate && typeof count.value === 'number' && count.ofIndex === null && !count.partitive && !count.part && (firedFact(text, count, side, sentence) !== null || knownLaunched(side, weapon.slug) === count.value)) {
        facts.push({ side, slug: weapon.slug, category: weapon.category, action: 'shotDown', value: 0, sentence, further: false, combined: false, bundle: weapon.bundle, unlisted: weapon.unlisted, phrase: `none of ${text.slice(count.start, count.end).trim()}`, singular: false, whole: false, listed: false, part: false, minus: 0 });
        return;
      }
      skipped.push('through');
      return;
    }
    // "… without specifying what happened to the remaining 27 drones or the missile": no verb of theirs.
    if (cue && cue.start < count.start && UNKNOWN_FATE.test(text.slice(cue.end, count.start))) {
      skipped.push('fateUnknown');
      return;
    }
    // "атакували 49 безпілотниками – …, протидіяти вдалося 36 з них": a part of what was launched is not
    // launched again; its own verb is one the parser does not know.
    if (action === 'launched' && count.referent === 'them' && cue && cue.start < count.start) {
      skipped.push('noVerb');
      return;
    }
    actions[side] = action;
    let targets: (WeaponMention | GroupItem)[];
    if (weaponOf?.aggregate && count.value === 'all' && count.except.length > 0) {
      // "All the projectiles, except for the Iskander-M missile, were shot down": each weapon launched
      // so far but the ones left out (and the models of a class left out).
      const left = count.except;
      targets = state.launchedWeapons[side].filter((w) => !left.some((e) => e.slug === w.slug || covers(e.slug, w.slug)));
      if (targets.length === 0) {
        skipped.push('noWeapon');
        return;
      }
    } else if (weaponOf) {
      targets = [weaponOf];
    } else {
      const earlier: GroupItem[] = [];
      for (let j = i - 1; j >= 0 && j >= i - 4 * RECENT && earlier.length < RECENT; j -= 1) {
        const known = resolved.get(j);
        if (known && known.side === side) earlier.unshift(known);
      }
      const candidates = earlier.length > 0 ? earlier : state.lastGroup[side].length > 0 ? state.lastGroup[side] : topics;
      // …the weapons counted before the first of them, not the ones they were just given.
      const first = bare.length >= 2 ? counts.indexOf(bare[0] as CountPhrase) : -1;
      const before: GroupItem[] = [];
      for (let j = 0; j < first; j += 1) {
        const known = resolved.get(j);
        if (known && known.side === side) before.push(known);
      }
      // "it was shot down", "її збито": the one weapon of which exactly one was just counted.
      const single = count.singular && count.referent === 'them' ? onlyOne(candidates) : undefined;
      const inOrder = single !== undefined ? single : first >= 0 ? respective(before.length > 0 ? before : state.lastGroup[side], bare.indexOf(count), bare.length) : null;
      if (single === null) {
        skipped.push('unclearWeapon');
        return;
      }
      if (inOrder) {
        targets = [inOrder];
      } else {
      const chosen = chooseReferent(candidates, topics, count, action, (slug) => knownLaunched(side, slug));
      if (typeof chosen === 'string') {
        skipped.push(chosen);
        return;
      }
      targets = chosen;
      }
    }
    for (const target of targets) {
      if (!target.category || ('aggregate' in target && target.aggregate)) {
        // "Of the 117 targets, 97 were shot down": the 97 are all weapons together too.
        const aggregate = { slug: '', category: null, launched: null, side };
        resolved.set(i, aggregate);
        group.push(aggregate);
        skipped.push('aggregate');
        continue;
      }
      if (!share) {
        const item = {
          slug: target.slug,
          category: target.category,
          launched: action === 'launched' && typeof count.value === 'number' ? count.value : null,
          side,
        };
        resolved.set(i, item);
        group.push(item);
        const launchedBefore = state.launchedWeapons[side];
        if (action === 'launched' && !launchedBefore.some((w) => w.slug === item.slug)) launchedBefore.push(item);
      }
      const isMention = 'text' in target;
      const words = count.weapon ? text.slice(count.numberEnd, count.end).trim() : '';
      const label = none ? `none of ${words || 'them'}` : count.singular ? `the ${words}` : count.value === 'all' ? `all ${words || 'of them'}` : `${count.value} ${words}`.trim();
      (share ? shares : facts).push({
        side,
        slug: target.slug,
        category: target.category,
        action,
        value: count.value,
        sentence,
        further: count.further,
        // "destroyed 112 drones, of which 74 were shot down and 38 suppressed": the whole is neutralised.
        combined: cue?.combined === true || (outcomeBefore && action === 'shotDown'),
        bundle: isMention ? target.bundle : false,
        unlisted: isMention ? target.unlisted : false,
        phrase: label,
        singular: count.singular,
        whole: count.whole,
        listed: i > 0 && LIST_JOIN.test(text.slice(counts[i - 1]?.end ?? 0, count.start)),
        part: count.part,
        minus: none ? NONE_OF_THEM : count.minus,
        ofThem: count.referent === 'them' || OF_THEM.test(text.slice(Math.max(0, count.start - 24), Math.min(text.length, count.end + 24))),
      });
    }
  });

  // What was counted becomes what the next clause's "of them" refers to, on each side; aggregates too
  // ("Of the 117 targets, 97 were shot down").
  for (const side of ['UA', 'RU'] as const) {
    const items: GroupItem[] = group.filter((g) => g.side === side).slice(-RECENT);
    if (items.some((item) => item.category !== null)) state.lastGroup[side] = items.filter((item) => item.category !== null);
    else if (items.length > 0) state.lastGroup[side] = [{ slug: '', category: null, launched: null }];
  }
  state.lastAction = { ...state.lastAction, ...actions };
  state.side = sideCues[sideCues.length - 1]?.side ?? state.side;
  return { facts, skipped, counted: counts.length > 0, periodValues, shares, approximate: approximateKeys };
}

/** The one weapon counted as one among those just counted, or null when there is not exactly one. */
function onlyOne(candidates: readonly (WeaponMention | GroupItem)[]): WeaponMention | GroupItem | null {
  const ones = candidates.filter((c) => c.category !== null && 'launched' in c && c.launched === 1);
  const slugs = new Set(ones.map((c) => c.slug));
  return slugs.size === 1 ? (ones[0] ?? null) : null;
}

// The shot-down verbs a negation turns into "got through".
// "All" less this many is none, whatever was launched.
const NONE_OF_THEM = Number.MAX_SAFE_INTEGER;
const NEGATED_DOWN = /^(?:shot|shoot|shooting|downed|down|downing|destroy|intercept|brought|take|took|taken|knock|збит|збил|збив|знищ|перехоп)/u;

const RESPECTIVELY = /(?<![\p{L}])(?:respectively|відповідно)(?![\p{L}])/u;

/** The `k`-th of `n` weapons just counted, when exactly `n` distinct ones were. */
function respective(candidates: readonly (WeaponMention | GroupItem)[], k: number, n: number): WeaponMention | GroupItem | null {
  const distinct: (WeaponMention | GroupItem)[] = [];
  for (const c of candidates) if (c.category !== null && !distinct.some((d) => d.slug === c.slug)) distinct.push(c);
  return k >= 0 && distinct.length === n ? (distinct[k] ?? null) : null;
}

// "…the other aerial target, a single Iskander-M ballistic missile, launched overnight", "ракету, запущену
// росією вночі": a participle of launching between commas after a counted weapon says it was launched.
const LAUNCHED_APPOSITIVE = /^["'»”\s]*,\s*(?:(?:fired|launched|sent)\s+(?:overnight|during the night|last night|by|at|against|on|toward|towards|from|into)(?![\p{L}])|(?:випущен|запущен)\p{L}*\s+(?:вночі|уночі|минулої ночі|росією|рф|ворогом|противником|окупантами|по|з|із|зі)(?![\p{L}]))/u;

/**
 * "two Kalibr missiles fired from a ship … were shot down", "an Iskander-M fired from Crimea": each was
 * launched, whatever else the clause says of it (a whole of its own, not a part of another). Only a
 * fallback: parse-statement.ts keeps it where the text gives no other launched count of the category.
 */
function firedFact(text: string, count: CountPhrase, side: Target, sentence: number): Fact | null {
  const weapon = count.weapon;
  if (!weapon || weapon.aggregate || !weapon.category || typeof count.value !== 'number') return null;
  if (count.ofIndex !== null || count.partitive || count.part || count.referent !== null) return null;
  const after = text.slice(count.end, count.end + 40);
  if (!FIRED_FROM.test(after) && !LAUNCHED_APPOSITIVE.test(after)) return null;
  return {
    side,
    slug: weapon.slug,
    category: weapon.category,
    action: 'launched',
    value: count.value,
    sentence,
    further: false,
    combined: false,
    bundle: weapon.bundle,
    unlisted: weapon.unlisted,
    phrase: `${count.value} ${text.slice(count.numberEnd, count.end).trim()}`.trim(),
    singular: false,
    whole: false,
    listed: false,
    part: false,
    fallback: true,
  };
}
