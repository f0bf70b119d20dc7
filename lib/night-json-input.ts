// A night written through the JSON API (`PUT /api/nights/DATE`): the SPEC's snake_case field names,
// weapons named in any spelling, checked by the same schema as the form and the importer. Errors are in
// English (the API's language), keyed by the JSON path the caller sent.
import { z } from 'zod';
import { NIGHT_OUTCOME_FIELDS, QUALIFIERS, type NightOutcomeField } from './domain';
import { targetSchema } from './domain-schemas';
import { OUTCOME_JSON_KEY, OUTCOME_JSON_PATH } from './night-outcomes-json';
import { nightInputSchemaFor, type NightInput } from './validation';
import { englishIssue } from './validation-english';
import { buildWeaponMatcher, type NamedWeapon } from './weapon-names';
import type { Category } from './domain';

// Strings such as "12" are refused too: the API's counts are JSON numbers, and zod's own message for a
// failed union ("Invalid input") would not say what was expected.
const jsonCount = z
  .union([z.number(), z.null()], { error: 'A count is a JSON number, or null when unknown' })
  .optional();

const jsonQualifier = z.enum(QUALIFIERS, { error: `A qualifier is one of ${QUALIFIERS.join(', ')}` }).optional();

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
  hits: z.strictObject({ missile: jsonCount, drone: jsonCount }).optional(),
  places_hit: jsonCount,
  places_debris: jsonCount,
  shaheds: jsonCount,
  qualifiers: z
    .strictObject(Object.fromEntries(NIGHT_OUTCOME_FIELDS.map((field) => [OUTCOME_JSON_KEY[field], jsonQualifier])))
    .optional(),
});

export type NightJson = z.infer<typeof nightJsonSchema>;

const API_FIELD: Record<string, string> = { shotDown: 'shot_down', sourceName: 'source_name', sourceUrl: 'source_url' };

/** Errors keyed by the JSON path the caller sent, e.g. `figures.0.shot_down`. */
export type FieldErrors = Record<string, string>;

type JsonWeapon = NamedWeapon & { slug: string; category: Category };

export function nightJsonToInput(
  body: unknown,
  date: string,
  weapons: readonly JsonWeapon[],
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
  const categories = new Map(weapons.map((weapon) => [weapon.id, weapon.category]));
  const outcomes: Record<NightOutcomeField, number | null | undefined> = {
    hitsMissile: json.hits?.missile,
    hitsDrone: json.hits?.drone,
    placesHit: json.places_hit,
    placesDebris: json.places_debris,
    shaheds: json.shaheds,
  };
  const parsed = nightInputSchemaFor((id) => categories.get(id)).safeParse({
    date,
    target: json.target ?? 'UA',
    sourceName: json.source_name ?? undefined,
    sourceUrl: json.source_url ?? undefined,
    statement: json.statement ?? undefined,
    notes: json.notes ?? undefined,
    version: json.version,
    figures,
    outcomes,
    qualifiers: Object.fromEntries(NIGHT_OUTCOME_FIELDS.map((field) => [field, json.qualifiers?.[OUTCOME_JSON_KEY[field]]])),
  });
  if (!parsed.success) Object.assign(errors, issuesToErrors(parsed.error.issues), errors);
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

/** The JSON path of an issue: the API's names for the schema's (`outcomes.placesHit` is `places_hit`). */
function jsonPath(path: readonly PropertyKey[]): string {
  const [head, part] = path;
  if (head === 'outcomes' && typeof part === 'string') return OUTCOME_JSON_PATH[part as NightOutcomeField] ?? part;
  if (head === 'qualifiers' && typeof part === 'string') return `qualifiers.${OUTCOME_JSON_KEY[part as NightOutcomeField] ?? part}`;
  return path.map((step) => (typeof step === 'string' ? (API_FIELD[step] ?? step) : String(step))).join('.');
}

function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = jsonPath(issue.path) || 'body';
    errors[key] ??= englishIssue(issue);
  }
  return errors;
}
