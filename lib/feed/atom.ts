// An Atom 1.0 document (RFC 4287) from a plain description of a feed, built with fast-xml-parser's
// XMLBuilder so every text and attribute is escaped by the library, never by hand.
import { XMLBuilder } from 'fast-xml-parser';

export type AtomLink = { href: string; rel: 'self' | 'alternate'; type: string; hreflang?: string };

export type AtomEntry = {
  id: string;
  title: string;
  updated: Date;
  published: Date;
  link: string;
  summary: string;
  /** HTML, sent escaped as type="html" content. */
  contentHtml: string;
};

export type AtomFeed = {
  id: string;
  lang: string;
  title: string;
  subtitle: string;
  updated: Date;
  author: string;
  links: AtomLink[];
  entries: AtomEntry[];
};

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', format: true, suppressEmptyNode: true });

const text = (value: string, type: 'text' | 'html' = 'text') => ({ '@_type': type, '#text': value });
const link = (l: AtomLink) => ({ '@_rel': l.rel, '@_type': l.type, '@_href': l.href, ...(l.hreflang ? { '@_hreflang': l.hreflang } : {}) });

export function atomXml(feed: AtomFeed): string {
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': feed.lang,
      id: feed.id,
      title: text(feed.title),
      subtitle: text(feed.subtitle),
      updated: feed.updated.toISOString(),
      author: { name: feed.author },
      generator: feed.author,
      link: feed.links.map(link),
      entry: feed.entries.map((entry) => ({
        id: entry.id,
        title: text(entry.title),
        updated: entry.updated.toISOString(),
        published: entry.published.toISOString(),
        link: link({ rel: 'alternate', type: 'text/html', href: entry.link }),
        summary: text(entry.summary),
        content: text(entry.contentHtml, 'html'),
      })),
    },
  });
}
