import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { getEditor } from '@/app/_auth/session';
import { signOut } from '@/app/_auth/actions';
import './globals.css';

export const metadata: Metadata = {
  title: 'Air Tally',
  description: 'Nightly air attacks on Ukraine: launched, shot down, lost to electronic warfare.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const editor = await getEditor();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <nav aria-label="Main">
            <Link href="/" className="brand">
              Air Tally
            </Link>
            <Link href="/">Dashboard</Link>
            {editor ? (
              <>
                <Link href="/nights/new">Add night</Link>
                <Link href="/import">Import</Link>
                <span className="muted small">{editor.email}</span>
                <form action={signOut}>
                  <button type="submit">Sign out</button>
                </form>
              </>
            ) : (
              <Link href="/login">Sign in</Link>
            )}
          </nav>
        </header>
        {children}
      </body>
    </html>
  );
}
