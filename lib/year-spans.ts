// Splits a date range into the whole calendar years a yearly rollup can answer and the days around
// them that must be read night by night (db/queries/range-weapons.ts).
import { addDays } from './dates';

export type DateSpan = { from: string; to: string };

/** The first day of the year of a YYYY-MM-DD date: a yearly rollup's key. */
export const yearOf = (date: string) => `${date.slice(0, 4)}-01-01`;
const nextYear = (year: string) => `${String(Number(year.slice(0, 4)) + 1).padStart(4, '0')}-01-01`;
const lastDayOf = (year: string) => `${year.slice(0, 4)}-12-31`;

export type YearSplit = {
  /** The first and last whole year inside the range (their keys, YYYY-01-01), or null when none. */
  years: DateSpan | null;
  /** A year among them that the rollup cannot answer (it is read night by night instead). */
  exceptYear: string | null;
  /** The days to read night by night, in order: with the years, they cover the range exactly once. */
  days: DateSpan[];
};

/** `unsplittable`: a year the rollup's rows cannot answer alone, e.g. one a reporting change cuts in two. */
export function splitByYears(range: DateSpan, unsplittable: string | null): YearSplit {
  const first = range.from === yearOf(range.from) ? range.from : nextYear(yearOf(range.from));
  const last = range.to === lastDayOf(range.to) ? yearOf(range.to) : yearOf(addDays(yearOf(range.to), -1));
  if (first > last) return { years: null, exceptYear: null, days: [range] };
  const days: DateSpan[] = [];
  if (range.from < first) days.push({ from: range.from, to: addDays(first, -1) });
  const except = unsplittable !== null && unsplittable >= first && unsplittable <= last ? unsplittable : null;
  if (except !== null) days.push({ from: except, to: lastDayOf(except) });
  if (lastDayOf(last) < range.to) days.push({ from: nextYear(last), to: range.to });
  return { years: { from: first, to: last }, exceptYear: except, days };
}
