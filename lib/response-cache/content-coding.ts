// Which stored coding to send: brotli, then gzip, as the client accepts them; identity otherwise.
import Negotiator from 'negotiator';
import type { ContentCoding } from './etag';

const PREFERRED: ContentCoding[] = ['br', 'gzip', 'identity'];

export function chooseCoding(acceptEncoding: string | undefined, available: readonly ContentCoding[]): ContentCoding {
  if (!acceptEncoding) return 'identity';
  const offered = PREFERRED.filter((coding) => coding === 'identity' || available.includes(coding));
  const best = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }).encoding(offered, { preferred: PREFERRED });
  return best === 'br' || best === 'gzip' ? best : 'identity';
}
