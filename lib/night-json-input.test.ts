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
});
