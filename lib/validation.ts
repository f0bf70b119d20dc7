// The zod schemas that every way in (form, import, API) uses to check a night before it is written.
// Their messages are keys of the `validation` catalogue (messages/<locale>/validation.json), with their
// parameters: the form shows them in the editor's language, the JSON API in English (validation-english.ts).
import { z } from 'zod';
import type validationCatalogue from '@/messages/en/validation.json';
import { isIsoDate, todayInKyiv } from './dates';
import {
  CATEGORIES,
  classFitsCategory,
  MAX_COUNT,
  MAX_NOTES_LENGTH,
  MAX_STATEMENT_LENGTH,
  NIGHT_OUTCOME_FIELDS,
  QUALIFIERS,
  WEAPON_CLASSES,
  type Category,
  type NightOutcomeField,
} from './domain';
import { targetSchema } from './domain-schemas';
import { outcomeLimitIssues } from './night-outcomes';

export type ValidationKey = keyof typeof validationCatalogue;
/**
 * A message to show: a catalogue key and its parameters. A message zod wrote itself (for input of a shape
 * no form sends) carries its English text as the key; translators show it as it is.
 */
export type ValidationMessage = { key: ValidationKey | (string & {}); values: Record<string, string | number> };

/** A catalogue key, checked by the compiler. */
const m = (key: ValidationKey) => key;

/** The key and parameters of a zod issue. */
export function issueMessage(issue: z.core.$ZodIssue): ValidationMessage {
  const values: Record<string, string | number> = {};
  if (issue.code === 'custom' && issue.params) Object.assign(values, issue.params);
  if (issue.code === 'too_big') values.max = Number(issue.maximum);
  if (issue.code === 'too_small') values.min = Number(issue.minimum);
  return { key: issue.message, values };
}

const WHOLE_NUMBER = /^\d+$/;

/**
 * One count: a non-negative whole number, or null when unknown. Blank input is unknown, never 0
 * (z.coerce.number would turn '' into 0).
 */
export const countSchema = z.preprocess(
  (value) => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed === '') return null;
      return WHOLE_NUMBER.test(trimmed) ? Number(trimmed) : value;
    }
    return value;
  },
  // The bounds come before .int(): zod's int means a safe integer, so 1e308 or 2^53 would otherwise
  // be told "Enter a whole number" (the first message is the one shown) rather than that it is too large.
  z
    .number({ error: m('countNotNumber') })
    .min(0, m('countNegative'))
    .max(MAX_COUNT, m('countTooLarge'))
    .int(m('countNotWhole'))
    .nullable(),
);

export const isoDateSchema = z
  .string({ error: m('dateMissing') })
  .trim()
  .refine((value) => value !== '', m('dateMissing'))
  .refine((value) => value === '' || isIsoDate(value), m('dateInvalid'));

/** A night's date: a real date, not after today in Kyiv. */
export const nightDateSchema = isoDateSchema.refine(
  (value) => !isIsoDate(value) || value <= todayInKyiv(),
  m('dateFuture'),
);

