// The reader's names for time buckets ("week of 9 Jun 2025", "червень 2025"), for the server sections.
import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { periodLabeller, type PeriodLabeller } from '@/lib/period-labels';

export async function getPeriodLabeller(): Promise<PeriodLabeller> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('charts.period')]);
  return periodLabeller(locale, {
    week: (date) => t('week', { date }),
    partial: (label, days, of) => t('partial', { label, days, of }),
  });
}
