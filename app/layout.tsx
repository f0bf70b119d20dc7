// The root layout only passes through: the document (<html lang>) is drawn by app/[locale]/layout.tsx,
// which knows the language. Pages outside a locale (API routes, files) need no document.
import './globals.css';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
