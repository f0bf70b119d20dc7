// A link that remembers a choice in a cookie (the language switch: the bare home page reads it) is followed
// only once the cookie is stored. `document.cookie = …` returns at once, but Chromium takes the cookie to its
// network service one way and the click's navigation another, and now and then the request for the next
// page got there first: the bare home page, asked without the cookie, answered in the old language (3 of 40
// clicks on a loaded machine, e2e/languages.spec.ts). With the Cookie Store API, a plain click waits for
// the store's promise and then follows the link itself; without it (older browsers), it is as before. A
// click that opens a new tab or window, or that something else has already handled, is left alone.
//
// The reader pages' loader runs before any of the page's scripts, so it inlines this function's source
// (scripts-on-interaction.ts), and the switch's React handler calls it: hence no syntax newer than ES2015,
// and no name from outside the function.

type CookieStoreLike = {
  set(options: { name: string; value: string; path: string; expires: number; sameSite: 'lax' }): Promise<unknown>;
};

type ClickLike = Pick<MouseEvent, 'defaultPrevented' | 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'preventDefault'> & {
  target: unknown;
};

type WindowLike = { location: { assign(url: string): void } };

/**
 * On a click: if it is on (or in) a link carrying `attribute` (its value `name=value`), store that cookie
 * for the whole site for a year, and follow a plain click's link only once it is stored.
 */
export function rememberThenFollow(event: ClickLike, doc: { cookie: string }, win: WindowLike, attribute: string): void {
  const target = event.target as Element | null;
  const link = target && typeof target.closest === 'function' ? (target.closest('[' + attribute + ']') as HTMLAnchorElement | null) : null;
  if (!link) return;
  const pair = link.getAttribute(attribute) || '';
  const eq = pair.indexOf('=');
  if (eq < 1) return;
  // A year, for the whole site.
  const maxAge = 31536000;
  doc.cookie = pair + '; path=/; max-age=' + maxAge + '; samesite=lax';
  const store = (win as WindowLike & { cookieStore?: CookieStoreLike }).cookieStore;
  const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
  if (!store || event.defaultPrevented || !plain || (link.target && link.target !== '_self')) return;
  event.preventDefault();
  const href = link.href;
  const follow = () => win.location.assign(href);
  store.set({ name: pair.slice(0, eq), value: pair.slice(eq + 1), path: '/', expires: Date.now() + maxAge * 1000, sameSite: 'lax' }).then(follow, follow);
}

/** The function's own source, for the loader to inline (it must stand alone: see above). */
export const REMEMBER_THEN_FOLLOW_SOURCE: string = rememberThenFollow.toString();
