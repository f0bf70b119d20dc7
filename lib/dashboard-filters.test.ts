import { describe, expect, it } from 'vitest';
import { bucketsAtMost } from './buckets';
import {
  autoGranularity,
  clipToData,
  defaultRange,
  fitGranularity,
  MAX_POINTS,
  presetOf,
  presetRange,
  readYear,
  resolveDashboardFilters,
} from './dashboard-filters';

const today = '2026-11-26';
const bounds = { first: '2022-02-24', last: '2026-11-25' };
const staleBounds = { first: '2025-06-15', last: '2025-08-10' };

describe('the default range', () => {
  it('is the last 30 days when they hold recorded nights', () => {
    expect(defaultRange(today, bounds)).toEqual({ from: '2026-10-28', to: today, note: null });
  });

  it('moves to the 30 days up to the latest night when the last 30 days are empty, and says so', () => {
    const range = defaultRange(today, staleBounds);
    expect(range).toMatchObject({ from: '2025-07-12', to: '2025-08-10' });
    expect(range.note).toEqual({ code: 'noRecentNights', days: 30, latest: '2025-08-10' });
  });

  it('is the last 30 days on an empty database', () => {
    expect(defaultRange(today, null)).toEqual({ from: '2026-10-28', to: today, note: null });
  });
});

describe('reading the URL', () => {
  it('takes valid filters as given', () => {
    const filters = resolveDashboardFilters(
      { from: '2025-06-20', to: '2025-07-31', target: 'RU', granularity: 'week' },
      { today, bounds },
    );
    expect(filters).toMatchObject({ from: '2025-06-20', to: '2025-07-31', target: 'RU', granularity: 'week', granularitySource: 'url' });
    expect(filters.notes).toEqual([]);
  });

  it('falls back to the defaults with a note for each invalid parameter, never throwing', () => {
    const filters = resolveDashboardFilters(
      { from: '2025-02-30', to: 'yesterday', target: 'XX', granularity: 'hourly' },
      { today, bounds: staleBounds },
    );
    expect(filters).toMatchObject({ from: '2025-07-12', to: '2025-08-10', target: 'UA', granularity: 'night', granularitySource: 'auto' });
    expect(filters.notes).toEqual([
      { code: 'unknownTarget', raw: 'XX' },
      { code: 'badDates', from: '2025-02-30', to: 'yesterday' },
      { code: 'noRecentNights', days: 30, latest: '2025-08-10' },
      { code: 'unknownGranularity', raw: 'hourly', chosen: 'night' },
    ]);
  });

  it('refuses a range that ends before it starts', () => {
    const filters = resolveDashboardFilters({ from: '2025-08-01', to: '2025-07-01' }, { today, bounds });
    expect(filters.from).toBe('2026-10-28');
    expect(filters.notes[0]).toEqual({ code: 'fromAfterTo', from: '2025-08-01', to: '2025-07-01' });
  });

  it('completes a half-given range', () => {
    expect(resolveDashboardFilters({ from: '2026-11-01' }, { today, bounds })).toMatchObject({ from: '2026-11-01', to: today });
    expect(resolveDashboardFilters({ to: '2025-06-30' }, { today, bounds })).toMatchObject({ from: '2025-06-01', to: '2025-06-30' });
  });

  it('accepts repeated parameters by their first value and ignores blank ones', () => {
    const filters = resolveDashboardFilters({ target: ['ru', 'UA'], from: '', to: undefined }, { today, bounds });
    expect(filters.target).toBe('RU');
    expect(filters.notes).toEqual([]);
  });

  it('clips the charts to the recorded nights, or to nothing', () => {
    expect(resolveDashboardFilters({ from: '2020-01-01', to: '2025-07-01' }, { today, bounds: staleBounds }).chartSpan).toEqual({
      from: '2025-06-15',
      to: '2025-07-01',
    });
    expect(clipToData('2026-01-01', '2026-01-31', staleBounds)).toBeNull();
    expect(clipToData('2026-01-01', '2026-01-31', null)).toBeNull();
  });
});

describe('granularity', () => {
  it('is nightly up to about a quarter, then weekly, then monthly', () => {
    expect(autoGranularity('2025-06-01', '2025-08-31')).toBe('night'); // 92 days
    expect(autoGranularity('2025-06-01', '2025-09-01')).toBe('week');
    expect(autoGranularity('2022-02-24', '2026-02-08')).toBe('week'); // the whole war: about 207 weeks
    expect(autoGranularity('2000-01-01', '2026-02-08')).toBe('month');
    expect(autoGranularity('1855-01-01', '2026-02-08')).toBe('year'); // decades beyond 400 months
  });

  it('never puts more than MAX_POINTS on a chart when it can help it', () => {
    for (const [from, to] of [
      ['2025-01-01', '2025-12-31'],
      ['2022-02-24', '2026-02-08'],
      ['2010-01-01', '2026-02-08'],
      ['1855-01-01', '2026-02-08'],
    ] as const) {
      expect(bucketsAtMost(from, to, autoGranularity(from, to))).toBeLessThanOrEqual(MAX_POINTS);
      expect(bucketsAtMost(from, to, fitGranularity(from, to, 'night'))).toBeLessThanOrEqual(MAX_POINTS);
    }
  });

  it('coarsens an asked-for granularity that would carry too many points, with a note', () => {
    const filters = resolveDashboardFilters({ from: '2022-02-24', to: '2026-02-08', granularity: 'night' }, { today, bounds });
    expect(filters.granularity).toBe('week');
    expect(filters.notes[0]).toEqual({ code: 'tooManyPoints', wanted: 'night', chosen: 'week', max: MAX_POINTS });
    expect(fitGranularity('2025-06-01', '2025-06-30', 'month')).toBe('month');
    expect(resolveDashboardFilters({ granularity: 'year' }, { today, bounds }).notes[0]).toMatchObject({ code: 'unknownGranularity', raw: 'year' });
  });
});

describe('presets', () => {
  it('count back from today, and "all" spans the recorded nights', () => {
    expect(presetRange('last-7', today, bounds)).toEqual({ from: '2026-11-20', to: today });
    expect(presetRange('last-30', today, bounds)).toEqual({ from: '2026-10-28', to: today });
    expect(presetRange('last-90', today, bounds)).toEqual({ from: '2026-08-29', to: today });
    expect(presetRange('this-year', today, bounds)).toEqual({ from: '2026-01-01', to: today });
    expect(presetRange('all', today, staleBounds)).toEqual({ from: '2025-06-15', to: '2025-08-10' });
  });

  it('name a range that is one of them, for the filters’ one-line summary', () => {
    expect(presetOf({ from: '2026-10-28', to: today }, today, bounds)).toBe('last-30');
    expect(presetOf({ from: '2022-02-24', to: '2026-11-25' }, today, bounds)).toBe('all');
    expect(presetOf({ from: '2026-10-29', to: today }, today, bounds)).toBeNull();
  });
});

describe('the calendar year', () => {
  it('is the latest night’s year unless the URL names another recorded year', () => {
    expect(readYear({}, bounds)).toEqual({ year: 2026, note: null });
    expect(readYear({ year: '2023' }, bounds)).toEqual({ year: 2023, note: null });
    expect(readYear({ year: '2021' }, bounds)).toEqual({ year: 2026, note: { code: 'unknownYear', raw: '2021', year: 2026 } });
    expect(readYear({ year: 'soon' }, bounds).note).toMatchObject({ code: 'unknownYear' });
    expect(readYear({ year: '2023' }, null)).toEqual({ year: null, note: null });
  });
});
