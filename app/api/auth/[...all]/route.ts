// Better Auth's HTTP endpoints (sign in, sign out, session); sign-up is disabled in its config.
import { toNextJsHandler } from 'better-auth/next-js';
import { getAuth } from '@/db/auth';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}

export async function POST(request: Request) {
  return toNextJsHandler(getAuth()).POST(request);
}
