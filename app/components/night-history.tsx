// A night's revisions, newest first: when, who, what happened and what changed.
import { fetchNightRevisions } from '@/db/queries/night-revisions';
import type { Target } from '@/lib/domain';
import { summariseRevision } from '@/lib/revision-summary';
import styles from './night.module.css';
import { yieldToStream } from './yield-to-stream';

/** "2025-11-26 01:03 UTC": unambiguous for readers anywhere. */
const when = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export async function NightHistory({ date, target }: { date: string; target: Target }) {
  await yieldToStream();
  const revisions = fetchNightRevisions(date, target);
  if (revisions.length === 0) return <p className="muted">No revisions recorded.</p>;
  return (
    <ol className={styles.history} aria-label="Revisions, newest first">
      {revisions.map((revision) => {
        const summary = summariseRevision(revision.action, revision.before, revision.after);
        return (
          <li key={revision.id}>
            <strong>{summary.action}</strong> by {revision.actor}, <time dateTime={revision.createdAt.toISOString()}>{when(revision.createdAt)}</time>
            {(summary.fields.length > 0 || summary.figures.length > 0) && (
              <ul>
                {summary.fields.length > 0 && <li>Changed {summary.fields.join(', ')}</li>}
                {summary.figures.map((line) => (
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
