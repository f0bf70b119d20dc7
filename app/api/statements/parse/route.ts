// POST /api/statements/parse: a statement's text in, the night's figures out (SPEC §3.5). It reads no
// data and writes none, so it needs no sign-in; it is rate-limited per client instead, by cost: a request
// pays one token to be read, which covers its first 2,000 characters, and one more for each further 2,000,
// so a client's share of the server's time is bounded (60 tokens a minute: six of the longest texts).
import { z } from 'zod';
import { readBodyText } from '@/lib/json-body';
import { clientKey, createRateLimiter, type RateLimiter } from '@/lib/rate-limit';
import { parseRequestSchema, toApiResponse } from '@/lib/statement-parser/api';
import { parseStatement } from '@/lib/statement-parser/parse-statement';

export const dynamic = 'force-dynamic';

/** 20,000 characters fit even when each is sent as a \uXXXX escape (6 bytes); larger bodies are refused unread. */
const MAX_BODY_BYTES = 256_000;

// One limiter per server process, kept across module reloads in development.
const globalForLimiter = globalThis as unknown as { airTallyParseLimiter?: RateLimiter };
const limiter = (globalForLimiter.airTallyParseLimiter ??= createRateLimiter({ capacity: 60, refillPerSecond: 1 }));

/** Characters of text that cost one more token to parse. */
const CHARACTERS_PER_TOKEN = 2_000;

function json(body: unknown, status: number, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

function tooMany(wait: number) {
  return json({ error: `Too many requests: try again in ${wait} second${wait === 1 ? '' : 's'}.` }, 429, {
    'Retry-After': String(wait),
  });
}

export async function POST(request: Request) {
  const client = clientKey(request.headers, process.env.TRUSTED_IP_HEADER);
  const decision = limiter.take(client, Date.now());
  if (!decision.allowed) return tooMany(decision.retryAfterSeconds);

  const tooLarge = { error: `The request body is larger than ${MAX_BODY_BYTES / 1000} KB; the text may be at most 20,000 characters.` };
  const raw = await readBodyText(request, MAX_BODY_BYTES);
  if (!raw.ok) {
    return json(raw.reason === 'too-large' ? tooLarge : { error: 'The body is not valid UTF-8 text.' }, 400);
  }

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
  // The rest of the parse is paid for before it runs (a short text has paid with its first token).
  const extra = Math.ceil(parsed.data.text.length / CHARACTERS_PER_TOKEN) - 1;
  if (extra > 0) {
    const parseDecision = limiter.take(client, Date.now(), extra);
    if (!parseDecision.allowed) return tooMany(parseDecision.retryAfterSeconds);
  }
  return json(toApiResponse(parseStatement(parsed.data.text)), 200);
}
