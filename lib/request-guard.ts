// The checks every state-changing request passes before its body is read: it comes from this site (not
// another origin, nor another port of the same host), it carries the content type its route expects,
// and it is not larger than its route accepts. Pure: the caller gives the headers and the origins it
// answers for; app/_auth/guard.ts adds the session check and turns a refusal into a response.

export type BodyPolicy =
  /** The request carries no body (DELETE). */
  | 'none'
  /** A body of one of `types` (media types, lower case), at most `maxBytes`; `tooLarge` says what to do instead. */
  | { types: readonly string[]; maxBytes: number; tooLarge?: string };

export type Refusal = { status: 403 | 413 | 415; error: string };

/**
 * The origins a request to `host` may come from: the host itself (over http or https: behind a TLS proxy
 * the app may not know which) and the public URL when one is configured (BETTER_AUTH_URL).
 */
export function allowedOrigins(host: string | null, publicUrl?: string): string[] {
  const origins: string[] = [];
  if (host && /^[a-z0-9.\-[\]:]+$/i.test(host)) origins.push(`http://${host.toLowerCase()}`, `https://${host.toLowerCase()}`);
  if (publicUrl) {
    try {
      origins.push(new URL(publicUrl).origin);
    } catch {
      // A malformed public URL names no origin.
    }
  }
  return origins;
}

/**
 * Whether the request may come from where it says it comes from. Browsers send Origin with every
 * POST, PUT and DELETE (and "null" from sandboxes and some redirects), so a request without one is not
 * a browser's cross-site request, unless its Fetch Metadata says otherwise. Scripts (curl, the
 * stress run) send neither and pass: they carry the session cookie only if they were given it.
 */
export function originRefusal(headers: Headers, origins: readonly string[]): Refusal | null {
  const origin = headers.get('origin');
  if (origin !== null) {
    if (origins.includes(origin.toLowerCase())) return null;
    return { status: 403, error: 'This request comes from another site; it can only be made from Air Tally itself.' };
  }
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') {
    return { status: 403, error: 'This request comes from another site; it can only be made from Air Tally itself.' };
  }
  return null;
}

/** Whether the request carries a body at all: a length above zero, or a chunked one. */
export function hasBody(headers: Headers): boolean {
  const length = headers.get('content-length');
  if (length !== null) return length.trim() !== '0';
  return headers.get('transfer-encoding') !== null;
}

/** The declared content type's media type, lower case, without parameters ("text/csv; charset=utf-8" → "text/csv"). */
export function mediaType(headers: Headers): string | null {
  const type = headers.get('content-type');
  if (type === null) return null;
  return type.split(';')[0]?.trim().toLowerCase() || null;
}

/** The body's declared type and size against the route's policy; the size is checked again while reading. */
export function bodyRefusal(headers: Headers, policy: BodyPolicy): Refusal | null {
  if (policy === 'none') {
    return hasBody(headers) ? { status: 413, error: 'This request takes no body.' } : null;
  }
  const type = mediaType(headers);
  if (hasBody(headers) || type !== null) {
    if (type === null || !policy.types.includes(type)) {
      return { status: 415, error: `Send the body with Content-Type: ${policy.types.join(' or ')}.` };
    }
  }
  const length = headers.get('content-length');
  if (length !== null && (!/^\d+$/.test(length.trim()) || Number(length) > policy.maxBytes)) {
    return { status: 413, error: policy.tooLarge ?? `The request body is larger than ${formatBytes(policy.maxBytes)}.` };
  }
  return null;
}

/** 262144 → "256 KB", 20971520 → "20 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}
