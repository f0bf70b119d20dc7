// Turns one clause's counts into facts (side, weapon, action, value): which verb each count goes
// with, and which weapon a count without one ("66 of them", "a further 31 were lost") refers to.
import type { Category, Target } from '@/lib/domain';
import { findSideCues, sideAt } from './context';
import { findCountPhrases, type CountPhrase } from './count-phrases';
import { findCues, type Cue } from './cues';
import { findWeaponMentions, type WeaponMention } from './weapon-mentions';
import type { Action } from './types';

export type Fact = {
  side: Target;
  slug: string;
  category: Category;
  action: Action;
  /** A count, or "all" (as many as were launched). */
  value: number | 'all';
  sentence: number;
  further: boolean;
  subset: boolean;
  combined: boolean;
  bundle: boolean;
  unlisted: boolean;
  /** The words the count was read from, for the notes. */
  phrase: string;
  /** "The missile was shot down": "all" that stands for exactly one. */
  singular: boolean;
  /** "all four cruise missiles", "both missiles": as many were launched. */
  whole: boolean;
};

type GroupItem = { slug: string; category: Category | null; launched: number | null };

/** What carries over from one clause to the next: the side spoken of, and what was last counted. */
export type ReadingState = {
  side: Target;
  lastGroup: Record<Target, GroupItem[]>;
};

export type ClauseReading = { facts: Fact[]; skipped: string[]; counted: boolean };

const GENERIC: Record<Category, string> = { missile: 'unknown-missile', drone: 'unknown-drone' };

// Words between a count and the verb that follows it: "66 drones were confirmed shot down".
const FILLER =
  /^(?:were|was|are|is|have|has|had|been|being|be|more|others?|additional|further|reportedly|reported|confirmed|also|successfully|then|later|subsequently|either|effectively|quickly|all|to|as|each|of|them|these|those|which|by|air|defen[cs]e|forces|було|були|також|успішно|-)$/u;
const CONNECTOR = /^\s*(?:,|and|as well as|plus|та|і|й|,\s*and)\s*$/u;

/**
 * Reads one clause. `knownLaunched` gives what the statement has said so far was launched of a weapon,
 * to tell which earlier group "66 of them" can belong to.
 */
export function readClause(
  text: string,
  sentence: number,
  clauseSkip: string | null,
  state: ReadingState,
  knownLaunched: (side: Target, slug: string) => number | null,
): ClauseReading {
  const sideCues = findSideCues(text);
  const mentions = findWeaponMentions(text);
  const cues = findCues(text);
  const counts = findCountPhrases(text, mentions);
  const facts: Fact[] = [];
  const skipped: string[] = [];
  // What each count was resolved to, on its side: the referents of later counts.
  const group: (GroupItem & { side: Target })[] = [];
  const resolved = new Map<number, GroupItem & { side: Target }>();
  const topics = mentions.filter((m) => !m.aggregate && !counts.some((c) => m.start >= c.start && m.end <= c.end));

  counts.forEach((count, i) => {
    const side = sideAt(sideCues, count.end) ?? state.side;
    const reason = count.skip ?? clauseSkip;
    if (reason) {
      // "more than 100 drones … 76 of them": the approximate count still says what "them" is.
      if (count.weapon && !count.weapon.aggregate && reason === 'an approximate figure') {
        resolved.set(i, { slug: count.weapon.slug, category: count.weapon.category, launched: null, side });
      }
      skipped.push(reason);
      return;
    }
    const weaponOf = count.weapon ?? (count.ofIndex !== null ? (counts[count.ofIndex]?.weapon ?? null) : null);
    const cue = count.base ? null : cueFor(text, counts, cues, i);
    const action: Action | 'through' | null = count.base ? 'launched' : (cue?.kind ?? null);
    if (action === null) {
      skipped.push('no verb says what happened to it');
      return;
    }
    if (action === 'through') {
      skipped.push('reached its target or still in the air (not stored)');
      return;
    }
    let targets: (WeaponMention | GroupItem)[];
    if (weaponOf) {
      targets = [weaponOf];
    } else {
      const earlier: GroupItem[] = [];
      for (let j = 0; j < i; j += 1) {
        const known = resolved.get(j);
        if (known && known.side === side) earlier.push(known);
      }
      const candidates = earlier.length > 0 ? earlier : state.lastGroup[side].length > 0 ? state.lastGroup[side] : topics;
      const chosen = chooseReferent(candidates, topics, count, action, (slug) => knownLaunched(side, slug));
      if (typeof chosen === 'string') {
        skipped.push(chosen);
        return;
      }
      targets = chosen;
    }
    for (const target of targets) {
      if (!target.category || ('aggregate' in target && target.aggregate)) {
        // "Of the 117 targets, 97 were shot down": the 97 are all weapons together too.
        const aggregate = { slug: '', category: null, launched: null, side };
        resolved.set(i, aggregate);
        group.push(aggregate);
        skipped.push('all air weapons together, not one weapon');
        continue;
      }
      const item = {
        slug: target.slug,
        category: target.category,
        launched: action === 'launched' && typeof count.value === 'number' ? count.value : null,
        side,
      };
      resolved.set(i, item);
      group.push(item);
      const isMention = 'text' in target;
      const label = count.weapon ? text.slice(count.numberEnd, count.end).trim() : `(${target.slug.replace(/-/g, ' ')})`;
      facts.push({
        side,
        slug: target.slug,
        category: target.category,
        action,
        value: count.value,
        sentence,
        further: count.further,
        subset: count.subset,
        combined: cue?.combined === true,
        bundle: isMention ? target.bundle : false,
        unlisted: isMention ? target.unlisted : false,
        phrase: count.value === 'all' ? `all ${label}` : `${count.value} ${label}`,
        singular: count.singular,
        whole: count.whole,
      });
    }
  });

  // What was counted becomes what the next clause's "of them" refers to, on each side; aggregates too
  // ("Of the 117 targets, 97 were shot down").
  for (const side of ['UA', 'RU'] as const) {
    const items: GroupItem[] = group.filter((g) => g.side === side);
    if (items.some((item) => item.category !== null)) state.lastGroup[side] = items.filter((item) => item.category !== null);
    else if (items.length > 0) state.lastGroup[side] = [{ slug: '', category: null, launched: null }];
  }
  state.side = sideCues[sideCues.length - 1]?.side ?? state.side;
  return { facts, skipped, counted: counts.length > 0 };
}

