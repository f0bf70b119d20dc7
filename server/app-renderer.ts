// Renders an answer for the cache: the app (Next's request handler) listens on a private Unix socket in
// this process, and a miss is an ordinary HTTP request to it, read whole into memory (or, past a size
// limit, handed back as a stream for the one reader who asked). A real request keeps Next's handling of
// the response exactly as for any client, with no imitation of Node's response object.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { SHARED_RENDER_HEADER } from '@/lib/response-cache/shared-render';
import type { AppAnswer } from '@/lib/response-cache/stored-response';

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void;


export type Rendered =
  | { kind: 'whole'; answer: AppAnswer; body: Buffer }
  | { kind: 'too large'; answer: AppAnswer; head: Buffer[]; rest: http.IncomingMessage };

export type AppRenderer = {
  render: (target: string, headers: Record<string, string>, maxBytes: number) => Promise<Rendered>;
  close: () => Promise<void>;
};

const RENDER_TIMEOUT_MS = 120_000;

export async function startAppRenderer(handle: RequestHandler): Promise<AppRenderer> {
  const socketPath = path.join(os.tmpdir(), `air-tally-render-${process.pid}.sock`);
  fs.rmSync(socketPath, { force: true });
  const server = http.createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  fs.chmodSync(socketPath, 0o600);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  const render: AppRenderer['render'] = (target, headers, maxBytes) =>
    new Promise((resolve, reject) => {
      const request = http.request(
        { socketPath, agent, method: 'GET', path: target, headers: { ...headers, [SHARED_RENDER_HEADER]: '1' }, timeout: RENDER_TIMEOUT_MS },
        (response) => {
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
      request.once('timeout', () => request.destroy(new Error(`Rendering ${target} took over ${RENDER_TIMEOUT_MS} ms`)));
      request.once('error', reject);
      request.end();
    });

  return {
    render,
    close: async () => {
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(socketPath, { force: true });
    },
  };
}
