import { describe, expect, it } from 'vitest';
import { EXPORT_HEADER } from '@/lib/csv/cells';
import type { ImportBatch } from './batch';
import { seeded, SEEDED } from './fixtures/weapons';
import { newNightFields } from './night-fields';
import { planImport, type ExistingNight } from './plan';
import { readImportFile } from './read-file';

async function batchOf(...rows: string[]): Promise<ImportBatch> {
  const result = await readImportFile([`${EXPORT_HEADER}\n${rows.join('\n')}\n`], { weapons: SEEDED, today: '2026-01-01' });
  if (!result.ok) throw new Error(result.fatal);
  return result.batch;
}

const kalibr = seeded('Kalibr').id;
const shahed = seeded('Shahed-136/131').id;
const stored = (
  date: string,
  figures: ExistingNight['figures'],
  sourceUrl: string | null = null,
  fields: Partial<Omit<ExistingNight, 'figures' | 'id' | 'date' | 'target'>> = {},
): ExistingNight => ({
  id: Number(date.replaceAll('-', '')),
  date,
  target: 'UA',
  ...newNightFields({}),
  sourceUrl,
  ...fields,
  figures,
});

describe('planning an import', () => {
  it('creates new nights, leaves identical ones alone, and replaces a changed night as a whole', async () => {
    const batch = await batchOf(
      '2025-04-01,UA,Kalibr,missile,cruise,3,2,,',
      '2025-04-02,UA,Kalibr,missile,cruise,3,2,,',
      '2025-04-03,UA,Kalibr,missile,cruise,3,2,,',
      '2025-04-03,UA,Shahed-136/131,drone,attack,100,90,5,',
    );
    const plan = planImport(batch, {
      weapons: SEEDED,
      nights: [
        stored('2025-04-02', [{ weaponId: kalibr, launched: 3, shotDown: 2, lost: null }]),
        stored('2025-04-03', [
          { weaponId: kalibr, launched: 3, shotDown: 2, lost: null },
          { weaponId: shahed, launched: 100, shotDown: 80, lost: null },
          { weaponId: seeded('Kh-35').id, launched: 1, shotDown: 1, lost: 0 },
        ]),
      ],
    });
    expect(plan.nights.map((night) => [night.date, night.action])).toEqual([
      ['2025-04-01', 'create'],
      ['2025-04-02', 'unchanged'],
      ['2025-04-03', 'update'],
    ]);
    expect(plan).toMatchObject({ create: 1, update: 1, unchanged: 1, removals: 1, weaponsToCreate: [] });
    expect(plan.nights[2]).toMatchObject({
      unchangedFigures: 1,
      removals: [{ weapon: { id: seeded('Kh-35').id, name: 'Kh-35' }, counts: { launched: 1, shotDown: 1, lost: 0 } }],
      changes: [
        {
          weapon: { kind: 'existing', id: shahed, name: 'Shahed-136/131' },
          before: { launched: 100, shotDown: 80, lost: null },
          after: { launched: 100, shotDown: 90, lost: 5 },
        },
      ],
    });
  });

  it('makes unknown in the file replace a known count: the file is the statement of record', async () => {
    const batch = await batchOf('2025-04-02,UA,Kalibr,missile,cruise,3,,,');
    const plan = planImport(batch, { weapons: SEEDED, nights: [stored('2025-04-02', [{ weaponId: kalibr, launched: 3, shotDown: 2, lost: null }])] });
    expect(plan.nights[0]?.changes[0]).toMatchObject({ before: { shotDown: 2 }, after: { shotDown: null } });
  });

  it('removes the figures of weapons the file does not give for the night, so no night is counted twice', async () => {
    // Saved through the form as unknown drones and missiles; the file names them Shahed-136/131 and Kh-31P.
    const batch = await batchOf('2025-04-26,UA,Kh-31P,missile,aeroballistic,3,,,', '2025-04-26,UA,Shahed-136/131,drone,attack,114,66,31,');
    const plan = planImport(batch, {
      weapons: SEEDED,
      nights: [
        stored('2025-04-26', [
          { weaponId: seeded('Unknown drone').id, launched: 114, shotDown: 66, lost: 31 },
          { weaponId: seeded('Unknown missile').id, launched: 3, shotDown: null, lost: null },
        ]),
        stored('2025-04-27', [{ weaponId: seeded('Unknown drone').id, launched: 50, shotDown: 40, lost: null }]),
      ],
    });
    expect(plan.nights).toHaveLength(1);
    expect(plan.nights[0]).toMatchObject({
      action: 'update',
      changes: [{ weapon: { name: 'Kh-31P' }, before: null }, { weapon: { name: 'Shahed-136/131' }, before: null }],
      removals: [
        { weapon: { name: 'Unknown drone' }, counts: { launched: 114, shotDown: 66, lost: 31 } },
        { weapon: { name: 'Unknown missile' }, counts: { launched: 3, shotDown: null, lost: null } },
      ],
    });
    expect(plan.removals).toBe(2);
  });

  it('leaves a night alone when the file gives all its figures again, as an export does', async () => {
    const batch = await batchOf('2025-04-02,UA,Kalibr,missile,cruise,3,2,,https://example.org/a', '2025-04-02,UA,Shahed-136/131,drone,attack,10,9,1,https://example.org/a');
    const night = stored(
      '2025-04-02',
      [
        { weaponId: kalibr, launched: 3, shotDown: 2, lost: null },
        { weaponId: shahed, launched: 10, shotDown: 9, lost: 1 },
      ],
      'https://example.org/a',
      { sourceName: 'Air Force', notes: "An editor's note." },
    );
    const plan = planImport(batch, { weapons: SEEDED, nights: [night] });
    expect(plan).toMatchObject({ create: 0, update: 0, unchanged: 1, removals: 0 });
  });

  it('changes a source URL only when the file gives a different one', async () => {
    const same = { weaponId: kalibr, launched: 3, shotDown: 2, lost: null };
    const batch = await batchOf('2025-04-02,UA,Kalibr,missile,cruise,3,2,,https://example.org/new', '2025-04-03,UA,Kalibr,missile,cruise,3,2,,');
    const plan = planImport(batch, {
      weapons: SEEDED,
      nights: [stored('2025-04-02', [same], 'https://example.org/old'), stored('2025-04-03', [same], 'https://example.org/kept')],
    });
    expect(plan.nights.map((night) => [night.action, night.fieldChanges])).toEqual([
      ['update', [{ field: 'sourceUrl', before: 'https://example.org/old', after: 'https://example.org/new' }]],
      ['unchanged', []],
    ]);
  });

  it('creates a new weapon once, unless the database has one by that name by now', async () => {
    const batch = await batchOf('2025-04-01,UA,Lancet,drone,attack,3,2,,', '2025-04-02,UA,Lancet,drone,attack,1,1,,');
    expect(planImport(batch, { weapons: SEEDED, nights: [] }).weaponsToCreate).toEqual([
      { name: 'Lancet', category: 'drone', weaponClass: 'attack', basis: 'category and class from the file' },
    ]);
    const lancet = { id: 500, name: 'Lancet', aliases: [], category: 'drone' as const, weaponClass: 'attack' as const };
    const plan = planImport(batch, { weapons: [...SEEDED, lancet], nights: [] });
    expect(plan.weaponsToCreate).toEqual([]);
    expect(plan.nights[0]?.changes[0]?.weapon).toEqual({ kind: 'existing', id: 500, name: 'Lancet' });
  });

  it('gives the same digest for the same plan, and another when what it replaces changed', async () => {
    const batch = await batchOf('2025-04-02,UA,Kalibr,missile,cruise,3,2,,');
    const before = (shotDown: number) => ({ weapons: SEEDED, nights: [stored('2025-04-02', [{ weaponId: kalibr, launched: 3, shotDown, lost: null }])] });
    expect(planImport(batch, before(1)).digest).toBe(planImport(batch, before(1)).digest);
    expect(planImport(batch, before(1)).digest).not.toBe(planImport(batch, before(0)).digest);
    // The same figures written, but another figure to remove.
    const withExtra = (launched: number) => ({
      weapons: SEEDED,
      nights: [stored('2025-04-02', [{ weaponId: kalibr, launched: 3, shotDown: 1, lost: null }, { weaponId: shahed, launched, shotDown: null, lost: null }])],
    });
    expect(planImport(batch, withExtra(5)).digest).not.toBe(planImport(batch, withExtra(6)).digest);
  });
});
