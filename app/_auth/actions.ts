'use server';
// Signing out: ends the session server-side and clears its cookie.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/db/auth';

export async function signOut() {
  await getAuth().api.signOut({ headers: await headers() });
  redirect('/');
}
