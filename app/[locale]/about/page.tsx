// "How we count": the rules behind the dashboard's figures (unknowns, rate bases, the July 2025 change of
// reporting, outcomes, records, averages, the calendar), in the reader's language. Figures on the
// dashboard link to the section that explains them.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { COMPARISON_NIGHTS } from '@/db/queries/last-night';
import { BEST_DEFENCE_MIN_LAUNCHED } from '@/db/queries/records';
import { Link } from '@/i18n/navigation';
import { addDays } from '@/lib/dates';
import { COMBINED_REPORTING_FROM } from '@/lib/metrics';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('about');
  return { title: t('metaTitle') };
}

const SECTIONS = ['nights', 'unknowns', 'rates', 'reporting-change', 'outcomes', 'records', 'patterns', 'calendar', 'sources'] as const;
type Section = (typeof SECTIONS)[number];
const KEYS = {
  nights: 'nights',
  unknowns: 'unknowns',
  rates: 'rates',
  'reporting-change': 'reportingChange',
  outcomes: 'outcomes',
  records: 'records',
  patterns: 'patterns',
  calendar: 'calendar',
  sources: 'sources',
} as const satisfies Record<Section, string>;

export default async function AboutPage() {
  const [t, fmt] = await Promise.all([getTranslations('about'), getFigureFormat()]);
  const change = { from: fmt.date(COMBINED_REPORTING_FROM, 'long'), until: fmt.date(addDays(COMBINED_REPORTING_FROM, -1), 'long') };
  const paragraphs: Record<Section, string[]> = {
    nights: [t('nights.body')],
    unknowns: [t('unknowns.body'), t('unknowns.approximate')],
    rates: [t('rates.launched'), t('rates.shotDown'), t('rates.lost'), t('rates.neutralised'), t('rates.neutralisationRate'), t('rates.interceptionRate'), t('rates.basis')],
    'reporting-change': [t('reportingChange.body', change)],
    outcomes: [t('outcomes.body'), t('outcomes.decoys')],
    records: [
      t('records.intro'),
      t('records.largest'),
      t('records.withoutMissiles'),
      t('records.withoutAttacks'),
      t('records.bestDefence', { min: BEST_DEFENCE_MIN_LAUNCHED }),
      t('records.mostWeapons'),
    ],
    patterns: [t('patterns.body', { days: COMPARISON_NIGHTS }), t('patterns.rolling')],
    calendar: [t('calendar.body')],
    sources: [t('sources.body')],
  };
  return (
    <main className="about">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <nav aria-labelledby="about-contents" className="card">
        <h2 id="about-contents" className="small-heading">
          {t('contents')}
        </h2>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#${section}`}>{t(`${KEYS[section]}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {SECTIONS.map((section) => (
        <section key={section} id={section} aria-labelledby={`${section}-title`}>
          <h2 id={`${section}-title`}>{t(`${KEYS[section]}.title`)}</h2>
          {paragraphs[section].map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
      ))}
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
    </main>
  );
}
