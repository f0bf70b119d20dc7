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
    other: {
      date: null,
      target: 'RU',
      figures: [{ weapon: 'Unknown drone', category: 'drone', launched: null, shot_down: 45, lost: null }],
      totals: {
        missile: { launched: null, shot_down: null, lost: null },
        drone: { launched: null, shot_down: 45, lost: null },
      },
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
  });
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
