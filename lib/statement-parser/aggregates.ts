// Counts of all air weapons together ("176 повітряних цілей", "97 of the 117 targets"): on a night whose
// text names weapons of one category only, they can only be that category's count. Where the text names
// both categories, or gives the category's own count for the same action, they stay unread.
import type { Category, Target } from '@/lib/domain';
import type { Fact } from './facts';
import type { Action } from './types';
import type { WeaponMention } from './weapon-mentions';

/** A count of all air weapons together, with what happened to it. */
export type AggregateCount = { side: Target; action: Action; value: number; sentence: number; phrase: string; combined: boolean };

/** A category the text names on a side (an aggregate "missiles and drones" names both). */
export type NamedCategory = { side: Target; category: Category };

// The words of each category inside an aggregate phrase ("ракети та дрони", "missiles and drones").
const WORDS: Record<Category, RegExp> = {
  missile: /missile|rocket|ракет|каб|kab|bomb/u,
  drone: /drone|uav|unmanned|бпла|дрон|безпілот|shahed|шахед/u,
};

/** The categories a clause's weapon mentions name, each on the side spoken of where it stands. */
export function namedCategories(mentions: readonly WeaponMention[], sideOf: (end: number) => Target): NamedCategory[] {
  const named: NamedCategory[] = [];
  for (const mention of mentions) {
    const side = sideOf(mention.end);
    if (mention.category) named.push({ side, category: mention.category });
    else for (const category of ['missile', 'drone'] as const) if (WORDS[category].test(mention.text)) named.push({ side, category });
  }
  return named;
}

/**
 * The facts the aggregate counts stand for: on a side whose text names one category only, each action's
 * aggregate count (when every one the text gives says the same number) that the category does not
 * already have, on the category's one weapon where its facts name one, else on its unknown weapon.
 */
export function resolveAggregates(facts: readonly Fact[], aggregates: readonly AggregateCount[], named: readonly NamedCategory[]): Fact[] {
  const out: Fact[] = [];
  for (const side of ['UA', 'RU'] as const) {
    const categories = new Set(named.filter((n) => n.side === side).map((n) => n.category));
    const [category] = [...categories];
    if (categories.size !== 1 || !category) continue;
    const own = facts.filter((f) => f.side === side && f.category === category);
    if (own.length === 0) continue;
    const slugs = new Set(own.map((f) => f.slug));
    const slug = slugs.size === 1 ? [...slugs][0] : category === 'drone' ? 'unknown-drone' : 'unknown-missile';
    for (const action of ['launched', 'shotDown', 'lost'] as const) {
      const counts = aggregates.filter((a) => a.side === side && a.action === action);
      const first = counts[0];
      if (!first || !slug || counts.some((a) => a.value !== first.value)) continue;
      if (own.some((f) => f.action === action && !f.fallback)) continue;
      out.push({
        side,
        slug,
        category,
        action,
        value: first.value,
        sentence: first.sentence,
        further: false,
        combined: first.combined,
        bundle: false,
        unlisted: false,
        phrase: first.phrase,
        singular: false,
        whole: false,
        listed: false,
        part: false,
      });
    }
  }
  return out;
}
