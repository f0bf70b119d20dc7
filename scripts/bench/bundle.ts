// The client JavaScript a page loads: every /_next/static chunk its HTML names, raw and gzipped.
import zlib from 'node:zlib';

/**
 * Chunk paths named by the HTML: the <script src> tags and the chunks of client components that the
 * inline RSC payload lists (loaded on hydration, escaped inside a JavaScript string there).
 */
export function chunkPaths(html: string): { scriptTags: string[]; all: string[] } {
  const scriptTags = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)]
    .map((match) => match[1] as string)
    .filter((src) => src.startsWith('/_next/static/'));
  const referenced = [...html.matchAll(/\/_next\/static\/[A-Za-z0-9_\-./~%]+?\.js\b/g)].map((match) => match[0]);
  const all = [...new Set([...scriptTags, ...referenced])].sort();
  return { scriptTags: [...new Set(scriptTags)], all };
}

export type ClientJs = { status: number | null; scriptTags: number; chunks: number; rawBytes: number; gzipBytes: number; missing: string[] };

export async function measureClientJs(baseUrl: string, pagePath: string): Promise<ClientJs> {
  const page = await fetch(new URL(pagePath, baseUrl));
  const html = await page.text();
  const { scriptTags, all } = chunkPaths(html);
  let rawBytes = 0;
  let gzipBytes = 0;
  const missing: string[] = [];
  for (const chunk of all) {
    const response = await fetch(new URL(chunk, baseUrl));
    if (!response.ok) {
      missing.push(`${chunk} (${response.status})`);
      continue;
    }
    const body = Buffer.from(await response.arrayBuffer());
    rawBytes += body.length;
    gzipBytes += zlib.gzipSync(body, { level: 9 }).length;
  }
  return { status: page.status, scriptTags: scriptTags.length, chunks: all.length - missing.length, rawBytes, gzipBytes, missing };
}

/**
 * The ceiling for a page's throughput: a static chunk the same server sends, the one closest in size to
 * the page itself (a tiny file would flatter the ceiling, a huge one would lower it).
 */
export async function staticCeilingPath(baseUrl: string, pagePath: string): Promise<{ path: string; bytes: number; pageBytes: number }> {
  const page = await fetch(new URL(pagePath, baseUrl));
  const html = await page.text();
  const pageBytes = Buffer.byteLength(html);
  let best: { path: string; bytes: number } | null = null;
  for (const chunk of chunkPaths(html).scriptTags) {
    const response = await fetch(new URL(chunk, baseUrl));
    if (!response.ok) continue;
    const bytes = (await response.arrayBuffer()).byteLength;
    if (!best || Math.abs(bytes - pageBytes) < Math.abs(best.bytes - pageBytes)) best = { path: chunk, bytes };
  }
  if (!best) throw new Error(`${pagePath} names no static chunk`);
  return { ...best, pageBytes };
}
