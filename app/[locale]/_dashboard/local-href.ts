// Addresses in the reader's language for plain <a> links. The dashboard links to hundreds of nights (the
// calendar alone to a year's); as next/link each would be a client component to hydrate that also
// prefetches its page when scrolled into view. A plain link costs nothing until it is followed.
import 'server-only';
import { getLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';

export async function getLocalHref(): Promise<(href: string) => string> {
  const locale = await getLocale();
  return (href) => getPathname({ href, locale });
}
