// Any address the site does not have.
import Link from 'next/link';

export default function NotFound() {
  return (
    <main>
      <h1>Page not found</h1>
      <div className="card">
        <p>There is nothing at this address.</p>
        <p>
          Start from the <Link href="/">dashboard</Link>; a night&apos;s page is <code>/nights/YYYY-MM-DD</code> (the date of the
          morning the night ended), with <code>?target=RU</code> for attacks on Russia.
        </p>
      </div>
    </main>
  );
}
