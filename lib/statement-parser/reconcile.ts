// Facts to figures for one side: repeated figures kept once, a total and its parts not both counted,
// "all" resolved, counts given without their launched weapon ("66 Shaheds shot down" after "114 drones
// launched") joined to the one weapon they can belong to, and the combined "shot down or suppressed"
// figure kept in shot down unless the statement also splits it (SPEC §1).
import type { Category } from '@/lib/domain';
import { SEED_WEAPONS } from '@/lib/weapons-seed';
import type { Fact } from './facts';
import type { Note, NoteWeapon } from './notes';
import type { Action, ParsedFigure } from './types';

const ACTIONS: Action[] = ['launched', 'shotDown', 'lost'];
const SEED = new Map(SEED_WEAPONS.map((w) => [w.slug, w]));
const name = (slug: string) => SEED.get(slug)?.name ?? slug;
/** A weapon as a note names it. */
const weapon = (slug: string): NoteWeapon => ({ slug, name: name(slug) });

type Slot = Action | 'combined';

type Row = {
  slug: string;
  category: Category;
  counts: Record<Slot, number | null>;
  /** The sentence each count came from: several counts in one sentence add up. */
  sentence: Record<Slot, number | null>;
  /** The rows each count came from when other weapons' rows were joined to it, which further rows add to. */
  merged: Record<Slot, string[]>;
  /** The position in the text's facts of the fact that set each count (list order). */
  factIndex: Record<Slot, number>;
  /** Whether that fact was listed after another count ("… and six guided missiles"). */
  listed: Record<Slot, boolean>;
  /** The sentences each count was read from: the evidence shown beside it. */
  from: Record<Slot, number[]>;
  /** Whether each count was read only from weapons the seed lacks (jet drones): not a total of the others. */
  unlisted: Record<Slot, boolean>;
  /** Whether each count was set by "another 24 Shaheds": more of the category, never a part of its total. */
  further: Record<Slot, boolean>;
  /** Other shot-down counts the text gives for this weapon: one may be a part of a neutralised total. */
  otherShotDown: number[];
  order: number;
};

/** Whether a figure for `outer` includes one for `inner` ("drones" includes Shaheds; a class its models). */
export function covers(outer: string, inner: string): boolean {
  if (outer === inner) return false;
  const a = SEED.get(outer);
  const b = SEED.get(inner);
  if (!a || !b || a.category !== b.category) return false;
  if (outer === 'unknown-missile' || outer === 'unknown-drone') return true;
  if (outer === 'cruise-missile') return b.weaponClass === 'cruise';
  if (outer === 'ballistic-missile') return b.weaponClass === 'ballistic' || b.weaponClass === 'aeroballistic';
  if (outer === 'attack-and-decoy-drones') return inner === 'shahed-136-131' || inner === 'decoy-drone';
  return false;
}

const related = (a: string, b: string) => covers(a, b) || covers(b, a);
const CLASS_TOTALS = new Set(['cruise-missile', 'ballistic-missile']);
const BROADEST_FIRST = ['unknown-missile', 'unknown-drone', 'cruise-missile', 'ballistic-missile', 'attack-and-decoy-drones'];

/** For each figure's slug and count, the sentences it was read from. */
export type FigureSources = Map<string, Record<Action, number[]>>;

export type Reconciled = { figures: ParsedFigure[]; sources: FigureSources; notes: Note[]; problems: Note[] };

