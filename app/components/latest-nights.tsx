// The most recent nights of the selected range, each linking to its page.
import Link from 'next/link';
import type { Target } from '@/lib/domain';
import { formatCount } from '@/lib/format';
import type { fetchLatestNights } from '@/db/queries/latest-nights';

type LatestNight = ReturnType<typeof fetchLatestNights>[number];

export function LatestNights({ nights, target }: { nights: LatestNight[]; target: Target }) {
  return (
    <section className="card" aria-labelledby="latest-title">
      <h2 id="latest-title">Latest nights in this range</h2>
      <div className="table-scroll">
        <table>
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
                  <Link href={`/nights/${night.date}${target === 'RU' ? '?target=RU' : ''}`}>{night.date}</Link>
                </th>
                <td className="num">{formatCount(night.droneLaunched)}</td>
                <td className="num">{formatCount(night.missileLaunched)}</td>
                <td className="num">{formatCount(night.shotDown)}</td>
                <td className="num">{formatCount(night.lost)}</td>
                <td className="num">{formatCount(night.notStopped)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
