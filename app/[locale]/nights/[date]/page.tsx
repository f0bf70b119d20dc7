// One night: the night in a line and its main figures first (a phone's first screen), then every
// weapon row beside a chart, hits and drone types, totals, the 30 nights before, the source and the
// revision history. Outcomes are added up by the dashboard's SQL (db/queries/night-outcomes.ts).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getEditor } from '@/app/_auth/session';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { nightPreviewMetadata } from '@/app/_previews/metadata';
import styles from '@/app/components/night.module.css';
import { readNightAddress } from '@/lib/night-address';
import type { NightKey } from '@/lib/routes';
import { loadNight } from './_components/load-night';
import { NeighboursBar } from './_components/neighbours-bar';
import { NightHistory } from './_components/night-history';
import { NightHeader } from './_components/night-header';
import { NightHeadline } from './_components/night-headline';
import { summarySentence } from './_components/night-text';
import { OutcomesSection } from './_components/outcomes-section';
import { SourceSection } from './_components/source-section';
import { TotalsSection } from './_components/totals-section';
import { WeaponsSection } from './_components/weapons-section';
import { WindowSection } from './_components/window-section';
import { StreamBoundary } from '@/app/components/stream-boundary';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ date: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The night's address, or null for one that cannot exist (2025-02-30, target=XX). */
async function readAddress({ params, searchParams }: Props): Promise<NightKey | null> {
  return readNightAddress((await params).date, (await searchParams).target);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [address, t, fmt] = await Promise.all([readAddress(props), getTranslations('night'), getFigureFormat()]);
  const loaded = address && loadNight(address.date, address.target);
  if (!address || !loaded) return { title: t('meta.notFound') };
  // Open Graph and Twitter tags with the night's card; the page's own description is its one-line summary.
  return {
    ...(await nightPreviewMetadata(address)),
    title: t('meta.title', { date: fmt.date(address.date, 'long'), target: t(`targets.${address.target}`) }),
    description: summarySentence(loaded.summary, address.target, t, fmt),
  };
}

export default async function NightPage(props: Props) {
  const address = await readAddress(props);
  if (!address) notFound();
  const loaded = loadNight(address.date, address.target);
  if (!loaded) notFound();
  const { night, weapons, totals, summary } = loaded;
  const [editor, t] = await Promise.all([getEditor(), getTranslations('night')]);

  return (
    <main className={styles.page}>
      <NightHeader address={address} night={night} />
      <NightHeadline summary={summary} target={address.target} />
      <NeighboursBar address={address} editor={editor !== null} />
      <WeaponsSection weapons={weapons} />
      <OutcomesSection night={night} drone={totals.drone} />
      <TotalsSection totals={totals} />
      <WindowSection address={address} totals={totals} />
      <SourceSection night={night} />
      <section className={`card ${styles.section}`} aria-labelledby="history-title">
        <h2 id="history-title">{t('history.title')}</h2>
        <StreamBoundary fallback={<p className="muted">{t('history.loading')}</p>}>
          <NightHistory date={address.date} target={address.target} />
        </StreamBoundary>
      </section>
    </main>
  );
}
