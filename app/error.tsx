'use client';
// A thrown error is a bug: say so plainly, offer a retry, and keep the details in the server log.
import Link from 'next/link';

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main>
      <h1>Something went wrong</h1>
      <div className="alert" role="alert">
        <p>This page could not be shown. The problem has been logged{error.digest ? ` (reference ${error.digest})` : ''}.</p>
      </div>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or go back to the <Link href="/">dashboard</Link>.
      </p>
    </main>
  );
}
