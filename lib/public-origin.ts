// The site's public origin for absolute links (feed entries, link-preview images): the configured
// public URL (BETTER_AUTH_URL) when there is one, else the host the request was sent to. Absolute links
// are what feed readers and link-preview crawlers need; behind a proxy, set BETTER_AUTH_URL so a forged
// Host header can never put another site's address into a page or a feed.

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

export function publicOrigin(input: { configured?: string | null; host?: string | null; protocol?: string | null }): string {
  if (input.configured) {
    try {
      const url = new URL(input.configured);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
    } catch {
      // Not a URL: fall back to the request's host.
    }
  }
  const host = input.host && HOST.test(input.host) ? input.host.toLowerCase() : 'localhost';
  const protocol = input.protocol === 'https' || input.protocol === 'https:' ? 'https' : 'http';
  return `${protocol}://${host}`;
}
