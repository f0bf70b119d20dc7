// The public origin of this request, for absolute links in feeds and link previews (lib/public-origin.ts).
import 'server-only';
import { headers } from 'next/headers';
import { publicOrigin } from '@/lib/public-origin';

export async function requestOrigin(): Promise<string> {
  const list = await headers();
  return publicOrigin({
    configured: process.env.BETTER_AUTH_URL,
    host: list.get('host'),
    protocol: list.get('x-forwarded-proto'),
  });
}