/** The verb a count goes with: the one right after it, else the last one before it, else its partner's. */
function cueFor(text: string, counts: CountPhrase[], cues: Cue[], i: number): Cue | null {
  const attached = (k: number): Cue | null => {
    const count = counts[k];
    if (!count) return null;
    let from = count.ofIndex !== null ? (counts[count.ofIndex]?.end ?? count.end) : count.end;
    for (const next of cues.filter((c) => c.start >= from)) {
      const raw = text.slice(from, next.start);
      const gap = raw.replace(/[,'"()]/g, ' ').trim();
      if (raw.length > 50) return null;
      if (gap !== '' && !gap.split(/\s+/).every((w) => FILLER.test(w))) return null;
      // "66, locationally lost 31": a verb after a bare comma starts the next count's phrase.
      if (gap === '' && /[,;]/.test(raw)) return null;
      // "24 of 30 drones launched by Russia (were destroyed)": without "were", the verb describes the 30.
      if (count.ofIndex !== null && !/\b(?:were|was|been|are|is)\b/.test(gap)) {
        if (next.kind !== 'launched') return null;
        from = next.end;
        continue;
      }
      return next;
    }
    return null;
  };
  const count = counts[i];
  if (!count) return null;
  // "drones launched by Russia": a participle right after a counted weapon describes it; it is not
  // the verb of the counts that follow ("shot down 38 of 43 drones launched by Russia and both Kh-59").
  const describes = (cue: Cue) =>
    cue.kind === 'launched' && counts.some((c) => c.end <= cue.start && text.slice(c.end, cue.start).trim() === '');
  const before = [...cues].reverse().find((c) => c.end <= count.start && !describes(c));
  const own = attached(i);
  if (own) {
    const bare = !/\b(?:were|was|been|are|is|have|has|had)\b/.test(text.slice(count.end, own.start));
    if (own.kind === 'launched' && bare && before && before.kind !== 'launched' && describes(own)) return before;
    return own;
  }
  if (before) return before;
  for (let k = i + 1; k < counts.length; k += 1) {
    const previous = counts[k - 1];
    const next = counts[k];
    if (!previous || !next || !CONNECTOR.test(text.slice(previous.end, next.start))) break;
    const theirs = attached(k);
    if (theirs) return theirs;
  }
  return null;
}

/**
 * The weapon(s) a count without one refers to, among what was just counted; or why none can be chosen.
 * Several weapons of one category share the category's "unknown" weapon; "all" applies to each.
 */
function chooseReferent(
  candidates: readonly (WeaponMention | GroupItem)[],
  topics: readonly WeaponMention[],
  count: CountPhrase,
  action: Action,
  knownLaunched: (slug: string) => number | null,
): (WeaponMention | GroupItem)[] | string {
  if (candidates.length === 0) return 'no weapon it could count';
  let items = candidates.filter((c) => c.category !== null);
  if (items.length === 0) return 'all air weapons together, not one weapon';
  const topicCategories = new Set(topics.map((t) => t.category));
  if (topicCategories.size > 0) {
    const sameTopic = items.filter((c) => topics.some((t) => t.slug === c.slug));
    items = sameTopic.length > 0 ? sameTopic : items.filter((c) => topicCategories.has(c.category));
    if (items.length === 0) return 'no weapon it could count';
  }
  // One item per weapon, keeping a launched count where any mention of it gives one.
  const bySlug = new Map<string, WeaponMention | GroupItem>();
  for (const item of items) {
    const seen = bySlug.get(item.slug);
    if (!seen || (launchedOf(seen) === null && launchedOf(item) !== null)) bySlug.set(item.slug, item);
  }
  const distinct = [...bySlug.values()];
  // "all of them" and "none of them" speak of each weapon just counted.
  if (count.value === 'all' || count.value === 0) return distinct;

  const categories = [...new Set(distinct.map((c) => c.category))].filter((c): c is Category => c !== null);
  const value = count.value;
  const fitting = categories.filter((category) => {
    if (action === 'launched') return true;
    let sum = 0;
    for (const item of distinct.filter((c) => c.category === category)) {
      const launched = knownLaunched(item.slug) ?? launchedOf(item);
      if (launched === null) return true;
      sum += launched;
    }
    return value <= sum;
  });
  const pick = fitting.length === 1 ? fitting[0] : categories.length === 1 ? categories[0] : undefined;
  if (!pick) return 'not clear which weapons it counts';
  const inCategory = distinct.filter((c) => c.category === pick);
  if (inCategory.length === 1) return inCategory;
  return [{ slug: GENERIC[pick], category: pick, launched: null }];
}

function launchedOf(item: WeaponMention | GroupItem): number | null {
  return 'launched' in item ? item.launched : null;
}
