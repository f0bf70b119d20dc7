import { describe, expect, it } from 'vitest';
import { SEED_WEAPONS } from './weapons-seed';
import { buildWeaponMatcher, slugifyWeaponName, weaponNameKey } from './weapon-names';
import { safeReturnPath } from './return-path';

const match = buildWeaponMatcher(SEED_WEAPONS.map((w, i) => ({ ...w, id: i + 1 })));

describe('weapon names', () => {
  it('matches Latin, X- and Cyrillic spellings of one weapon', () => {
    for (const spelling of ['Kh-101', 'X-101', 'Х-101', 'x-101/x-555', 'KH‑101']) {
      expect(match(spelling)?.slug, spelling).toBe('kh-101-kh-555');
    }
    expect(match('Geran-2')?.slug).toBe('shahed-136-131');
    expect(match('С-300')?.slug).toBe('s-300-s-400');
    expect(match('Iskander-M/KN-23')?.slug).toBe('iskander-m-kn-23');
    expect(match('X-101/X-555 and Kalibr')).toBeUndefined();
  });

  it('makes stable slugs and keys', () => {
    expect(slugifyWeaponName('X-101/X-555 and Kalibr')).toBe('x-101-x-555-and-kalibr');
    expect(weaponNameKey('  Kh-22 /  Kh-32 ')).toBe('x-22/x-32');
  });

  it('every seed weapon has a unique slug and no alias shared with another weapon', () => {
    const slugs = new Set(SEED_WEAPONS.map((w) => w.slug));
    expect(slugs.size).toBe(SEED_WEAPONS.length);
    const owners = new Map<string, string>();
    for (const weapon of SEED_WEAPONS) {
      for (const spelling of [weapon.name, ...weapon.aliases]) {
        const key = weaponNameKey(spelling);
        expect(owners.get(key) ?? weapon.slug, `${spelling} in ${weapon.slug}`).toBe(weapon.slug);
        owners.set(key, weapon.slug);
      }
    }
  });
});

describe('safeReturnPath', () => {
  it('keeps same-site paths and refuses others', () => {
    expect(safeReturnPath('/nights/new')).toBe('/nights/new');
    expect(safeReturnPath('//evil.example')).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});
