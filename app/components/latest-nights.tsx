// The most recent nights of the selected range, each linking to its page.
import { Link } from '@/i18n/navigation';
import type { Target } from '@/lib/domain';
import { formatCount } from '@/lib/format';
import { nightHref } from '@/lib/routes';
import type { fetchLatestNights } from '@/db/queries/latest-nights';
import { LOST_RULE } from './rate-basis';

type LatestNight = ReturnType<typeof fetchLatestNights>[number];

/** Not stopped, saying how many of the night's weapon rows it covers when it leaves some out. */
function NotStopped({ night }: { night: LatestNight }) {
  if (night.notStopped === null || night.notStoppedFigures === night.figures) return <>{formatCount(night.notStopped)}</>;
  return (
    <>
      {formatCount(night.notStopped)}{' '}
      <span className="muted small">
        ({formatCount(night.notStoppedFigures)} of {formatCount(night.figures)} rows)
      </span>
    </>
  );
}

export function LatestNights({ nights, target }: { nights: LatestNight[]; target: Target }) {
  return (
    <section className="card" aria-labelledby="latest-title">
      <h2 id="latest-title">Latest nights in this range</h2>
      <div className="table-scroll">
        <table aria-describedby="latest-note">
          <caption className="sr-only">The most recent nights of the selected range</caption>
          <thead>
            <tr>
              <th scope="col">Night</th>
              <th scope="col" className="num">Drones launched</th>
              <th scope="col" className="num">Missiles launched</th>
              <th scope="col" className="num">Shot down</th>
              <th scope="col" className="num">Lost</th>
              <th scope="col" className="num">Not stopped</th>
            </tr>
          </thead>
          <tbody>
            {nights.map((night) => (
              <tr key={night.date}>
                <th scope="row">
                  <Link href={nightHref({ date: night.date, target })}>{night.date}</Link>
                </th>
                <td className="num">{formatCount(night.droneLaunched)}</td>
                <td className="num">{formatCount(night.missileLaunched)}</td>
                <td className="num">{formatCount(night.shotDown)}</td>
                <td className="num">{formatCount(night.lost)}</td>
                <td className="num">
                  <NotStopped night={night} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id="latest-note" className="muted small">
        Each column adds up the weapon rows that give it. Not stopped counts only the rows with launched, shot down and lost known,
        so it is not launched − shot down − lost of the columns beside it when a row is left out: &ldquo;(1 of 2 rows)&rdquo; says how
        many rows it covers. {LOST_RULE}
      </p>
    </section>
  );
}
