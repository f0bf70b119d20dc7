// Strong entity tags from what an answer depends on: the build, the day (the default range is the last
// 30 days), the data stamp every write changes (db/queries/data-stamp.ts), the variant and the address.
// Every server process on the same database file and build gives the same tag for the same answer, so
// a CDN and browsers can revalidate against any of them. Each content coding is its own representation.
import crypto from 'node:crypto';

export type ContentCoding = 'br' | 'gzip' | 'identity';

/** What makes every answer of one process change at once; cached answers of another generation are dropped. */
export type Generation = { buildId: string; day: string; dataStamp: string };

export const generationKey = (generation: Generation) => `${generation.buildId}|${generation.day}|${generation.dataStamp}`;

/** The opaque part shared by the codings of one answer. */
export function entityTagBase(generation: Generation, variant: string, target: string): string {
  const digest = crypto.createHash('sha256').update(`${generationKey(generation)}\n${variant}\n${target}`).digest('base64url');
  return `at-${digest.slice(0, 27)}`;
}

export function entityTag(base: string, coding: ContentCoding): string {
  return coding === 'identity' ? `"${base}"` : `"${base}-${coding === 'gzip' ? 'gz' : 'br'}"`;
}

/**
 * The tag in If-None-Match that names this answer in any coding, or null (weak comparison, as RFC 9110
 * asks for If-None-Match: a tag a proxy weakened while compressing still matches). `*` gives the
 * identity tag.
 */
export function ifNoneMatchHit(header: string | undefined, base: string): string | null {
  if (!header) return null;
  if (header.trim() === '*') return entityTag(base, 'identity');
  for (const raw of header.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    if (!tag.startsWith('"') || !tag.endsWith('"')) continue;
    const opaque = tag.slice(1, -1);
    if (opaque === base || opaque === `${base}-gz` || opaque === `${base}-br`) return tag;
  }
  return null;
}
