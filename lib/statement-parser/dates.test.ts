import { describe, expect, it } from 'vitest';
import { chooseNightDate, findDateMentions, maskDatesAndTimes, resolveMention } from './dates';

const nightOf = (text: string, today = '2025-05-01') => {
  const chosen = chooseNightDate(text, findDateMentions(text), today);
  return chosen ? resolveMention(chosen, today) : null;
};

describe('the night date', () => {
  it('is the morning the night ends (SPEC §1)', () => {
    expect(nightOf('On the night of 26 April, the enemy attacked')).toBe('2025-04-26');
    expect(nightOf('On the night of April 26 (from 18:00 on April 25), the enemy attacked')).toBe('2025-04-26');
    expect(nightOf('overnight on 25-26 April')).toBe('2025-04-26');
    expect(nightOf('during the night of April 25 to 26')).toBe('2025-04-26');
    expect(nightOf('on the night of 31 March to 1 April')).toBe('2025-04-01');
    expect(nightOf('У ніч на 26 квітня (з 18:00 25 квітня) противник атакував')).toBe('2025-04-26');
  });

  it('reads an evening start as the next morning', () => {
    expect(nightOf('From 19:00 on 13 March to 08:00 on 14 March, Russia attacked')).toBe('2025-03-14');
    expect(nightOf('from 18:00 on 31 December')).toBe('2025-01-01');
  });

  it('reads written-out and numeric dates', () => {
    expect(nightOf('Statement, 26.04.2025: overnight the enemy used')).toBe('2025-04-26');
    expect(nightOf('2024-12-29 morning report')).toBe('2024-12-29');
    expect(nightOf('KYIV, April 26 (Reuters) - Russia launched')).toBe('2025-04-26');
    expect(nightOf('the Air Force said on Jan. 14')).toBe('2025-01-14');
    expect(nightOf('On the morning of October 10, 2022, the enemy')).toBe('2022-10-10');
    // A day and month without a year, right after a night (elsewhere "08.30" is a time).
    expect(nightOf('У ніч на 23.08 противник атакував 49 ударними БпЛА.')).toBe('2024-08-23');
    expect(nightOf('В ніч проти 09.04 ворог атакував 84 дронами.')).toBe('2025-04-09');
    expect(nightOf('On the night of 23.04, Russia launched 49 drones.')).toBe('2025-04-23');
    expect(nightOf('Станом на 08.30 збито 36 БпЛА.')).toBe(null);
    // "у ніч з 23 на 24 серпня": the range's "з" is the night's; a later night of another date does not win.
    expect(nightOf('У ніч з 23 на 24 квітня Росія атакувала Україну 72 безпілотниками. У ніч проти 21 квітня Росія запустила 40 ракет.')).toBe('2025-04-24');
  });

  it('chooses the latest such date not after today when the year is missing', () => {
    expect(nightOf('On the night of 29 December', '2025-01-02')).toBe('2024-12-29');
    expect(nightOf('On the night of 2 January', '2025-01-02')).toBe('2025-01-02');
    expect(nightOf('On the night of 29 February', '2025-03-01')).toBe('2024-02-29');
  });

  it('is null without a date (a weekday is not one)', () => {
    expect(nightOf('Russia launched 114 drones overnight, the air force said on Saturday.')).toBeNull();
    expect(nightOf('On 31 April the enemy attacked')).toBeNull();
  });
});

describe('maskDatesAndTimes', () => {
  it('hides the digits of dates, times and years', () => {
    const masked = maskDatesAndTimes('on the night of 26 april (from 18:00 on 25 april), in 2025, at 9 a.m., 3 missiles');
    expect(masked).not.toMatch(/26|25|18|2025|\b9\b/);
    expect(masked).toContain('3 missiles');
  });
});
