import { describe, expect, it } from 'vitest';
import { EXPORT_HEADER } from '@/lib/csv/cells';
import type { ImportBatch } from './batch';
import { decodeUtf8 } from './decode';
import { seeded, SEEDED } from './fixtures/weapons';
import { readImportFile } from './read-file';

const HEADER =
  'time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,still_attacking,' +
  'border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,' +
  'affected region,destroyed_details,launched_details,launch_place_details,source';

/** A dataset row: the six columns the mapping reads, the rest as the dataset leaves them. */
function row(timeEnd: string, model: string, launched: string, destroyed: string, notReachGoal = '', source = 'kpszsu/posts/pfbid0abc') {
  return [timeEnd, timeEnd, model, 'Kursk oblast', 'Ukraine', '', launched, destroyed, notReachGoal, '', '{}', '', '', '', '', '', '', '', '', '', '', source].join(',');
}

function file(...rows: string[]) {
  return `${HEADER}\n${rows.join('\n')}\n`;
}

async function read(text: string | string[], today = '2026-02-09') {
  return readImportFile(typeof text === 'string' ? [text] : text, { weapons: SEEDED, today });
}

async function batchOf(text: string): Promise<ImportBatch> {
  const result = await read(text);
  if (!result.ok) throw new Error(result.fatal);
  return result.batch;
}

function figuresOf(batch: ImportBatch, date: string) {
  return batch.nights
    .find((night) => night.date === date)
    ?.figures?.map((figure) => ({ weapon: figure.weapon.weapon.name, ...figure.counts, lines: figure.lines }));
}

