// A response body pulled from a row reader in chunks of about 64 KB, only as fast as the client reads,
// so memory stays flat whatever the size. Pull-based (not Readable.toWeb, which throws when a client
// disconnects); the read connection opens on the first read and closes at the end, on error, on
// cancel, or after a long stall (a client that vanished without the stream being cancelled).
import type { RowReader } from './figure-rows';

const CHUNK_CHARS = 64 * 1024;
const STALL_MS = 10 * 60 * 1000;

export type RowRenderer<T> = { head: string; row: (row: T) => string; tail: () => string };

export function streamRows<T>(open: () => RowReader<T>, render: RowRenderer<T>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let reader: RowReader<T> | null = null;
  let stalled: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  function close() {
    clearTimeout(stalled);
    closed = true;
    reader?.close();
  }

  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        clearTimeout(stalled);
        if (closed) {
          controller.error(new Error('The export was idle too long and has been closed.'));
          return;
        }
        try {
          let chunk = '';
          if (!reader) {
            reader = open();
            chunk = render.head;
          }
          let next = reader.rows.next();
          while (!next.done) {
            chunk += render.row(next.value);
            if (chunk.length >= CHUNK_CHARS) break;
            next = reader.rows.next();
          }
          if (next.done) {
            chunk += render.tail();
            close();
          }
          if (chunk) controller.enqueue(encoder.encode(chunk));
          if (next.done) controller.close();
          else {
            stalled = setTimeout(close, STALL_MS);
            // The timer must not keep a process (a script, a test) alive.
            if (typeof stalled === 'object') stalled.unref();
          }
        } catch (error) {
          close();
          controller.error(error);
        }
      },
      cancel() {
        close();
      },
    },
    // Nothing is read before the client asks: an abandoned response opens no connection.
    { highWaterMark: 0 },
  );
}
