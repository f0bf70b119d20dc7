// Which pages other sites may show in an iframe, and which sites may: the embeddable charts under
// /embed/ may be framed by any site (news sites put them in articles); every other page may be framed
// by none, so the editor's forms can never be overlaid by a hostile page (clickjacking).
// proxy.ts applies the answer as CSP frame-ancestors and X-Frame-Options.

export const EMBED_PREFIX = '/embed/';

/** Whether a path is one of the embeddable pages (they also choose their language by ?lang=). */
export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith(EMBED_PREFIX) && pathname.length > EMBED_PREFIX.length;
}

export type Framing = {
  /** The CSP frame-ancestors sources. */
  frameAncestors: string;
  /** X-Frame-Options for browsers without frame-ancestors, or null to send none (it has no "anyone"). */
  xFrameOptions: 'DENY' | null;
};

export function framingFor(pathname: string): Framing {
  return isEmbedPath(pathname) ? { frameAncestors: '*', xFrameOptions: null } : { frameAncestors: "'none'", xFrameOptions: 'DENY' };
}
