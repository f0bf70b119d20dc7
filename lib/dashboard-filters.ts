// The dashboard's filters live in the URL (from, to, target, granularity) so a view can be shared.
// Reading them never fails: a bad value falls back to its default and says so in `notes`, as codes with
// their values that the page words in the reader's language (the "filters" catalogue, "notes").
import { bucketsAtMost, isUrlGranularity, type Granularity } from './buckets';
import { addDays, daysBetween, isIsoDate } from './dates';
import { DEFAULT_TARGET, type Target } from './domain';
import { targetSchema } from './domain-schemas';

/** A chart never carries more points than this (up to spans of 400 years). */
export const MAX_POINTS = 400;
/** Ranges up to about a quarter are drawn night by night; longer ones by week, then by month. */
export const NIGHTLY_UP_TO_DAYS = 92;
/** The default range: the last 30 days. */
export const DEFAULT_DAYS = 30;

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first and last recorded night of a target, or null when it has none. */
export type DataBounds = { first: string; last: string } | null;

export type DashboardFilters = {
  from: string;
  to: string;
  target: Target;
  granularity: Granularity;
  /** Whether the granularity came from the URL or was chosen to fit the range. */
  granularitySource: 'url' | 'auto';
  /** The span the charts draw: the range clipped to the recorded nights; null when none fall in it. */
  chartSpan: { from: string; to: string } | null;
  /** Fallbacks and choices worth telling the reader. */
  notes: FilterNote[];
};

/** Something the reader should know about how the URL was read; the page words it. */
export type FilterNote =
  | { code: 'unknownTarget'; raw: string }
  | { code: 'badDates'; from: string | null; to: string | null }
  | { code: 'fromAfterTo'; from: string; to: string }
  | { code: 'noRecentNights'; days: number; latest: string }
  | { code: 'unknownGranularity'; raw: string; chosen: Granularity }
  | { code: 'tooManyPoints'; wanted: Granularity; chosen: Granularity; max: number }
  | { code: 'unknownYear'; raw: string; year: number };

function single(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
}

/** The target in the URL, or the default with a note when it is not one we know. */
export function readTarget(params: SearchParams): { target: Target; note: FilterNote | null } {
  const raw = single(params, 'target');
  if (raw === undefined) return { target: DEFAULT_TARGET, note: null };
  const parsed = targetSchema.safeParse(raw.toUpperCase());
  if (parsed.success) return { target: parsed.data, note: null };
  return { target: DEFAULT_TARGET, note: { code: 'unknownTarget', raw } };
}

/**
 * The calendar's year (`year`): one of the recorded years, else (and by default) the latest night's year,
 * with a note when the URL asked for one there is nothing to show for.
 */
export function readYear(params: SearchParams, bounds: DataBounds): { year: number | null; note: FilterNote | null } {
  const latest = bounds ? Number(bounds.last.slice(0, 4)) : null;
  const raw = single(params, 'year');
  if (raw === undefined || latest === null || !bounds) return { year: latest, note: null };
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (year >= Number(bounds.first.slice(0, 4)) && year <= latest) return { year, note: null };
  return { year: latest, note: { code: 'unknownYear', raw, year: latest } };
}

/** The range shown when the URL gives none: the last 30 days, or the 30 days up to the latest night. */
export function defaultRange(today: string, bounds: DataBounds): { from: string; to: string; note: FilterNote | null } {
  const recentFrom = addDays(today, -(DEFAULT_DAYS - 1));
  if (!bounds || bounds.last >= recentFrom) return { from: recentFrom, to: today, note: null };
  return {
    from: addDays(bounds.last, -(DEFAULT_DAYS - 1)),
    to: bounds.last,
    note: { code: 'noRecentNights', days: DEFAULT_DAYS, latest: bounds.last },
  };
}

/** The granularity that keeps a span readable: nightly up to a quarter, then weekly, monthly, yearly. */
export function autoGranularity(from: string, to: string): Granularity {
  const days = daysBetween(from, to) + 1;
  if (days <= NIGHTLY_UP_TO_DAYS) return 'night';
  if (bucketsAtMost(from, to, 'week') <= MAX_POINTS) return 'week';
  if (bucketsAtMost(from, to, 'month') <= MAX_POINTS) return 'month';
  return 'year';
}

const COARSER: Record<Granularity, Granularity | null> = { night: 'week', week: 'month', month: 'year', year: null };

