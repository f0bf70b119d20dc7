// Who is asking: every page, action and route that changes data checks this itself.
import 'server-only';
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { getAuth } from '@/db/auth';
import { redirect } from '@/i18n/navigation';
import { safeReturnPath } from '@/lib/return-path';

export type Editor = { id: string; email: string; name: string };

/** The signed-in editor, or null for an anonymous visitor. */
export async function getEditor(): Promise<Editor | null> {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
}

/** For editor-only pages: the editor, or a redirect to /login that comes back to `returnTo`. */
export async function requireEditor(returnTo: string): Promise<Editor> {
  const editor = await getEditor();
  if (!editor) {
    return redirect({ href: { pathname: '/login', query: { next: safeReturnPath(returnTo) } }, locale: await getLocale() });
  }
  return editor;
}

/** For route handlers: a 401 JSON response for anonymous callers, or null when signed in. */
export async function editorOrUnauthorised(): Promise<{ editor: Editor; response?: never } | { editor?: never; response: Response }> {
  const editor = await getEditor();
  if (editor) return { editor };
  return { response: Response.json({ error: 'Sign in as an editor to do this.' }, { status: 401 }) };
}
