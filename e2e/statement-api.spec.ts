// POST /api/statements/parse against the production server: the SPEC §5 example, bad requests,
// and the rate limit. The limit test runs last and waits for the limit to let a request through
// again, so that later specs on the same server are not refused.
import { expect, test } from '@playwright/test';

const URL = '/api/statements/parse';

// SPEC §5, the canonical example (from a news report dated 2025-04-26).
const SPEC_EXAMPLE =
  "Russia launched three missiles and 114 drones over Ukraine overnight, Ukraine's air force wrote in a statement on Saturday. Sixty-six drones were destroyed and a further 31 decoy drones failed to reach their destination. Meanwhile, Russian air defences shot down 45 Ukrainian drones overnight, the country's Defence Ministry said.";

test('the SPEC §5 example through the API gives exactly its figures, for both sides', async ({ request }) => {
  const response = await request.post(URL, { data: { text: SPEC_EXAMPLE } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  // The text names no date (only "Saturday"), so the date is unknown rather than guessed.
  expect(await response.json()).toEqual({
    date: null,
    target: 'UA',
    figures: [
      { weapon: 'Unknown missile', category: 'missile', launched: 3, shot_down: null, lost: null },
      { weapon: 'Unknown drone', category: 'drone', launched: 114, shot_down: 66, lost: 31 },
    ],
    totals: {
      missile: { launched: 3, shot_down: null, lost: null },
      drone: { launched: 114, shot_down: 66, lost: 31 },
    },
    hits: { missile: null, drone: null },
    places_hit: null,
    places_debris: null,
    shaheds: null,
    qualifiers: {},
    other: {
      date: null,
      target: 'RU',
      figures: [{ weapon: 'Unknown drone', category: 'drone', launched: null, shot_down: 45, lost: null }],
      totals: {
        missile: { launched: null, shot_down: null, lost: null },
        drone: { launched: null, shot_down: 45, lost: null },
      },
      hits: { missile: null, drone: null },
      places_hit: null,
      places_debris: null,
      shaheds: null,
      qualifiers: {},
    },
  });
});

test('an Air Force statement through the API gives its date and its weapons', async ({ request }) => {
  const text =
    'On the night of 26 April 2025 (from 18:00 on 25 April), the enemy attacked with 2 Kh-59/69 guided missiles and 114 Shahed-type attack UAVs and imitator drones. As of 09:00, 2 Kh-59/69 missiles and 66 attack UAVs were shot down; 31 imitator drones were locationally lost.';
  const response = await request.post(URL, { data: { text } });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    date: '2025-04-26',
    target: 'UA',
    figures: [
      { weapon: 'Kh-59/Kh-69', category: 'missile', launched: 2, shot_down: 2, lost: null },
      { weapon: 'Attack and decoy drones (mixed)', category: 'drone', launched: 114, shot_down: 66, lost: 31 },
    ],
    totals: {
      missile: { launched: 2, shot_down: 2, lost: null },
      drone: { launched: 114, shot_down: 66, lost: 31 },
    },
    hits: { missile: null, drone: null },
    places_hit: null,
    places_debris: null,
    shaheds: null,
    qualifiers: {},
  });
});

test('a statement with hits, debris and Shaheds answers them at the top level, approximate ones qualified', async ({ request }) => {
  // UNN relaying the Air Force, 27 September 2025 (fixtures/statements/).
  const text =
    'According to the Air Force of the Armed Forces of Ukraine, on the night of September 27 (from 9:00 p.m. on September 26), the enemy attacked with 115 Shahed-type, Gerbera-type, and other types of attack UAVs from the directions of: Kursk, Millerovo, Primorsko-Akhtarsk - Russia, Chauda - temporarily occupied territory of Crimea, more than 70 of them were Shaheds.\n' +
    'According to preliminary data, as of 9:00 a.m., air defense shot down/suppressed 97 enemy Shahed-type, Gerbera-type, and other types of drones in the north, south, east, and center of the country.\n' +
    '"Hits by 17 attack UAVs were recorded at 6 locations, as well as the fall of downed (debris) at 2 locations," the report says.';
  const response = await request.post(URL, { data: { text } });
  expect(response.status()).toBe(200);
  const body = await response.json();
  // The text gives no year: the latest 27 September up to today.
  expect(body.date).toMatch(/^\d{4}-09-27$/);
  expect(body).toMatchObject({
    target: 'UA',
    totals: { drone: { launched: 115, shot_down: 97, lost: null } },
    hits: { missile: null, drone: 17 },
    places_hit: 6,
    places_debris: 2,
    shaheds: 70,
    qualifiers: { shaheds: 'more-than' },
  });
  expect(Object.keys(body.qualifiers)).toEqual(['shaheds']);
});

