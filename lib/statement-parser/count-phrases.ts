// Counts in one clause: a number (digits, number words already turned into digits, or "a"/"an" before
// a weapon) with the weapon it counts, or with how to find that weapon ("66 of them", "a further 31"),
// and the reasons a count is not one of the night's national figures.
import { MAX_COUNT } from '@/lib/domain';
import { isApproximate, isRegionalShare, periodDistractor } from './context';
import { findCues } from './cues';
import { firstStartingAt, insideSpan } from './positions';
import type { SkipReason } from './notes';
import { findWeaponMentions, gluesToCount, type WeaponMention } from './weapon-mentions';

export type CountPhrase = {
  start: number;
  /** End of the number itself. */
  numberEnd: number;
  /** End of the whole phrase (the weapon's end when it has one). */
  end: number;
  /** A count, or "all" (of the weapon or of what was just counted). */
  value: number | 'all';
  weapon: WeaponMention | null;
  /** How a count without a weapon finds one: "66 of them", "66 were destroyed", "87 одиниць". */
  referent: 'them' | 'bare' | 'counter' | null;
  /** "66 of the 114 drones": the index (in this clause's list) of the 114, whose weapon this shares. */
  ofIndex: number | null;
  /** The whole that other counts are parts of: "of the 114 drones" is a launched count. */
  base: boolean;
  /**
   * A whole because "of which" follows it ("112 drones, of which 74 …"): launched, unless a verb before
   * it says what happened to all of them ("neutralised 112 drones, of which 74 were shot down").
   */
  ofWhich: boolean;
  /** "a further 31", "another 26": adds to the same weapon's count for the same action. */
  further: boolean;
  /** Why this count is not a figure of the night, or null. */
  skip: SkipReason | null;
  /** "3 cruise missiles over the Black Sea": one place's share, the figure only when the text gives no other. */
  share: boolean;
  /** "one of the cruise missiles": a part of a whole the text does not count here. */
  partitive: boolean;
  /** "The missile was shot down": an "all" that is right only when exactly one was launched. */
  singular: boolean;
  /** "all 11 missiles", "both missiles": the count is also how many were launched. */
  whole: boolean;
  /** "all but one of the drones": an "all" less this many. */
  minus: number;
  /** "…205 drones, including 130 Shaheds": a part of the count before it, never added to it. */
  part: boolean;
  /** "out of 75 (the total number launched across the country)": national, whatever the clause is about. */
  national: boolean;
  /** "All the projectiles, except for the Iskander-M missile": the weapons an "all" leaves out. */
  except: WeaponMention[];
  /** "the impact of an Iskander-M fired from Crimea": only a launch (as a fallback), no other reading. */
  firedOnly?: boolean;
};

