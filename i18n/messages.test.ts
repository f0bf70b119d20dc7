import { describe, expect, it } from 'vitest';
import { loadMessages, NAMESPACES } from './messages';

describe('loadMessages', () => {
  it('gives every namespace of the language asked for', async () => {
    const [en, uk] = await Promise.all([loadMessages('en'), loadMessages('uk')]);
    expect(Object.keys(en).sort()).toEqual([...NAMESPACES].sort());
    expect(en.common.siteName).toBeTruthy();
    expect(uk.dashboard.calendar.cell).not.toBe(en.dashboard.calendar.cell);
  });

  it('reads each language once per process (the same catalogue for every request)', async () => {
    expect(await loadMessages('uk')).toBe(await loadMessages('uk'));
    expect(await loadMessages('en')).not.toBe(await loadMessages('uk'));
  });
});
