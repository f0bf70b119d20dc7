// TEMPORARY stand-in for the night page (the dashboard helper builds the real one), following the
// contract the editor specs rely on. Queries are inline so the whole page drops out in one commit.
import { and, asc, desc, eq } from 'drizzle-orm';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEditor } from '@/app/_auth/session';
import { getDb } from '@/db/client';
import { figures, nights, revisions, weapons } from '@/db/schema';
import { formatCount } from '@/lib/format';
import { notStopped } from '@/lib/metrics';

export const dynamic = 'force-dynamic';

const ACTIONS = { create: 'Created', update: 'Updated', delete: 'Deleted' } as const;

export default async function NightPage({
  params,
  searchParams,
}: {
  params: Promise<{ date: string }>;
  searchParams: Promise<{ target?: string }>;
}) {
  const { date } = await params;
  const target = (await searchParams).target === 'RU' ? 'RU' : 'UA';
  const db = getDb();
  const night = db.select().from(nights).where(and(eq(nights.date, date), eq(nights.target, target))).get();
  if (!night) notFound();
  const rows = db
    .select({ name: weapons.name, weaponClass: weapons.weaponClass, launched: figures.launched, shotDown: figures.shotDown, lost: figures.lost })
    .from(figures)
    .innerJoin(weapons, eq(weapons.id, figures.weaponId))
    .where(eq(figures.nightId, night.id))
    .orderBy(asc(weapons.category), asc(weapons.name))
    .all();
  const history = db
    .select()
    .from(revisions)
    .where(and(eq(revisions.nightDate, date), eq(revisions.nightTarget, target)))
    .orderBy(desc(revisions.createdAt), desc(revisions.id))
    .all();
  const editor = await getEditor();
  return (
    <main>
      <h1>Night of {date} ({target})</h1>
      {editor && <Link href={`/nights/${date}/edit${target === 'RU' ? '?target=RU' : ''}`}>Edit</Link>}
      <table>
        <caption>Figures by weapon</caption>
        <thead>
          <tr>
            <th>Weapon</th>
            <th>Class</th>
            <th>Launched</th>
            <th>Shot down</th>
            <th>Lost</th>
            <th>Not stopped</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <td>{row.name}</td>
              <td>{row.weaponClass}</td>
              <td>{formatCount(row.launched)}</td>
              <td>{formatCount(row.shotDown)}</td>
              <td>{formatCount(row.lost)}</td>
              <td>{formatCount(notStopped(row))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section>
        <h2>History</h2>
        <ol>
          {history.map((revision) => (
            <li key={revision.id}>
              {ACTIONS[revision.action]} by {revision.actor} at {revision.createdAt.toISOString()}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
