// The query parameters of the public JSON endpoints, as zod schemas: the routes validate with them and
// the OpenAPI document describes them from them. A bad or unknown parameter is refused with a message
// (400), never guessed at: the dashboard falls back to defaults, a script should hear about its typo.
import { z } from 'zod';
import { URL_GRANULARITIES } from '@/lib/buckets';
import { targetSchema } from '@/lib/domain-schemas';

const date = (what: string) =>
  z.iso
    .date({ error: (issue) => `"${String(issue.path?.[0] ?? what)}" must be a real date written YYYY-MM-DD.` })
    .describe(what);

const target = targetSchema.describe('The target country: UA (attacks on Ukraine, the default) or RU (attacks on Russia).');

/** from, to, target: the dashboard's range, as every range endpoint (and the embeddable chart) reads it. */
export const rangeShape = {
  from: date('First night of the range (the date of the morning it ends), YYYY-MM-DD. Absent: as the dashboard.').optional(),
  to: date('Last night of the range, YYYY-MM-DD. Absent: as the dashboard (today, or the latest recorded night).').optional(),
  target: target.optional(),
};

export const fromNotAfterTo = (value: { from?: string; to?: string }) => !value.from || !value.to || value.from <= value.to;
export const FROM_AFTER_TO = { error: '"from" is after "to".' };

/** /api/weapons: a range of nights and a target. */
export const rangeQuerySchema = z.strictObject(rangeShape).refine(fromNotAfterTo, FROM_AFTER_TO);

/** /api/series: a range, a target and the length of a period. */
export const granularityShape = {
  granularity: z
    .enum(URL_GRANULARITIES)
    .describe(
      'Length of a period: night, week (Monday to Sunday) or month. Absent: chosen as on the dashboard; a granularity that would give more than 400 periods is made coarser, and the answer says which was used.',
    )
    .optional(),
};

export const seriesQuerySchema = z.strictObject({ ...rangeShape, ...granularityShape }).refine(fromNotAfterTo, FROM_AFTER_TO);

/** /api/records, /api/latest: a target only. */
export const targetQuerySchema = z.strictObject({ target: target.optional() });

export type QueryResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Reads a query string with one of the schemas above: each parameter at most once, none unknown, every
 * value valid. Empty values count as absent, as in the dashboard's own URLs.
 */
export function readQuery<T>(schema: z.ZodType<T>, params: URLSearchParams): QueryResult<T> {
  const values: Record<string, string> = {};
  for (const [name, value] of params) {
    if (name in values) return { ok: false, error: `"${shown(name)}" is given more than once.` };
    if (value.trim() !== '') values[name] = value.trim();
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    return { ok: false, error: `Unknown parameter ${issue.keys.map((key) => `"${shown(key)}"`).join(', ')}.` };
  }
  if (issue?.code === 'invalid_value' && issue.path.length === 1) {
    const name = String(issue.path[0]);
    return { ok: false, error: `"${name}" must be one of ${issue.values.join(', ')} (got "${shown(values[name] ?? '')}").` };
  }
  return { ok: false, error: issue?.message ?? 'The parameters are not valid.' };
}

/** A refused value as the message quotes it: enough to recognise, never a 5,000-character echo. */
function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
