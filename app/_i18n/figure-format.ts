// The reader's figure format in server components: the request's language and the catalogue's word for
// "not available".
import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { figureFormat, type FigureFormat } from '@/lib/format';

export async function getFigureFormat(): Promise<FigureFormat> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('common')]);
  return figureFormat(locale, t('notAvailable'));
}
