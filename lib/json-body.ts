// Reading a request body with a size cap, so a huge, malformed or non-UTF-8 body gets a 4xx, not a crash.
export type BodyText = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'not-utf8' };

/** The body as UTF-8 text, reading no further than `maxBytes`. */
export async function readBodyText(request: Request, maxBytes: number): Promise<BodyText> {
  if (Number(request.headers.get('content-length') ?? NaN) > maxBytes) return { ok: false, reason: 'too-large' };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: 'too-large' };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

/** A JSON body sent as application/json, parsed; otherwise a status and a message for the caller. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return { ok: false, status: 415, error: 'Send the body as JSON with Content-Type: application/json.' };
  }
  const body = await readBodyText(request, maxBytes);
  if (!body.ok) {
    return body.reason === 'too-large'
      ? { ok: false, status: 413, error: `The body is larger than ${Math.round(maxBytes / 1024)} KB.` }
      : { ok: false, status: 400, error: 'The body is not valid UTF-8.' };
  }
  if (body.text === '') return { ok: false, status: 400, error: 'The request has no body.' };
  try {
    return { ok: true, value: JSON.parse(body.text) };
  } catch {
    return { ok: false, status: 400, error: 'The body is not valid JSON.' };
  }
}
