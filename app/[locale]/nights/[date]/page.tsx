// One night: every weapon row, totals by category, rates, the source and its statement, notes,
// neighbouring nights and the revision history.
import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getEditor } from '@/app/_auth/session';
import { nightPreviewMetadata } from '@/app/_previews/metadata';
import { NightHistory } from '@/app/components/night-history';
import { OutcomeTable } from '@/app/components/outcome-table';
import { LOST_RULE, RATE_RULE } from '@/app/components/rate-basis';
import styles from '@/app/components/night.module.css';
import { fetchNight } from '@/db/queries/night';
import { fetchNightNeighbours } from '@/db/queries/night-neighbours';
import { shortDate } from '@/lib/buckets';
import { addDays } from '@/lib/dates';
import { TARGET_LABELS, type Target } from '@/lib/domain';
import { formatCount } from '@/lib/format';
import { notStopped } from '@/lib/metrics';
import { readNightAddress } from '@/lib/night-address';
import { dashboardHref, nightHref, type NightKey } from '@/lib/routes';
import { outcomeOfFigures } from '@/lib/series';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ date: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The night's address, or null for one that cannot exist (2025-02-30, target=XX). */
async function readAddress({ params, searchParams }: Props): Promise<NightKey | null> {
  return readNightAddress((await params).date, (await searchParams).target);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const address = await readAddress(props);
  return {
    title: address ? `Night of ${address.date} (${address.target}) · Air Tally` : 'Night not found · Air Tally',
    ...(address ? await nightPreviewMetadata(address) : {}),
  };
}

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

export default async function NightPage(props: Props) {
  const address = await readAddress(props);
  if (!address) notFound();
  const { date, target } = address;
  const found = fetchNight(date, target);
  if (!found) notFound();
  const { night } = found;
  // The night's date decides what an unknown "lost" means (lib/metrics.ts).
  const figures = found.figures.map((figure) => ({ ...figure, date }));
  const neighbours = fetchNightNeighbours(date, target);
  const editor = await getEditor();

  const drone = outcomeOfFigures(figures.filter((f) => f.category === 'drone'));
  const missile = outcomeOfFigures(figures.filter((f) => f.category === 'missile'));
  const all = outcomeOfFigures(figures);
  const sourceUrl = webUrl(night.sourceUrl);

  return (
    <main>
      <p className="small">
        <Link href={dashboardHref({ target: target === 'RU' ? target : undefined })}>← Dashboard</Link>
      </p>
      <h1>
        Night of {date} <span className="muted">· {TARGET_LABELS[target]}</span>
      </h1>
      <p className="muted">
        The night of {shortDate(addDays(date, -1))} to {shortDate(date)}
        {night.attackStart || night.attackEnd ? `; attack window ${night.attackStart ?? '?'} to ${night.attackEnd ?? '?'} (Kyiv time)` : ''}.
      </p>
      <div className={styles.bar}>
        <nav aria-label="Neighbouring nights" className={styles.neighbours}>
          {neighbours.previous ? (
            <Link href={nightHref({ date: neighbours.previous, target })} rel="prev">
              ← Previous night ({neighbours.previous})
            </Link>
          ) : (
            <span className="muted">No earlier night recorded</span>
          )}
          {neighbours.next ? (
            <Link href={nightHref({ date: neighbours.next, target })} rel="next">
              Next night ({neighbours.next}) →
            </Link>
          ) : (
            <span className="muted">No later night recorded</span>
          )}
        </nav>
        {editor && (
          <Link className="button" href={nightHref(address, 'edit')}>
            Edit
          </Link>
        )}
      </div>

      <section className="card" aria-labelledby="totals-title">
        <h2 id="totals-title">Totals</h2>
        <OutcomeTable
          caption="Totals by category"
          firstColumn="Category"
          rows={[
            { key: 'drone', label: 'Drones', outcome: drone },
            { key: 'missile', label: 'Missiles', outcome: missile },
            { key: 'all', label: 'All', outcome: all },
          ]}
        />
        <p className="muted small">
          Neutralisation rate = (shot down + lost) ÷ launched; interception rate = shot down ÷ launched. {RATE_RULE} {LOST_RULE}
        </p>
      </section>

      <section className={`card ${styles.section}`} aria-labelledby="figures-title">
        <h2 id="figures-title">Weapons</h2>
        {figures.length === 0 ? (
          <p className="muted">No figures were recorded for this night.</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption>Figures by weapon</caption>
              <thead>
                <tr>
                  <th scope="col">Weapon</th>
                  <th scope="col">Class</th>
                  <th scope="col" className="num">Launched</th>
                  <th scope="col" className="num">Shot down</th>
                  <th scope="col" className="num">Lost</th>
                  <th scope="col" className="num">Not stopped</th>
                </tr>
              </thead>
              <tbody>
                {figures.map((figure) => (
                  <tr key={figure.weaponId}>
                    <th scope="row">{figure.weapon}</th>
                    <td>
                      {figure.weaponClass} {figure.category}
                    </td>
                    <td className="num">{formatCount(figure.launched)}</td>
                    <td className="num">{formatCount(figure.shotDown)}</td>
                    <td className="num">{formatCount(figure.lost)}</td>
                    <td className="num">{formatCount(notStopped(figure))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className={`card ${styles.section}`} aria-labelledby="source-title">
        <h2 id="source-title">Source</h2>
        {sourceUrl ? (
          <p>
            <a href={sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
              {night.sourceName || sourceUrl}
            </a>
          </p>
        ) : (
          <p>{night.sourceName || <span className="muted">No source recorded.</span>}</p>
        )}
        {night.statement ? (
          <blockquote className={styles.statement}>{night.statement}</blockquote>
        ) : (
          <p className="muted">No statement text recorded.</p>
        )}
        <h3>Notes</h3>
        {night.notes ? <p className={styles.text}>{night.notes}</p> : <p className="muted">No notes.</p>}
      </section>

      <section className={`card ${styles.section}`} aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        <Suspense fallback={<p className="muted">Loading the history…</p>}>
          <NightHistory date={date} target={target} />
        </Suspense>
      </section>
    </main>
  );
}
