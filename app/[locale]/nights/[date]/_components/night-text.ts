// Words the night page builds from several messages: the one-line summary (also the page's description
// for shared links) and a weapon's class.
import type { getTranslations } from 'next-intl/server';
import type { Messages } from '@/i18n/messages';
import type { Target } from '@/lib/domain';
import type { FigureFormat } from '@/lib/format';
import type { Launches, NightSummary } from '@/lib/night-summary';

export type NightT = Awaited<ReturnType<typeof getTranslations<'night'>>>;

function launches(launched: Launches, category: 'missiles' | 'drones', t: NightT, fmt: FigureFormat): string | null {
  if (launched.kind === 'none') return null;
  if (launched.kind === 'unknown') return t(category === 'missiles' ? 'summary.missilesUnknown' : 'summary.dronesUnknown');
  const counted = t(`summary.${category}`, { count: launched.value, shown: fmt.count(launched.value) });
  // Some weapon rows give no launches: the sum is a lower bound, and the sentence says so.
  return launched.qualifier === 'at-least' ? t('summary.atLeast', { what: counted }) : counted;
}

/** "Russia launched 6 missiles and 300 drones; 87.0% were neutralised; 14 places hit." */
export function summarySentence(summary: NightSummary, target: Target, t: NightT, fmt: FigureFormat): string {
  const clauses: string[] = [];
  const missiles = launches(summary.missiles, 'missiles', t, fmt);
  const drones = launches(summary.drones, 'drones', t, fmt);
  const anyCount = summary.missiles.kind === 'known' || summary.drones.kind === 'known';
  if (missiles === null && drones === null) clauses.push(t('summary.noFigures'));
  else if (!anyCount) clauses.push(t('summary.notGiven'));
  else {
    const what = missiles && drones ? t('summary.and', { first: missiles, second: drones }) : (missiles ?? drones ?? '');
    clauses.push(t('summary.launched', { attacker: t(`summary.attacker.${target}`), what }));
  }
  if (summary.neutralisation) {
    const rate = fmt.rate(summary.neutralisation.rate);
    clauses.push(summary.neutralisation.whole ? t('summary.neutralised', { rate }) : t('summary.neutralisedPartial', { rate }));
  } else if (summary.shotDown !== null) {
    clauses.push(t('summary.shotDown', { count: summary.shotDown, shown: fmt.count(summary.shotDown) }));
  }
  if (summary.placesHit) {
    const { value, qualifier } = summary.placesHit;
    clauses.push(t('summary.placesHit', { count: value, shown: fmt.qualified(value, qualifier) }));
  }
  return `${clauses.join('; ')}.`;
}

/** "attack drone", "cruise missile" (from the catalogue's `classes`); a class it does not name yet shows as stored. */
export function weaponClassLabel(category: 'missile' | 'drone', weaponClass: string, classes: Messages['night']['classes']): string {
  const labels: Record<string, string> = classes[category];
  return labels[weaponClass] ?? `${weaponClass} ${category}`;
}

/** A category's launches as a figure: the count (≥ when a lower bound), n/a, or "none reported" when no row names it. */
export function launchesFigure(launched: Launches, t: NightT, fmt: FigureFormat): string {
  if (launched.kind === 'known') return fmt.qualified(launched.value, launched.qualifier);
  // No weapon row of a category is not a count of 0: the statement named none.
  return launched.kind === 'none' ? t('headline.noneReported') : fmt.notAvailable;
}
