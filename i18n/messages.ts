// The message catalogues: messages/<locale>/<namespace>.json, one file per part of the interface, so
// that each part's strings are found (and translated) together. English is the reference: its keys type
// every t() call, and a unit test fails when a Ukrainian file lacks one of them.
import type { Locale } from '@/lib/i18n/locales';
import type common from '@/messages/en/common.json';
import type embed from '@/messages/en/embed.json';
import type feed from '@/messages/en/feed.json';
import type og from '@/messages/en/og.json';
import type statementFill from '@/messages/en/statementFill.json';

export const NAMESPACES = ['common', 'og', 'feed', 'embed', 'statementFill'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export type Messages = {
  common: typeof common;
  og: typeof og;
  feed: typeof feed;
  embed: typeof embed;
  statementFill: typeof statementFill;
};

/** Namespaces that client components translate themselves; everything else is rendered on the server. */
export const CLIENT_NAMESPACES: readonly Namespace[] = ['common', 'statementFill'];

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`../messages/${locale}/${namespace}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Messages;
}
