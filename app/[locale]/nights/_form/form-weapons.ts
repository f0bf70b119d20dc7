// The weapons the night form offers, named in the reader's language (seed weapons have Ukrainian names;
// others are shown as stored). Only the label changes: the form sends weapon ids.
import type { Locale } from '@/lib/i18n/locales';
import { weaponDisplayName } from '@/lib/weapon-names-uk';
import type { WeaponOption } from './figure-rows';

export function formWeapons(weapons: readonly (WeaponOption & { slug: string })[], locale: Locale): WeaponOption[] {
  return weapons.map(({ id, name, slug, category }) => ({ id, name: weaponDisplayName({ slug, name }, locale), category }));
}