test('bad requests get a 400 with a JSON error', async ({ request }) => {
  // Bodies go as raw bytes: Playwright would JSON-encode a string.
  const cases: { name: string; body: string; expected: RegExp }[] = [
    { name: 'not JSON', body: 'text=Russia launched 5 drones', expected: /not JSON/ },
    { name: 'no body', body: '', expected: /not JSON/ },
    { name: 'no text', body: JSON.stringify({}), expected: /"text"/ },
    { name: 'text not a string', body: JSON.stringify({ text: 114 }), expected: /as a string/ },
    { name: 'empty text', body: JSON.stringify({ text: '   ' }), expected: /empty/ },
    { name: 'over 20,000 characters', body: JSON.stringify({ text: 'a'.repeat(20_001) }), expected: /longer than 20,000 characters/ },
    { name: 'a body over 256 KB', body: JSON.stringify({ text: 'a'.repeat(300_000) }), expected: /larger than 256 KB/ },
    { name: 'an array', body: JSON.stringify(['Russia launched 5 drones']), expected: /JSON object/ },
  ];
  for (const { name, body: sent, expected } of cases) {
    const response = await request.post(URL, { data: Buffer.from(sent), headers: { 'content-type': 'application/json' } });
    expect(response.status(), name).toBe(400);
    expect(response.headers()['content-type'], name).toContain('application/json');
    const body = await response.json();
    expect(Object.keys(body), name).toEqual(['error']);
    expect(body.error, name).toMatch(expected);
  }
});

test('only POST is answered', async ({ request }) => {
  expect((await request.get(URL)).status()).toBe(405);
});

test('long texts cost more of the rate limit: a client cannot parse the longest texts without pause', async ({ request }) => {
  // Each 20,000-character text costs 10 of the 60 tokens a minute: the seventh cannot be paid at once.
  const text = `Russia launched 5 drones overnight. ${'The air force said nothing more. '.repeat(700)}`.slice(0, 20_000);
  const statuses: number[] = [];
  let retryAfter = 0;
  for (let i = 0; i < 7; i += 1) {
    const response = await request.post(URL, { data: { text } });
    statuses.push(response.status());
    if (response.status() === 429) {
      retryAfter = Number(response.headers()['retry-after']);
      break;
    }
  }
  expect(statuses[0]).toBe(200);
  expect(statuses.at(-1)).toBe(429);
  expect(statuses.length).toBeLessThanOrEqual(7);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
});

test('too many requests get a 429 with Retry-After, and the limit lifts again', async ({ request }) => {
  test.setTimeout(60_000);
  const responses = await Promise.all(
    Array.from({ length: 80 }, () => request.post(URL, { data: { text: 'Russia launched 5 drones overnight.' } })),
  );
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
  const refused = responses.filter((r) => r.status() === 429);
  expect(refused.length).toBeGreaterThanOrEqual(20);
  const [first] = refused;
  const retryAfter = Number(first?.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(await first?.json()).toEqual({ error: expect.stringMatching(/^Too many requests/) });

  await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 200));
  const again = await request.post(URL, { data: { text: 'Russia launched 5 drones overnight.' } });
  expect(again.status()).toBe(200);
});
