// Requests Playwright's API client cannot make: a body streamed in chunks with no Content-Length (so a
// route must enforce its size limit while reading, not trust a header), sent with or without the
// editor's session cookie.
import fs from 'node:fs';
import { editorStatePath } from './helpers';

export const mainServerURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

/** The signed-in editor's cookies as a Cookie header, from the session saved by the global setup. */
export function editorCookieHeader(): string {
  const state = JSON.parse(fs.readFileSync(editorStatePath, 'utf8')) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

/** A body of `totalBytes` bytes of `fill`, produced chunk by chunk only as fast as the server reads it. */
function lazyBody(totalBytes: number, fill: number): ReadableStream<Uint8Array> {
  const chunk = Buffer.alloc(64 * 1024, fill);
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) {
        controller.close();
        return;
      }
      const size = Math.min(chunk.byteLength, totalBytes - sent);
      sent += size;
      controller.enqueue(chunk.subarray(0, size));
    },
  });
}

/** Sends `totalBytes` of `fill` as a chunked body (no Content-Length) and returns the status and body text. */
export async function sendChunked(
  method: 'POST' | 'PUT',
  path: string,
  options: { totalBytes: number; fill: number; headers: Record<string, string> },
): Promise<{ status: number; text: string }> {
  const init: RequestInit & { duplex: 'half' } = {
    method,
    headers: options.headers,
    body: lazyBody(options.totalBytes, options.fill),
    duplex: 'half',
  };
  const response = await fetch(`${mainServerURL}${path}`, init);
  return { status: response.status, text: await response.text() };
}
