import { describe, expect, it } from 'vitest';
import { SEED_WEAPONS } from '@/lib/weapons-seed';
import { findWeaponMentions } from './weapon-mentions';

const slugOf = (text: string) => {
  const mentions = findWeaponMentions(text.toLowerCase());
  expect(mentions, text).toHaveLength(1);
  return mentions[0]?.aggregate ? 'aggregate' : mentions[0]?.slug;
};

describe('weapon mentions', () => {
  it('find every seed weapon by its name and its aliases', () => {
    for (const weapon of SEED_WEAPONS) {
      for (const spelling of [weapon.name.replace(/\s*\(.*\)$/, ''), ...weapon.aliases]) {
        expect(slugOf(spelling), `${spelling} → ${weapon.slug}`).toBe(weapon.slug);
      }
    }
  });

  it('read Latin, X- and Cyrillic spellings as one weapon', () => {
    for (const spelling of ['Kh-101', 'X-101', 'Х-101', 'Kh-101/Kh-555', 'X-101/X-555 air-launched cruise missiles', 'крилатими ракетами Х-101']) {
      expect(slugOf(spelling), spelling).toBe('kh-101-kh-555');
    }
    expect(slugOf('С-300')).toBe('s-300-s-400');
    expect(slugOf('Iskander-M/KN-23 ballistic missiles')).toBe('iskander-m-kn-23');
    expect(slugOf('Iskander-K')).toBe('iskander-k');
  });

  it('resolve phrases by the rules in the module header', () => {
    expect(slugOf('Shahed-type attack drones and decoys')).toBe('attack-and-decoy-drones');
    expect(slugOf('attack and decoy drones')).toBe('attack-and-decoy-drones');
    expect(slugOf('drones of various types')).toBe('attack-and-decoy-drones');
    expect(slugOf('strike UAVs of the Shahed, Gerbera and other types')).toBe('attack-and-decoy-drones');
    expect(slugOf('ударними БпЛА типу Shahed та дронами-імітаторами')).toBe('attack-and-decoy-drones');
    expect(slugOf('one-way attack drones')).toBe('shahed-136-131');
    expect(slugOf('Gerbera decoy drones')).toBe('decoy-drone');
    expect(slugOf('drones')).toBe('unknown-drone');
    expect(slugOf('UAVs')).toBe('unknown-drone');
    expect(slugOf('missiles')).toBe('unknown-missile');
    expect(slugOf('missiles of various types')).toBe('unknown-missile');
    expect(slugOf('cruise missiles')).toBe('cruise-missile');
    expect(slugOf('ballistic missiles')).toBe('ballistic-missile');
    expect(slugOf('Kinzhal aeroballistic missiles')).toBe('kh-47m2-kinzhal');
  });

  it('resolve several models counted together to their shared class, or an unknown missile', () => {
    const [bundle] = findWeaponMentions('cruise missiles kh-101, kh-555, kalibr');
    expect(bundle).toMatchObject({ slug: 'cruise-missile', bundle: true });
    expect(slugOf('Iskander-M/K missiles')).toBe('unknown-missile');
    expect(slugOf('Kh-22 and Iskander-M missiles')).toBe('unknown-missile');
  });

  it('treat all air weapons together as an aggregate', () => {
    expect(slugOf('air attack means')).toBe('aggregate');
    expect(slugOf('missiles and drones')).toBe('aggregate');
    expect(slugOf('засобами повітряного нападу')).toBe('aggregate');
  });

  it('mark weapons the seed list lacks', () => {
    const [atacms] = findWeaponMentions('atacms missiles');
    expect(atacms).toMatchObject({ slug: 'unknown-missile', unlisted: true });
  });

  it('keep separate weapons apart when a count stands between them', () => {
    expect(findWeaponMentions('7 kh-101 cruise missiles and 6 kinzhal missiles').map((m) => m.slug)).toEqual([
      'kh-101-kh-555',
      'kh-47m2-kinzhal',
    ]);
  });
});
