// The weapons every installation starts with (SPEC §1). Editors and imports add more.
// `common` marks the rows a new night form starts with.
import type { Category, WeaponClass } from './domain';

export type SeedWeapon = {
  slug: string;
  name: string;
  category: Category;
  weaponClass: WeaponClass;
  aliases: string[];
  common?: boolean;
};

export const SEED_WEAPONS: SeedWeapon[] = [
  {
    slug: 'shahed-136-131',
    name: 'Shahed-136/131',
    category: 'drone',
    weaponClass: 'attack',
    aliases: ['Shahed', 'Shahed-136', 'Shahed-131', 'Shahed-type drone', 'Geran', 'Geran-2', 'Geran-1', 'Шахед', 'Герань-2'],
    common: true,
  },
  {
    slug: 'attack-and-decoy-drones',
    name: 'Attack and decoy drones (mixed)',
    category: 'drone',
    weaponClass: 'attack',
    aliases: ['Shahed-type attack drones and decoys', 'attack drones and decoys', 'Shahed-type drones and decoy drones', 'Ударні БпЛА та дрони-імітатори'],
  },
  {
    slug: 'decoy-drone',
    name: 'Decoy drone',
    category: 'drone',
    weaponClass: 'decoy',
    aliases: ['Decoy drones', 'Gerbera', 'Гербера', 'imitator drone', 'imitation drone', 'Parody', 'Пародія', 'дрон-імітатор'],
    common: true,
  },
  {
    slug: 'reconnaissance-drone',
    name: 'Reconnaissance drone',
    category: 'drone',
    weaponClass: 'reconnaissance',
    aliases: ['Reconnaissance UAV', 'recon drone', 'розвідувальний БпЛА'],
  },
  {
    slug: 'unknown-drone',
    name: 'Unknown drone',
    category: 'drone',
    weaponClass: 'unknown',
    aliases: ['Unknown UAV', 'UAV', 'drone', 'БпЛА'],
  },
  {
    slug: 'iskander-m-kn-23',
    name: 'Iskander-M/KN-23',
    category: 'missile',
    weaponClass: 'ballistic',
    aliases: ['Iskander-M', 'KN-23', 'Iskander', 'Іскандер-М', 'Искандер-М', 'Іскандер-М/KN-23'],
    common: true,
  },
  {
    slug: 'ballistic-missile',
    name: 'Ballistic missile (type not given)',
    category: 'missile',
    weaponClass: 'ballistic',
    aliases: ['Ballistic Missile', 'ballistic missiles', 'балістична ракета'],
  },
  {
    slug: 'kh-47m2-kinzhal',
    name: 'Kh-47M2 Kinzhal',
    category: 'missile',
    weaponClass: 'aeroballistic',
    aliases: ['X-47 Kinzhal', 'Kinzhal', 'Kh-47M2', 'X-47M2', 'Х-47М2', 'Кинджал', 'Кинжал'],
    common: true,
  },
  {
    slug: 'kh-101-kh-555',
    name: 'Kh-101/Kh-555',
    category: 'missile',
    weaponClass: 'cruise',
    aliases: ['X-101/X-555', 'X-101', 'X-555', 'Kh-101', 'Kh-555', 'Kh-55', 'X-55', 'Х-101', 'Х-555', 'Х-101/Х-555'],
    common: true,
  },
  {
    slug: 'kalibr',
    name: 'Kalibr',
    category: 'missile',
    weaponClass: 'cruise',
    aliases: ['Kalibr-NK', '3M14', 'Калібр', 'Калибр'],
    common: true,
  },
  {
    slug: 'iskander-k',
    name: 'Iskander-K',
    category: 'missile',
    weaponClass: 'cruise',
    aliases: ['Іскандер-К', 'Искандер-К'],
  },
  {
    slug: 'cruise-missile',
    name: 'Cruise missile (type not given)',
    category: 'missile',
    weaponClass: 'cruise',
    aliases: ['cruise missiles', 'крилата ракета'],
  },
  {
    slug: 'kh-59-kh-69',
    name: 'Kh-59/Kh-69',
    category: 'missile',
    weaponClass: 'cruise',
    aliases: ['X-59/X-69', 'X-59', 'X-69', 'Kh-59', 'Kh-69', 'Х-59', 'Х-69', 'Х-59/69'],
    common: true,
  },
  {
    slug: 'kh-22-kh-32',
    name: 'Kh-22/Kh-32',
    category: 'missile',
    weaponClass: 'anti-ship',
    aliases: ['X-22', 'X-32', 'Kh-22', 'Kh-32', 'X-22/X-32', 'Х-22', 'Х-32'],
  },
  {
    slug: 'kh-31p',
    name: 'Kh-31P',
    category: 'missile',
    weaponClass: 'cruise',
    aliases: ['X-31P', 'X-31', 'Kh-31', 'Х-31П', 'Х-31'],
  },
  {
    slug: 'kh-35',
    name: 'Kh-35',
    category: 'missile',
    weaponClass: 'anti-ship',
    aliases: ['X-35', 'Х-35'],
  },
  {
    slug: 'p-800-oniks',
    name: 'P-800 Oniks',
    category: 'missile',
    weaponClass: 'anti-ship',
    aliases: ['Oniks', 'Onyx', 'P-800', 'Онікс', 'Оникс'],
  },
  {
    slug: '3m22-zircon',
    name: '3M22 Zircon',
    category: 'missile',
    weaponClass: 'anti-ship',
    aliases: ['Zircon', 'Tsirkon', 'Циркон'],
  },
  {
    slug: 's-300-s-400',
    name: 'S-300/S-400',
    category: 'missile',
    weaponClass: 'guided-air-defence',
    aliases: ['C-300/C-400', 'C-300', 'C-400', 'S-300', 'S-400', 'С-300', 'С-400'],
    common: true,
  },
  {
    slug: 'guided-aerial-bomb',
    name: 'Guided aerial bomb',
    category: 'missile',
    weaponClass: 'guided-bomb',
    aliases: ['GBU', 'KAB', 'guided bomb', 'КАБ'],
  },
  {
    slug: 'unknown-missile',
    name: 'Unknown missile',
    category: 'missile',
    weaponClass: 'unknown',
    aliases: ['Unknown Missile', 'missile'],
  },
];