describe("reading the public dataset's rows", () => {
  it('takes the night from the date part of time_end, floats as integers, empty and NaN as unknown', async () => {
    const batch = await batchOf(file(row('2025-04-26 07:30', 'Shahed-136/131', '114.0', '66.0', '31.0'), row('2025-04-26 07:30', 'X-31P', '2.0', 'NaN', '')));
    expect(batch.format).toBe('dataset');
    expect(batch.errors).toEqual([]);
    expect(batch.nights).toHaveLength(1);
    expect(batch.nights[0]).toMatchObject({ date: '2025-04-26', target: 'UA' });
    expect(batch.nights[0]?.fields.sourceUrl).toBeUndefined();
    expect(figuresOf(batch, '2025-04-26')).toEqual([
      { weapon: 'Kh-31P', launched: 2, shotDown: null, lost: null, lines: [3] },
      { weapon: 'Shahed-136/131', launched: 114, shotDown: 66, lost: 31, lines: [2] },
    ]);
  });

  it("skips regional commands' rows and other sources, each with its reason and line", async () => {
    const batch = await batchOf(
      file(
        row('2023-05-14 05:00', 'Shahed-136/131', '18.0', '18.0'),
        row('2023-05-14', 'Shahed-136/131', '4.0', '4.0', '', 'PvKPivden/posts/pfbid02x'),
        row('2023-05-14', 'Orlan-10', '1.0', '1.0', '', 'pvkshid/posts/123'),
        row('2023-05-14', 'Kalibr', '2.0', '2.0', '', 'GeneralStaff.ua/posts/1'),
      ),
    );
    expect(batch.skipped).toEqual([
      { line: 3, reason: 'regional', detail: 'source PvKPivden' },
      { line: 4, reason: 'regional', detail: 'source pvkshid' },
      { line: 5, reason: 'not-national', detail: 'source GeneralStaff.ua' },
    ]);
    expect(figuresOf(batch, '2023-05-14')).toEqual([{ weapon: 'Shahed-136/131', launched: 18, shotDown: 18, lost: null, lines: [2] }]);
  });

  it("reads the Air Force's Telegram posts as its national report, and skips other channels with their name", async () => {
    // As the dataset writes them (2025-10-13, 2024-11-02, and part of 2024-09-26 come from t.me/kpszsu).
    const batch = await batchOf(
      file(
        row('2025-10-13 09:00', 'Shahed-136/131', '82.0', '69.0', '0.0', 'https://t.me/kpszsu/44624'),
        row('2024-11-02 11:00', 'X-31P', '1.0', '0.0', '', 'https://t.me/kpszsu/22252'),
        row('2024-11-02 11:00', 'Shahed-136/131', '71.0', '39.0', '21.0', 'https://t.me/kpszsu/22252'),
        row('2024-09-26 11:00', 'X-47 Kinzhal', '3.0', '0.0', '', 'https://t.me/kpszsu/20048'),
        row('2024-09-26 08:00', 'X-59/X-69', '4.0', '4.0', '', 'kpszsu/posts/pfbid0Mo7'),
        row('2024-09-27 16:30', 'X-47 Kinzhal', '4.0', '0.0', '', 'https://t.me/war_monitor/21099'),
        row('2025-04-13 12:00', 'Iskander-M/KN-23', '2.0', '0.0', '', 'https://t.me/ChiefUkrDIU/185'),
        row('2024-08-20', 'Reconnaissance UAV', '4.0', '4.0', '', 'watch/?v=1216014506516442'),
        row('2024-08-21', 'Shahed-136/131', '5.0', '5.0', '', 'https://example.org/kpszsu/1'),
        row('2024-08-22', 'Shahed-136/131', '5.0', '5.0', '', 'https://t.me/PvKPivden/9'),
      ),
    );
    expect(batch.errors).toEqual([]);
    expect(figuresOf(batch, '2025-10-13')).toEqual([{ weapon: 'Shahed-136/131', launched: 82, shotDown: 69, lost: null, lines: [2] }]);
    expect(figuresOf(batch, '2024-11-02')).toEqual([
      { weapon: 'Kh-31P', launched: 1, shotDown: 0, lost: null, lines: [3] },
      { weapon: 'Shahed-136/131', launched: 71, shotDown: 39, lost: 21, lines: [4] },
    ]);
    expect(figuresOf(batch, '2024-09-26')).toEqual([
      { weapon: 'Kh-47M2 Kinzhal', launched: 3, shotDown: 0, lost: null, lines: [5] },
      { weapon: 'Kh-59/Kh-69', launched: 4, shotDown: 4, lost: null, lines: [6] },
    ]);
    expect(batch.nights.find((night) => night.date === '2024-11-02')?.fields.importedNote).toContain('https://t.me/kpszsu/22252');
    expect(batch.skipped).toEqual([
      { line: 7, reason: 'not-national', detail: 'source t.me/war_monitor' },
      { line: 8, reason: 'not-national', detail: 'source t.me/ChiefUkrDIU' },
      { line: 9, reason: 'not-national', detail: 'source watch' },
      { line: 10, reason: 'not-national', detail: 'source example.org/kpszsu' },
      { line: 11, reason: 'regional', detail: 'source t.me/PvKPivden' },
    ]);
  });

  it('sums rows of one night and weapon, across spellings of the weapon', async () => {
    const batch = await batchOf(
      file(
        row('2023-06-20 04:00', 'Shahed-136/131', '35.0', '32.0'),
        row('2023-06-20 04:00', 'Shahed-136/131', '6.0', '6.0'),
        row('2023-06-20 04:00', 'X-59', '2.0', '1.0', '1.0'),
        row('2023-06-20 04:00', 'X-59/X-69', '3.0', '2.0', '0.0'),
      ),
    );
    expect(figuresOf(batch, '2023-06-20')).toEqual([
      { weapon: 'Kh-59/Kh-69', launched: 5, shotDown: 3, lost: 1, lines: [4, 5] },
      { weapon: 'Shahed-136/131', launched: 41, shotDown: 38, lost: null, lines: [2, 3] },
    ]);
  });

  it('never sums a known count with an unknown one: the sum is unknown, and the report says why', async () => {
    // Real rows: 2024-08-18, KN-23 2/2/– and Iskander-M 1/0/1 are one weapon here.
    const batch = await batchOf(file(row('2024-08-18 08:00', 'KN-23', '2.0', '2.0', ''), row('2024-08-18 08:00', 'Iskander-M', '1.0', '0.0', '1.0')));
    expect(figuresOf(batch, '2024-08-18')).toEqual([{ weapon: 'Iskander-M/KN-23', launched: 3, shotDown: 2, lost: null, lines: [2, 3] }]);
    expect(batch.notes).toContainEqual(expect.stringContaining('lost is unknown on line 2, so the sum is stored as unknown'));
  });

  it('leaves lost unknown from 2025-07-24, when the dataset writes the combined figure with not_reach_goal 0', async () => {
    const batch = await batchOf(
      file(
        row('2025-07-23 09:00', 'Shahed-136/131', '71.0', '27.0', '18.0'),
        row('2025-07-23 09:00', 'Kalibr', '2.0', '2.0', '0.0'),
        row('2025-07-24 11:30', 'Shahed-136/131', '103.0', '90.0', '0.0'),
        row('2025-07-28 09:30', 'X-47 Kinzhal', '3.0', '0.0', '3.0'),
      ),
    );
    expect(figuresOf(batch, '2025-07-23')?.map((figure) => figure.lost)).toEqual([0, 18]);
    expect(figuresOf(batch, '2025-07-24')).toEqual([{ weapon: 'Shahed-136/131', launched: 103, shotDown: 90, lost: null, lines: [4] }]);
    // A split the report did give is kept.
    expect(figuresOf(batch, '2025-07-28')?.[0]).toMatchObject({ weapon: 'Kh-47M2 Kinzhal', lost: 3 });
    expect(batch.notes).toContainEqual(expect.stringMatching(/Lost is stored as unknown on 1 rows from 2025-07-24 to 2025-07-24/));
  });

  it('skips figures with more shot down and lost than launched, with the rows summed with them', async () => {
    const batch = await batchOf(
      file(
        row('2024-12-28 08:30', 'Shahed-136/131', '16.0', '15.0', '11.0'),
        row('2024-12-28 08:30', 'Shahed-136/131', '5.0', '5.0', ''),
        row('2024-12-28 08:30', 'Kalibr', '4.0', '3.0', ''),
      ),
    );
    expect(batch.skipped).toEqual([
      { line: 2, reason: 'accounting', detail: 'Shahed-136/131: launched 16, shot down 15, lost 11' },
      { line: 3, reason: 'with-unstorable', detail: 'Shahed-136/131 on 2024-12-28' },
    ]);
    expect(figuresOf(batch, '2024-12-28')).toEqual([{ weapon: 'Kalibr', launched: 4, shotDown: 3, lost: null, lines: [4] }]);
    expect(batch.errorCount).toBe(0);
  });

  it('makes a bundle a new weapon, listed for creation, and skips a model it cannot place', async () => {
    const batch = await batchOf(file(row('2024-07-08 10:00', 'X-101/X-555 and Kalibr', '38.0', '30.0'), row('2024-07-21', 'Привет-82', '1.0', '1.0')));
    expect(batch.newWeapons).toEqual([expect.objectContaining({ name: 'X-101/X-555 and Kalibr', category: 'missile', weaponClass: 'cruise' })]);
    expect(batch.skipped).toEqual([{ line: 3, reason: 'unknown-weapon', detail: expect.stringContaining('"Привет-82"') }]);
    expect(batch.nights.map((night) => night.date)).toEqual(['2024-07-08']);
  });

  it('reports every row with a value it cannot read, by line, and keeps going', async () => {
    const batch = await batchOf(
      file(
        row('2023-05-14 05:00', 'Shahed-136/131', 'abc', '18.0'),
        row('2023-05-14 05:00', 'Kalibr', '-3.0', '0.0'),
        row('2023-05-14 05:00', 'X-59', '93.5', '1.0'),
        row('2023-02-30 05:00', 'X-22', '1.0', '0.0'),
        row('2023-05-14 05:00', '', '1.0', '0.0'),
        row('2023-05-14 05:00', 'X-22', '1.0', '0.0'),
        'too,few,cells',
      ),
    );
    expect(batch.errors).toEqual([
      { line: 2, message: 'launched: "abc" is not a number' },
      { line: 3, message: 'launched: "-3.0" is negative' },
      { line: 4, message: 'launched: "93.5" is not a whole number' },
      { line: 5, message: expect.stringContaining('time_end "2023-02-30 05:00" is not a date') },
      { line: 6, message: 'model (the weapon) is empty' },
      { line: 8, message: expect.stringContaining('3 cells where the header has 22') },
    ]);
    expect(batch.errorCount).toBe(6);
  });

  it('does not read regional rows closely: their values do not block the file', async () => {
    const batch = await batchOf(file(row('2023-05-14', 'Shahed-136/131', 'abc', '', '', 'PvKPivden/posts/1')));
    expect(batch.errorCount).toBe(0);
    expect(batch.skipped).toHaveLength(1);
  });

  it('counts lines as a text editor does, across quoted cells that hold line breaks', async () => {
    const multiLine = row('2023-05-14 05:00', 'Kalibr', '2.0', '2.0').replace('Kursk oblast', '"Black Sea\nand Caspian"');
    const batch = await batchOf(file(multiLine, row('2023-05-14 05:00', 'X-22', 'abc', '0.0')));
    expect(batch.errors).toEqual([{ line: 4, message: 'launched: "abc" is not a number' }]);
  });

  it('reads a file that arrives in small pieces, with a BOM and CRLF line ends', async () => {
    const text = `\ufeff${file(row('2023-05-14 05:00', 'Kalibr', '2.0', '2.0'), row('2023-05-14 05:00', 'X-22', '1.0', '0.0')).replaceAll('\n', '\r\n')}`;
    const pieces = text.match(/[\s\S]{1,7}/g) ?? [];
    const result = await read(pieces);
    expect(result.ok && figuresOf(result.batch, '2023-05-14')?.map((figure) => figure.weapon)).toEqual(['Kalibr', 'Kh-22/Kh-32']);
  });

  it('refuses a night dated after today', async () => {
    const batch = await batchOf(file(row('2026-03-01 05:00', 'Kalibr', '2.0', '2.0')));
    expect(batch.errors).toEqual([{ line: 2, message: 'time_end 2026-03-01 05:00 is in the future' }]);
  });

  it('reports progress as rows are read', async () => {
    const rows = Array.from({ length: 2500 }, () => row('2023-05-14', 'Kalibr', '1.0', '1.0', '', 'PvKPivden/posts/1'));
    const seen: number[] = [];
    await readImportFile([file(...rows)], { weapons: SEEDED, today: '2026-02-09', onProgress: (count) => seen.push(count) });
    expect(seen).toEqual([1000, 2000, 2500]);
  });
});

