// The 30 nights before a night, as the night page compares against them: launches per night by
// category and the neutralisation rate over the window. The sums come from SQL
// (db/queries/night-window.ts); this only divides. The rule is the dashboard's 7-day rolling average's
// (lib/series.ts rollingLaunches): a day without a recorded night counts as none launched, days before the
// first recorded night are not counted, and a recorded night whose launches are not given makes the
// average unknown.
import { neutralisationFrom } from './series';

export const WINDOW_NIGHTS = 30;

/** One category's launches over the window's recorded nights. */
export type CategoryWindow = {
  /** Sum of the known launches; null when no night gave any. */
  launched: number | null;
  /** Recorded nights with weapon rows of this category but no launches given for any of them. */
  unknownNights: number;
};

export type NightWindow = {
  /** The days the window counts (fewer than 30 near the first recorded night; 0 for the first night). */
  from: string;
  to: string;
  days: number;
  recordedNights: number;
  missile: CategoryWindow;
  drone: CategoryWindow;
  /** The neutralisation rate's sums over the window (lib/series.ts BucketTotals). */
  notStopped: number | null;
  neutralisationLaunched: number | null;
};

/** Launches per night over the window, or null when a night's launches are unknown or no day is counted. */
export function averagePerNight(category: CategoryWindow, days: number): number | null {
  if (days === 0 || category.unknownNights > 0) return null;
  return (category.launched ?? 0) / days;
}

export function windowNeutralisationRate(window: NightWindow): number | null {
  return neutralisationFrom(window.neutralisationLaunched, window.notStopped);
}