// Control characters: invisible, and in a CSV or a terminal they can hide or rewrite what is shown.
// Text of several lines keeps tabs and line breaks (line endings become \n); one-line text keeps none.
const TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function refuseControl(pattern: RegExp, key: ValidationKey) {
  return (value: string, ctx: z.RefinementCtx) => {
    const at = value.search(pattern);
    if (at === -1) return;
    const code = `U+${value.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
    ctx.addIssue({ code: 'custom', message: key, params: { code, position: at + 1 } });
  };
}

/** One line of text (a name): trimmed, in Unicode's composed form (NFC), no control characters. */
export const lineTextSchema = (max: number, tooLong: ValidationKey) =>
  z.string().trim().normalize('NFC').max(max, tooLong).superRefine(refuseControl(LINE_CONTROL, m('lineControlCharacter')));

/** Text of several lines as typed (a statement, notes): trimmed, \n line endings, no control characters. */
const multilineTextSchema = (max: number, tooLong: ValidationKey) =>
  z
    .string()
    .overwrite((value) => value.replace(/\r\n?/g, '\n'))
    .trim()
    .max(max, tooLong)
    .superRefine(refuseControl(TEXT_CONTROL, m('textControlCharacter')));

const emptyToNull = (value: string | undefined) => (value ? value : null);

export const MAX_SOURCE_NAME_LENGTH = 200;
export { MAX_NOTES_LENGTH, MAX_STATEMENT_LENGTH };
export const MAX_URL_LENGTH = 2000;

export const sourceNameSchema = lineTextSchema(MAX_SOURCE_NAME_LENGTH, m('sourceNameTooLong')).optional().transform(emptyToNull);
export const statementSchema = multilineTextSchema(MAX_STATEMENT_LENGTH, m('statementTooLong')).optional().transform(emptyToNull);
export const notesSchema = multilineTextSchema(MAX_NOTES_LENGTH, m('notesTooLong')).optional().transform(emptyToNull);

export const sourceUrlSchema = lineTextSchema(MAX_URL_LENGTH, m('urlTooLong'))
  .optional()
  .transform(emptyToNull)
  .refine((value) => value === null || isHttpUrl(value), m('urlNotWeb'));

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The three counts with the accounting rule: shot down and lost never exceed launched. */
export const countsSchema = z
  .object({ launched: countSchema, shotDown: countSchema, lost: countSchema })
  .superRefine((counts, ctx) => {
    const { launched, shotDown, lost } = counts;
    if (launched === null) return;
    const stopped = (shotDown ?? 0) + (lost ?? 0);
    if (stopped > launched) {
      const key =
        shotDown !== null && lost !== null
          ? m('countsExceedLaunchedBoth')
          : shotDown !== null
            ? m('countsExceedLaunchedShotDown')
            : m('countsExceedLaunchedLost');
      ctx.addIssue({ code: 'custom', path: [shotDown !== null ? 'shotDown' : 'lost'], message: key, params: { stopped, launched } });
    }
  });

export const figureInputSchema = z
  .object({
    weaponId: z.coerce
      .number({ error: m('figureChooseWeapon') })
      .int(m('figureChooseWeapon'))
      .positive(m('figureChooseWeapon')),
    launched: countSchema,
    shotDown: countSchema,
    lost: countSchema,
  })
  .superRefine((figure, ctx) => {
    const parsed = countsSchema.safeParse(figure);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
    if (figure.launched === null && figure.shotDown === null && figure.lost === null) {
      ctx.addIssue({ code: 'custom', path: ['launched'], message: m('figureNoCount') });
    }
  });

/** "about", "more-than", …; blank means the figure is exact. */
export const qualifierSchema = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z.enum(QUALIFIERS, { error: m('qualifierInvalid') }).optional(),
);

const outcomesSchema = z.object(
  Object.fromEntries(NIGHT_OUTCOME_FIELDS.map((field) => [field, countSchema])) as Record<NightOutcomeField, typeof countSchema>,
);
const qualifiersSchema = z.object(
  Object.fromEntries(NIGHT_OUTCOME_FIELDS.map((field) => [field, qualifierSchema])) as Record<
    NightOutcomeField,
    typeof qualifierSchema
  >,
);

export const MAX_FIGURES = 100;

const nightShape = z
  .object({
    date: nightDateSchema,
    target: targetSchema.default('UA'),
    sourceName: sourceNameSchema,
    sourceUrl: sourceUrlSchema,
    statement: statementSchema,
    notes: notesSchema,
    figures: z.array(figureInputSchema).min(1, m('nightNoFigures')).max(MAX_FIGURES, m('nightTooManyFigures')),
    /** Hits, places hit, places with debris, Shaheds: each a count or unknown (SPEC §1). */
    outcomes: outcomesSchema.default(() => outcomesSchema.parse({})),
    /** How approximately the statement gives each outcome ("about 200"); absent for an exact one. */
    qualifiers: qualifiersSchema.default(() => qualifiersSchema.parse({})),
    /** The version the form was opened at; absent when creating. */
    version: z.coerce.number({ error: m('versionInvalid') }).int(m('versionInvalid')).positive(m('versionInvalid')).optional(),
  })
  .superRefine((night, ctx) => {
    const seen = new Set<number>();
    night.figures.forEach((figure, index) => {
      if (seen.has(figure.weaponId)) {
        ctx.addIssue({ code: 'custom', path: ['figures', index, 'weaponId'], message: m('figureDuplicateWeapon') });
      }
      seen.add(figure.weaponId);
    });
  });

// A qualifier with no count to qualify: told even while other fields are wrong (`when`), so the editor
// sees every mistake at once.
export const nightInputSchema = NIGHT_OUTCOME_FIELDS.reduce(
  (schema, field) =>
    schema.refine((night) => !(night.qualifiers?.[field] && night.outcomes?.[field] === null), {
      path: ['qualifiers', field],
      message: m('qualifierWithoutCount'),
      when: (payload) => isRecord(payload.value) && isRecord(payload.value.qualifiers) && isRecord(payload.value.outcomes),
    }),
  nightShape,
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * nightInputSchema, plus the outcomes' limits, which need each figure's category: hits never exceed their
 * category's launched, Shaheds never exceed the drones launched. `categoryOf` gives a weapon's category
 * (undefined for an unknown weapon, which the write refuses on its own).
 */
export function nightInputSchemaFor(categoryOf: (weaponId: number) => Category | undefined) {
  return nightInputSchema.superRefine((night, ctx) => {
    const figures = night.figures.flatMap((figure) => {
      const category = categoryOf(figure.weaponId);
      return category ? [{ category, launched: figure.launched }] : [];
    });
    for (const issue of outcomeLimitIssues(night.outcomes, figures)) {
      ctx.addIssue({ code: 'custom', path: ['outcomes', issue.field], message: issue.key, params: issue.values });
    }
  });
}

export type NightInput = z.infer<typeof nightInputSchema>;
export type FigureInput = z.infer<typeof figureInputSchema>;

export const MAX_WEAPON_NAME_LENGTH = 100;
const aliasSchema = lineTextSchema(MAX_WEAPON_NAME_LENGTH, m('weaponAliasTooLong'));

/** Other spellings typed one per line or separated by commas, trimmed, empty ones dropped. */
const aliasListSchema = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(/[\n\r,]/)
          .map((alias) => alias.trim())
          .filter(Boolean)
      : value,
  z.array(aliasSchema).max(30, m('weaponTooManyAliases')),
);

/** A weapon an editor adds: its name, category, a class that fits the category, other spellings. */
export const weaponInputSchema = z
  .object({
    name: lineTextSchema(MAX_WEAPON_NAME_LENGTH, m('weaponNameTooLong')).min(1, m('weaponNameMissing')),
    category: z.enum(CATEGORIES, { error: m('weaponChooseCategory') }),
    weaponClass: z.enum(WEAPON_CLASSES, { error: m('weaponChooseClass') }),
    aliases: aliasListSchema.default([]),
  })
  .superRefine((weapon, ctx) => {
    if (!classFitsCategory(weapon.category, weapon.weaponClass)) {
      ctx.addIssue({
        code: 'custom',
        path: ['weaponClass'],
        message: weapon.category === 'missile' ? m('weaponClassMismatchMissile') : m('weaponClassMismatchDrone'),
        params: { weaponClass: weapon.weaponClass },
      });
    }
  });

export type WeaponInput = z.infer<typeof weaponInputSchema>;
