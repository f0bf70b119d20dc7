// GET /feed.xml (English) and /uk/feed.xml (Ukrainian): the latest nights as an Atom feed, each entry
// with the night's figures and a link to its page in the feed's language. ?target=RU for Russia.
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { requestOrigin } from '@/app/_previews/origin';
import { fetchFeedNights } from '@/db/queries/api-feed-nights';
import { routing } from '@/i18n/routing';
import { etagOf, publicAnswer, publicError, readPreflight } from '@/lib/api/public-get';
import { readQuery, targetQuerySchema } from '@/lib/api/query';
import { atomXml } from '@/lib/feed/atom';
import { FEED_NIGHTS, nightFeed } from '@/lib/feed/night-feed';
import { figureFormat } from '@/lib/format';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string }> };

export async function GET(request: NextRequest, { params }: Context) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return publicError(404, 'There is no feed in this language.');
  const query = readQuery(targetQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return publicError(400, query.error);
  const target = query.value.target ?? 'UA';

  const [t, common, origin] = await Promise.all([
    getTranslations({ locale, namespace: 'feed' }),
    getTranslations({ locale, namespace: 'common' }),
    requestOrigin(),
  ]);
  const { nights, lastChange } = fetchFeedNights(target, FEED_NIGHTS);
  const xml = atomXml(
    nightFeed({
      origin,
      locale,
      target,
      lastChange,
      nights,
      format: figureFormat(locale, common('notAvailable')),
      text: {
        title: t(`title.${target}`),
        subtitle: t('subtitle'),
        author: common('siteName'),
        labels: { drones: t('drones'), missiles: t('missiles'), shotDown: t('shotDown'), lost: t('lost'), notStopped: t('notStopped') },
        noFigures: t('noFigures'),
        entryTitle: (values) => t('entryTitle', values),
        summary: (values) => t('summary', values),
      },
    }),
  );
  return publicAnswer(request, { etag: etagOf(xml), contentType: 'application/atom+xml; charset=utf-8', body: () => xml });
}

export const OPTIONS = readPreflight;
