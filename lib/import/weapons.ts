// Which weapon a name in an imported file means: one already in the database (by its name, then by an
// alias), or a new one whose category and class come from the file itself (own export), the dataset's
// weapon table, the weapons a bundle is made of, or words in the name, in that order. Nothing further
// is guessed: a name that none of these places tells apart stays unresolved, and its rows are skipped.
import { classFitsCategory, type Category, type WeaponClass } from '@/lib/domain';
import { buildWeaponMatcher, weaponNameKey } from '@/lib/weapon-names';
import { MISSILES_AND_UAVS, type DatasetWeapon } from './missiles-and-uavs';

export type KnownWeapon = {
  id: number;
  name: string;
  aliases: readonly string[];
  category: Category;
  weaponClass: WeaponClass;
};

export type NewWeapon = { name: string; category: Category; weaponClass: WeaponClass; basis: string };

export type WeaponRef = { kind: 'existing'; weapon: KnownWeapon } | { kind: 'new'; weapon: NewWeapon };

/** One key per weapon, to group a night's rows by the weapon they resolve to. */
export function weaponRefKey(ref: WeaponRef): string {
  return ref.kind === 'existing' ? `#${ref.weapon.id}` : `new:${weaponNameKey(ref.weapon.name)}`;
}

/** Finds a weapon by its own name first, so that a weapon named "X" wins over another's alias "X". */
export function createWeaponFinder<W extends KnownWeapon>(weapons: readonly W[]) {
  const byName = new Map<string, W>();
  for (const weapon of weapons) {
    const key = weaponNameKey(weapon.name);
    if (!byName.has(key)) byName.set(key, weapon);
  }
  const byAlias = buildWeaponMatcher(weapons);
  return (name: string): W | undefined => byName.get(weaponNameKey(name)) ?? byAlias(name);
}

export type ModelResolution = { ok: true; ref: WeaponRef } | { ok: false; reason: string };

type Kind = { category: Category; weaponClass: WeaponClass };

export function createWeaponResolver(weapons: readonly KnownWeapon[]) {
  const find = createWeaponFinder(weapons);
  const created = new Map<string, NewWeapon>();

  function createOnce(weapon: NewWeapon): NewWeapon {
    const key = weaponNameKey(weapon.name);
    const earlier = created.get(key);
    if (earlier) return earlier;
    created.set(key, weapon);
    return weapon;
  }

  // Files repeat the same few names on every row: resolve each spelling once.
  const models = new Map<string, ModelResolution>();
  const nameds = new Map<string, { ref: WeaponRef; mismatch: string | null }>();

  /** A model named in the public dataset. */
  function model(name: string): ModelResolution {
    let resolution = models.get(name);
    if (!resolution) {
      resolution = resolveModel(name);
      models.set(name, resolution);
    }
    return resolution;
  }

  function resolveModel(name: string): ModelResolution {
    const existing = find(name);
    if (existing) return { ok: true, ref: { kind: 'existing', weapon: existing } };
    const described = describeModel(name, find);
    if (!described) {
      return {
        ok: false,
        reason:
          `"${name}" is not in the weapon list nor in the dataset's weapon table, and its name does not say` +
          ' whether it is a missile or a drone: add it as a weapon, then import again',
      };
    }
    return { ok: true, ref: { kind: 'new', weapon: createOnce({ name, ...described }) } };
  }

  /**
   * A weapon named in Air Tally's export, with the category and class the file gives. An existing weapon
   * keeps its own; a difference is returned as a warning.
   */
  function named(name: string, kind: Kind): { ref: WeaponRef; mismatch: string | null } {
    const key = `${kind.category}|${kind.weaponClass}|${name}`;
    let resolution = nameds.get(key);
    if (!resolution) {
      resolution = resolveNamed(name, kind);
      nameds.set(key, resolution);
    }
    return resolution;
  }

  function resolveNamed(name: string, kind: Kind): { ref: WeaponRef; mismatch: string | null } {
    const existing = find(name);
    const ref: WeaponRef = existing
      ? { kind: 'existing', weapon: existing }
      : { kind: 'new', weapon: createOnce({ name, ...kind, basis: 'category and class from the file' }) };
    const weapon = ref.weapon;
    const differs = weapon.category !== kind.category || weapon.weaponClass !== kind.weaponClass;
    const mismatch = differs
      ? `"${name}" is kept as ${weapon.name} (${weapon.category}, ${weapon.weaponClass}) although the file says` +
        ` ${kind.category}, ${kind.weaponClass}`
      : null;
    return { ref, mismatch };
  }

  return { model, named, created: () => [...created.values()] };
}

