// The response cache in front of the app: public reads (lib/response-cache/routes.ts) are rendered once
// per data version and served from memory with a strong ETag, 304s, and public caching headers a CDN can
// use; everything else passes straight to Next and is marked private. A reader never gets an answer older
// than the last acknowledged write: every request reads the data stamp first (one indexed row, a few
// microseconds), and an answer is only found under the stamp it was rendered after.
import type http from 'node:http';
import { chooseCoding } from '@/lib/response-cache/content-coding';
import { inlineScriptHashes, storedPolicy } from '@/lib/response-cache/csp';
import { entityTag, entityTagBase, generationKey, ifNoneMatchHit, type ContentCoding, type Generation } from '@/lib/response-cache/etag';
import { ByteLru } from '@/lib/response-cache/lru';
import { decide, type CacheDecision } from '@/lib/response-cache/request-key';
import {
  keptHeaders,
  PRIVATE_CACHE_CONTROL,
  publicCachingHeaders,
  refusalToShare,
  type AppAnswer,
  type SharedCaching,
} from '@/lib/response-cache/stored-response';
import { scriptsOnInteraction } from '@/lib/response-cache/scripts-on-interaction';
import { SHARED_RENDER_HEADER } from '@/lib/response-cache/shared-render';
import type { AppPool } from './app-pool';
import type { Render } from './app-renderer';
import { compress, isCompressible } from './compress';
import { forward } from './forward';

export const CACHE_STATUS_HEADER = 'x-air-tally-cache';

type Stored = {
  key: string;
  status: number;
  /** The headers every coding shares (ETag, length and coding apart). */
  shared: string[];
  base: string;
  /** Whether gzip and brotli are offered (text of 1 KB or more). */
  compressible: boolean;
  /** Raw header lists per coding, ETag included: a hit is one writeHead and one end. */
  heads: Partial<Record<ContentCoding, string[]>>;
  /**
   * The answer as rendered, and each compressed coding once a reader has asked for it: under a stream of
   * writes most answers are replaced before anyone asks for a second coding, if for one at all.
   */
  bodies: Partial<Record<ContentCoding, Buffer>>;
  compressing: Partial<Record<'gzip' | 'br', Promise<Buffer>>>;
  bytes: number;
};

type Outcome =
  | { kind: 'stored'; entry: Stored }
  | { kind: 'unshared'; answer: AppAnswer; body: Buffer; reason: string }
  /** Read by the first reader to claim it; the others ask the app themselves. */
  | { kind: 'too large'; answer: AppAnswer; head: Buffer[]; rest: http.IncomingMessage; base: string; claimed: boolean };

/** A render in progress for one address, and the generation it was started under. */
type Running = { generation: string; outcome: Promise<Outcome> };

/** Renders at once across all addresses: more only share the same two cores more thinly. */
const MAX_RENDERS = 4;

export type ResponseCacheOptions = {
  /** The app processes: every request the cache does not answer goes to one of them. */
  pool: AppPool;
  render: Render;
  /** Build, day and data stamp: read on every request. */
  generation: () => Generation;
  maxBytes: number;
  maxEntryBytes: number;
  caching: SharedCaching;
  log: (message: string) => void;
};

export type ResponseCache = {
  serve: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  stats: () => { entries: number; bytes: number; hits: number; misses: number; revalidated: number; passed: number };
};

