// Whether an editor account has this email (as Better Auth stores it: lower case), for the sign-in limits.
import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { user } from '../schema';

export function editorAccountExists(email: string): boolean {
  return getDb().select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase())).get() !== undefined;
}
