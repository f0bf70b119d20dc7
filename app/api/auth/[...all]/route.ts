// Better Auth's HTTP endpoints (sign in, sign out, session); sign-up is disabled in its config. Every
// answer is no-store: they carry sessions, accounts and tokens. A POST must come from this site with a
// JSON body of at most 64 KB, and every password it carries passes the sign-in limits.
import { toNextJsHandler } from 'better-auth/next-js';
import { AUTH_MAX_BODY_BYTES, limitPasswordChecks } from '@/app/_auth/credential-limit';
import { refusalResponse, requestOrigins } from '@/app/_auth/guard';
import { getAuth } from '@/db/auth';
import { bodyRefusal, originRefusal } from '@/lib/request-guard';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return noStore(await toNextJsHandler(getAuth()).GET(request));
}

export async function POST(request: Request) {
  const refusal =
    originRefusal(request.headers, requestOrigins(request)) ??
    bodyRefusal(request.headers, { types: ['application/json'], maxBytes: AUTH_MAX_BODY_BYTES });
  if (refusal) return noStore(refusalResponse(refusal));
  return noStore(await limitPasswordChecks(request, (again) => toNextJsHandler(getAuth()).POST(again)));
}

function noStore(response: Response): Response {
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
