// A page's link-preview metadata (Open Graph, Twitter card, the Atom feed as an alternate) in Next's
// Metadata shape, from plain values: the pages merge it into their own generateMetadata.
import type { Metadata } from 'next';
import { INTL_LOCALE, LOCALES, type Locale } from '@/lib/i18n/locales';
import { IMAGE_HEIGHT, IMAGE_WIDTH } from './image-paths';

/** Open Graph writes locales as language_TERRITORY. */
const ogLocale = (locale: Locale) => INTL_LOCALE[locale].replace('-', '_');

export function previewMetadata(input: {
  /** The public origin, for the absolute URLs previews need. */
  origin: string;
  locale: Locale;
  /** The page's own path, language prefix included. */
  pagePath: string;
  siteName: string;
  title: string;
  description: string;
  imagePath: string;
  imageAlt: string;
  feed: { path: string; title: string };
}): Metadata {
  const image = { url: input.imagePath, width: IMAGE_WIDTH, height: IMAGE_HEIGHT, alt: input.imageAlt, type: 'image/png' };
  return {
    metadataBase: new URL(input.origin),
    alternates: { types: { 'application/atom+xml': [{ url: input.feed.path, title: input.feed.title }] } },
    openGraph: {
      type: 'website',
      siteName: input.siteName,
      title: input.title,
      description: input.description,
      url: input.pagePath,
      locale: ogLocale(input.locale),
      alternateLocale: LOCALES.filter((locale) => locale !== input.locale).map(ogLocale),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: input.title, description: input.description, images: [image] },
  };
}