const NUMBER = /(?<![\p{L}\p{N}_.,:/-])\d+(?![\p{N}]|[.,:]\d|-?\p{L}|\s*(?:%|per ?cent|percent|відсот))/gu;
const ARTICLE = /(?<![\p{L}\p{N}'])(?:a single|one single|a|an|single)\s+/gu;
const THE = /(?<![\p{L}\p{N}])the\s+/gu;
// A pronoun for one weapon, right before a verb in the singular that says what happened to it.
const ONE_PRONOUN =
  /(?<![\p{L}\p{N}])(?:it|which)(?=\s+(?:was|has been|had been)\s+(?:also\s+|successfully\s+)?(?:shot down|downed|destroyed|intercepted|neutrali[sz]ed|brought down)(?![\p{L}]))|(?<![\p{L}\p{N}])(?:її|його|яку|який)(?=\s+(?:також\s+|успішно\s+)?(?:було\s+)?(?:збито|знищено|знешкоджено|перехоплено|нейтралізовано)(?![\p{L}]))|(?<![\p{L}\p{N}])(?:яка|який)(?=\s+(?:була|був)\s+(?:збит|знищен|знешкоджен|перехоплен)\p{L}*)/gu;
// A pronoun for what was just counted, before a negated shot-down verb: none of it was shot down.
const NONE_PRONOUN =
  /(?<![\p{L}\p{N}])(?<!(?:of|з|із)\s)(?:it|which|they)(?=\s+(?:was not|were not|wasn't|weren't|was never|were never|could not be|couldn't be|had not been|have not been|has not been)\s+(?:shot down|downed|destroyed|intercepted)(?![\p{L}]))|(?<![\p{L}\p{N}])(?:її|їх|його|які|яку|який)(?=\s+(?:(?:збити|знищити|перехопити)\s+не\s+(?:вдалося|вдалось|змогли)|не\s+(?:вдалося|вдалось|змогли)\s+(?:збити|знищити|перехопити))(?![\p{L}])(?!\s+(?:лише\s+|тільки\s+)?\d))/gu;
// A weapon named without a count, then or after a negated shot-down verb: "the missiles were not
// intercepted", "ракети збити не вдалося", "не вдалося збити балістичні ракети".
const NONE_AFTER = /^\s*(?:(?:were not|weren't|were never|could not be|couldn't be|have not been|had not been)\s+(?:shot down|downed|destroyed|intercepted)|(?:збити|знищити|перехопити)\s+не\s+(?:вдалося|вдалось|змогли))(?![\p{L}])(?!\s+(?:лише\s+|тільки\s+|only\s+)?\d)/u;
const NONE_BEFORE = /(?<![\p{L}])не\s+(?:вдалося|вдалось|змогли)\s+(?:збити|знищити|перехопити)\s+(?:жодн\p{L}*\s+)?$/u;
// Adjectives in the feminine singular before it: "крилату ракету", "балістичною ракетою".
const UA_ONE = /^(?:\p{L}+(?:ою|у)\s+)*ракет(?:ою|у)(?![\p{L}])/u;
// "… три ракети Х-59 та протирадіолокаційну — Х-31П": a missile's adjective in the singular stands for one.
const MISSILE_ADJECTIVE = /(?<![\p{L}])(?:протирадіолокаційн|аеробалістичн|балістичн|крилат|керован|протикорабельн|зенітн)(?:у|ою)\s*(?:-\s*)?$/u;
// "all the projectiles, except for the Iskander-M missile": what the "all" leaves out, up to the verb.
const EXCEPT = /^\s*,?\s*(?:except(?:\s+for)?|but not|крім|окрім|за винятком)\s+([^,;]{1,60})/u;
const ALL = /(?<![\p{L}\p{N}])(?:all|усі|всі)(?:\s+of)?(?:\s+(?:them|these|those|which|the|of them|з них|із них|вони|вони були|вони було))?(?![\p{L}])/gu;

// A participle of launching from a place right after a counted weapon: "two Kalibr cruise missiles fired
// from a ship in the Black Sea", "an Iskander-M fired from Crimea", "2 ракети, випущені з Криму".
export const FIRED_FROM = /^["'»”\s]*,?\s*(?:(?:fired|launched)\s+from|(?:випущен|запущен)\p{L}*\s+(?:з|із|зі|з-під)|(?:які|що)\s+(?:було\s+)?(?:випущен|запущен|випусти|запусти)\p{L}*\s+(?:з|із|зі))\s/u;

// A singular weapon that only describes another noun: "a drone attack", "a missile strike".
const NOUN_AFTER = /^\s*(?:attacks?|strikes?|assaults?|raids?|alerts?|threats?|debris|fragments?|wreckage|danger|barrage|launch|parts?|engine|warhead|operators?|units?|production|factory|plant)\b/u;

// "17 крилатих ракет Х-101, 13 з них знищено; 8 ракет «Калібр» з кораблів — 7 знищено", "10 Kalibr missiles
// from ships in the Black Sea, 8 destroyed": a weapon counted, then how many of it were shot down: the whole.
const WHOLE_THEN_DOWNED =
  /^[^.;:\d,–—]{0,60}(?:,|\s[-–—])\s*(?:\d+\s+(?:(?:з|із) них|of them|of which)\s*,?\s*(?:(?:було|були|were|was)\s+)?(?:збито|збиті|знищено|знищені|shot down|destroyed|downed|intercepted)|\d+\s+(?:(?:було|були|were|was)\s+)?(?:збито|збиті|знищено|знищені|shot down|destroyed|downed|intercepted)|(?:збито|знищено|shot down|destroyed)\s+\d+)(?![\p{L}\p{N}])/u;
const WHOLE_THEN_VERB = /^\s*,?\s*(?:(?:було|були|were|was)\s+)?(?:збито|знищено|збили|знищили|знешкоджено|знешкодили|перехоплено|shot down|destroyed|downed|intercepted|neutrali[sz]ed)\s*$/u;
const COPULA = /^\s*(?:were|was|are|is|[-–—])\s*/u;
// "Of them, 88 were …; and 2 were …", "З них 88 – …, 2 – …": the parts' lead, with the list after it.
const COPULA_PART_BEFORE = /(?:(?:з|із|серед) них|of (?:them|these|those|which)|among them)[^.;:\d]{0,4}$|(?:(?:з|із|серед) них|of (?:them|these|those)|among them)[^.;:]{0,40}(?:,|and|та|і|й)\s*$/u;
// A plural noun a weapon only describes: "two missile strikes", "12 drone attacks", "3 missile launchers".
const NOUN_COUNTED = /^\s*(?:strikes|attacks|assaults|raids|alerts|hits|impacts|launchers|carriers|threats)(?![\p{L}])/u;

const FOLLOWERS =
  /^(?:were|was|are|is|have|has|had|been|being|be|more|others?|additional|further|of|out|in|over|on|at|by|and|or|reportedly|also|then|later|successfully|confirmed|all|each|were|which|that|more|did|didn't|could|couldn't|cannot|can't|never|not|і|та|з|із|у|в|над|на|було|були|ще|шт|respectively|відповідно|вдалося|вдалось|удалося|змогли|зуміли|також|успішно)$/u;
const CASUALTY_NOUN = /^(?:people|persons?|civilians?|children|child|residents|killed|injured|wounded|dead|died|deaths?|victims|casualties|men|women|людей|людини|осіб|особи|загинул\p{L}*|поранен\p{L}*|дітей)$/u;
// Nouns that count something other than weapons: launch directions, waves and groups.
const DIRECTION_NOUN = /^(?:напрям\p{L}*|directions?|хвил\p{L}*|waves?|груп\p{L}*|groups?)$/u;
// Aircraft and ships that carried the weapons: "з 10 стратегічних бомбардувальників Ту-95МС", "from 8 Tu-95MS
// bombers", "з 6 літаків МіГ-31К", "з 2 кораблів": counted carriers, not weapons.
const CARRIER_AFTER =
  /^\s*(?:[\p{L}'-]+\s+){0,2}?(?:бомбардувальник\p{L}*|літак\p{L}*|корабл\p{L}*|кораб\p{L}*|човн\p{L}*|підводн\p{L}* човн\p{L}*|носі\p{L}*|ту-\d+\p{L}*|міг-31\p{L}*|су-\d+\p{L}*|bombers?|aircraft|planes?|jets|warships?|ships?|vessels?|submarines?|carriers?|tu-\d+\p{L}*|mig-31\p{L}*|su-\d+\p{L}*)(?![\p{L}])/u;
// Counter nouns: "кількість збитих дронів - 87 одиниць" counts the weapon named before it.
const COUNTER_NOUN = /^(?:одиниць|одиниці|одиниця|units|pieces|шт)$/u;
// One region in the singular right before a count: "у Миколаївській області знищено 14", "на Миколаївщині - 14",
// "над Харківщиною збито 5".
const REGION_BEFORE =
  /(?:^|[^\p{L}])(?:у|в|на|над)\s+(?:(?:територією|території|акваторією|акваторії)\s+)?(?:[\p{L}'-]+(?:ській|цькій|зькій|ської|цької|зької)\s+област[іи]|[\p{L}'-]+(?:ською|цькою|зькою)\s+областю|[\p{L}'-]+щин(?:і|ою))(?![\p{L}])[^,;.\d]{0,40}$/u;
/** One region right before a count; the literal test first, as most counts have none. */
function regionBefore(window: string): boolean {
  return (window.includes('област') || window.includes('щин')) && REGION_BEFORE.test(window);
}
const PLACE_NOUN = /^(?:locations?|sites?|places?|areas?|settlements?|regions?|oblasts?|districts?|communities|cities|towns|villages|homes|houses|buildings|objects|facilities|локаці\p{L}*|місц\p{L}*|населен\p{L}*|област\p{L}*|громад\p{L}*)$/u;

// A clock time written as a number with the part of the day ("by seven in the morning", "at 11 p.m.",
// "до 7 ранку"; number words are digits here): a time after a preposition of time, never a count.
const TIME_BEFORE = /(?<![\p{L}])(?:at|by|until|till|since|from|after|before|around|about|to|between|and|о|об|до|з|із|після|близько|від|між|та|і)\s+$/u;
const TIME_AFTER = /^\s*(?:o'clock|o’clock|in the (?:morning|evening|afternoon)|(?:a|p)\.?\s?m\.?(?![\p{L}])|ранку|вечора|години ранку|години вечора)(?![\p{L}])/u;
function isClockTime(text: string, start: number, end: number): boolean {
  return TIME_AFTER.test(text.slice(end, end + 20)) && TIME_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** The counts in one clause, in order. Positions are in `text`, the clause's analysis text. */
export function findCountPhrases(text: string, mentions: WeaponMention[]): CountPhrase[] {
  const counts: CountPhrase[] = [];
  const exceptSpans: { start: number; end: number }[] = [];
  const weaponAfter = (at: number) => {
    const next = mentions[firstStartingAt(mentions, at)];
    return next && next.start - at <= 40 && gluesToCount(text.slice(at, next.start)) ? next : null;
  };

  // "Of them, 88 were strike UAVs and 2 were Kh-59 missiles", "З них 88 – ударні БпЛА": a part named after
  // a copula (only after "of them", where the count cannot be anything else).
  const namedAfterCopula = (start: number, numberEnd: number) => {
    if (!COPULA_PART_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return null;
    const copula = COPULA.exec(text.slice(numberEnd, numberEnd + 12));
    const next = copula ? mentions[firstStartingAt(mentions, numberEnd)] : null;
    return next && copula && next.start === numberEnd + copula[0].length && !next.aggregate ? next : null;
  };
  // "Із 8 ракет збито 6, із дронів — 74": "of the drones" with a dash names the count after it.
  const namedBeforeDash = (start: number) => {
    const k = firstStartingAt(mentions, start) - 1;
    const mention = k >= 0 ? mentions[k] : undefined;
    if (!mention || mention.aggregate || mention.end > start || !/^\s*[-–—:]\s*$/u.test(text.slice(mention.end, start))) return null;
    return /(?:^|[,;]\s*|(?<![\p{L}])(?:а|and)\s+)(?:з|із|зі|of the|of)\s+$/u.test(text.slice(Math.max(0, mention.start - 12), mention.start)) ? mention : null;
  };
  for (const m of text.matchAll(NUMBER)) {
    if (insideSpan(mentions, m.index)) continue;
    if (isClockTime(text, m.index, m.index + m[0].length)) continue;
    const start = m.index;
    const numberEnd = start + m[0].length;
    const value = m[0].length > 7 ? Number.POSITIVE_INFINITY : Number(m[0]);
    counts.push(readCount(text, start, numberEnd, value, weaponAfter(numberEnd) ?? namedAfterCopula(start, numberEnd) ?? namedBeforeDash(start)));
  }
  // "None of the Kinzhal or Kh-22 missiles were shot down": none of each weapon named.
  for (const [i, count] of [...counts].entries()) {
    if (count.value !== 0 || !count.weapon) continue;
    const named = [...namedModels(text, count.weapon)];
    let last = count.weapon;
    for (let k = firstStartingAt(mentions, last.end); k < mentions.length; k += 1) {
      const next = mentions[k];
      if (!next || next.aggregate || !/^\s*(?:,|,?\s*or|,?\s*nor)\s*(?:the\s+)?$/u.test(text.slice(last.end, next.start))) break;
      named.push(...namedModels(text, next));
      last = next;
    }
    if (named.length < 2) continue;
    const [first, ...rest] = named;
    if (!first) continue;
    counts[i] = { ...count, end: first.end, weapon: first };
    for (const weapon of rest) counts.push(readCount(text, weapon.start, weapon.start, 0, weapon));
  }
  // Numbers are read first; "a", "the" and "all" only where no number's phrase already stands.
  const numbered = [...counts];
  const taken = (at: number) => insideSpan(numbered, at);
  for (const m of text.matchAll(ARTICLE)) {
    const numberEnd = m.index + m[0].trimEnd().length;
    const weapon = weaponAfter(numberEnd);
    if (!weapon || weapon.plural || weapon.aggregate || NOUN_AFTER.test(text.slice(weapon.end, weapon.end + 20))) continue;
    if (taken(m.index)) continue;
    // "a ground control station of a Russian Orlan drone", "debris of a Shahed": no count of drones.
    // …but "the impact of an Iskander-M missile fired from Crimea" says that one was launched.
    if (/(?<![\p{L}])of\s*$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) {
      if (FIRED_FROM.test(text.slice(weapon.end, weapon.end + 40))) counts.push({ ...readCount(text, m.index, numberEnd, 1, weapon), firedOnly: true });
      continue;
    }
    counts.push(readCount(text, m.index, numberEnd, 1, weapon));
  }
  for (const mention of mentions) {
    if (mention.category !== 'missile' || mention.plural || taken(mention.start)) continue;
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    if (!MISSILE_ADJECTIVE.test(before) || /\d\s*$/u.test(before.replace(MISSILE_ADJECTIVE, ''))) continue;
    counts.push(readCount(text, mention.start, mention.start, 1, mention));
  }
  // Ukrainian names one missile without a numeral: "атакувала балістичною ракетою", "ракету запустили".
  for (const mention of mentions) {
    if (!UA_ONE.test(mention.text) || taken(mention.start) || /\d\s*$/.test(text.slice(Math.max(0, mention.start - 4), mention.start))) continue;
    counts.push(readCount(text, mention.start, mention.start, 1, mention));
  }
  for (const m of text.matchAll(ALL)) {
    // "не всі ракети були перехоплені", "not all of them": no count.
    if (/(?<![\p{L}])(?:не|not)\s*$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const numberEnd = m.index + m[0].length;
    const rest = text.slice(numberEnd, numberEnd + 30);
    if (/^\s*\d/.test(rest)) continue; // "all 7 Kh-101": the count says it
    const weapon = weaponAfter(numberEnd);
    // "all of them", "усі вони", "all were", "всі збито", "all shot down": all of what was just counted.
    const refers = /(?:them|these|those|which|з них|вони|були|було)$/.test(m[0]) || /^\s*(?:were|was|have|had|are|були|було|,|\.|$)/.test(rest) || isCueStart(rest);
    if ((!weapon && !refers) || /\bin\s*$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const count = readCount(text, m.index, numberEnd, 0, weapon);
    const except = weapon ? EXCEPT.exec(text.slice(weapon.end, weapon.end + 90)) : null;
    if (weapon && except) {
      const from = weapon.end + except.index + except[0].length - (except[1]?.length ?? 0);
      const to = weapon.end + except.index + except[0].length;
      count.except = mentions.filter((mention) => mention.start >= from && mention.end <= to && !mention.aggregate);
      exceptSpans.push({ start: from, end: to });
      // The phrase runs to the end of what it leaves out, so that the verb after it is its own.
      count.end = to;
    }
    counts.push({ ...count, value: 'all', referent: weapon ? null : 'them', skip: weapon ? count.skip : null });
  }
  // "…a Kh-59 missile, which was shot down", "ракету Х-59. Її збито": a pronoun for the one weapon just named.
  for (const m of text.matchAll(ONE_PRONOUN)) {
    if (taken(m.index)) continue;
    const count = readCount(text, m.index, m.index + m[0].length, 0, null);
    counts.push({ ...count, value: 'all', singular: true, referent: 'them', skip: null });
  }
  // "…two Kh-59 missiles, which were not shot down", "її збити не вдалося": none of what was just counted.
  for (const m of text.matchAll(NONE_PRONOUN)) {
    if (taken(m.index)) continue;
    const count = readCount(text, m.index, m.index + m[0].length, 0, null);
    counts.push({ ...count, value: 'all', singular: m[0] === 'it', referent: 'them', skip: null });
  }
  // "the ballistic missiles were not intercepted", "балістичні ракети збити не вдалося": none of them.
  for (const mention of mentions) {
    if (!mention.plural || mention.aggregate || taken(mention.start) || /\d\s*$/u.test(text.slice(Math.max(0, mention.start - 4), mention.start))) continue;
    const after = text.slice(mention.end, mention.end + 50);
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    if (!NONE_AFTER.test(after) && !NONE_BEFORE.test(before)) continue;
    counts.push({ ...readCount(text, mention.start, mention.start, 0, mention), value: 'all' });
  }
  for (const m of text.matchAll(THE)) {
    const numberEnd = m.index + m[0].trimEnd().length;
    const weapon = weaponAfter(numberEnd);
    if (!weapon || weapon.plural || weapon.aggregate || NOUN_AFTER.test(text.slice(weapon.end, weapon.end + 20))) continue;
    if (taken(m.index)) continue;
    if (/(?:of|out of)\s*$/u.test(text.slice(Math.max(0, m.index - 8), m.index))) continue; // "66 of the drones"
    counts.push({ ...readCount(text, m.index, numberEnd, 0, weapon), value: 'all', singular: true });
  }
  // The weapons an "all" leaves out are not counted themselves (the spans come in order, apart).
  if (exceptSpans.length > 0) {
    const kept = counts.filter((c) => !insideSpan(exceptSpans, c.start));
    counts.length = 0;
    counts.push(...kept);
  }
  counts.sort((a, b) => a.start - b.start);
  listedParts(text, counts);
  linkOfCounts(text, counts);
  listedWholes(text, counts);
  linkElliptic(text, counts, mentions);
  markPeriods(text, counts);
  return counts;
}

// "four S-300 missiles from Belgorod … and one from the occupied Donetsk region": a count listed after a
// weapon's count, with only where it came from after it, counts the same weapon.
const ELLIPTIC_GAP = /^[^.;:\d]{0,120}(?:,?\s*(?:and|та|і|й)|,)\s*$/u;
const ORIGIN_AFTER = /^\s*(?:from|з|із|зі|від)\s/u;

/** Counts that stand for a weapon named just before them: elliptic lists and counter nouns. */
function linkElliptic(text: string, counts: CountPhrase[], mentions: WeaponMention[]) {
  for (let i = 0; i < counts.length; i += 1) {
    const count = counts[i];
    if (!count || count.weapon) continue;
    if (count.referent === 'counter') {
      // "кількість збитих дронів за цю ніч - 87 одиниць": the nearest weapon before, in the same clause.
      const k = firstStartingAt(mentions, count.start) - 1;
      const mention = mentions[k];
      const gap = mention ? text.slice(mention.end, count.start) : '';
      count.referent = null;
      if (mention && !mention.aggregate && gap.length <= 60 && !/[\d;]/.test(gap)) count.weapon = mention;
      else count.skip ??= 'notWeapons';
      continue;
    }
    const previous = counts[i - 1];
    if (count.skip !== 'notWeapons' || !previous?.weapon || previous.weapon.aggregate) continue;
    if (!ELLIPTIC_GAP.test(text.slice(previous.end, count.start)) || !ORIGIN_AFTER.test(text.slice(count.numberEnd, count.numberEnd + 8))) continue;
    count.weapon = previous.weapon;
    count.skip = null;
  }
}

/** The models a bundle names one by one ("Kinzhal and Kh-22 missiles"); else the mention itself. */
function namedModels(text: string, mention: WeaponMention): WeaponMention[] {
  if (!mention.bundle) return [mention];
  const parts: WeaponMention[] = [];
  const pieces = /[^,]+?(?=\s*(?:,|(?<!\p{L})(?:and|or|nor|та|і|й|чи|або)(?!\p{L})|$))/gu;
  const inner = text.slice(mention.start, mention.end);
  for (const piece of inner.matchAll(pieces)) {
    const found = findWeaponMentions(piece[0]).filter((m) => !m.aggregate);
    if (found.length === 0) continue;
    const only = found[0];
    if (found.length > 1 || !only || only.bundle) return [mention];
    const at = mention.start + piece.index;
    parts.push({ ...only, start: at + only.start, end: at + only.end, text: only.text });
  }
  return parts.length > 1 ? parts : [mention];
}

function readCount(text: string, start: number, numberEnd: number, value: number, weapon: WeaponMention | null): CountPhrase {
  const before = text.slice(Math.max(0, start - 40), start);
  const end = weapon ? weapon.end : numberEnd;
  const after = text.slice(numberEnd, numberEnd + 60);
  const count: CountPhrase = {
    start,
    numberEnd,
    end,
    value,
    weapon,
    referent: null,
    ofIndex: null,
    base:
      // ("Х-101/Х-555 з 10 бомбардувальників": a model's number is not a count, nor are aircraft a whole.)
      (/(?:[,;:(]\s*|(?<![\p{L}]-?\p{N}*)\d\s+|them\s+|these\s+|(?<![\p{L}])(?:that|що|а|and)\s+)(?:of|out of|з|із|зі)\s+(?:the\s+|these\s+|those\s+)?$/u.test(before) && !CARRIER_AFTER.test(after)) ||
      // "66 were destroyed out of 114": "out of" always names the whole.
      /(?<![\p{L}])out of\s+(?:the\s+|a total of\s+)?$/u.test(before) ||
      (start < 40 && /^[^\p{L}\p{N}]*(?:of|out of|з|із|зі)\s+(?:the\s+|these\s+|those\s+)?$/u.test(text.slice(0, start))),
    ofWhich: false,
    further: /(?:a further|another|further|an additional|additional|ще)\s*$/u.test(before),
    skip: null,
    share: false,
    partitive: weapon !== null && /^\s*(?:of|з|із|зі)\s/u.test(text.slice(numberEnd, weapon.start)),
    minus: 0,
    singular: false,
    whole: /(?<![\p{L}])(?:all|усі|всі)\s*$/u.test(before),
    part: /(?<![\p{L}])(?:including|among them|зокрема|у тому числі|в тому числі|в т\.ч\.|серед них)\s*$/u.test(before),
    national: /^\s*\((?:the\s+)?total\b|^\s*\((?:загалом|всього|усього)/u.test(after),
    except: [],
  };
  // "two missile strikes recorded", "three drone attacks": the weapon names what was counted, strikes.
  if (weapon && NOUN_COUNTED.test(text.slice(weapon.end, weapon.end + 20))) count.skip = 'notWeapons';
  // "one of the longest attacks", "одна з наймасованіших атак": one of a kind, not a count of weapons.
  if (!weapon && /^\s*(?:of the|з|із|зі)\s+(?:\p{L}+est|most|(?<![\p{L}])най\p{L}+)(?![\p{L}])/u.test(after)) count.skip = 'notWeapons';
  // "5 балістичних ракет, з яких 2 було збито": a weapon counted before "of which" is the whole.
  // …unless the part comes first: "61 drones …, 42 drones of which were shot down".
  if (weapon && (/^\s*,?\s*(?:of which|of them|з яких|із яких|з них|із них)(?![\p{L}])\s*[,:-]?\s*(?:[\p{L}'-]+\s+){0,2}\d/u.test(text.slice(weapon.end, weapon.end + 40)) || WHOLE_THEN_DOWNED.test(text.slice(weapon.end, weapon.end + 100)))) {
    count.base = true;
    count.ofWhich = true;
  }
  // "2 UAVs each over the Kursk, Leningrad and Tula regions", "по 10 безпілотників над …": so many in each
  // place, a distribution rather than a count.
  const distributive = /(?<![\p{L}])по\s*$/u.test(before) || /^\s*(?:[\p{L}-]+\s+)?each\s+(?:over|in|above|near|across)(?![\p{L}])/u.test(text.slice(weapon ? weapon.end : numberEnd, (weapon ? weapon.end : numberEnd) + 30)) || /^\s*each\s+(?:over|in|above)/u.test(after);
  if (value > MAX_COUNT) count.skip = 'tooLarge';
  else if (distributive) count.skip = 'regional';
  // "shot down … all but one of the drones": all of them less one.
  else if (/(?<![\p{L}])(?:all but|all except|усі,? крім|всі,? крім|усі,? окрім|всі,? окрім)\s*$/u.test(before) && value <= MAX_COUNT) {
    count.minus = value;
    count.value = 'all';
  }
  else if (isApproximate(before)) count.skip = 'approximate';
  else if (regionBefore(text.slice(Math.max(0, start - 90), start))) {
    // "на Дніпропетровщині знищено керовану авіаційну ракету Х-59": one region's share, the figure only
    // when the text gives no other for its category (parse-statement.ts).
    count.skip = 'regional';
    count.share = weapon !== null;
  }
  if (weapon) {
    if (count.skip === null && isRegionalShare(text.slice(weapon.end, weapon.end + 80))) {
      count.skip = 'regional';
      count.share = true;
    }
    return count;
  }
  // "debris fell at three", "падіння уламків – на трьох": a place named before, not a weapon.
  if (/(?<![\p{L}])(?:at|in|on|у|в|на)\s*$/u.test(before) && /^\s*(?:(?:more|others?)\s*)?(?:[.;,)]|$)/u.test(after)) {
    count.skip ??= 'places';
    return count;
  }
  if (/^\s*(?:of|out of)\s+(?:them|these|those|which|whom)\b|^\s*з\s+(?:них|яких)/u.test(after) || /(?:of (?:which|them|these|those|whom)|з (?:них|яких))\s*,?\s*$/u.test(before)) {
    count.referent = 'them';
  } else if (/^\s*\)/.test(after) && /\(\s*$/.test(before)) {
    count.skip ??= 'brackets';
  } else {
    const word = /^\s*(?:[-–:]\s+)?([\p{L}'-]+)/u.exec(after)?.[1] ?? '';
    if (word === '' || FOLLOWERS.test(word) || isCueStart(after.replace(/^\s*[-–:]\s+/u, ''))) count.referent = 'bare';
    else if (CASUALTY_NOUN.test(word)) count.skip ??= 'casualties';
    else if (PLACE_NOUN.test(word)) count.skip ??= 'places';
    else if (DIRECTION_NOUN.test(word)) count.skip ??= 'directions';
    else if (CARRIER_AFTER.test(after)) count.skip ??= 'notWeapons';
    else if (COUNTER_NOUN.test(word)) count.referent = 'counter';
    else count.skip ??= 'notWeapons';
  }
  // "41 drones, 20 of them over the Bryansk region": a share of the count before.
  if (count.referent && isRegionalShare(after.replace(/^\s*(?:(?:of|out of)\s+(?:them|these|those|which)|(?:з|із)\s+(?:них|яких))(?![\p{L}])/u, ''))) count.skip ??= 'regional';
  return count;
}

const CUE_START = /^\s*(?:shot|downed|destroyed|intercepted|neutrali|launched|fired|locationally|lost|suppressed|jammed|failed|failing|fell|crashed|disappeared|hit|struck|reached|збит|знищен|подавлен|локаційно|втрачен|ліквідов|знешкодж|не)/u;
/** Whether a verb of the cue tables opens the words after a count ("25 подавили", "50 збили"). */
function isCueStart(after: string): boolean {
  if (CUE_START.test(after)) return true;
  const lead = after.length - after.trimStart().length;
  return findCues(after).some((cue) => cue.start === lead);
}

/** "of the 810 drones and 13 missiles Russia launched, …": a count listed after a whole is a whole too. */
function listedWholes(text: string, counts: CountPhrase[]) {
  for (let i = 1; i < counts.length; i += 1) {
    const previous = counts[i - 1];
    const count = counts[i];
    if (!previous?.base || !previous.weapon || !count?.weapon || count.base || previous.ofWhich) continue;
    if (!/^\s*(?:and|та|і|й)\s*$/u.test(text.slice(previous.end, count.start))) continue;
    // …only where the whole opens with "of" ("of the 810 drones and …"), not "66 of the 114 drones and 3 …".
    const lead = text.slice(Math.max(0, previous.start - 12), previous.start);
    if (/(?:^|[^\d\s]\s*)(?:of|out of|з|із|зі)\s+(?:the\s+)?$/u.test(lead) && !/\d\s+(?:of|out of|з|із|зі)\s+(?:the\s+)?$/u.test(lead)) count.base = true;
  }
}

/** "66 of the 114 drones", "66 out of 114": the first takes the second's weapon; the second is a whole. */
// The words between a part and its whole: "66 of the 114", "65 of Russia's 70 drones", "65 дронів із
// загальної кількості 70".
const OF_WHOLE = String.raw`(?:of|out of|out|з|із|зі)\s+(?:the\s+|these\s+|those\s+|all\s+|(?:russia|moscow|the enemy)['’]s\s+|(?:загальної\s+)?кількості\s+)?`;
const PART_THEN_WHOLE = new RegExp(`^["'»”\\s]*${OF_WHOLE}$`, 'u');

function linkOfCounts(text: string, counts: CountPhrase[]) {
  for (let i = 0; i + 1 < counts.length; i += 1) {
    const count = counts[i];
    const next = counts[i + 1];
    if (!count || !next) continue;
    // The whole first, then its part: "Із 8 ракет збито 6"; "8 ракет «Калібр» … — 7 знищено" (the part
    // shot down is of the weapon just counted).
    const partAfterWhole =
      count.weapon !== null && !next.weapon && typeof next.value === 'number' &&
      ((count.base && WHOLE_THEN_VERB.test(text.slice(count.end, next.start))) || (count.ofWhich && WHOLE_THEN_DOWNED.test(text.slice(count.end, count.end + 100))));
    if (partAfterWhole && count.weapon) {
      nameWeapon(next, count.weapon);
      continue;
    }
    // …but not "43 ракет Х-101 з 10 бомбардувальників": aircraft that carried them.
    if (CARRIER_AFTER.test(text.slice(next.numberEnd, next.numberEnd + 60))) continue;
    // "89 безпілотників зі 113": the whole after the weapon shares it.
    // A name in quotes may close the weapon: '81 дрон "шахед" з 112'.
    if (count.weapon && !next.weapon && PART_THEN_WHOLE.test(text.slice(count.end, next.start))) {
      nameWeapon(next, count.weapon);
      next.base = true;
      continue;
    }
    if (count.weapon) continue;
    if (PART_THEN_WHOLE.test(text.slice(count.numberEnd, next.start))) {
      count.ofIndex = i + 1;
      count.referent = null;
      count.skip = count.skip === 'notWeapons' ? null : count.skip;
      next.base = true;
    }
  }
}

/** A bare count that another's weapon names: it is that weapon's, and no longer "not weapons". */
function nameWeapon(count: CountPhrase, weapon: WeaponMention) {
  count.weapon = weapon;
  count.referent = null;
  count.skip = count.skip === 'notWeapons' ? null : count.skip;
}

// Between two parts of one "including" list: words without a verb, then a comma (and "and").
const PART_LIST_GAP = /^[^.;:]{0,80}?,\s*(?:and\s+|та\s+|і\s+|й\s+)?$/u;
const VERB_IN_GAP = /(?<![\p{L}])(?:were|was|shot|downed|destroyed|intercepted|launched|fired|збит\p{L}*|знищен\p{L}*|запущен\p{L}*|випущен\p{L}*)(?![\p{L}])/u;

/** "…42 missiles, including 20 Kh-101 … from 11 bombers, 6 Kinzhals, …": each count of the list is a part. */
function listedParts(text: string, counts: CountPhrase[]) {
  let part: CountPhrase | null = null;
  for (const count of counts) {
    if (count.part) {
      part = count;
      continue;
    }
    if (!part || !count.weapon || typeof count.value !== 'number') continue;
    const gap = text.slice(part.end, count.start);
    if (PART_LIST_GAP.test(gap) && !VERB_IN_GAP.test(gap)) {
      count.part = true;
      part = count;
    } else {
      part = null;
    }
  }
}

/** Skips counts whose neighbourhood speaks of another night or period. */
function markPeriods(text: string, counts: CountPhrase[]) {
  // "Over the past week, Russia launched 1,300 drones, 1,200 bombs and 40 missiles": all of them. The
  // first count of weapons decides ("Over the past 24 hours, … 1,300 drones": the 24 counts hours).
  const first = counts.find((c) => c.weapon !== null) ?? counts[0];
  const leadIn = first ? periodDistractor(text.slice(0, first.start)) : null;
  counts.forEach((count, i) => {
    if (leadIn) {
      count.skip ??= leadIn;
      return;
    }
    const previous = counts[i - 1];
    const next = counts[i + 1];
    const from = Math.max(previous ? previous.end : 0, count.start - 200);
    const stop = /[,;]/u.exec(text.slice(count.end, count.end + 200));
    let to = stop ? count.end + stop.index : Math.min(text.length, count.end + 200);
    if (next && next.start < to) to = next.start;
    const reason = periodDistractor(text.slice(from, to));
    if (reason) count.skip ??= reason;
  });
}
