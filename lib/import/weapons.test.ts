import { describe, expect, it } from 'vitest';
import { seeded, SEEDED } from './fixtures/weapons';
import { createWeaponFinder, createWeaponResolver } from './weapons';

function resolve(model: string) {
  return createWeaponResolver(SEEDED).model(model);
}

describe("the dataset's models", () => {
  it('match existing weapons through their aliases', () => {
    expect(resolve('X-59')).toEqual({ ok: true, ref: { kind: 'existing', weapon: seeded('Kh-59/Kh-69') } });
    expect(resolve('Iskander-M')).toEqual({ ok: true, ref: { kind: 'existing', weapon: seeded('Iskander-M/KN-23') } });
    expect(resolve('C-300/C-400')).toEqual({ ok: true, ref: { kind: 'existing', weapon: seeded('S-300/S-400') } });
    expect(resolve('Unknown UAV')).toEqual({ ok: true, ref: { kind: 'existing', weapon: seeded('Unknown drone') } });
  });

  it('make a bundle a weapon of its own, with the category from the weapon table', () => {
    expect(resolve('X-101/X-555 and Kalibr')).toMatchObject({
      ok: true,
      ref: { kind: 'new', weapon: { name: 'X-101/X-555 and Kalibr', category: 'missile', weaponClass: 'cruise' } },
    });
    // Its parts differ in class (air defence, ballistic): the class is unknown, not picked.
    expect(resolve('C-300 and Iskander-M')).toMatchObject({ ok: true, ref: { weapon: { category: 'missile', weaponClass: 'unknown' } } });
    expect(resolve('Orlan-10 and ZALA')).toMatchObject({ ok: true, ref: { weapon: { category: 'drone', weaponClass: 'reconnaissance' } } });
  });

  it('derive the class from the table: reconnaissance UAVs, loitering munitions, ballistic missiles', () => {
    expect(resolve('Orlan-10')).toMatchObject({ ok: true, ref: { weapon: { category: 'drone', weaponClass: 'reconnaissance' } } });
    expect(resolve('Lancet')).toMatchObject({ ok: true, ref: { weapon: { category: 'drone', weaponClass: 'attack' } } });
    expect(resolve('Intercontinental Ballistic Missile')).toMatchObject({
      ok: true,
      ref: { weapon: { category: 'missile', weaponClass: 'ballistic' } },
    });
  });

  it('fall back to the name, and refuse to guess when the name says nothing', () => {
    expect(resolve('Some cruise missile')).toMatchObject({ ok: true, ref: { weapon: { category: 'missile', weaponClass: 'cruise' } } });
    expect(resolve('Привет-82')).toEqual({ ok: false, reason: expect.stringContaining('missile or a drone') });
  });

  it('create each new weapon once', () => {
    const resolver = createWeaponResolver(SEEDED);
    resolver.model('Lancet');
    resolver.model('lancet');
    expect(resolver.created().map((weapon) => weapon.name)).toEqual(['Lancet']);
  });
});

describe('finding weapons by name', () => {
  it("prefers a weapon's own name over another weapon's alias", () => {
    const own = { id: 99, name: 'X-59', aliases: [], category: 'missile' as const, weaponClass: 'cruise' as const };
    expect(createWeaponFinder([...SEEDED, own])('X-59')).toBe(own);
    expect(createWeaponFinder(SEEDED)('X-59')?.name).toBe('Kh-59/Kh-69');
  });
});
