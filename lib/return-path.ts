// Where to go after signing in: only a path on this site, so a crafted link cannot send editors away.
// The rule is the URL parser's, not a list of bad prefixes: the value is resolved the way a browser
// resolves a Location header, and only what stays on our origin (and cannot be read as another host
// when resolved again) comes back. It must stay safe after one more percent-decoding too, so that no
// later hop that decodes it (a proxy, a second redirect) turns "%2F%2F" into "//". Anything else
// becomes the home page.

/** A stand-in origin to resolve against: only "is it still this origin?" matters, not its name. */
const BASE = 'http://air-tally.invalid';

/**
 * ASCII controls (browsers strip tab and newlines from URLs, and a newline in a Location header is a
 * 500), DEL, C1 controls, and the Unicode line and paragraph separators.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

const MAX_LENGTH = 2000;

/** `value` as a path on this site ("/nights/new?target=RU#figures"), or "/" when it is anything else. */
export function safeReturnPath(value: string | null | undefined): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return '/';
  const path = localPath(value);
  if (path === null) return '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return '/';
  }
  return localPath(decoded) === null ? '/' : path;
}

/** The normalised path when `value` resolves to a path on this site, else null. */
function localPath(value: string): string | null {
  if (CONTROL_CHARACTERS.test(value)) return null;
  // A path, not a URL with a scheme ("https:evil", "javascript:…") nor one relative to the current page.
  if (!value.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  // "//evil", "/\evil" and the like resolve to another host.
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/..//evil" resolves to the path "//evil" on our host; written into a Location header it would be
  // read as the host "evil".
  return path.startsWith('//') ? null : path;
}
