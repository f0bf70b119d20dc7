// Category totals over parsed figures: sums of the known counts, null when no figure gives one.
import type { Category } from '@/lib/domain';
import type { ParsedFigure, Totals } from './types';

export function categoryTotals(figures: readonly ParsedFigure[], category: Category): Totals {
  const sum = (pick: (f: ParsedFigure) => number | null): number | null => {
    let total: number | null = null;
    for (const figure of figures) {
      const value = figure.category === category ? pick(figure) : null;
      if (value !== null) total = (total ?? 0) + value;
    }
    return total;
  };
  return {
    launched: sum((f) => f.launched),
    shot_down: sum((f) => f.shotDown),
    lost: sum((f) => f.lost),
  };
}
