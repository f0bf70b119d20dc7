// Renders an answer for the cache: an ordinary HTTP request to an app process over its private socket,
// read whole into memory (or, past a size limit, handed back as a stream for the one reader who asked).
// A real request keeps Next's handling of the response exactly as for any client.
import type http from 'node:http';
import { request } from 'node:http';
import { SHARED_RENDER_HEADER } from '@/lib/response-cache/shared-render';
import type { AppAnswer } from '@/lib/response-cache/stored-response';
import type { AppPool } from './app-pool';
import { freshConnection, metClosedConnection } from './stale-socket';

export type Rendered =
  | { kind: 'whole'; answer: AppAnswer; body: Buffer }
  | { kind: 'too large'; answer: AppAnswer; head: Buffer[]; rest: http.IncomingMessage };

export type Render = (target: string, headers: Record<string, string>, maxBytes: number) => Promise<Rendered>;

const RENDER_TIMEOUT_MS = 120_000;

export function appRenderer(pool: AppPool): Render {
  return (target, headers, maxBytes) =>
    new Promise((resolve, reject) => {
      const { endpoint, done } = pool.acquire();
      const send = (again: boolean) => {
        const outgoing = request(
          { socketPath: endpoint.socketPath, agent: again ? freshConnection : endpoint.agent, method: 'GET', path: target, headers: { ...headers, [SHARED_RENDER_HEADER]: '1' }, timeout: RENDER_TIMEOUT_MS },
          (response) => {
            response.once('close', done);
            const answer: AppAnswer = { status: response.statusCode ?? 502, headers: response.headers };
            const chunks: Buffer[] = [];
            let bytes = 0;
            const onData = (chunk: Buffer) => {
              chunks.push(chunk);
              bytes += chunk.length;
              if (bytes > maxBytes) {
                response.off('data', onData);
                response.off('end', onEnd);
                response.pause();
                resolve({ kind: 'too large', answer, head: chunks, rest: response });
              }
            };
            const onEnd = () => resolve({ kind: 'whole', answer, body: Buffer.concat(chunks, bytes) });
            response.on('data', onData);
            response.on('end', onEnd);
            response.once('error', reject);
          },
        );
        outgoing.once('timeout', () => outgoing.destroy(new Error(`Rendering ${target} took over ${RENDER_TIMEOUT_MS} ms`)));
        outgoing.once('error', (error) => {
          // A kept connection the app had just closed: once more, on a new one (stale-socket.ts).
          if (!again && metClosedConnection(outgoing, error)) return send(true);
          done();
          reject(error);
        });
        outgoing.end();
      };
      send(false);
    });
}
