// Which pages carry Cross-Origin-Opener-Policy: same-origin. The header cuts every link between this page's
// window and a window of another site that opened it or that it opens, so that such a window can neither
// navigate this tab elsewhere (to a copy of the sign-in form, say) nor probe it, and it puts the page in a
// process of its own. Every page keeps it (sign-in, the editor's forms, the import, an unknown address)
// except the public reading pages: the dashboard, a night and "How we count". They hold only figures
// anyone may read and no editing form (the filters are a GET form; the header's sign-out button, shown to
// a signed-in editor, is on every page), and a window of another site may navigate its own windows
// anywhere anyway. For them the header's cost is real: a browser must start a new process and JavaScript context before it can
// show the page (on a phone's CPU, about a quarter of a second of blocked main thread in Lighthouse's mobile
// run). A reader who goes on to sign in or edit arrives at a page that has the header again.
import { matchPublicRoute } from './response-cache/routes';
import { OPENER_POLICY } from './security-headers';

/** The Cross-Origin-Opener-Policy for a path, or null to send none. */
export function openerPolicyFor(pathname: string): string | null {
  return matchPublicRoute(pathname)?.publicReading ? null : OPENER_POLICY;
}
