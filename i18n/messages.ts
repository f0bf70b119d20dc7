// The message catalogues: messages/<locale>/<namespace>.json, one file per part of the interface, so
// that each part's strings are found (and translated) together. English is the reference: its keys type
// every t() call, and a unit test fails when a Ukrainian file lacks one of them.
import type { Locale } from '@/lib/i18n/locales';
import type about from '@/messages/en/about.json';
import type charts from '@/messages/en/charts.json';
import type common from '@/messages/en/common.json';
import type dashboard from '@/messages/en/dashboard.json';
import type embed from '@/messages/en/embed.json';
import type feed from '@/messages/en/feed.json';
import type filters from '@/messages/en/filters.json';
import type importPage from '@/messages/en/importPage.json';
import type login from '@/messages/en/login.json';
import type night from '@/messages/en/night.json';
import type nightForm from '@/messages/en/nightForm.json';
import type og from '@/messages/en/og.json';
import type statementFill from '@/messages/en/statementFill.json';
import type validation from '@/messages/en/validation.json';
import type weapons from '@/messages/en/weapons.json';

export const NAMESPACES = [
  'common',
  'about',
  'charts',
  'dashboard',
  'embed',
  'feed',
  'filters',
  'importPage',
  'login',
  'night',
  'nightForm',
  'og',
  'statementFill',
  'validation',
  'weapons',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export type Messages = {
  common: typeof common;
  about: typeof about;
  charts: typeof charts;
  dashboard: typeof dashboard;
  embed: typeof embed;
  feed: typeof feed;
  filters: typeof filters;
  importPage: typeof importPage;
  login: typeof login;
  night: typeof night;
  nightForm: typeof nightForm;
  og: typeof og;
  statementFill: typeof statementFill;
  validation: typeof validation;
  weapons: typeof weapons;
};

/**
 * Namespaces that client components translate themselves on every page; everything else is rendered on the
 * server. Editor pages give their forms their own namespaces besides these (app/_form/editor-messages.tsx).
 */
export const CLIENT_NAMESPACES: readonly Namespace[] = ['common'];

// The catalogues are files of the build: read once per process and language, not on every request
// (importing fifteen modules per render cost a few milliseconds of every uncached page).
const loaded = new Map<Locale, Promise<Messages>>();

export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = Promise.all(
      NAMESPACES.map(async (namespace) => [namespace, (await import(`../messages/${locale}/${namespace}.json`)).default] as const),
    ).then((entries) => Object.fromEntries(entries) as Messages);
    // A failed read is not kept: the next request tries again.
    messages.catch(() => loaded.delete(locale));
    loaded.set(locale, messages);
  }
  return messages;
}
