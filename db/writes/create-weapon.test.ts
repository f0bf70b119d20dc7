import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../client';
import { weapons } from '../schema';
import { createWeapon } from './create-weapon';

let db: Db;
beforeEach(() => {
  db = openDatabase(':memory:');
});

describe('createWeapon', () => {
  it('adds a weapon with a slug from its name, not offered by default on new nights', () => {
    const result = createWeapon(db, { name: 'Kh-999 Test', category: 'missile', weaponClass: 'cruise', aliases: ['X-999'] });
    expect(result).toMatchObject({
      ok: true,
      weapon: { slug: 'x-999-test', name: 'Kh-999 Test', category: 'missile', weaponClass: 'cruise', aliases: ['X-999'], common: false },
    });
  });

  it('refuses a name or spelling that already names a weapon, in any spelling', () => {
    const count = db.select().from(weapons).all().length;
    expect(createWeapon(db, { name: 'X-101/X-555', category: 'missile', weaponClass: 'cruise', aliases: [] })).toEqual({
      ok: false, reason: 'exists', field: 'name', spelling: 'X-101/X-555', existing: 'Kh-101/Kh-555',
    });
    expect(createWeapon(db, { name: 'New drone', category: 'drone', weaponClass: 'attack', aliases: ['Geran-2'] })).toMatchObject({
      ok: false, field: 'aliases', existing: 'Shahed-136/131',
    });
    expect(db.select().from(weapons).all()).toHaveLength(count);
  });

  it('keeps slugs unique when two names slugify alike', () => {
    const first = createWeapon(db, { name: 'Test drone A+', category: 'drone', weaponClass: 'unknown', aliases: [] });
    const second = createWeapon(db, { name: 'Test drone A', category: 'drone', weaponClass: 'unknown', aliases: [] });
    expect(first.ok && first.weapon.slug).toBe('test-drone-a');
    expect(second.ok && second.weapon.slug).toBe('test-drone-a-2');
  });
});
