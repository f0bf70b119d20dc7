import { describe, expect, it } from 'vitest';
import { previewMetadata } from './metadata';

describe("a page's link-preview metadata", () => {
  const metadata = previewMetadata({
    origin: 'https://tally.example.org',
    locale: 'uk',
    pagePath: '/uk/nights/2025-06-01',
    siteName: 'Air Tally',
    title: 'Ніч на 1 червня 2025 · Атаки на Україну',
    description: 'Запущено дронів: 472',
    imagePath: '/og/uk/night/UA/2025-06-01.png',
    imageAlt: 'alt',
    feed: { path: '/uk/feed.xml', title: 'Air Tally' },
  });

  it('points Open Graph and Twitter at the 1200×630 image, resolved against the public origin', () => {
    expect(metadata.metadataBase?.toString()).toBe('https://tally.example.org/');
    expect(metadata.openGraph).toMatchObject({
      url: '/uk/nights/2025-06-01',
      locale: 'uk_UA',
      alternateLocale: ['en_GB'],
      images: [{ url: '/og/uk/night/UA/2025-06-01.png', width: 1200, height: 630 }],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: '/og/uk/night/UA/2025-06-01.png' }] });
  });

  it('names the feed in the same language as an alternate', () => {
    expect(metadata.alternates?.types).toEqual({ 'application/atom+xml': [{ url: '/uk/feed.xml', title: 'Air Tally' }] });
  });
});
