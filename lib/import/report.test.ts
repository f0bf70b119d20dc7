import { describe, expect, it } from 'vitest';
import { EXPORT_HEADER } from '@/lib/csv/cells';
import { NIGHT_EXPORT_HEADER } from '@/lib/csv/night-columns';
import { seeded, SEEDED } from './fixtures/weapons';
import { newNightFields } from './night-fields';
import { planImport, type ExistingFigure } from './plan';
import { readImportFile } from './read-file';
import { buildReport, formatReportText, lineRanges } from './report';

describe('the import report', () => {
  it('writes line numbers as ranges', () => {
    expect(lineRanges([9, 3, 4, 5, 12, 13, 40])).toBe('3–5, 9, 12–13, 40');
    expect(lineRanges([1, 3, 5, 7], 2)).toBe('1, 3, … (2 more ranges)');
  });

  it('says what would happen, and refuses a file with a bad row', async () => {
    const text = `${EXPORT_HEADER}\n2025-04-01,UA,Lancet,drone,attack,3,2,,\n2025-04-02,UA,Kalibr,missile,cruise,abc,2,,\n`;
    const result = await readImportFile([text], { weapons: SEEDED, today: '2026-01-01' });
    if (!result.ok) throw new Error(result.fatal);
    const report = buildReport('file.csv', result.batch, planImport(result.batch, { weapons: SEEDED, nights: [] }));
    expect(report).toMatchObject({
      status: 'refused',
      errorCount: 1,
      errors: [{ line: 3, message: 'launched: "abc" is not a number' }],
      nights: { create: 1, update: 0, unchanged: 0 },
      weaponsToCreate: [{ name: 'Lancet' }],
      range: { from: '2025-04-01', to: '2025-04-01', target: 'UA' },
    });
    const text2 = formatReportText(report);
    expect(text2).toContain('Refused: nothing will be imported');
    expect(text2).toContain('line 3: launched: "abc" is not a number');
    expect(text2).toContain('Nights: 1 to create, 0 to change, 0 left alone');
  });

  it('lists the nights that lose figures first, with what each loses and which fields change', async () => {
    const text = `${EXPORT_HEADER}\n2025-04-01,UA,Kalibr,missile,cruise,3,2,,\n2025-04-02,UA,Kalibr,missile,cruise,3,2,,https://example.org/b\n`;
    const result = await readImportFile([text], { weapons: SEEDED, today: '2026-01-01' });
    if (!result.ok) throw new Error(result.fatal);
    const kalibr: ExistingFigure = { weaponId: seeded('Kalibr').id, launched: 3, shotDown: 1, lost: null };
    const night = (date: string, figures: ExistingFigure[]) => ({ id: 1, date, target: 'UA' as const, ...newNightFields({}), figures });
    const plan = planImport(result.batch, {
      weapons: SEEDED,
      nights: [night('2025-04-01', [kalibr]), night('2025-04-02', [kalibr, { weaponId: seeded('Kh-35').id, launched: 2, shotDown: null, lost: 1 }])],
    });
    const report = buildReport('file.csv', result.batch, plan);
    expect(report.removals).toEqual({ figures: 1, nights: 1 });
    expect(report.updates.map((update) => [update.date, update.removed, update.fields])).toEqual([
      ['2025-04-02', [{ weapon: 'Kh-35', counts: { launched: 2, shotDown: null, lost: 1 } }], [{ field: 'sourceUrl', label: 'Source URL', before: null, after: 'https://example.org/b' }]],
      ['2025-04-01', [], []],
    ]);
    const printed = formatReportText(report);
    expect(printed).toContain('Figures to remove: 1, on 1 night');
    expect(printed).toContain('2025-04-02 UA Kh-35: 2 launched, n/a shot down, 1 lost → removed');
    expect(printed).toContain('2025-04-02 UA Source URL: none → https://example.org/b');
  });

  it("lists what a new night gets besides figures: its outcomes, and all its fields when it comes without figures", async () => {
    const nightsFile = `${NIGHT_EXPORT_HEADER}\n2025-11-14,UA,Air Force,,,,,,14,more-than,,,300,about,,\n`;
    const result = await readImportFile([nightsFile], { weapons: SEEDED, today: '2026-01-01' });
    if (!result.ok) throw new Error(result.fatal);
    const report = buildReport('nights.csv', result.batch, planImport(result.batch, { weapons: SEEDED, nights: [] }));
    expect(report.creates).toEqual([
      {
        date: '2025-11-14',
        target: 'UA',
        figures: [],
        removed: [],
        fields: [
          { field: 'sourceName', label: 'Source name', before: null, after: 'Air Force' },
          { field: 'placesHit', label: 'Places hit', before: null, after: 14 },
          { field: 'placesHitQualifier', label: 'Places hit (qualifier)', before: null, after: 'more-than' },
          { field: 'shaheds', label: 'Shahed-type drones', before: null, after: 300 },
          { field: 'shahedsQualifier', label: 'Shahed-type drones (qualifier)', before: null, after: 'about' },
        ],
      },
    ]);
  });
});