export function reconcile(facts: readonly Fact[]): Reconciled {
  const notes: Note[] = [];
  const problems: Note[] = [];
  const rows = new Map<string, Row>();
  const row = (slug: string, category: Category): Row => {
    let found = rows.get(slug);
    if (!found) {
      const none = { launched: null, shotDown: null, lost: null, combined: null };
      const from = { launched: [], shotDown: [], lost: [], combined: [] };
      const flags = { launched: false, shotDown: false, lost: false, combined: false };
      const merged = { launched: [], shotDown: [], lost: [], combined: [] };
      const index = { launched: -1, shotDown: -1, lost: -1, combined: -1 };
      found = { slug, category, counts: { ...none }, sentence: { ...none }, merged, factIndex: index, listed: { ...flags }, unlisted: { ...flags }, further: { ...flags }, from, otherShotDown: [], order: rows.size };
      rows.set(slug, found);
    }
    return found;
  };
  const launchedRows = () => [...rows.values()].filter((r) => r.counts.launched !== null);

  // 1. Numeric facts, in the order the text gives them.
  for (const [index, fact] of facts.entries()) {
    if (fact.value === 'all') continue;
    const target = row(fact.slug, fact.category);
    const slot: Slot = fact.combined && fact.action === 'shotDown' ? 'combined' : fact.action;
    const current = target.counts[slot];
    const read = (code: 'read' | 'readAdded' | 'readPart', values: Record<string, string | number> = {}): Note => ({
      code,
      values: { phrase: fact.phrase, ...values },
      actions: { action: fact.combined ? 'combined' : fact.action },
      weapons: { weapon: weapon(fact.slug) },
      bundle: fact.bundle,
      unlisted: fact.unlisted,
    });
    if (fact.part && fact.unlisted) {
      // "100 ударними БпЛА, зокрема 10 реактивними безпілотниками": jet drones among the count before.
      notes.push(read('readPart', { total: current ?? fact.value }));
    } else if (current === null) {
      target.counts[slot] = fact.value;
      target.further[slot] = fact.further;
      target.sentence[slot] = fact.sentence;
      target.factIndex[slot] = index;
      target.listed[slot] = fact.listed;
      target.unlisted[slot] = fact.unlisted;
      target.from[slot] = [fact.sentence];
      notes.push(read('read'));
    } else if (fact.part) {
      notes.push(read('readPart', { total: current }));
    } else if (fact.further || (target.sentence[slot] === fact.sentence && fact.value !== current)) {
      // Counts of one sentence add up ("3 in the first wave and 5 in the second"); the same count said
      // twice (a headline run into the text it heads) is one.
      target.counts[slot] = current + fact.value;
      target.unlisted[slot] &&= fact.unlisted;
      target.from[slot].push(fact.sentence);
      notes.push(read('readAdded'));
    } else if (current !== fact.value) {
      if (slot === 'shotDown') target.otherShotDown.push(fact.value);
      problems.push({ code: 'conflict', values: { kept: current, also: fact.value }, weapons: { weapon: weapon(fact.slug) }, actions: { action: fact.action } });
    }
  }

  // 2. "All four cruise missiles were shot down", "both missiles": so four, two were launched.
  for (const fact of facts) {
    if (!fact.whole || fact.value === 'all') continue;
    const target = rows.get(fact.slug);
    if (!target || target.counts.launched !== null) continue;
    if (launchedRows().some((r) => related(r.slug, fact.slug))) continue;
    target.counts.launched = fact.value;
    target.from.launched = [fact.sentence];
    notes.push({ code: 'wholeLaunched', values: { phrase: fact.phrase, value: fact.value } });
  }

  // 3. A total and its parts: parts that add up to the total replace it; parts that add up to less
  //    are only part of the story ("including 80 Shaheds"), so the total stands.
  for (const outer of BROADEST_FIRST) {
    const total = rows.get(outer);
    if (!total) continue;
    // The combined "shot down or suppressed" figure too: "знешкоджено 82 безпілотники" and its parts.
    for (const action of [...ACTIONS, 'combined'] as const) {
      const whole = total.counts[action];
      if (whole === null) continue;
      // ("in the first wave, 30 drones, and in the second, another 24 Shaheds": more, not a part.)
      const parts = [...rows.values()].filter((r) => covers(outer, r.slug) && r.counts[action] !== null && !r.further[action]);
      if (parts.length === 0) continue;
      // "An Iskander-M, an Iskander-K and six guided missiles": the broad count ends a list of the
      // parts in the same sentence, so it counts other missiles; all of them add up.
      // So is a class's count with a part listed before it in its sentence ("5 Kinzhal missiles; 14
      // ballistic missiles of the Iskander-M and S-400 types"): a total comes before its parts. (A bare
      // "drones" after "363 Shahed drones" is more often a count misread than another weapon.)
      const before = (p: Row) => p.sentence[action] === total.sentence[action] && p.factIndex[action] < total.factIndex[action];
      const ofOneList = (total.listed[action] && parts.every(before)) || (CLASS_TOTALS.has(outer) && parts.some(before));
      // Jet drones are an unknown drone beside the Shaheds, not their total.
      if (ofOneList || total.unlisted[action]) continue;
      const sum = parts.reduce((s, r) => s + (r.counts[action] ?? 0), 0);
      if (sum === whole) {
        total.counts[action] = null;
        // …keeping what else the text said of the total's shot-down count for the one part (step 7).
        if (action === 'shotDown' && parts.length === 1) parts[0]?.otherShotDown.push(...total.otherShotDown);
        notes.push({ code: 'sumOfTypes', values: { value: whole }, actions: { action } });
      } else if (sum > whole) {
        // Parts that exceed the "total" cannot be its parts: keep the types, and say so.
        problems.push({ code: 'lessThanTypes', values: { total: whole, sum }, weapons: { weapon: weapon(outer) }, actions: { action } });
        // "downed 22 Shahed UAVs (and other drones) … Twenty-one drones were shot down by firepower and one
        // suppressed": the smaller count may be the shot-down part of a neutralised total (step 7).
        const only = parts.length === 1 ? parts[0] : undefined;
        if (action === 'shotDown' && only) only.otherShotDown.push(whole);
        total.counts[action] = null;
      } else {
        for (const part of parts) {
          notes.push({
            code: 'partOfTotal',
            values: { value: part.counts[action] ?? 0, total: whole },
            weapons: { weapon: weapon(part.slug), outer: weapon(outer) },
            actions: { action },
          });
          part.counts[action] = null;
        }
      }
    }
  }

  // 4. "All of them were shot down": as many as were launched.
  for (const fact of facts) {
    if (fact.value !== 'all') continue;
    const own = rows.get(fact.slug);
    let targets = own && own.counts.launched !== null ? [own] : launchedRows().filter((r) => covers(fact.slug, r.slug));
    // "Russia launched … a cruise missile. … the X-22 missile fell into a field": the one missile launched.
    const alone = launchedRows().filter((r) => r.category === fact.category);
    if (targets.length === 0 && fact.singular && fact.action !== 'launched' && alone.length === 1 && alone[0]?.counts.launched === 1) targets = alone;
    const said = { values: { phrase: fact.phrase }, actions: { action: fact.action } };
    if (targets.length === 0 && fact.singular && fact.action === 'launched' && !launchedRows().some((r) => r.category === fact.category)) {
      // "The missile was launched towards Kryvyi Rih": one of its kind was launched.
      const target = row(fact.slug, fact.category);
      target.counts.launched = 1;
      target.from.launched = [fact.sentence];
      notes.push({ code: 'allResolved', values: { ...said.values, value: 1 }, actions: said.actions, weapons: { weapon: weapon(fact.slug) } });
    } else if (targets.length === 0) {
      problems.push({ code: 'allWithoutLaunched', ...said });
    } else if (fact.singular && (targets.length !== 1 || targets[0]?.counts.launched !== 1)) {
      problems.push({ code: 'allUnclear', ...said });
    } else {
      for (const target of targets) {
        if (target.counts[fact.action] !== null) continue;
        const launchedCount = target.counts.launched;
        target.counts[fact.action] = launchedCount !== null && (fact.minus ?? 0) > 0 ? Math.max(0, launchedCount - (fact.minus ?? 0)) : launchedCount;
        target.from[fact.action] = [fact.sentence];
        notes.push({ code: 'allResolved', values: { ...said.values, value: target.counts[fact.action] ?? 0 }, actions: said.actions, weapons: { weapon: weapon(target.slug) } });
      }
    }
  }

  // 5. Counts without a launched figure join the one launched weapon they can belong to.
  for (const figure of [...rows.values()]) {
    if (figure.counts.launched !== null || ACTIONS.some((a) => figure.unlisted[a])) continue;
    const candidates = launchedRows().filter((r) => r.category === figure.category && related(r.slug, figure.slug));
    const target = candidates.length === 1 ? candidates[0] : undefined;
    if (!target) continue;
    for (const slot of ['shotDown', 'lost', 'combined'] as const) {
      const value = figure.counts[slot];
      const existing = target.counts[slot];
      if (value === null) continue;
      const joined = target.merged[slot];
      if (existing === null) {
        target.counts[slot] = value;
        target.merged[slot] = [figure.slug];
        target.from[slot] = [...figure.from[slot]];
        target.factIndex[slot] = figure.factIndex[slot];
        target.sentence[slot] = figure.sentence[slot];
      } else if (joined.length > 0 && !joined.some((slug) => related(slug, figure.slug))) {
        // "50 Shaheds and 20 decoys shot down": parts of the mixed row add up; "120 drones" and "120
        // drones of the Shahed type and decoys" are one count said twice, which does not.
        target.counts[slot] = existing + value;
        joined.push(figure.slug);
        target.from[slot].push(...figure.from[slot]);
      } else if (existing !== value) {
        // "downed 22 Shahed UAVs … Twenty-one drones were shot down by firepower": a part of a neutralised
        // total, kept for step 7.
        if (slot === 'shotDown') target.otherShotDown.push(value);
        problems.push({
          code: 'joinConflict',
          values: { kept: existing, also: value },
          weapons: { weapon: weapon(target.slug), other: weapon(figure.slug) },
          actions: { action: slot },
        });
      }
    }
    notes.push({ code: 'joined', weapons: { weapon: weapon(figure.slug), target: weapon(target.slug) } });
    rows.delete(figure.slug);
  }

  // 6. The combined figure goes in shot down, unless the statement also splits it into shot down and
  //    lost that add up to it. A lost count beside it is extra: the Air Force's "shot down/suppressed
  //    66 … 31 imitators locationally lost" counts the imitators apart.
  for (const r of rows.values()) {
    const combined = r.counts.combined;
    if (combined === null) continue;
    const { shotDown, lost } = r.counts;
    // A smaller shot-down count of a later sentence ("neutralised 74 … In the south, three were shot down")
    // is a regional part of it, as it is after a plain "destroyed 74": the first, whole figure stands. "Of
    // them, 64 were shot down" still splits it (the shot-down part is the more exact figure).
    if (shotDown === null) {
      r.counts.shotDown = combined;
      r.from.shotDown = r.from.combined;
    } else if (lost !== null && shotDown + lost === combined) {
      notes.push({ code: 'combinedSplit', values: { value: combined, shotDown, lost }, weapons: { weapon: weapon(r.slug) } });
    } else if (shotDown < combined && r.factIndex.combined < r.factIndex.shotDown && r.sentence.combined !== r.sentence.shotDown && facts[r.factIndex.shotDown]?.ofThem !== true) {
      problems.push({ code: 'conflict', values: { kept: combined, also: shotDown }, weapons: { weapon: weapon(r.slug) }, actions: { action: 'shotDown' } });
      r.counts.shotDown = combined;
      r.from.shotDown = r.from.combined;
    } else {
      problems.push({ code: 'combinedConflict', values: { kept: shotDown, combined }, weapons: { weapon: weapon(r.slug) } });
    }
  }

  // 7. "Знищила 74 … З них 64 були знищені вогневими засобами, а 10 — втрачені": the first figure was
  //    the neutralised total, split by the next sentence into shot down and lost.
  for (const r of rows.values()) {
    const { shotDown, lost } = r.counts;
    if (shotDown === null || lost === null) continue;
    const part = r.otherShotDown.find((value) => value + lost === shotDown);
    if (part === undefined) continue;
    notes.push({ code: 'neutralisedSplit', values: { value: shotDown, shotDown: part, lost }, weapons: { weapon: weapon(r.slug) } });
    // The conflict between the total and its part is explained now.
    const at = problems.findIndex(
      (p) => p.code === 'conflict' && p.weapons?.weapon?.slug === r.slug && p.actions?.action === 'shotDown' && p.values?.kept === shotDown && p.values.also === part,
    );
    if (at >= 0) problems.splice(at, 1);
    r.counts.shotDown = part;
  }

  const sources: FigureSources = new Map();
  for (const r of rows.values()) sources.set(r.slug, { launched: r.from.launched, shotDown: r.from.shotDown, lost: r.from.lost });

  const figures = [...rows.values()]
    .filter((r) => ACTIONS.some((a) => r.counts[a] !== null))
    .sort((a, b) => (a.category === b.category ? a.order - b.order : a.category === 'missile' ? -1 : 1))
    .map((r) => ({
      weapon: name(r.slug),
      slug: r.slug,
      category: r.category,
      launched: r.counts.launched,
      shotDown: r.counts.shotDown,
      lost: r.counts.lost,
    }));
  return { figures, sources, notes, problems };
}
