import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { figureFormat } from '@/lib/format';
import { atomXml } from './atom';
import { nightFeed, type FeedNight, type FeedText } from './night-feed';

const text: FeedText = {
  title: 'Feed <title> & co',
  subtitle: 'Sub',
  author: 'Air Tally',
  labels: { drones: 'Drones', missiles: 'Missiles', shotDown: 'Shot down', lost: 'Lost', notStopped: 'Not stopped' },
  noFigures: 'No figures.',
  entryTitle: ({ date, drones, missiles }) => `Night of ${date}: ${drones} drones, ${missiles} missiles`,
  summary: (v) => `${v.drones}/${v.missiles}/${v.shotDown}/${v.lost}/${v.notStopped}`,
};

const night = (date: string, saved: string, sums: Partial<FeedNight> = {}): FeedNight => ({
  date,
  createdAt: new Date('2025-01-01T00:00:00Z'),
  updatedAt: new Date(saved),
  droneLaunched: 1234,
  missileLaunched: null,
  shotDown: 1200,
  lost: null,
  notStopped: null,
  figures: 2,
  ...sums,
});

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'entry' || name === 'link' }).parse(xml);

describe('the night feed', () => {
  const nights = [night('2025-06-02', '2025-06-02T08:00:00Z'), night('2025-06-01', '2025-06-03T09:30:00Z', { figures: 0, droneLaunched: null, shotDown: null })];

  it('is well-formed Atom with one entry per night, linking to the night pages in its language', () => {
    const xml = atomXml(nightFeed({ origin: 'https://t.example', locale: 'uk', target: 'UA', lastChange: null, nights, format: figureFormat('uk', 'н/д'), text }));
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parse(xml);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@_xml:lang']).toBe('uk');
    expect(feed.title['#text']).toBe('Feed <title> & co');
    expect(feed.link.map((l: Record<string, string>) => [l['@_rel'], l['@_href']])).toEqual([
      ['self', 'https://t.example/uk/feed.xml'],
      ['alternate', 'https://t.example/uk'],
    ]);
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual(['https://t.example/uk/nights/2025-06-02', 'https://t.example/uk/nights/2025-06-01']);
    // uk-UA groups digits with a no-break space; unknown reads as the catalogue's word, never 0.
    expect(feed.entry[0].title['#text']).toBe('Night of 2 червня 2025: 1\u00a0234 drones, н/д missiles');
    expect(feed.entry[0].content['#text']).toContain('<li>Shot down: <strong>1\u00a0200</strong></li>');
    expect(feed.entry[0].content['#text']).toContain('<li>Lost: <strong>н/д</strong></li>');
    expect(feed.entry[1].summary['#text']).toBe('No figures.');
  });

  it("dates itself and its entries from the data: the latest save, or a later deletion", () => {
    const args = { origin: 'http://h', locale: 'en' as const, target: 'RU' as const, nights, format: figureFormat('en'), text };
    const feed = nightFeed({ ...args, lastChange: null });
    expect(feed.updated.toISOString()).toBe('2025-06-03T09:30:00.000Z');
    expect(feed.entries[1]!.updated.toISOString()).toBe('2025-06-03T09:30:00.000Z');
    expect(feed.id).toBe('http://h/feed.xml?target=RU');
    expect(feed.entries[0]!.link).toBe('http://h/nights/2025-06-02?target=RU');
    expect(nightFeed({ ...args, lastChange: new Date('2025-07-01T00:00:00Z') }).updated.toISOString()).toBe('2025-07-01T00:00:00.000Z');
    // The same data gives the same document, however often it is read.
    expect(atomXml(nightFeed({ ...args, lastChange: null }))).toBe(atomXml(nightFeed({ ...args, lastChange: null })));
  });
});
