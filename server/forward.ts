// Passes a request through to an app process and its answer back to the client, streaming both ways
// (uploads up to 20 MB, exports of any size), with the caching headers decided here.
import type http from 'node:http';
import { request } from 'node:http';
import type { AppPool } from './app-pool';
import { freshConnection, isRepeatable, metClosedConnection } from './stale-socket';

/** Sees (and may change) the app's status and headers before they go to the client. */
export type AnswerHeaders = (status: number, headers: http.IncomingHttpHeaders) => http.OutgoingHttpHeaders;

// Hop-by-hop headers belong to one connection, never forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade'];

/**
 * Requests counted by an in-memory limit (sign-in attempts per account, device and client; the statement
 * parser's cost per client): always the first app, so that two app processes do not each grant a client
 * the whole allowance.
 */
export const COUNTED_PATH = /^\/api\/(auth\/|statements\/parse(\?|$))/;

/** Imports (preview and apply): seconds of parsing and one long synchronous transaction (see app-pool.ts). */
export const LONG_PATH = /^\/api\/import(\?|$)/;

/**
 * The app a request must go to, if any (-1: the last). Besides what an in-memory limit counts, every
 * request that may write (any method but GET and HEAD: saves, deletes, server actions, sign-in) goes to
 * the first app: there writes wait for each other in one event loop rather than for SQLite's write lock
 * across processes. Imports go to the last app, so that short writes do not queue behind an import's
 * parsing in one event loop; the two meet only at the lock, which both wait for without stopping their
 * process (db/writes/write-lock.ts). Renders go where no import is running (app-pool.ts).
 */
export function pinnedApp(method: string, url: string): number | undefined {
  if (COUNTED_PATH.test(url)) return 0;
  if (method === 'GET' || method === 'HEAD') return undefined;
  return LONG_PATH.test(url) ? -1 : 0;
}

export function forward(pool: AppPool, req: http.IncomingMessage, res: http.ServerResponse, answerHeaders: AnswerHeaders) {
  const url = req.url ?? '';
  const { endpoint, done } = pool.acquire(pinnedApp(req.method ?? 'GET', url), LONG_PATH.test(url) ? 'long' : 'short');
  const headers: http.OutgoingHttpHeaders = { ...req.headers };
  for (const name of HOP_BY_HOP) delete headers[name];
  const send = (again: boolean): http.ClientRequest => {
    const outgoing = request(
      { socketPath: endpoint.socketPath, agent: again ? freshConnection : endpoint.agent, method: req.method, path: req.url, headers },
      (answer) => {
        const sent = answerHeaders(answer.statusCode ?? 502, answer.headers);
        for (const name of HOP_BY_HOP) delete sent[name];
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, sent);
        answer.pipe(res);
        answer.once('close', done);
        answer.once('aborted', () => res.destroy());
      },
    );
    outgoing.once('error', (error) => {
      // A kept connection the app had just closed, before any answer: a GET or HEAD (no body, no change)
      // goes once more on a new connection (stale-socket.ts).
      if (!again && !res.headersSent && isRepeatable(req.method) && metClosedConnection(outgoing, error)) {
        req.unpipe(outgoing);
        current = send(true);
        current.end();
        return;
      }
      done();
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' });
        res.end(`The app did not answer: ${error.message}\n`);
      } else {
        // The app has answered, then closed its side: often an early 413 or 401 before it read the whole
        // upload. Its answer still goes out (an answer cut short is ended by the answer's own 'aborted'),
        // and the rest of the upload is read and dropped here rather than the client's connection reset.
        req.unpipe(outgoing);
        req.resume();
      }
    });
    return outgoing;
  };
  let current = send(false);
  // A client that goes away stops the app's work too (an export stops reading rows).
  res.once('close', () => {
    if (!res.writableFinished) current.destroy();
  });
  // An answer complete before its upload (an early 413): the rest of the body is read and dropped, so that
  // the client's connection can carry its next request, and the app is told the upload is over.
  res.once('finish', () => {
    if (req.complete) return;
    req.unpipe(current);
    req.resume();
    current.destroy();
  });
  // Send the head at once: a route refuses an upload by its headers (401, 403, 413) before any of the
  // body arrives, and a stalled upload that has sent nothing must get that answer too.
  current.flushHeaders();
  req.pipe(current);
}
