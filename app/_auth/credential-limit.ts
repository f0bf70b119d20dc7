// The sign-in limits (lib/sign-in-limit.ts) around Better Auth's handler. Every request whose JSON body
// carries a password (sign-in, verify-password, change-password, whatever the path is spelt like) is a
// password check: it is counted against the account it names (its email, else the session's user),
// the known-device cookie keeps an editor's own browser apart, and what Better Auth answers decides
// whether it was a failure. Better Auth's own limiter is turned off for these (db/auth.ts): it keys by
// address and path only, so without a trusted proxy everyone shared one bucket.
import 'server-only';
import { appTokenSecret, getAuth } from '@/db/auth';
import { editorAccountExists } from '@/db/queries/editor-account';
import { readBodyText } from '@/lib/json-body';
import { clientKey } from '@/lib/rate-limit';
import { createSignInLimiter, type Outcome, type SignInLimiter } from '@/lib/sign-in-limit';
import { readToken, signToken } from '@/lib/signed-token';

/** Passwords are at most 128 characters; nothing Better Auth takes comes near this. */
export const AUTH_MAX_BODY_BYTES = 64 * 1024;

const DEVICE_COOKIE = 'air-tally.known-device';
const DEVICE_LIFETIME_MS = 180 * 24 * 60 * 60 * 1000;
const deviceScope = (account: string) => ({ purpose: 'sign-in-device', boundTo: [account] });

// One limiter per server process, kept across module reloads in development.
const globalForLimiter = globalThis as unknown as { airTallySignInLimiter?: SignInLimiter };
const limiter = (globalForLimiter.airTallySignInLimiter ??= createSignInLimiter());

type Forward = (request: Request) => Promise<Response>;

export async function limitPasswordChecks(request: Request, forward: Forward): Promise<Response> {
  const raw = await readBodyText(request, AUTH_MAX_BODY_BYTES);
  if (!raw.ok) {
    return raw.reason === 'too-large'
      ? Response.json({ code: 'BODY_TOO_LARGE', message: 'The request body is too large.' }, { status: 413 })
      : Response.json({ code: 'INVALID_BODY', message: 'The body is not valid UTF-8.' }, { status: 400 });
  }
  const again = rebuilt(request, raw.text);
  const password = passwordIn(raw.text);
  if (password === null || process.env.AUTH_RATE_LIMIT === 'off') return forward(again);

  const account = await accountOf(raw.text, request);
  const device = account ? readToken(appTokenSecret(), deviceScope(account), cookieValue(request, DEVICE_COOKIE), Date.now()) : null;
  const decision = limiter.begin({ account, client: clientKey(request.headers, process.env.TRUSTED_IP_HEADER), device }, Date.now());
  if (!decision.allowed) return tooManyAttempts(decision.retryAfterSeconds);

  let outcome: Outcome = 'not-checked';
  try {
    const response = await forward(again);
    outcome = await outcomeOf(response);
    if (outcome === 'success' && account && emailIn(raw.text) !== null && !device) rememberDevice(response, account);
    return response;
  } finally {
    limiter.finish(decision.ticket, outcome);
  }
}

/** The same request with the body already read put back. */
function rebuilt(request: Request, text: string): Request {
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  return new Request(request.url, { method: request.method, headers, body: text === '' ? null : text });
}

function parsed(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The password the body asks to check, if any: Better Auth names it `password` or `currentPassword`. */
function passwordIn(text: string): string | null {
  const body = parsed(text);
  const password = body?.password ?? body?.currentPassword;
  return typeof password === 'string' ? password : null;
}

function emailIn(text: string): string | null {
  const email = parsed(text)?.email;
  return typeof email === 'string' ? email.toLowerCase().slice(0, 320) : null;
}

/** The account the password is checked against: the address in the body, else the session's user. */
async function accountOf(text: string, request: Request): Promise<string | null> {
  const email = emailIn(text);
  if (email !== null) return editorAccountExists(email) ? email : null;
  const session = await getAuth().api.getSession({ headers: request.headers });
  return session ? session.user.email.toLowerCase() : null;
}

/** Success is a 2xx; failure is Better Auth's "wrong password" answer; anything else checked no password. */
async function outcomeOf(response: Response): Promise<Outcome> {
  if (response.ok) return 'success';
  if (response.status !== 400 && response.status !== 401) return 'not-checked';
  const body = (await response.clone().json().catch(() => null)) as { code?: unknown } | null;
  return body?.code === 'INVALID_EMAIL_OR_PASSWORD' || body?.code === 'INVALID_PASSWORD' ? 'failure' : 'not-checked';
}

function rememberDevice(response: Response, account: string) {
  const id = crypto.randomUUID().replaceAll('-', '');
  const token = signToken(appTokenSecret(), deviceScope(account), id, Date.now() + DEVICE_LIFETIME_MS);
  const secure = process.env.BETTER_AUTH_URL?.startsWith('https://') ? '; Secure' : '';
  response.headers.append(
    'Set-Cookie',
    `${DEVICE_COOKIE}=${token}; Path=/api/auth; Max-Age=${DEVICE_LIFETIME_MS / 1000}; HttpOnly; SameSite=Strict${secure}`,
  );
}

function cookieValue(request: Request, name: string): string | null {
  for (const pair of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function tooManyAttempts(seconds: number): Response {
  const wait = seconds === 1 ? '1 second' : seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return Response.json(
    { code: 'TOO_MANY_ATTEMPTS', message: `Too many attempts. Try again in ${wait}.`, retryAfter: seconds },
    { status: 429, headers: { 'Retry-After': String(seconds), 'X-Retry-After': String(seconds) } },
  );
}