describe("reading Air Tally's own export", () => {
  const own = (...rows: string[]) => `${EXPORT_HEADER}\r\n${rows.map((line) => `${line}\r\n`).join('')}`;

  it('undoes the formula neutralisation and keeps the source URL', async () => {
    const batch = await batchOf(own(`2025-04-26,UA,"'=HYPERLINK(""x"")",drone,attack,5,,1,"https://example.org/a,b"`));
    expect(batch.newWeapons).toEqual([
      { name: '=HYPERLINK("x")', category: 'drone', weaponClass: 'attack', basis: 'category and class from the file' },
    ]);
    expect(batch.nights[0]).toMatchObject({ fields: { sourceUrl: 'https://example.org/a,b' }, figures: [{ counts: { launched: 5, shotDown: null, lost: 1 } }] });
  });

  it('matches weapons by name and keeps an existing weapon as it is', async () => {
    const batch = await batchOf(own('2025-04-26,UA,Kalibr,drone,attack,5,5,0,'));
    expect(batch.nights[0]?.figures?.[0]?.weapon).toEqual({ kind: 'existing', weapon: seeded('Kalibr') });
    expect(batch.notes).toContainEqual(expect.stringContaining('"Kalibr" is kept as Kalibr (missile, cruise) although the file says drone, attack'));
  });

  it('refuses bad values, repeated weapons and a night with two source URLs', async () => {
    const batch = await batchOf(
      own(
        '2025-04-26,XX,Kalibr,missile,cruise,5,5,0,',
        '2025-04-26,UA,Kalibr,missile,decoy,5,5,0,',
        '2025-04-27,UA,Kalibr,missile,cruise,5,x,0,javascript:alert(1)',
        '2025-04-28,UA,Kalibr,missile,cruise,5,5,0,',
        '2025-04-28,UA,Kalibr,missile,cruise,5,5,0,',
        '2025-04-28,UA,Kh-35,missile,anti-ship,1,1,0,https://example.org/other',
      ),
    );
    expect(batch.errors).toEqual([
      { line: 2, message: 'target "XX" is not UA or RU' },
      { line: 3, message: 'class "decoy" is not a class of missile' },
      { line: 4, message: expect.stringMatching(/^shot_down: "x" is not a number; source_url: .*http/) },
      { line: 6, message: 'the night 2025-04-28 already has a row for Kalibr (line 5)' },
      { line: 7, message: 'source_url differs from line 5, which is the same night' },
    ]);
  });
});

