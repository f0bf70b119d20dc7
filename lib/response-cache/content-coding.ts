// Which stored coding to send: brotli, then gzip, as the client's Accept-Encoding allows them (RFC 9110
// §12.5.3: a coding is acceptable when listed, or covered by `*`, with a q-value above 0); identity
// otherwise.
import type { ContentCoding } from './etag';

function qualities(acceptEncoding: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    if (name) found.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  return found;
}

export function chooseCoding(acceptEncoding: string | undefined, available: readonly ContentCoding[]): ContentCoding {
  if (!acceptEncoding) return 'identity';
  const accepted = qualities(acceptEncoding);
  const quality = (coding: string) => accepted.get(coding) ?? accepted.get('*') ?? 0;
  for (const coding of ['br', 'gzip'] as const) if (available.includes(coding) && quality(coding) > 0) return coding;
  return 'identity';
}
