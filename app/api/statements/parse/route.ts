// POST /api/statements/parse: a statement's text in, the night's figures out (SPEC §3.5). It reads no
// data and writes none, so it needs no sign-in; it is rate-limited per client instead.
import { z } from 'zod';
import { clientKey, createRateLimiter, type RateLimiter } from '@/lib/rate-limit';
import { parseRequestSchema, toApiResponse } from '@/lib/statement-parser/api';
import { parseStatement } from '@/lib/statement-parser/parse-statement';

export const dynamic = 'force-dynamic';

/** 20,000 characters of text fit easily (even escaped); anything larger is refused unread. */
const MAX_BODY_BYTES = 100_000;

// One limiter per server process, kept across module reloads in development.
const globalForLimiter = globalThis as unknown as { airTallyParseLimiter?: RateLimiter };
const limiter = (globalForLimiter.airTallyParseLimiter ??= createRateLimiter({ capacity: 60, refillPerSecond: 1 }));

function json(body: unknown, status: number, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

type Body = { ok: true; text: string } | { ok: false; problem: 'too-large' | 'not-utf8' };

/**
 * The body as text, refused when it passes `limit` bytes (reading stops there) or is not UTF-8:
 * decoding with replacement characters would parse a text that nobody sent.
 */
async function readBody(request: Request, limit: number): Promise<Body> {
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return { ok: false, problem: 'too-large' };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, problem: 'not-utf8' };
  }
}

export async function POST(request: Request) {
  const decision = limiter.take(clientKey(request.headers, process.env.TRUSTED_IP_HEADER), Date.now());
  if (!decision.allowed) {
    const wait = decision.retryAfterSeconds;
    return json({ error: `Too many requests: try again in ${wait} second${wait === 1 ? '' : 's'}.` }, 429, {
      'Retry-After': String(wait),
    });
  }

  const tooLarge = { error: `The request body is larger than ${MAX_BODY_BYTES / 1000} KB; the text may be at most 20,000 characters.` };
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return json(tooLarge, 400);
  const raw = await readBody(request, MAX_BODY_BYTES);
  if (!raw.ok && raw.problem === 'too-large') return json(tooLarge, 400);
  if (!raw.ok) return json({ error: 'The body is not valid UTF-8 text. Send {"text": "..."} encoded as UTF-8.' }, 400);

  let body: unknown;
  try {
    body = JSON.parse(raw.text);
  } catch {
    return json({ error: 'The body is not JSON. Send {"text": "..."}.' }, 400);
  }
  const parsed = parseRequestSchema.safeParse(body);
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error);
    return json({ error: errors.fieldErrors.text?.[0] ?? errors.formErrors[0] ?? 'Send {"text": "..."}.' }, 400);
  }
  return json(toApiResponse(parseStatement(parsed.data.text)), 200);
}
