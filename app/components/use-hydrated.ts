'use client';
// Whether React has taken over the page's form. Until then a controlled field typed into is reset at
// hydration and a submit is the browser's own, so forms mark themselves (data-interactive) and the
// e2e specs wait for the mark before typing, as a person would for the page to finish loading.
import { useEffect, useState } from 'react';

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