/** The requested granularity, made coarser only when it would put more than MAX_POINTS on a chart. */
export function fitGranularity(from: string, to: string, wanted: Granularity): Granularity {
  let granularity = wanted;
  for (let coarser = COARSER[granularity]; coarser && bucketsAtMost(from, to, granularity) > MAX_POINTS; coarser = COARSER[granularity]) {
    granularity = coarser;
  }
  return granularity;
}

/** The part of `from`..`to` that holds recorded nights (first to last recorded), or null. */
export function clipToData(from: string, to: string, bounds: DataBounds): { from: string; to: string } | null {
  if (!bounds) return null;
  const clippedFrom = from > bounds.first ? from : bounds.first;
  const clippedTo = to < bounds.last ? to : bounds.last;
  return clippedFrom <= clippedTo ? { from: clippedFrom, to: clippedTo } : null;
}

export function resolveDashboardFilters(
  params: SearchParams,
  context: { today: string; bounds: DataBounds },
): DashboardFilters {
  const notes: FilterNote[] = [];
  const { target, note: targetNote } = readTarget(params);
  if (targetNote) notes.push(targetNote);

  const fallback = defaultRange(context.today, context.bounds);
  const rawFrom = single(params, 'from');
  const rawTo = single(params, 'to');
  let from = fallback.from;
  let to = fallback.to;
  let fromUrl = false;
  const badFrom = rawFrom !== undefined && !isIsoDate(rawFrom) ? rawFrom : null;
  const badTo = rawTo !== undefined && !isIsoDate(rawTo) ? rawTo : null;
  if (badFrom !== null || badTo !== null) {
    notes.push({ code: 'badDates', from: badFrom, to: badTo });
  } else if (rawFrom !== undefined && rawTo !== undefined) {
    if (rawFrom > rawTo) notes.push({ code: 'fromAfterTo', from: rawFrom, to: rawTo });
    else [from, to, fromUrl] = [rawFrom, rawTo, true];
  } else if (rawFrom !== undefined) {
    // Only a start: run to today (or to the start itself, if it lies in the future).
    [from, to, fromUrl] = [rawFrom, rawFrom > context.today ? rawFrom : context.today, true];
  } else if (rawTo !== undefined) {
    [from, to, fromUrl] = [addDays(rawTo, -(DEFAULT_DAYS - 1)), rawTo, true];
  }
  if (!fromUrl && fallback.note) notes.push(fallback.note);

  const chartSpan = clipToData(from, to, context.bounds);
  const spanFrom = chartSpan?.from ?? from;
  const spanTo = chartSpan?.to ?? to;
  const rawGranularity = single(params, 'granularity');
  let granularity = autoGranularity(spanFrom, spanTo);
  let granularitySource: DashboardFilters['granularitySource'] = 'auto';
  if (rawGranularity !== undefined && rawGranularity !== 'auto') {
    if (!isUrlGranularity(rawGranularity)) {
      notes.push({ code: 'unknownGranularity', raw: rawGranularity, chosen: granularity });
    } else {
      const fitted = fitGranularity(spanFrom, spanTo, rawGranularity);
      if (fitted !== rawGranularity) {
        notes.push({ code: 'tooManyPoints', wanted: rawGranularity, chosen: fitted, max: MAX_POINTS });
      }
      granularity = fitted;
      granularitySource = 'url';
    }
  }
  return { from, to, target, granularity, granularitySource, chartSpan, notes };
}

/** Quick ranges; their names are in the "filters" catalogue under "presets". */
export const PRESETS = ['last-7', 'last-30', 'last-90', 'this-year', 'all'] as const;
export type PresetId = (typeof PRESETS)[number];

/** The preset whose dates a range is, if any: the filters' one-line summary names it. */
export function presetOf(range: { from: string; to: string }, today: string, bounds: DataBounds): PresetId | null {
  return PRESETS.find((preset) => {
    const dates = presetRange(preset, today, bounds);
    return dates.from === range.from && dates.to === range.to;
  }) ?? null;
}

/** The dates a preset stands for; "all" runs from the first to the last recorded night. */
export function presetRange(preset: PresetId, today: string, bounds: DataBounds): { from: string; to: string } {
  switch (preset) {
    case 'last-7':
      return { from: addDays(today, -6), to: today };
    case 'last-30':
      return { from: addDays(today, -29), to: today };
    case 'last-90':
      return { from: addDays(today, -89), to: today };
    case 'this-year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'all':
      return bounds ? { from: bounds.first, to: bounds.last } : { from: today, to: today };
  }
}
