// /embed/launches?from&to&target&granularity&lang: one chart for news sites to put in an iframe. The only
// pages other sites may frame (lib/embed-policy.ts); no site header, and the chart is SVG drawn on the
// server (no charting library is loaded).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { readQuery } from '@/lib/api/query';
import { embedLocale, embedQuerySchema, toSearchParams } from '@/lib/embed/embed-query';
import { figureFormat } from '@/lib/format';
import { localisedPath } from '@/lib/i18n/locales';
import styles from './embed.module.css';
import { LaunchesEmbed } from './launches-embed';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = embedLocale((await searchParams).lang);
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: 'embed' }), getTranslations({ locale, namespace: 'common' })]);
  // An embed is part of someone else's page: search engines should index the dashboard instead.
  return { title: `${t('documentTitle')} · ${common('siteName')}`, robots: { index: false } };
}

export default async function EmbedLaunchesPage({ searchParams }: Props) {
  const params = await searchParams;
  const locale = embedLocale(params.lang);
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: 'embed' }), getTranslations({ locale, namespace: 'common' })]);
  const query = readQuery(embedQuerySchema, toSearchParams(params));
  const format = figureFormat(locale, common('notAvailable'));

  // Outside the localised layouts this page is its own document; its language comes from ?lang=.
  return (
    <html lang={locale}>
      <body>
        <main className={styles.page}>
          {query.ok ? (
            <LaunchesEmbed view={query.value} format={format} />
          ) : (
            <>
              <p role="alert">{t('invalid', { problem: query.error })}</p>
              <p>
                <a href={localisedPath('/', locale)} target="_blank" rel="noopener">
                  {t('invalidBack')}
                </a>
              </p>
            </>
          )}
        </main>
      </body>
    </html>
  );
}
