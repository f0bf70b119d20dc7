// Short tokens the server issues and later checks without storing them: a payload, an expiry, and an
// HMAC over both plus what the token is for and whom it is bound to (a user id, an account), so that a
// token for one purpose or one person is worthless for another. Used for the import's apply token and
// the sign-in's known-device cookie. Pure: the caller passes the secret and the time.
import crypto from 'node:crypto';

export type TokenScope = {
  /** What the token is for, e.g. "import-apply". */
  purpose: string;
  /** Values the token is bound to but does not carry (checked again on reading). */
  boundTo: readonly string[];
};

function mac(secret: string, scope: TokenScope, payload: string, expiresAt: number): string {
  const message = JSON.stringify([scope.purpose, ...scope.boundTo, payload, expiresAt]);
  return crypto.createHmac('sha256', secret).update(message).digest('base64url');
}

/** `payload` (letters, digits, - and _ only), signed until `expiresAt` (milliseconds). */
export function signToken(secret: string, scope: TokenScope, payload: string, expiresAt: number): string {
  if (!/^[\w-]*$/.test(payload)) throw new Error('A token payload is letters, digits, - and _ only');
  return `${payload}.${expiresAt.toString(36)}.${mac(secret, scope, payload, expiresAt)}`;
}

/** The payload of a token this server signed for `scope` and that has not expired at `now`, else null. */
export function readToken(secret: string, scope: TokenScope, token: string | null | undefined, now: number): string | null {
  if (typeof token !== 'string' || token.length > 500) return null;
  const match = /^([\w-]*)\.([0-9a-z]{1,12})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  const [, payload = '', expiry = '', signature = ''] = match;
  const expiresAt = parseInt(expiry, 36);
  if (!(expiresAt > now)) return null;
  const expected = Buffer.from(mac(secret, scope, payload, expiresAt));
  const given = Buffer.from(signature);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? payload : null;
}
