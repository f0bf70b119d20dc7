// Creating editor accounts from the server side (start-up bootstrap and the command line).
import { count, eq } from 'drizzle-orm';
import { getAuth } from '../auth';
import { getDb } from '../client';
import { user } from '../schema';

export function editorCount(): number {
  return getDb().select({ n: count() }).from(user).get()?.n ?? 0;
}

export async function addEditor(email: string, password: string, name?: string) {
  const normalised = email.trim().toLowerCase();
  // Better Auth answers a sign-up for a taken email as if it succeeded (so strangers cannot probe
  // for accounts); the command line should say plainly instead.
  if (getDb().select({ id: user.id }).from(user).where(eq(user.email, normalised)).get()) {
    throw new Error(`An editor with the email ${normalised} already exists.`);
  }
  const result = await getAuth().api.signUpEmail({
    body: { email: normalised, password, name: name ?? normalised.split('@')[0] ?? normalised },
  });
  return result.user;
}

/** At start-up: with no editor yet and EDITOR_EMAIL/EDITOR_PASSWORD set, create that editor. */
export async function bootstrapFirstEditor(env: NodeJS.ProcessEnv = process.env) {
  const email = env.EDITOR_EMAIL;
  const password = env.EDITOR_PASSWORD;
  if (!email || !password || editorCount() > 0) return null;
  try {
    return await addEditor(email, password);
  } catch (error) {
    // Another process may have created the same editor a moment ago.
    if (editorCount() > 0) return null;
    throw error;
  }
}
