// The seed weapons' names as the Ukrainian interface shows them. Stored names stay as they are (they
// are the data); these are also kept among each seed weapon's aliases, so "Шахед-136/131" typed into the
// API or a file finds the weapon. Weapons that editors or imports add have no translation: they show as
// stored.
import type { Locale } from './i18n/locales';

export const UKRAINIAN_WEAPON_NAMES: Readonly<Record<string, string>> = {
  'shahed-136-131': 'Шахед-136/131',
  'attack-and-decoy-drones': 'Ударні БпЛА та дрони-імітатори (разом)',
  'decoy-drone': 'Дрон-імітатор',
  'reconnaissance-drone': 'Розвідувальний БпЛА',
  'unknown-drone': 'БпЛА невідомого типу',
  'iskander-m-kn-23': 'Іскандер-М/KN-23',
  'ballistic-missile': 'Балістична ракета (тип не вказано)',
  'kh-47m2-kinzhal': 'Х-47М2 «Кинджал»',
  'kh-101-kh-555': 'Х-101/Х-555',
  kalibr: 'Калібр',
  'iskander-k': 'Іскандер-К',
  'cruise-missile': 'Крилата ракета (тип не вказано)',
  'kh-59-kh-69': 'Х-59/Х-69',
  'kh-22-kh-32': 'Х-22/Х-32',
  'kh-31p': 'Х-31П',
  'kh-35': 'Х-35',
  'p-800-oniks': 'П-800 «Онікс»',
  '3m22-zircon': '3М22 «Циркон»',
  's-300-s-400': 'С-300/С-400',
  'guided-aerial-bomb': 'Керована авіабомба',
  'unknown-missile': 'Ракета невідомого типу',
};

/** A weapon's name in the reader's language: the Ukrainian name of a seed weapon, else as stored. */
export function weaponDisplayName(weapon: { slug: string; name: string }, locale: Locale): string {
  return locale === 'uk' ? (UKRAINIAN_WEAPON_NAMES[weapon.slug] ?? weapon.name) : weapon.name;
}