// Next's answers vary on its router headers; a shared cache must keep HTML and RSC payloads apart.
const ROUTER_VARY = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch'];

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const lru = new ByteLru<Stored>(options.maxBytes);
  // Per address (variant and target): the render in progress, and the one queued to start after it.
  const running = new Map<string, Running>();
  const queued = new Map<string, Promise<Outcome>>();
  let activeRenders = 0;
  const waitingForRender: (() => void)[] = [];
  /** Keys whose answer exceeded maxEntryBytes in this generation: streamed from then on. */
  const tooLarge = new Set<string>();
  let currentGeneration = '';
  const counts = { hits: 0, misses: 0, revalidated: 0, passed: 0 };
  const publicHeaders = publicCachingHeaders(options.caching).flat();
  let warnedNonce = false;

  function passThrough(req: http.IncomingMessage, res: http.ServerResponse, decision: CacheDecision) {
    counts.passed += 1;
    const isBuildAsset = req.url?.startsWith('/_next/static/') ?? false;
    forward(options.pool, req, res, (_status, headers) => {
      const sent: http.OutgoingHttpHeaders = withoutInternal(headers);
      // Only this cache declares an answer public (and Next's immutable build files).
      if (isBuildAsset) return sent;
      const control = String(headers['cache-control'] ?? '');
      if (!control || /\b(public|s-maxage)\b/i.test(control) || (!decision.cacheable && decision.reason === 'session')) {
        sent['cache-control'] = PRIVATE_CACHE_CONTROL;
      }
      return sent;
    });
  }

  /** The app answers this one reader directly: an answer too large to keep (a long export, say). */
  function streamFromApp(req: http.IncomingMessage, res: http.ServerResponse, decision: Extract<CacheDecision, { cacheable: true }>, base: string) {
    counts.passed += 1;
    prepareSharedRequest(req, decision);
    forward(options.pool, req, res, (status, headers) => {
      const { 'cache-control': control, 'content-security-policy': policy, 'x-accel-expires': _accel, ...rest } = withoutInternal(headers);
      if (refusalToShare({ status, headers: { 'set-cookie': headers['set-cookie'], 'cache-control': String(control ?? '') } })) {
        return { ...rest, ...(policy === undefined ? {} : { 'content-security-policy': policy }), 'cache-control': PRIVATE_CACHE_CONTROL };
      }
      // In order: nginx must read X-Accel-Expires before Cache-Control.
      const sent: http.OutgoingHttpHeaders = { ...rest };
      for (let i = 0; i < publicHeaders.length; i += 2) sent[publicHeaders[i] as string] = publicHeaders[i + 1];
      sent.etag = entityTag(base, 'identity');
      sent.vary = varyHeader(undefined, decision);
      sent[CACHE_STATUS_HEADER] = 'STREAM';
      if (policy !== undefined) sent['content-security-policy'] = storedPolicy(String(policy), []) ?? String(policy);
      return sent;
    });
  }

  function prepareSharedRequest(req: http.IncomingMessage, decision: Extract<CacheDecision, { cacheable: true }>) {
    req.url = decision.target;
    // The answer is everyone's: rendered from the address and the variant alone, uncompressed (one
    // representation per entity tag; a proxy in front may compress).
    for (const name of Object.keys(req.headers)) if (name !== 'host') delete req.headers[name];
    Object.assign(req.headers, decision.renderHeaders, { [SHARED_RENDER_HEADER]: '1' });
  }

  async function withRenderSlot<T>(work: () => Promise<T>): Promise<T> {
    if (activeRenders >= MAX_RENDERS) await new Promise<void>((resolve) => waitingForRender.push(resolve));
    activeRenders += 1;
    try {
      return await work();
    } finally {
      activeRenders -= 1;
      waitingForRender.shift()?.();
    }
  }

  /** Notes the generation just read; a new one means a write (or a new day or build): nothing kept is valid. */
  function enterGeneration(generation: Generation): string {
    const key = generationKey(generation);
    if (key !== currentGeneration) {
      lru.clear();
      tooLarge.clear();
      currentGeneration = key;
    }
    return key;
  }

  /**
   * The answer for an address, rendered at most once at a time per address. A reader may join a render
   * only if nothing was written since it started (same generation); otherwise it waits for the next
   * render, which starts when the running one ends and so reads everything written before the reader
   * came. Under constant writes, renders of one address run back to back, each serving every reader
   * who arrived during the one before, instead of piling up.
   */
  function obtain(decision: Extract<CacheDecision, { cacheable: true }>, arrival: string, host: string | undefined): Promise<Outcome> {
    const slot = `${decision.variant}\n${decision.target}`;
    const current = running.get(slot);
    if (current && current.generation === arrival) return current.outcome;
    const next = queued.get(slot);
    if (next) return next;
    if (!current) return start(slot, decision, host);
    const after = current.outcome
      .catch(() => undefined)
      .then(() => {
        queued.delete(slot);
        return start(slot, decision, host);
      });
    queued.set(slot, after);
    return after;
  }

  function start(slot: string, decision: Extract<CacheDecision, { cacheable: true }>, host: string | undefined): Promise<Outcome> {
    // Read before the render starts: everything written up to here is in what it reads.
    const generation = options.generation();
    const genKey = enterGeneration(generation);
    const key = `${genKey}\n${slot}`;
    const kept = lru.get(key);
    if (kept) return Promise.resolve({ kind: 'stored', entry: kept });
    const base = entityTagBase(generation, decision.variant, decision.target);
    const outcome = withRenderSlot(() => fill(decision, key, base, host)).finally(() => {
      if (running.get(slot)?.outcome === outcome) running.delete(slot);
    });
    running.set(slot, { generation: genKey, outcome });
    return outcome;
  }

  async function fill(decision: Extract<CacheDecision, { cacheable: true }>, key: string, base: string, host: string | undefined): Promise<Outcome> {
    const rendered = await options.render(decision.target, { ...(host ? { host } : {}), ...decision.renderHeaders }, options.maxEntryBytes);
    if (rendered.kind === 'too large') {
      tooLarge.add(key);
      return { ...rendered, base, claimed: false };
    }
    const { answer } = rendered;
    let { body } = rendered;
    const refusal = refusalToShare(answer);
    if (refusal) return { kind: 'unshared', answer, body, reason: refusal };

    const contentType = String(answer.headers['content-type'] ?? '');
    const isHtml = /^text\/html/i.test(contentType);
    let html = isHtml ? body.toString('utf8') : '';
    // A page rendered with a nonce would hand every reader the same nonce: proxy.ts did not see the
    // shared-render header. Serve it to those who asked, keep nothing.
    if (isHtml && /\snonce="/.test(html)) {
      if (!warnedNonce) options.log('a page rendered for the cache carries a nonce: not stored (does proxy.ts honour x-air-tally-shared-render?)');
      warnedNonce = true;
      return { kind: 'unshared', answer, body, reason: 'nonce in page' };
    }
    // Only a page that will be stored (its policy built from its hashes below) gets the loader.
    if (isHtml && decision.route.scriptsOnInteraction && answer.status === 200) {
      html = scriptsOnInteraction(html);
      body = Buffer.from(html, 'utf8');
    }
    const headers = keptHeaders(answer.headers, host);
    const appPolicy = answer.headers['content-security-policy'];
    if (appPolicy !== undefined) {
      const policy = storedPolicy(String(appPolicy), isHtml ? inlineScriptHashes(html) : []);
      if (policy === null) return { kind: 'unshared', answer, body, reason: 'policy without script-src' };
      headers.push(['content-security-policy', policy]);
    }
    const shared = [...headers.flat(), ...publicHeaders, 'vary', varyHeader(answer.headers.vary, decision)];
    const entry: Stored = {
      key,
      status: answer.status,
      shared,
      base,
      compressible: isCompressible(contentType) && body.length >= 1024,
      heads: {},
      bodies: { identity: body },
      compressing: {},
      bytes: 0,
    };
    addCoding(entry, 'identity', body);
    if (key.startsWith(`${currentGeneration}\n`)) lru.set(key, entry);
    return { kind: 'stored', entry };
  }

  function addCoding(entry: Stored, coding: ContentCoding, coded: Buffer) {
    const head = [...entry.shared, 'etag', entityTag(entry.base, coding), 'content-length', String(coded.length)];
    if (coding !== 'identity') head.push('content-encoding', coding);
    entry.bodies[coding] = coded;
    entry.heads[coding] = head;
    const bodyBytes = Object.values(entry.bodies).reduce((sum, body) => sum + body.length, 0);
    entry.bytes = bodyBytes + 32 * entry.shared.length + entry.key.length;
  }

  /** The coding this reader gets: compressed on first demand (one compression however many ask at once). */
  async function coded(entry: Stored, coding: 'gzip' | 'br'): Promise<Buffer> {
    const kept = entry.bodies[coding];
    if (kept) return kept;
    const identity = entry.bodies.identity ?? Buffer.alloc(0);
    return (entry.compressing[coding] ??= compress(identity, coding).then((body) => {
      // Counted in the cache's bytes, if the entry is still kept (taken out at its old size first).
      const kept = lru.peek(entry.key) === entry;
      if (kept) lru.delete(entry.key);
      addCoding(entry, coding, body);
      if (kept) lru.set(entry.key, entry);
      return body;
    }));
  }

  function send(req: http.IncomingMessage, res: http.ServerResponse, entry: Stored, status: string) {
    const coding = chooseCoding(req.headers['accept-encoding'], entry.compressible ? ['br', 'gzip'] : []);
    if (coding !== 'identity' && !entry.bodies[coding]) {
      coded(entry, coding).then(
        () => send(req, res, entry, status),
        (error: unknown) => {
          options.log(`compressing failed: ${error instanceof Error ? error.message : String(error)}`);
          entry.compressible = false;
          send(req, res, entry, status);
        },
      );
      return;
    }
    const head = entry.heads[coding] ?? entry.heads.identity ?? [];
    res.writeHead(entry.status, [...head, CACHE_STATUS_HEADER, status]);
    res.end(req.method === 'HEAD' ? undefined : (entry.bodies[coding] ?? entry.bodies.identity));
  }

  function sendUnshared(req: http.IncomingMessage, res: http.ServerResponse, outcome: Extract<Outcome, { kind: 'unshared' }>) {
    const headers = keptHeaders(outcome.answer.headers, req.headers.host);
    const policy = outcome.answer.headers['content-security-policy'];
    if (policy !== undefined) headers.push(['content-security-policy', String(policy)]);
    res.writeHead(outcome.answer.status, [
      ...headers.flat(),
      ...setCookieHeaders(outcome.answer),
      'cache-control', PRIVATE_CACHE_CONTROL,
      'content-length', String(outcome.body.length),
      CACHE_STATUS_HEADER, 'UNSHARED',
    ]);
    res.end(req.method === 'HEAD' ? undefined : outcome.body);
  }

  function serveCacheable(req: http.IncomingMessage, res: http.ServerResponse, decision: Extract<CacheDecision, { cacheable: true }>) {
    const generation = options.generation();
    const genKey = enterGeneration(generation);
    const base = entityTagBase(generation, decision.variant, decision.target);
    const matched = ifNoneMatchHit(req.headers['if-none-match'], base);
    if (matched) {
      counts.revalidated += 1;
      res.writeHead(304, [...publicHeaders, 'etag', matched, 'vary', varyHeader(undefined, decision), CACHE_STATUS_HEADER, 'REVALIDATED']);
      res.end();
      return;
    }
    const key = `${genKey}\n${decision.variant}\n${decision.target}`;
    if (tooLarge.has(key)) return streamFromApp(req, res, decision, base);
    const entry = lru.get(key);
    if (entry) {
      counts.hits += 1;
      return send(req, res, entry, 'HIT');
    }
    counts.misses += 1;
    obtain(decision, genKey, req.headers.host).then(
      (outcome) => {
        if (outcome.kind === 'stored') return send(req, res, outcome.entry, 'MISS');
        if (outcome.kind === 'unshared') return sendUnshared(req, res, outcome);
        if (outcome.claimed) return streamFromApp(req, res, decision, outcome.base);
        // The first reader to get here reads what was rendered, the rest of it as it comes.
        outcome.claimed = true;
        const headers = keptHeaders(outcome.answer.headers, req.headers.host).flat();
        const shared = refusalToShare(outcome.answer) === null;
        const policy = outcome.answer.headers['content-security-policy'];
        if (policy !== undefined) headers.push('content-security-policy', shared ? (storedPolicy(String(policy), []) ?? String(policy)) : String(policy));
        const caching = shared
          ? [...publicHeaders, 'etag', entityTag(outcome.base, 'identity'), 'vary', varyHeader(outcome.answer.headers.vary, decision)]
          : ['cache-control', PRIVATE_CACHE_CONTROL, ...setCookieHeaders(outcome.answer)];
        res.writeHead(outcome.answer.status, [...headers, ...caching, CACHE_STATUS_HEADER, 'STREAM']);
        for (const chunk of outcome.head) res.write(chunk);
        outcome.rest.pipe(res);
        outcome.rest.resume();
        // A reader who goes away stops the app's work too (an export stops reading rows).
        res.once('close', () => {
          if (!res.writableFinished) outcome.rest.destroy();
        });
      },
      (error: unknown) => {
        options.log(`rendering ${decision.target} failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) res.writeHead(502, ['cache-control', PRIVATE_CACHE_CONTROL, 'content-type', 'text/plain; charset=utf-8']);
        res.end('The page could not be rendered.\n');
      },
    );
  }

  return {
    serve(req, res) {
      // Only this server may ask the app for a nonce-free shared render.
      delete req.headers[SHARED_RENDER_HEADER];
      const decision = decide({ method: req.method ?? 'GET', url: req.url ?? '/', header: (name) => headerText(req, name) });
      if (!decision.cacheable) return passThrough(req, res, decision);
      try {
        serveCacheable(req, res, decision);
      } catch (error) {
        // The data stamp could not be read (a database being replaced?): never guess, ask the app.
        options.log(`cache unavailable, passing through: ${error instanceof Error ? error.message : String(error)}`);
        passThrough(req, res, { cacheable: false, reason: 'cache unavailable' });
      }
    },
    stats: () => ({ entries: lru.size, bytes: lru.bytes, ...counts }),
  };
}

// Next's internal markers (x-middleware-rewrite names the internal /en path) stay inside.
function withoutInternal(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const kept: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !/^x-(middleware|nextjs)-/i.test(name)) kept[name] = value;
  return kept;
}

function setCookieHeaders(answer: AppAnswer): string[] {
  const setCookie = answer.headers['set-cookie'];
  if (setCookie === undefined) return [];
  return (Array.isArray(setCookie) ? setCookie : [setCookie]).flatMap((cookie) => ['set-cookie', cookie]);
}

function headerText(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function varyHeader(appVary: string | string[] | undefined, decision: Extract<CacheDecision, { cacheable: true }>): string {
  const names = new Map<string, string>();
  const add = (name: string) => {
    const trimmed = name.trim();
    if (trimmed) names.set(trimmed.toLowerCase(), trimmed);
  };
  for (const part of (Array.isArray(appVary) ? appVary.join(',') : appVary ?? '').split(',')) add(part);
  if (decision.route.localised) ROUTER_VARY.forEach(add);
  add('Accept-Encoding');
  decision.vary.forEach(add);
  return [...names.values()].join(', ');
}
