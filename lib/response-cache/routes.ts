// The public reads the response cache may keep: one table. A route not listed here is never cached
// (editor pages, sign-in, writes, health), and a listed route forwards only the query parameters it
// names, so a flood of made-up parameters cannot make the server render the same page again and again.
// Adding a public route: add a row, with every query parameter the route reads.
import { DEFAULT_LOCALE, splitLocalePath } from '@/lib/i18n/locales';

export type PublicRoute = {
  name: string;
  /** The path, without a language prefix when `localised`, matched as a whole. */
  path: RegExp;
  /** Served in every interface language (English unprefixed, Ukrainian under /uk). */
  localised: boolean;
  /** The query parameters the route reads; any other is dropped before the app sees the request. */
  params: readonly string[];
  /**
   * The route refuses parameters it does not know (the JSON API answers 400): a request with an unknown,
   * repeated or blank parameter is passed to the app uncached, so it gets its 400 rather than the
   * answer without that parameter.
   */
  strict?: boolean;
  /**
   * A reader page that works before its scripts run: the stored page loads Next's scripts on the
   * reader's first interaction, or when a chart nears the screen (scripts-on-interaction.ts).
   */
  scriptsOnInteraction?: boolean;
  /**
   * A page of public figures with no editing form, sent without
   * Cross-Origin-Opener-Policy so that a browser may open it in the process it already has
   * (lib/opener-policy.ts says why).
   */
  publicReading?: boolean;
};

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const RANGE = ['from', 'to', 'target'] as const;
const DASHBOARD = [...RANGE, 'granularity'] as const;

export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  // `deleted` names the night an editor just deleted (the notice after the delete redirect); `year` is the
  // calendar's.
  { name: 'dashboard', path: /^\/$/, localised: true, params: [...DASHBOARD, 'year', 'deleted'], scriptsOnInteraction: true, publicReading: true },
  { name: 'about', path: /^\/about$/, localised: true, params: [], scriptsOnInteraction: true, publicReading: true },
  { name: 'night', path: new RegExp(`^/nights/${DATE}$`), localised: true, params: ['target'], scriptsOnInteraction: true, publicReading: true },
  { name: 'feed', path: /^\/feed\.xml$/, localised: true, params: ['target'] },
  // Link preview images (app/og): the language and the night or view are in the path.
  { name: 'night preview image', path: new RegExp(`^/og/(en|uk)/night/(UA|RU)/${DATE}\\.png$`), localised: false, params: [] },
  { name: 'view preview image', path: new RegExp(`^/og/(en|uk)/view/(UA|RU)/${DATE}/${DATE}\\.png$`), localised: false, params: [] },
  // The embeddable chart takes its language from ?lang=, not from the path.
  { name: 'embedded launches chart', path: /^\/embed\/launches$/, localised: false, params: [...DASHBOARD, 'lang'] },
  { name: 'nights API', path: /^\/api\/nights$/, localised: false, params: RANGE, strict: true },
  { name: 'series API', path: /^\/api\/series$/, localised: false, params: DASHBOARD, strict: true },
  { name: 'weapons API', path: /^\/api\/weapons$/, localised: false, params: RANGE, strict: true },
  { name: 'records API', path: /^\/api\/records$/, localised: false, params: ['target'], strict: true },
  { name: 'latest API', path: /^\/api\/latest$/, localised: false, params: ['target'], strict: true },
  { name: 'OpenAPI description', path: /^\/api\/openapi\.json$/, localised: false, params: [] },
  { name: 'export', path: /^\/export\.csv$/, localised: false, params: RANGE },
  { name: 'per-night export', path: /^\/export-nights\.csv$/, localised: false, params: RANGE },
];

/** The route a path belongs to, or null when it is not a public read. */
export function matchPublicRoute(pathname: string, routes: readonly PublicRoute[] = PUBLIC_ROUTES): PublicRoute | null {
  const { locale, path } = splitLocalePath(pathname);
  const prefixed = locale !== DEFAULT_LOCALE;
  for (const route of routes) {
    if (route.localised ? route.path.test(path) : !prefixed && route.path.test(pathname)) return route;
  }
  return null;
}
