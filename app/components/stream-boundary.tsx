// A Suspense boundary for a reader who waits on this render, and none for a render the response cache
// keeps. Streaming sends the first figures before the slow sections are added up; but a stored page is
// sent whole, and its streamed form (hidden parts moved into place by inline scripts, one re-layout each,
// revealed in throttled batches) only made a phone lay the page out several times.
import { headers } from 'next/headers';
import { Suspense, type ReactNode } from 'react';
import { SHARED_RENDER_HEADER } from '@/lib/response-cache/shared-render';

export async function StreamBoundary({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  // The server strips this header from every outside request: only the response cache sets it.
  const shared = (await headers()).get(SHARED_RENDER_HEADER) === '1';
  return shared ? children : <Suspense fallback={fallback}>{children}</Suspense>;
}
