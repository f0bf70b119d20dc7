import { expect, test } from '@playwright/test';
import { editorStatePath, readDatabase } from './helpers';

// Dates: the reliability partition (2022-01-01..2022-09-30).
const url = '/api/nights/2022-03-14?target=UA';
const night = {
  source_url: 'https://example.org/air-force/2022-03-14',
  figures: [
    { weapon: 'Kh-101', launched: 8, shot_down: 6, lost: null },
    { weapon: 'Geran-2', launched: 20, shot_down: 15, lost: 3 },
  ],
};

function storedFigures(date: string) {
  const db = readDatabase();
  try {
    return db
      .prepare(
        `select w.name as weapon, f.launched, f.shot_down, f.lost from figures f
         join nights n on n.id = f.night_id join weapons w on w.id = f.weapon_id
         where n.date = ? and n.target = 'UA' order by w.name`,
      )
      .all(date);
  } finally {
    db.close();
  }
}

test('an anonymous script cannot write a night through the API', async ({ request }) => {
  const response = await request.put(url, { data: night });
  expect(response.status()).toBe(401);
  const remove = await request.delete(`${url}&version=1`);
  expect(remove.status()).toBe(401);
  expect(storedFigures('2022-03-14')).toEqual([]);
});

test.describe('an editor script', () => {
  test.use({ storageState: editorStatePath });

  test('creates, replaces with the version it read, is refused when stale, and deletes', async ({ page }) => {
    const api = page.request;
    const created = await api.put(url, { data: night });
    expect(created.status()).toBe(201);
    expect(await created.json()).toMatchObject({ date: '2022-03-14', target: 'UA', version: 1 });
    expect(storedFigures('2022-03-14')).toEqual([
      { weapon: 'Kh-101/Kh-555', launched: 8, shot_down: 6, lost: null },
      { weapon: 'Shahed-136/131', launched: 20, shot_down: 15, lost: 3 },
    ]);

    const withoutVersion = await api.put(url, { data: night });
    expect(withoutVersion.status()).toBe(409);

    const replaced = await api.put(url, {
      data: { ...night, version: 1, figures: [{ weapon: 'X-101', launched: 9, shot_down: 9 }] },
    });
    expect(replaced.status()).toBe(200);
    expect(storedFigures('2022-03-14')).toEqual([{ weapon: 'Kh-101/Kh-555', launched: 9, shot_down: 9, lost: null }]);

    const stale = await api.put(url, { data: { ...night, version: 1 } });
    expect(stale.status()).toBe(409);
    expect(await stale.json()).toMatchObject({ version: 2 });

    const impossible = await api.put('/api/nights/2022-03-15', {
      data: { figures: [{ weapon: 'Kalibr', launched: 2, shot_down: 5 }] },
    });
    expect(impossible.status()).toBe(400);
    expect((await impossible.json()).fields['figures.0.shot_down']).toMatch(/cannot exceed launched/);
    expect(storedFigures('2022-03-15')).toEqual([]);

    const removed = await api.delete(`${url}&version=2`);
    expect(removed.status()).toBe(204);
    expect(storedFigures('2022-03-14')).toEqual([]);
  });

  test('a night deleted after a script read it stays deleted: a write naming that version is refused', async ({ page }) => {
    const api = page.request;
    const address = '/api/nights/2022-03-16?target=UA';
    const created = await api.put(address, { data: night });
    expect(created.status()).toBe(201);
    expect((await api.delete('/api/nights/2022-03-16?target=UA&version=1')).status()).toBe(204);
    // Before the fix this answered 201 and the deleted night came back without anyone saying so.
    const stale = await api.put(address, { data: { ...night, version: 1 } });
    expect(stale.status()).toBe(409);
    expect((await stale.json()).error).toMatch(/deleted after you read version 1/);
    expect(storedFigures('2022-03-16')).toEqual([]);
    // Sent as a new night, without a version, it is created again on purpose.
    expect((await api.put(address, { data: night })).status()).toBe(201);
  });

  test('writes and reads hits, places hit, debris and Shaheds, with the qualifiers of approximate figures', async ({ page }) => {
    const api = page.request;
    const address = '/api/nights/2022-03-17?target=UA';
    const withOutcomes = {
      ...night,
      hits: { missile: 2, drone: null },
      places_hit: 14,
      places_debris: 1,
      shaheds: 15,
      qualifiers: { shaheds: 'about', places_hit: 'more-than' },
    };
    expect((await api.put(address, { data: withOutcomes })).status()).toBe(201);
    const body = await (await api.get('/api/nights?from=2022-03-17&to=2022-03-17')).json();
    expect(body.nights).toEqual([
      {
        date: '2022-03-17',
        target: 'UA',
        source_url: night.source_url,
        hits: { missile: 2, drone: null },
        places_hit: 14,
        places_debris: 1,
        shaheds: 15,
        qualifiers: { places_hit: 'more-than', shaheds: 'about' },
        figures: expect.any(Array),
      },
    ]);

    const tooMany = await api.put(address, { data: { ...withOutcomes, version: 1, shaheds: 21 } });
    expect(tooMany.status()).toBe(400);
    expect((await tooMany.json()).fields).toEqual({
      shaheds: '21 Shahed-type drones, but the figures give 20 drones launched: Shaheds cannot exceed the drones launched',
    });
  });
});
