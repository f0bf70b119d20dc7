'use client';
// The reader's figure format in client components (needs the "common" catalogue on the client).
import { useLocale, useTranslations } from 'next-intl';
import { figureFormat, type FigureFormat } from '@/lib/format';

export function useFigureFormat(): FigureFormat {
  const locale = useLocale();
  const t = useTranslations('common');
  return figureFormat(locale, t('notAvailable'));
}
