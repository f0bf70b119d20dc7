// Which weapon a count without one refers to: "66 of them", "a further 31 were lost", "all of them".
import type { Category } from '@/lib/domain';
import type { CountPhrase } from './count-phrases';
import type { SkipReason } from './notes';
import type { Action } from './types';
import type { WeaponMention } from './weapon-mentions';

/** A weapon just counted, with its launched count when the clause gave one. */
export type GroupItem = { slug: string; category: Category | null; launched: number | null };

const GENERIC: Record<Category, string> = { missile: 'unknown-missile', drone: 'unknown-drone' };

/**
 * The weapon(s) a count without one refers to, among what was just counted; or why none can be chosen.
 * Several weapons of one category share the category's "unknown" weapon; "all" applies to each.
 */
export function chooseReferent(
  candidates: readonly (WeaponMention | GroupItem)[],
  topics: readonly WeaponMention[],
  count: CountPhrase,
  action: Action,
  knownLaunched: (slug: string) => number | null,
): (WeaponMention | GroupItem)[] | SkipReason {
  if (candidates.length === 0) return 'noWeapon';
  let items = candidates.filter((c) => c.category !== null);
  if (items.length === 0) return 'aggregate';
  const topicCategories = new Set(topics.map((t) => t.category));
  if (topicCategories.size > 0) {
    const sameTopic = items.filter((c) => topics.some((t) => t.slug === c.slug));
    items = sameTopic.length > 0 ? sameTopic : items.filter((c) => topicCategories.has(c.category));
    // "…, while the drones, of which 11 were downed": the weapon the clause names, though none was counted.
    if (items.length === 0) items = topics.filter((t) => t.category !== null);
    if (items.length === 0) return 'noWeapon';
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
  // "112 drones, … and two missiles, both of which were intercepted": "all 2" is the category with exactly 2.
  const launchedIn = (category: Category) => distinct.filter((c) => c.category === category).reduce((sum, c) => sum + (knownLaunched(c.slug) ?? launchedOf(c) ?? Number.NaN), 0);
  const exact = count.whole && fitting.length > 1 ? fitting.filter((category) => launchedIn(category) === value) : [];
  const pick = exact.length === 1 ? exact[0] : fitting.length === 1 ? fitting[0] : categories.length === 1 ? categories[0] : undefined;
  if (!pick) return 'unclearWeapon';
  const inCategory = distinct.filter((c) => c.category === pick);
  if (inCategory.length === 1) return inCategory;
  return [{ slug: GENERIC[pick], category: pick, launched: null }];
}

function launchedOf(item: WeaponMention | GroupItem): number | null {
  return 'launched' in item ? item.launched : null;
}
