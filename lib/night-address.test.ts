import { describe, expect, it } from 'vitest';
import { readNightAddress } from './night-address';
import { dashboardHref, nightHref, newNightHref } from './routes';

describe('a night address', () => {
  it('reads the target in any case, as UA when absent or empty', () => {
    expect(readNightAddress('2025-04-26', 'ru')).toEqual({ date: '2025-04-26', target: 'RU' });
    expect(readNightAddress('2025-04-26', ' Ru ')).toEqual({ date: '2025-04-26', target: 'RU' });
    expect(readNightAddress('2025-04-26', ['ru', 'UA'])).toEqual({ date: '2025-04-26', target: 'RU' });
    expect(readNightAddress('2025-04-26', undefined)).toEqual({ date: '2025-04-26', target: 'UA' });
    expect(readNightAddress('2025-04-26', '')).toEqual({ date: '2025-04-26', target: 'UA' });
  });

  it('refuses dates and targets that cannot exist', () => {
    expect(readNightAddress('2025-02-30', 'UA')).toBeNull();
    expect(readNightAddress('2025-4-26', 'UA')).toBeNull();
    expect(readNightAddress('2025-04-26', 'XX')).toBeNull();
    expect(readNightAddress(undefined, 'UA')).toBeNull();
  });

  it('round-trips through the links the interface builds', () => {
    for (const night of [{ date: '2025-04-26', target: 'UA' as const }, { date: '2024-02-15', target: 'RU' as const }]) {
      const url = new URL(nightHref(night), 'http://x');
      expect(readNightAddress(url.pathname.split('/')[2], url.searchParams.get('target'))).toEqual(night);
    }
  });
});

describe('links', () => {
  it('name a night, its edit page, a new night and a dashboard view', () => {
    expect(nightHref({ date: '2025-04-26', target: 'UA' })).toBe('/nights/2025-04-26');
    expect(nightHref({ date: '2025-04-26', target: 'RU' }, 'edit')).toBe('/nights/2025-04-26/edit?target=RU');
    expect(newNightHref('RU')).toBe('/nights/new?target=RU');
    expect(dashboardHref()).toBe('/');
    expect(dashboardHref({ from: '2025-06-01', to: '2025-06-30', target: 'UA' })).toBe('/?from=2025-06-01&to=2025-06-30&target=UA');
    expect(dashboardHref({ target: 'RU' }, { deleted: '2025-06-01' })).toBe('/?target=RU&deleted=2025-06-01');
  });
});
