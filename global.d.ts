// Types next-intl checks translations against: a t('key') that the English catalogue lacks fails tsc.
import type { Messages } from '@/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
