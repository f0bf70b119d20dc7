// The catalogues an editor page's client components translate with, besides the few every page sends
// (i18n/messages.ts CLIENT_NAMESPACES): given here, around the page's form only, so readers' pages do
// not carry the editors' strings.
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { CLIENT_NAMESPACES, type Namespace } from '@/i18n/messages';

export async function EditorMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: React.ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(
    [...new Set([...CLIENT_NAMESPACES, ...namespaces])].map((namespace) => [namespace, messages[namespace]]),
  );
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
