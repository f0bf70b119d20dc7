// The filters that /export.csv and /api/nights share with the dashboard's URL: from, to, target.
import { isIsoDate } from '@/lib/dates';
import { DEFAULT_TARGET, TARGETS, type Target } from '@/lib/domain';

/** A date range (either end may be open) for one target country. */
export type ExportFilters = { from: string | null; to: string | null; target: Target };

export type FiltersResult = { ok: true; filters: ExportFilters } | { ok: false; error: string };

/** Reads the filters from a query string; a bad value is refused with a message, never guessed. */
export function parseExportFilters(params: URLSearchParams): FiltersResult {
  const from = params.get('from')?.trim() || null;
  const to = params.get('to')?.trim() || null;
  const target = params.get('target')?.trim() || DEFAULT_TARGET;
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== null && !isIsoDate(value)) {
      return { ok: false, error: `"${name}" must be a real date written YYYY-MM-DD (got "${shown(value)}").` };
    }
  }
  if (from !== null && to !== null && from > to) {
    return { ok: false, error: `"from" (${from}) is after "to" (${to}).` };
  }
  if (!isTarget(target)) {
    return { ok: false, error: `"target" must be one of ${TARGETS.join(', ')} (got "${shown(target)}").` };
  }
  return { ok: true, filters: { from, to, target } };
}

/** A refused value as the message quotes it: enough to recognise, never a 5,000-character echo. */
function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

function isTarget(value: string): value is Target {
  return (TARGETS as readonly string[]).includes(value);
}

/** The inclusive date bounds for SQL: an open end covers every possible date. */
export function dateBounds(filters: ExportFilters): { from: string; to: string } {
  return { from: filters.from ?? '0000-01-01', to: filters.to ?? '9999-12-31' };
}

/**
 * A file name that says what the file holds, e.g. air-tally-UA-2025-06-01-to-2025-06-30.csv for the
 * figures, air-tally-nights-UA-….csv for the per-night export.
 */
export function exportFileName(filters: ExportFilters, kind: 'figures' | 'nights' = 'figures'): string {
  const { from, to, target } = filters;
  const range =
    from && to ? `${from}-to-${to}` : from ? `from-${from}` : to ? `to-${to}` : 'all-dates';
  return `air-tally-${kind === 'nights' ? 'nights-' : ''}${target}-${range}.csv`;
}
