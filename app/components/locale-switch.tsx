'use client';
// The language switch: the same page (path and filters) in the other language, remembered for the bare
// home page in a cookie the browser sets (the server never sets one, so pages stay publicly cacheable),
// before the page's scripts have run too (lib/before-scripts.ts), and stored before the link is followed
// (lib/remember-choice.ts).
import { useSearchParams } from 'next/navigation';
import { usePathname } from '@/i18n/navigation';
import { REMEMBER_COOKIE_ATTRIBUTE } from '@/lib/before-scripts';
import { LOCALE_COOKIE, LOCALES, localisedPath, type Locale } from '@/lib/i18n/locales';
import { rememberThenFollow } from '@/lib/remember-choice';

export function LocaleSwitch({ locale, label, title }: { locale: Locale; label: string; title: string }) {
  const path = usePathname();
  const search = useSearchParams().toString();
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
  const href = `${localisedPath(path, other)}${search ? `?${search}` : ''}`;
  const remember = `${LOCALE_COOKIE}=${other}`;
  return (
    <a
      href={href}
      hrefLang={other}
      lang={other}
      title={title}
      className="locale-switch"
      // A reader page's loader sets it for a click before the scripts run; React does after.
      {...{ [REMEMBER_COOKIE_ATTRIBUTE]: remember }}
      onClick={(event) => rememberThenFollow(event.nativeEvent, document, window, REMEMBER_COOKIE_ATTRIBUTE)}
    >
      {label}
    </a>
  );
}
