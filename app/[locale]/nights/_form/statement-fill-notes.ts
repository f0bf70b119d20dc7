'use client';
// The parser's notes in the reader's language: each note's code is a message of the "statementFill"
// catalogue; its counts and dates are formatted the reader's way, its weapons named as the interface
// names them, its actions and reasons translated.
import { useLocale, useTranslations } from 'next-intl';
import { useFigureFormat } from '@/app/_i18n/use-figure-format';
import { isIsoDate } from '@/lib/dates';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales';
import type { Note } from '@/lib/statement-parser/notes';
import { weaponDisplayName } from '@/lib/weapon-names-uk';

/** The interface language, for names that the catalogues do not hold (seed weapons). */
export function useInterfaceLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

export function useNoteText(): (note: Note) => string {
  const t = useTranslations('statementFill');
  const format = useFigureFormat();
  const locale = useInterfaceLocale();
  return (note) => {
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(note.values ?? {})) {
      values[key] = typeof value === 'number' ? format.count(value) : isIsoDate(value) ? format.date(value) : value;
    }
    for (const [key, weapon] of Object.entries(note.weapons ?? {})) values[key] = weaponDisplayName(weapon, locale);
    const named = values.weapon;
    if (named !== undefined && note.bundle) values.weapon = t('notes.bundle', { weapon: named });
    else if (named !== undefined && note.unlisted) values.weapon = t('notes.unlisted', { weapon: named });
    for (const [key, action] of Object.entries(note.actions ?? {})) values[key] = t(`actions.${action}`);
    const reasons = note.reasons ?? [];
    if (note.code === 'unread' && reasons.length > 0) values.reasons = reasons.map((reason) => t(`reasons.${reason}`)).join(t('reasons.separator'));
    const text = t(`notes.${note.code === 'unread' && reasons.length > 0 ? 'unreadWhy' : note.code}`, values);
    return note.claim ? t('notes.claim', { note: text }) : text;
  };
}