function tableRow(name: string): DatasetWeapon | undefined {
  const key = weaponNameKey(name);
  return MISSILES_AND_UAVS.find((row) => weaponNameKey(row.model) === key);
}

function categoryFromTable(row: DatasetWeapon): Category | null {
  const category = row.category.toLowerCase();
  if (category === 'uav') return 'drone';
  if (/missile|ballistic|bomb|surface-to-air/.test(category)) return 'missile';
  return null;
}

function classFromTable(row: DatasetWeapon): WeaponClass {
  const category = row.category.toLowerCase();
  const type = row.type.toLowerCase();
  if (category === 'uav') {
    if (/reconnaissance|istar/.test(type)) return 'reconnaissance';
    if (type.includes('loitering munition')) return 'attack';
    return 'unknown';
  }
  if (category === 'ballistic missile') return 'ballistic';
  if (category === 'cruise missile') return type.trim() === 'anti-ship' ? 'anti-ship' : 'cruise';
  if (category === 'guided bomb') return 'guided-bomb';
  if (category === 'surface-to-air missile') return 'guided-air-defence';
  return 'unknown';
}

function categoryFromName(name: string): Category | null {
  const text = name.toLowerCase();
  if (/uav|drone|shahed|geran|lancet|orlan|zala|supercam|бпла|дрон|шахед|герань/.test(text)) return 'drone';
  if (/missile|ракет|bomb|бомб|^(x|kh|х)-\d/.test(text)) return 'missile';
  return null;
}

function classFromName(name: string): WeaponClass {
  const text = name.toLowerCase();
  if (text.includes('ballistic')) return 'ballistic';
  if (text.includes('cruise')) return 'cruise';
  if (/guided bomb|\bkab\b|\bgbu\b/.test(text)) return 'guided-bomb';
  if (text.includes('reconnaissance')) return 'reconnaissance';
  if (/decoy|gerbera/.test(text)) return 'decoy';
  if (/shahed|geran|lancet/.test(text)) return 'attack';
  return 'unknown';
}

/** What one part of a bundle is, when the weapon list or the table knows it. */
function kindOf(part: string, find: (name: string) => KnownWeapon | undefined): Kind | null {
  const weapon = find(part);
  if (weapon) return { category: weapon.category, weaponClass: weapon.weaponClass };
  const row = tableRow(part);
  const category = row && categoryFromTable(row);
  return row && category ? { category, weaponClass: classFromTable(row) } : null;
}

function describeModel(
  name: string,
  find: (name: string) => KnownWeapon | undefined,
): { category: Category; weaponClass: WeaponClass; basis: string } | null {
  const row = tableRow(name);
  const parts = name.split(/\s+and\s+/i).map((part) => part.trim()).filter(Boolean);
  const kinds = parts.length > 1 ? parts.map((part) => kindOf(part, find)) : [];
  const knownKinds = kinds.filter((kind): kind is Kind => kind !== null);
  const allKnown = kinds.length > 0 && knownKinds.length === kinds.length;
  const same = <K extends keyof Kind>(key: K): Kind[K] | null =>
    allKnown && knownKinds.every((kind) => kind[key] === knownKinds[0]?.[key]) ? (knownKinds[0]?.[key] ?? null) : null;

  let category: Category | null = null;
  let categoryBasis = '';
  const tableCategory = row ? categoryFromTable(row) : null;
  if (row && tableCategory) {
    category = tableCategory;
    categoryBasis = `category from the dataset's weapon table ("${row.category}")`;
  } else if (same('category')) {
    category = same('category');
    categoryBasis = 'category from the weapons it bundles';
  } else {
    category = categoryFromName(name);
    categoryBasis = 'category from its name';
  }
  if (!category) return null;

  let weaponClass: WeaponClass = 'unknown';
  let classBasis: string;
  if (parts.length > 1) {
    const shared = same('weaponClass');
    if (shared && classFitsCategory(category, shared)) {
      weaponClass = shared;
      classBasis = 'class shared by the weapons it bundles';
    } else {
      classBasis = allKnown ? 'class unknown: it bundles weapons of different classes' : 'class unknown: a bundle of weapons not all known';
    }
  } else if (row && categoryFromTable(row)) {
    weaponClass = classFromTable(row);
    classBasis = row.type ? `class from the table's type ("${row.type}")` : 'class from the table';
  } else {
    weaponClass = classFromName(name);
    classBasis = 'class from its name';
  }
  if (!classFitsCategory(category, weaponClass)) weaponClass = 'unknown';
  return { category, weaponClass, basis: `${categoryBasis}; ${classBasis}` };
}