describe('files that cannot be read', () => {
  it.each([
    ['broken quoting', `${EXPORT_HEADER}\n2025-04-26,UA,"Kalibr,missile,cruise,1,1,0,\n`, 'Broken quoting: a quoted cell'],
    ['a stray quote', `${EXPORT_HEADER}\n2025-04-26,UA,Kal"ibr,missile,cruise,1,1,0,\n`, 'Line 2: broken quoting'],
    ['a wrong header', 'date;weapon;launched\n2025-04-26;Kalibr;1\n', 'separates its columns with semicolons'],
    ['an empty file', '', 'The file is empty'],
    ['garbage', `${'x'.repeat(200_000)}\n`, 'Line 1: a row longer than 100,000 characters'],
  ])('%s', async (_, text, message) => {
    const result = await read(text);
    expect(result).toMatchObject({ ok: false, fatal: expect.stringContaining(message) });
  });

  it('refuses bytes that are not UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${EXPORT_HEADER}\n`), 0xff, 0xfe, 0x00, 0x41]);
    const result = await readImportFile(decodeUtf8(chunks([bytes])), { weapons: SEEDED });
    expect(result).toMatchObject({ ok: false, fatal: expect.stringContaining('not UTF-8') });
  });

  it('refuses 50 MB of garbage at its first line, without reading the rest', async () => {
    let pulled = 0;
    let seed = 1;
    async function* garbage() {
      for (let i = 0; i < 50; i += 1) {
        pulled += 1;
        // Printable noise with line breaks, commas and quotes: a CSV parser's worst case.
        yield new Uint8Array(1024 * 1024).map(() => {
          seed = (seed * 16807) % 2147483647;
          return [10, 34, 44, 59, 65, 97, 48][seed % 7] ?? 65;
        });
      }
    }
    const result = await readImportFile(decodeUtf8(garbage()), { weapons: SEEDED });
    expect(result).toMatchObject({ ok: false, fatal: expect.stringMatching(/^(Line \d+: |Broken quoting)/) });
    expect(pulled).toBeLessThan(5);
  });

  it('refuses a file over the upload limit', async () => {
    const regional = row('2023-05-14', 'Kalibr', '1.0', '1.0', '', 'PvKPivden/posts/1');
    const text = file(...Array.from({ length: 30_000 }, () => regional));
    const bytes = new TextEncoder().encode(text);
    const parts = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536));
    const result = await readImportFile(decodeUtf8(chunks(parts), { maxBytes: 1024 * 1024 }), { weapons: SEEDED });
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(result).toMatchObject({ ok: false, fatal: expect.stringContaining('larger than 1 MB, the limit for uploads') });
  });

  it('notices an upload that arrived incomplete', async () => {
    const bytes = new TextEncoder().encode(`${EXPORT_HEADER}\n`);
    const result = await readImportFile(decodeUtf8(chunks([bytes]), { expectedBytes: bytes.length + 10 }), { weapons: SEEDED });
    expect(result).toMatchObject({ ok: false, fatal: expect.stringContaining('incomplete') });
  });
});

async function* chunks(parts: Uint8Array[]) {
  for (const part of parts) yield part;
}
