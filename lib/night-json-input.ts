// A night written through the JSON API (`PUT /api/nights/DATE`): the SPEC's snake_case field names,
// weapons named in any spelling, checked by the same nightInputSchema as the form and the importer.
import { z } from 'zod';
import { targetSchema } from './domain-schemas';
import { nightInputSchema, type NightInput } from './validation';
import { buildWeaponMatcher, type NamedWeapon } from './weapon-names';

// Strings such as "12" are refused too: the API's counts are JSON numbers, and zod's own message for a
// failed union ("Invalid input") would not say what was expected.
const jsonCount = z
  .union([z.number(), z.null()], { error: 'A count is a JSON number, or null when unknown' })
  .optional();

export const nightJsonSchema = z.strictObject({
  target: targetSchema.optional(),
  source_name: z.string().nullable().optional(),
  source_url: z.string().nullable().optional(),
  statement: z.string().nullable().optional(),
  notes: z.string().nullable().optional(),
  /** The version the caller read; required to replace an existing night. */
  version: z.number().int().positive().optional(),
  figures: z
    .array(
      z.strictObject({
        weapon: z.string().min(1).max(200),
        launched: jsonCount,
        shot_down: jsonCount,
        lost: jsonCount,
      }),
    )
    .max(100),
});

export type NightJson = z.infer<typeof nightJsonSchema>;

const API_FIELD: Record<string, string> = { shotDown: 'shot_down', sourceName: 'source_name', sourceUrl: 'source_url' };

/** Errors keyed by the JSON path the caller sent, e.g. `figures.0.shot_down`. */
export type FieldErrors = Record<string, string>;

export function nightJsonToInput(
  body: unknown,
  date: string,
  weapons: readonly (NamedWeapon & { slug: string })[],
): { ok: true; input: NightInput } | { ok: false; errors: FieldErrors } {
  const shape = nightJsonSchema.safeParse(body);
  if (!shape.success) return { ok: false, errors: issuesToErrors(shape.error.issues) };
  const json = shape.data;
  const match = buildWeaponMatcher(weapons.map((w) => ({ ...w, aliases: [...w.aliases, w.slug] })));
  const errors: FieldErrors = {};
  const figures = json.figures.map((figure, index) => {
    const weapon = match(figure.weapon);
    if (!weapon) errors[`figures.${index}.weapon`] = `Unknown weapon "${figure.weapon}"`;
    return {
      weaponId: weapon?.id ?? 0,
      launched: figure.launched ?? null,
      shotDown: figure.shot_down ?? null,
      lost: figure.lost ?? null,
    };
  });
  const parsed = nightInputSchema.safeParse({
    date,
    target: json.target ?? 'UA',
    sourceName: json.source_name ?? undefined,
    sourceUrl: json.source_url ?? undefined,
    statement: json.statement ?? undefined,
    notes: json.notes ?? undefined,
    version: json.version,
    figures,
  });
  if (!parsed.success) Object.assign(errors, issuesToErrors(parsed.error.issues), errors);
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map((part) => (typeof part === 'string' ? (API_FIELD[part] ?? part) : String(part)));
    const key = path.join('.') || 'body';
    errors[key] ??= issue.message;
  }
  return errors;
}
