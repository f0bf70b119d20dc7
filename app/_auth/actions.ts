'use server';
// Signing out: ends the session server-side and clears its cookie.
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { getAuth } from '@/db/auth';
import { redirect } from '@/i18n/navigation';

export async function signOut() {
  await getAuth().api.signOut({ headers: await headers() });
  return redirect({ href: '/', locale: await getLocale() });
}
