// A night's revisions, newest first: when, who, what happened and what changed, in the reader's language.
import { getMessages, getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { fetchNightRevisions, fetchWeaponSlugs } from '@/db/queries/night-revisions';
import type { Target } from '@/lib/domain';
import type { FigureFormat } from '@/lib/format';
import { figureChanges, outcomeChanges, plainFieldChanges, readSnapshot, type FigureChange, type OutcomeChange } from '@/lib/night-snapshot';
import { weaponDisplayName } from '@/lib/weapon-names-uk';
import styles from '@/app/components/night.module.css';
import { yieldToStream } from '@/app/components/yield-to-stream';

type T = Awaited<ReturnType<typeof getTranslations<'night'>>>;
type Counts = NonNullable<FigureChange['before']>;
const COUNTS = ['launched', 'shotDown', 'lost'] as const;

/** "Kalibr: shot down 3 → 4", "Kalibr added: launched 5, …", "Kalibr removed (was …)". */
function describeFigureChange(change: FigureChange, weapon: string, t: T, fmt: FigureFormat): string {
  const list = (counts: Counts) => COUNTS.map((key) => t('history.count', { name: t(`history.counts.${key}`), value: fmt.count(counts[key]) })).join(', ');
  const { before, after } = change;
  if (!before && after) return t('history.figureAdded', { weapon, counts: list(after) });
  if (before && !after) return t('history.figureRemoved', { weapon, counts: list(before) });
  if (!before || !after) return weapon;
  const changes = COUNTS.filter((key) => before[key] !== after[key]).map((key) =>
    t('history.countChange', { name: t(`history.counts.${key}`), before: fmt.count(before[key]), after: fmt.count(after[key]) }),
  );
  return t('history.figureChanged', { weapon, changes: changes.join(', ') });
}

/** "Shahed-type attack drones: n/a → ≈ 200": an approximate figure keeps its sign on both sides. */
function describeOutcomeChange({ field, before, after }: OutcomeChange, t: T, fmt: FigureFormat): string {
  return t('history.outcomeChange', {
    name: t(`outcomes.${field}`),
    before: fmt.qualified(before.value, before.qualifier),
    after: fmt.qualified(after.value, after.qualifier),
  });
}

export async function NightHistory({ date, target }: { date: string; target: Target }) {
  await yieldToStream();
  const [t, fmt, messages] = await Promise.all([getTranslations('night'), getFigureFormat(), getMessages()]);
  // A field the catalogue does not name yet shows as stored.
  const fieldNames: Record<string, string> = messages.night.history.fields;
  const revisions = fetchNightRevisions(date, target);
  if (revisions.length === 0) return <p className="muted">{t('history.none')}</p>;
  const snapshots = new Map(revisions.map((revision) => [revision.id, { before: readSnapshot(revision.before), after: readSnapshot(revision.after) }]));
  // A weapon is named as it was named then; a seed weapon in the reader's language.
  const ids = [...snapshots.values()].flatMap(({ before, after }) => [...(before?.figures ?? []), ...(after?.figures ?? [])].map((f) => f.weaponId));
  const slugs = fmt.locale === 'en' ? new Map<number, string>() : fetchWeaponSlugs([...new Set(ids)]);
  return (
    <ol className={styles.history} aria-label={t('history.label')}>
      {revisions.map((revision) => {
        const { before, after } = snapshots.get(revision.id) ?? { before: null, after: null };
        const idByName = new Map([...(before?.figures ?? []), ...(after?.figures ?? [])].map((f) => [f.weapon, f.weaponId]));
        const weaponName = (name: string) => {
          const slug = slugs.get(idByName.get(name) ?? -1);
          return slug ? weaponDisplayName({ slug, name }, fmt.locale) : name;
        };
        const fields = plainFieldChanges(before, after).map((field) => fieldNames[field] ?? field);
        // A deletion lists nothing: the whole night went, and its last figures are in the revision before.
        const figures =
          revision.action === 'delete'
            ? []
            : [
                ...figureChanges(before, after).map((change) => describeFigureChange(change, weaponName(change.weapon), t, fmt)),
                ...outcomeChanges(before, after).map((change) => describeOutcomeChange(change, t, fmt)),
              ];
        const iso = revision.createdAt.toISOString();
        // UTC, written out: unambiguous for readers anywhere.
        const when = t('history.when', { date: fmt.date(iso.slice(0, 10), 'short'), time: iso.slice(11, 16) });
        return (
          <li key={revision.id}>
            {t.rich('history.entry', {
              action: t(`history.actions.${revision.action}`),
              actor: revision.actor,
              when,
              strong: (chunks) => <strong>{chunks}</strong>,
              time: (chunks) => <time dateTime={iso}>{chunks}</time>,
            })}
            {(fields.length > 0 || figures.length > 0) && (
              <ul>
                {fields.length > 0 && <li>{t('history.changedFields', { fields: fields.join(', ') })}</li>}
                {figures.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
