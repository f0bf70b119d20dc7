// Editor accounts and sessions through Better Auth on the same SQLite database.
// Built lazily so that `next build` neither opens the database nor needs the secret.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { databasePath, getDb } from './client';
import * as schema from './schema';

/** `BETTER_AUTH_SECRET`, or a random one kept beside the database file (never in the repo). */
function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(path.dirname(path.resolve(databasePath())), '.auth-secret');
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/**
 * The key for the app's own signed tokens (the import's apply token, the sign-in's known-device cookie):
 * derived from the auth secret, so that no token of ours can pass for one of Better Auth's or the reverse.
 */
export function appTokenSecret(): string {
  globalForAuth.airTallyTokenSecret ??= crypto.createHmac('sha256', authSecret()).update('air-tally app tokens v1').digest('hex');
  return globalForAuth.airTallyTokenSecret;
}

function createAuth() {
  // Behind a reverse proxy, name the header it sets (e.g. x-real-ip) so sign-in limits apply per
  // client; without one, every client shares one bucket, and a forged x-forwarded-for changes nothing.
  const ipHeader = process.env.TRUSTED_IP_HEADER;
  return betterAuth({
    appName: 'Air Tally',
    database: drizzleAdapter(getDb(), { provider: 'sqlite', schema }),
    secret: authSecret(),
    baseURL: process.env.BETTER_AUTH_URL,
    // Without a configured public URL, trust the origin the request was addressed to (a same-origin
    // check): a self-hosted install works at localhost, 127.0.0.1 or a LAN name alike, while a page on
    // any other site still cannot sign in or out on an editor's behalf.
    ...(process.env.BETTER_AUTH_URL ? {} : { trustedOrigins: sameOriginAsRequest }),
    emailAndPassword: { enabled: true, minPasswordLength: 10, autoSignIn: false },
    // Editors are created by the server (start-up bootstrap or `npm run editor`), never by strangers.
    disabledPaths: ['/sign-up/email'],
    rateLimit: {
      enabled: process.env.AUTH_RATE_LIMIT !== 'off',
      window: 60,
      max: 100,
      // Password checks have their own limits, per account and per known device (app/_auth/credential-limit.ts):
      // this limiter keys by address and path, and without a trusted proxy header everyone shares one
      // bucket, so five stray attempts would lock the editor out.
      customRules: { '/sign-in/*': false, '/verify-password': false, '/change-password': false, '/delete-user': false },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: ipHeader ? [ipHeader] : [] },
      // Secure cookies only when the public URL is https: Better Auth's default (Secure whenever
      // NODE_ENV=production) would make sign-in fail silently on a plain-http install on a LAN name.
      useSecureCookies: process.env.BETTER_AUTH_URL?.startsWith('https://') ?? false,
    },
    plugins: [nextCookies()],
  });
}

function sameOriginAsRequest(request?: Request): string[] {
  const host = request?.headers.get('host');
  if (!host || !/^[a-z0-9.\-\[\]:]+$/i.test(host)) return [];
  return [`http://${host}`, `https://${host}`];
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { airTallyAuth?: Auth; airTallyTokenSecret?: string };

export function getAuth(): Auth {
  globalForAuth.airTallyAuth ??= createAuth();
  return globalForAuth.airTallyAuth;
}
