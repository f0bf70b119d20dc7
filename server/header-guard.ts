// Adjusts a response's headers at the last moment, whatever way the app sends them (setHeader then an
// implicit writeHead, or writeHead with its own headers): the cache decides caching headers, not Next.
import type http from 'node:http';

export type HeaderAdjuster = (status: number, res: http.ServerResponse) => void;

export function adjustHeadersBeforeSending(res: http.ServerResponse, adjust: HeaderAdjuster) {
  const original = res.writeHead;
  res.writeHead = function writeHead(this: http.ServerResponse, status: number, ...rest: unknown[]) {
    const message = typeof rest[0] === 'string' ? rest[0] : undefined;
    const given = message === undefined ? rest[0] : rest[1];
    // Headers passed to writeHead win over setHeader: apply them first, so the adjustment has the last word.
    if (Array.isArray(given)) {
      for (let i = 0; i + 1 < given.length; i += 2) this.setHeader(String(given[i]), given[i + 1] as string);
    } else if (given && typeof given === 'object') {
      for (const [name, value] of Object.entries(given as http.OutgoingHttpHeaders)) if (value !== undefined) this.setHeader(name, value);
    }
    adjust(status, this);
    return Reflect.apply(original, this, message === undefined ? [status] : [status, message]) as http.ServerResponse;
  } as typeof res.writeHead;
}
