// Raw HTTP requests the fetch API cannot make: a body declared large that is sent only in part and then
// stalls, so a test can tell a route that answers before reading from one that waits for the last byte;
// and the server's resident memory, read from /proc.
import fs from 'node:fs';
import http from 'node:http';

export type RawAnswer = { status: number | null; ms: number; text: string };

/**
 * POSTs (or PUTs) to `url` declaring `declaredBytes`, sends `sentBytes` of them, then nothing more: the answer the
 * server gives within `waitMs` (status null when it gives none). The connection is closed afterwards.
 */
export function stalledUpload(
  url: string,
  options: { method?: 'POST' | 'PUT'; declaredBytes: number; sentBytes: number; headers?: Record<string, string>; waitMs?: number },
): Promise<RawAnswer> {
  const target = new URL(url);
  const started = Date.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (answer: RawAnswer) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      request.destroy();
      resolve(answer);
    };
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: options.method ?? 'POST',
        path: `${target.pathname}${target.search}`,
        headers: { ...options.headers, 'content-length': String(options.declaredBytes) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () => finish({ status: response.statusCode ?? null, ms: Date.now() - started, text }));
        response.on('error', () => finish({ status: response.statusCode ?? null, ms: Date.now() - started, text }));
      },
    );
    request.on('error', () => finish({ status: null, ms: Date.now() - started, text: '' }));
    const timer = setTimeout(() => finish({ status: null, ms: Date.now() - started, text: '' }), options.waitMs ?? 10_000);
    // Node holds the headers back until the body starts: send them even when no byte of it follows.
    request.flushHeaders();
    if (options.sentBytes > 0) request.write(Buffer.alloc(options.sentBytes, 0x61));
  });
}

/** POSTs the whole of `body` and returns the status (null when the connection failed before an answer). */
export function postWhole(url: string, body: Buffer, headers: Record<string, string>): Promise<number | null> {
  const target = new URL(url);
  return new Promise((resolve) => {
    const request = http.request(
      { host: target.hostname, port: target.port, method: 'POST', path: `${target.pathname}${target.search}`, headers: { ...headers, 'content-length': String(body.length) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? null));
        response.on('error', () => resolve(response.statusCode ?? null));
      },
    );
    // The server may answer and close before the whole body is sent: that is the point.
    request.on('error', () => resolve(null));
    request.end(body);
  });
}

/** The resident memory of a process, in MB. */
export function residentMegabytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}
