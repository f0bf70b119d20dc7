// The calendar heatmap's layout and colour steps: each month as rows of weeks (Monday first) and each
// night's launches as one of a few fixed steps, the same every year so two calendars compare.
import { addDays } from './dates';

/** Lower bounds of the launch steps 1 … 5 (step 0 is a recorded night with nothing launched). */
export const LEVEL_FLOORS = [1, 50, 100, 200, 400] as const;

export type Level = 0 | 1 | 2 | 3 | 4 | 5;

export function launchLevel(launched: number): Level {
  let level: Level = 0;
  LEVEL_FLOORS.forEach((floor, index) => {
    if (launched >= floor) level = (index + 1) as Level;
  });
  return level;
}

/** The steps as ranges for the legend: [1, 49], [50, 99], … [400, null]. */
export function levelRanges(): { level: Level; from: number; to: number | null }[] {
  return LEVEL_FLOORS.map((floor, index) => ({ level: (index + 1) as Level, from: floor, to: LEVEL_FLOORS[index + 1] !== undefined ? LEVEL_FLOORS[index + 1]! - 1 : null }));
}

/** The weeks of a month, Monday to Sunday: each a row of 7 dates, null outside the month. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const weeks: (string | null)[][] = [];
  // getUTCDay: Sunday 0 … Saturday 6; the row starts on Monday.
  const offset = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  let week: (string | null)[] = Array.from({ length: offset }, () => null);
  for (let date = first; date.slice(5, 7) === first.slice(5, 7); date = addDays(date, 1)) {
    week.push(date);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

/** The months of `year` to draw: those between the target's first and last recorded nights. */
export function calendarMonths(year: number, bounds: { first: string; last: string }): number[] {
  const from = Number(bounds.first.slice(0, 4)) === year ? Number(bounds.first.slice(5, 7)) : 1;
  const to = Number(bounds.last.slice(0, 4)) === year ? Number(bounds.last.slice(5, 7)) : 12;
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
