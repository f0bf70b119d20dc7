// An address outside every localised page (e.g. under /api): a plain English page of its own, since no
// locale layout wraps it.
import Link from 'next/link';

export default function RootNotFound() {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>Page not found</h1>
          <p>
            There is nothing at this address. Start from the <Link href="/">dashboard</Link>.
          </p>
        </main>
      </body>
    </html>
  );
}
