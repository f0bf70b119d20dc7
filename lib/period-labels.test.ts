import { describe, expect, it } from 'vitest';
import { nightDates, periodLabeller } from './period-labels';

const english = periodLabeller('en', { week: (date) => `week of ${date}`, partial: (label, days, of) => `${label} (partial: ${days} of ${of} days)` });
const ukrainian = periodLabeller('uk', { week: (date) => `тиждень з ${date}`, partial: (label, days, of) => `${label} (неповний: ${days} з ${of} днів)` });

describe('period labels', () => {
  it('name buckets in English', () => {
    expect(english.label('2025-06-09', 'night')).toBe('9 Jun 2025');
    expect(english.label('2025-06-09', 'week')).toBe('week of 9 Jun 2025');
    expect(english.label('2025-06-01', 'month')).toBe('June 2025');
    expect(english.label('2025-01-01', 'year')).toBe('2025');
    expect(english.label('2024-12-30', 'week', { days: 5, of: 7, partial: true })).toBe('week of 30 Dec 2024 (partial: 5 of 7 days)');
    expect([english.tick('2025-06-09', 'night'), english.tick('2025-06-01', 'month'), english.tick('2025-01-01', 'year')]).toEqual(['9 Jun', 'Jun 25', '2025']);
  });

  it('name buckets in Ukrainian, without the trailing "р."', () => {
    expect(ukrainian.label('2025-06-01', 'month')).toBe('червень 2025');
    expect(ukrainian.label('2025-06-09', 'night')).toBe('9 черв. 2025');
    expect(ukrainian.label('2025-06-09', 'week')).toBe('тиждень з 9 черв. 2025');
    expect(ukrainian.tick('2025-06-01', 'month')).toBe('черв. 25');
  });

  it('name a night by its evening and its morning', () => {
    expect(nightDates('en', '2025-08-10')).toEqual({ eve: '9', date: '10 August 2025' });
    expect(nightDates('en', '2025-08-01')).toEqual({ eve: '31 July', date: '1 August 2025' });
    expect(nightDates('en', '2025-01-01')).toEqual({ eve: '31 December 2024', date: '1 January 2025' });
    expect(nightDates('uk', '2025-08-10')).toEqual({ eve: '9', date: '10 серпня 2025' });
    expect(nightDates('uk', '2025-08-01')).toEqual({ eve: '31 липня', date: '1 серпня 2025' });
  });
});
