// localisedPath for a link that may carry a query: "/?from=…" in Ukrainian is "/uk?from=…", not "/uk/?from=…".
import { localisedPath, type Locale } from './locales';

export function localisedHref(href: string, locale: Locale): string {
  const cut = href.indexOf('?');
  return cut === -1 ? localisedPath(href, locale) : `${localisedPath(href.slice(0, cut), locale)}${href.slice(cut)}`;
}
