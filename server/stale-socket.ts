// The front keeps connections to its app processes open between requests (http.Agent keepAlive). A
// connection can be closed by the app in the instant the front sends a new request on it: the request
// fails with ECONNRESET or EPIPE before any answer, and a reader got a 502 for nothing (seen in CI: a
// night page, a script file, a language switch). The app processes no longer close idle connections
// (app-worker.ts), and a request that met a closed connection it had reused, without any answer yet, is
// sent once more on a connection of its own (`freshConnection`: never one of the kept ones, which may all
// be closed after an app restarted). Only for requests that can be repeated: GET and HEAD carry no body and
// change nothing.
import type http from 'node:http';

const CLOSED = new Set(['ECONNRESET', 'EPIPE']);

/** For the one repeat: no agent, so a new connection, closed after its answer. */
export const freshConnection = false;

export function isRepeatable(method: string | undefined): boolean {
  return method === 'GET' || method === 'HEAD';
}

/** Whether `error` on `request` is a reused connection found closed, so that the request may be sent again. */
export function metClosedConnection(request: http.ClientRequest, error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return request.reusedSocket && code !== undefined && CLOSED.has(code);
}
