// The headers every public GET answer (JSON API, feed, preview images) carries, in one place:
// - anyone may read it from any origin (CORS "*"), for GET and HEAD only: writes never get these headers,
//   so a browser refuses to send them cross-origin;
// - it may be kept by browsers and shared caches but must be revalidated, and its ETag is the hash of
//   what it says, so a revalidation after no change costs a 304 with no body. The response-cache work
//   can tighten Cache-Control here without touching the routes.
import { createHash } from 'node:crypto';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export const CORS_READ_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  // A script reading the answer may want the ETag for its own If-None-Match.
  'Access-Control-Expose-Headers': 'ETag',
};

/** The answer to a CORS preflight for a public GET (a script sending If-None-Match triggers one). */
export function readPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_READ_HEADERS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
      'Access-Control-Max-Age': '86400',
      Allow: 'GET, HEAD, OPTIONS',
    },
  });
}

/** A strong ETag for a body (or for the inputs that fully decide it, such as an image's figures). */
export function etagOf(content: string | Uint8Array): string {
  return `"${createHash('sha256').update(content).digest('base64url').slice(0, 32)}"`;
}

/** Whether If-None-Match names this ETag (a list, weak forms, or "*"), so a 304 will do. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * A public GET answer: the body is produced only when the caller does not already hold this version.
 * `etag` must change whenever the body would.
 */
export async function publicAnswer(
  request: Request,
  answer: { etag: string; contentType: string; body: () => BodyInit | Promise<BodyInit> },
): Promise<Response> {
  const headers = {
    ...CORS_READ_HEADERS,
    'Cache-Control': PUBLIC_CACHE_CONTROL,
    ETag: answer.etag,
  };
  if (etagMatches(request.headers.get('if-none-match'), answer.etag)) return new Response(null, { status: 304, headers });
  return new Response(await answer.body(), { status: 200, headers: { ...headers, 'Content-Type': answer.contentType } });
}

/** JSON for a public GET: its ETag is the hash of the JSON text. */
export function publicJson(request: Request, value: unknown): Promise<Response> {
  const text = JSON.stringify(value);
  return publicAnswer(request, { etag: etagOf(text), contentType: 'application/json; charset=utf-8', body: () => text });
}

/** A refused public GET (bad parameters): readable cross-origin, so scripts see why, and never kept. */
export function publicError(status: 400 | 404, message: string): Response {
  return Response.json({ error: message }, { status, headers: { ...CORS_READ_HEADERS, 'Cache-Control': 'no-store' } });
}
