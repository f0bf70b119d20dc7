import Link from 'next/link';
import { fetchLatestNights } from '@/db/queries/latest-nights';
import { formatCount } from '@/lib/format';

export const dynamic = 'force-dynamic';

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const latest = fetchLatestNights('UA');
  // The export keeps whatever filters the view has.
  const exportQuery = new URLSearchParams();
  for (const key of ['from', 'to', 'target']) {
    const value = params[key];
    if (typeof value === 'string' && value) exportQuery.set(key, value);
  }
  return (
    <main>
      <h1>Nightly air attacks on Ukraine</h1>
      <p>
        <a href={`/export.csv${exportQuery.size ? `?${exportQuery}` : ''}`}>Export CSV</a>
      </p>
      {latest.length === 0 ? (
        <section className="card empty-state">
          <h2>No nights recorded yet</h2>
          <p className="muted">
            Sign in as an editor, then add last night&apos;s figures with <Link href="/nights/new">Add night</Link>{' '}
            or bring in history with <Link href="/import">Import</Link>.
          </p>
        </section>
      ) : (
        <section className="card">
          <h2>Latest nights</h2>
          <table>
            <thead>
              <tr>
                <th>Night</th>
                <th className="num">Missiles launched</th>
                <th className="num">Drones launched</th>
              </tr>
            </thead>
            <tbody>
              {latest.map((night) => (
                <tr key={night.date}>
                  <td>
                    <Link href={`/nights/${night.date}`}>{night.date}</Link>
                  </td>
                  <td className="num">{formatCount(night.missilesLaunched)}</td>
                  <td className="num">{formatCount(night.dronesLaunched)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </main>
  );
}
