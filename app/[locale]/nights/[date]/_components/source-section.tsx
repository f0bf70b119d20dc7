// Where the night's figures come from: the source (a link only for web addresses), the statement as
// quoted, and the editors' notes, all shown as text.
import { getTranslations } from 'next-intl/server';
import styles from '@/app/components/night.module.css';
import type { Night } from '@/db/schema';

/** Only web addresses become links: a stored "javascript:" URL must never be clickable. */
function webUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export async function SourceSection({ night }: { night: Pick<Night, 'sourceName' | 'sourceUrl' | 'statement' | 'notes'> }) {
  const t = await getTranslations('night');
  const sourceUrl = webUrl(night.sourceUrl);
  return (
    <section className={`card ${styles.section}`} aria-labelledby="source-title">
      <h2 id="source-title">{t('source.title')}</h2>
      {sourceUrl ? (
        <p className={styles.text}>
          <a href={sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
            {night.sourceName || sourceUrl}
          </a>
        </p>
      ) : (
        <p>{night.sourceName || <span className="muted">{t('source.none')}</span>}</p>
      )}
      {night.statement ? (
        <blockquote className={styles.statement}>{night.statement}</blockquote>
      ) : (
        <p className="muted">{t('source.noStatement')}</p>
      )}
      <h3>{t('source.notes')}</h3>
      {night.notes ? <p className={styles.text}>{night.notes}</p> : <p className="muted">{t('source.noNotes')}</p>}
    </section>
  );
}
