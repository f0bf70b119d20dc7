// The dataset's night outcomes (places hit, places with debris, Shaheds), imported and compared with the
// values computed here straight from the committed excerpt, without the importer's code.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SEEDED } from './fixtures/weapons';
import { readImportFile } from './read-file';

const FIXTURE = path.join(__dirname, 'fixtures', 'missile-attacks-outcomes.csv');
const COLUMNS = { placesHit: 'num_hit_location', placesDebris: 'num_fall_fragment_location', shaheds: 'is_shahed' } as const;
type Field = keyof typeof COLUMNS;

/** Per night: each outcome summed over the national rows that give any outcome, unknown if one of them lacks it. */
function expectedOutcomes(): Map<string, Partial<Record<Field, number>>> {
  const rows: Record<string, string>[] = parse(fs.readFileSync(FIXTURE), { columns: true });
  const given = (value: string | undefined) => value !== undefined && value.trim() !== '' && value.trim().toLowerCase() !== 'nan';
  const national = rows.filter((row) => /^(https:\/\/t\.me\/)?kpszsu\//.test(row.source ?? ''));
  const nights = new Map<string, Record<string, string>[]>();
  for (const row of national) {
    if (!Object.values(COLUMNS).some((column) => given(row[column]))) continue;
    const date = (row.time_end ?? '').slice(0, 10);
    nights.set(date, [...(nights.get(date) ?? []), row]);
  }
  const result = new Map<string, Partial<Record<Field, number>>>();
  for (const [date, parts] of nights) {
    const outcomes: Partial<Record<Field, number>> = {};
    for (const [field, column] of Object.entries(COLUMNS) as [Field, string][]) {
      if (parts.every((row) => given(row[column]))) outcomes[field] = parts.reduce((sum, row) => sum + Number(row[column]), 0);
    }
    result.set(date, outcomes);
  }
  return result;
}

describe("the dataset's night outcomes", () => {
  it('are read from the national rows only, summed over a night of two posts as counts are', async () => {
    const expected = expectedOutcomes();
    const result = await readImportFile([fs.readFileSync(FIXTURE, 'utf8')], { weapons: SEEDED, today: '2026-02-09' });
    if (!result.ok) throw new Error(result.fatal);
    expect(result.batch.errors).toEqual([]);
    const read = new Map(
      result.batch.nights.map((night) => [
        night.date,
        Object.fromEntries((Object.keys(COLUMNS) as Field[]).flatMap((field) => (night.fields[field] === undefined ? [] : [[field, night.fields[field]]]))),
      ]),
    );
    for (const [date, outcomes] of expected) expect(read.get(date), date).toEqual(outcomes);
    // Nights whose national rows give no outcome get none (not 0).
    for (const [date, outcomes] of read) if (!expected.has(date)) expect(outcomes, date).toEqual({});
    // The figures a reader can check by eye: the two posts of 2026-01-14 add up, 2025-09-02 has no Shahed count.
    expect(read.get('2026-01-14')).toEqual({ placesHit: 13, placesDebris: 3, shaheds: 80 });
    expect(read.get('2025-09-02')).toEqual({ placesHit: 9, placesDebris: 5 });
    expect(read.get('2026-02-07')).toEqual({ placesHit: 19, placesDebris: 3, shaheds: 250 });
  });

  it('says in the report which nights were summed over several posts, and why a sum is unknown', async () => {
    const result = await readImportFile([fs.readFileSync(FIXTURE, 'utf8')], { weapons: SEEDED, today: '2026-02-09' });
    if (!result.ok) throw new Error(result.fatal);
    expect(result.batch.notes).toContainEqual(
      expect.stringMatching(/^2026-01-14: 2 national posts give the night's outcomes \(lines \d+, \d+\), so they are summed as counts are \(places hit, places with debris, Shaheds\)\.$/),
    );
    expect(result.batch.notes).toContainEqual(expect.stringMatching(/^2025-09-02: 2 national posts .* \(places hit, places with debris\)\.$/));
    expect(result.batch.notes).toContainEqual(expect.stringContaining('stored as given, without a qualifier'));
  });

  it('leave a sum unknown when one of its posts does not give it, keeping what is stored', async () => {
    const [header = ''] = fs.readFileSync(FIXTURE, 'utf8').split('\n');
    const row = (shaheds: string, hit: string, source: string) =>
      `2026-01-13 18:30,2026-01-14 08:00,Shahed-136/131,,Ukraine,,100.0,90.0,0.0,0.0,{},${shaheds},${hit},1.0,,,,,,,,${source}`;
    const file = [header, row('70.0', '13.0', 'kpszsu/posts/a'), row('', '2.0', 'kpszsu/posts/b'), ''].join('\n');
    const result = await readImportFile([file], { weapons: SEEDED, today: '2026-02-09' });
    if (!result.ok) throw new Error(result.fatal);
    expect(result.batch.nights[0]?.fields).toMatchObject({ placesHit: 15, placesDebris: 2 });
    expect(result.batch.nights[0]?.fields.shaheds).toBeUndefined();
    expect(result.batch.notes).toContainEqual(
      "2026-01-14: 2 national posts give the night's outcomes (lines 2, 3), so they are summed as counts are (places hit," +
        ' places with debris); Shaheds is not given on line 3, so that sum is left unknown and the stored value kept.',
    );
  });

  it('do not count the regional and General Staff rows that carry them too', async () => {
    const result = await readImportFile([fs.readFileSync(FIXTURE, 'utf8')], { weapons: SEEDED, today: '2026-02-09' });
    if (!result.ok) throw new Error(result.fatal);
    // 2025-10-01's only outcome row is PvKPivden's (places hit 6); 2025-07-20's is the General Staff's.
    const fields = (date: string) => result.batch.nights.find((night) => night.date === date)?.fields;
    expect(fields('2025-10-01')?.placesHit).not.toBe(6);
    expect(fields('2025-07-20')?.placesHit).not.toBe(10);
  });
});
