import { describe, expect, it } from 'vitest';
import { SEED_WEAPONS } from './weapons-seed';
import { nightJsonToInput } from './night-json-input';

const weapons = SEED_WEAPONS.map((w, i) => ({ ...w, id: i + 1 }));
const idOf = (slug: string) => weapons.find((w) => w.slug === slug)!.id;

describe('nightJsonToInput', () => {
  it('reads snake_case counts, keeps missing counts unknown, and matches weapons in any spelling', () => {
    const result = nightJsonToInput(
      {
        target: 'UA',
        source_url: 'https://example.org/statement',
        figures: [
          { weapon: 'Geran-2', launched: 114, shot_down: 66, lost: 31 },
          { weapon: 'unknown-missile', launched: 3 },
        ],
      },
      '2025-04-26',
      weapons,
    );
    expect(result).toMatchObject({
      ok: true,
      input: {
        date: '2025-04-26',
        sourceUrl: 'https://example.org/statement',
        figures: [
          { weaponId: idOf('shahed-136-131'), launched: 114, shotDown: 66, lost: 31 },
          { weaponId: idOf('unknown-missile'), launched: 3, shotDown: null, lost: null },
        ],
      },
    });
  });

  it('names the offending JSON field in its errors', () => {
    const result = nightJsonToInput(
      { figures: [{ weapon: 'Kalibr', launched: 2, shot_down: 5 }, { weapon: 'Death Star', launched: 1 }] },
      '2025-02-30',
      weapons,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['date']).toMatch(/real date/);
    expect(result.errors['figures.0.shot_down']).toMatch(/cannot exceed launched/);
    expect(result.errors['figures.1.weapon']).toMatch(/Unknown weapon "Death Star"/);
  });

  it('refuses unexpected fields and wrong types', () => {
    const result = nightJsonToInput({ figures: [], admin: true }, '2025-04-26', weapons);
    expect(result.ok).toBe(false);
    const typed = nightJsonToInput({ figures: [{ weapon: 'Kalibr', launched: '3' }] }, '2025-04-26', weapons);
    expect(typed.ok).toBe(false);
    if (!typed.ok) expect(typed.errors['figures.0.launched']).toBe('A count is a JSON number, or null when unknown');
  });

  it('reads hits, places hit, debris and Shaheds with their qualifiers, unknown when absent', () => {
    const result = nightJsonToInput(
      {
        figures: [{ weapon: 'Geran-2', launched: 430, shot_down: 405 }, { weapon: 'Iskander-M', launched: 9, shot_down: 6 }],
        hits: { missile: 3, drone: 23 },
        places_hit: 14,
        shaheds: 300,
        qualifiers: { shaheds: 'about', places_hit: 'more-than' },
      },
      '2025-11-14',
      weapons,
    );
    expect(result).toMatchObject({
      ok: true,
      input: {
        outcomes: { hitsMissile: 3, hitsDrone: 23, placesHit: 14, placesDebris: null, shaheds: 300 },
        qualifiers: { shaheds: 'about', placesHit: 'more-than' },
      },
    });
  });

  it("names outcome errors by the API's own paths, in English", () => {
    const result = nightJsonToInput(
      {
        figures: [{ weapon: 'Geran-2', launched: 100 }, { weapon: 'Kalibr', launched: 2 }],
        hits: { missile: 3 },
        places_debris: -1,
        shaheds: 101,
        qualifiers: { places_hit: 'about' },
      },
      '2025-11-14',
      weapons,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Every mistake at once, each under the path the caller sent.
    expect(result.errors).toEqual({
      places_debris: 'Cannot be negative',
      'qualifiers.places_hit': 'Enter the count this applies to, or choose exact',
      'hits.missile': '3 missiles struck, but the figures give 2 missiles launched: hits cannot exceed launched',
      shaheds: '101 Shahed-type drones, but the figures give 100 drones launched: Shaheds cannot exceed the drones launched',
    });
    const limits = nightJsonToInput(
      { figures: [{ weapon: 'Geran-2', launched: 100 }, { weapon: 'Kalibr', launched: 2 }], hits: { missile: 3 }, shaheds: 101 },
      '2025-11-14',
      weapons,
    );
    expect(!limits.ok && limits.errors).toEqual({
      'hits.missile': '3 missiles struck, but the figures give 2 missiles launched: hits cannot exceed launched',
      shaheds: '101 Shahed-type drones, but the figures give 100 drones launched: Shaheds cannot exceed the drones launched',
    });
    const shape = nightJsonToInput({ figures: [], hits: { missile: '3', ship: 1 }, qualifiers: { shaheds: 'roughly', hits: 'about' } }, '2025-11-14', weapons);
    expect(!shape.ok && shape.errors).toMatchObject({
      'hits.missile': 'A count is a JSON number, or null when unknown',
      'qualifiers.shaheds': expect.stringMatching(/^A qualifier is one of about, more-than/),
    });
  });
});
