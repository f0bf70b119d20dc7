// The Content-Security-Policy of a stored page. A per-request nonce cannot be stored (every reader, and
// a CDN, would get the same one), so a page rendered for the cache carries no nonce and its policy names
// the SHA-256 hash of each inline script instead: the same bytes for everyone, no 'unsafe-inline', and
// Next's own script files allowed by 'self' (there is no 'strict-dynamic' without a nonce to anchor it).
import crypto from 'node:crypto';

// A script element: attributes may hold quoted '>' characters; the content ends at the first </script.
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const SRC = /\bsrc\s*=/i;
const TYPE = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
// Types a browser runs as script; other types (application/json, ld+json) are data blocks.
const SCRIPT_TYPES = /^(|text\/javascript|application\/javascript|module|text\/ecmascript|application\/ecmascript)$/i;

/** 'sha256-…' for each distinct inline script a browser would run, in document order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? '';
    if (SRC.test(attributes)) continue;
    const type = TYPE.exec(attributes);
    if (type && !SCRIPT_TYPES.test((type[1] ?? type[2] ?? type[3] ?? '').trim())) continue;
    // The HTML parser turns CRLF and CR into LF before the browser hashes the text.
    const text = (match[2] ?? '').replace(/\r\n?/g, '\n');
    hashes.add(`'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy for a stored answer: the app's policy with its nonce and 'strict-dynamic' replaced by the
 * given hashes (and 'self', which the nonce made redundant). Every other directive stays as the app set
 * it. Null when the policy has no script-src to rewrite (then the answer is not stored).
 */
export function storedPolicy(policy: string, hashes: readonly string[]): string | null {
  let found = false;
  const directives = policy.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name?.toLowerCase() !== 'script-src' && name?.toLowerCase() !== 'script-src-elem') return directive.trim();
    found = true;
    const kept = sources.filter((source) => !/^'nonce-/i.test(source) && source.toLowerCase() !== "'strict-dynamic'");
    if (!kept.includes("'self'")) kept.unshift("'self'");
    return [name, ...kept, ...hashes].join(' ');
  });
  return found ? directives.filter(Boolean).join('; ') : null;
}
