// The zod schemas that every way in (form, import, API) uses to check a night before it is written.
import { z } from 'zod';
import { isIsoDate, todayInKyiv } from './dates';
import { CATEGORIES, classFitsCategory, MAX_COUNT, WEAPON_CLASSES } from './domain';
import { targetSchema } from './domain-schemas';

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
    .number({ error: 'Enter a whole number, or leave it empty if unknown' })
    .min(0, 'Cannot be negative')
    .max(MAX_COUNT, `Cannot be more than ${MAX_COUNT.toLocaleString('en-GB')}`)
    .int('Enter a whole number')
    .nullable(),
);

export const isoDateSchema = z
  .string({ error: 'Enter a date' })
  .trim()
  .refine((value) => value !== '', 'Enter a date')
  .refine((value) => value === '' || isIsoDate(value), 'Enter a real date as YYYY-MM-DD');

/** A night's date: a real date, not after today in Kyiv. */
export const nightDateSchema = isoDateSchema.refine(
  (value) => !isIsoDate(value) || value <= todayInKyiv(),
  'The date cannot be in the future',
);

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is limited to ${max.toLocaleString('en-GB')} characters`)
    .optional()
    .transform((value) => (value ? value : null));

export const sourceUrlSchema = z
  .string()
  .trim()
  .max(2000, 'The URL is limited to 2,000 characters')
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isHttpUrl(value), 'Enter a web address starting with http:// or https://');

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
      const parts = [shotDown !== null && 'shot down', lost !== null && 'lost'].filter(Boolean);
      ctx.addIssue({
        code: 'custom',
        path: [shotDown !== null ? 'shotDown' : 'lost'],
        message: `${capitalise(parts.join(' + '))} (${stopped}) cannot exceed launched (${launched})`,
      });
    }
  });

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const figureInputSchema = z
  .object({
    weaponId: z.coerce
      .number({ error: 'Choose a weapon' })
      .int('Choose a weapon')
      .positive('Choose a weapon'),
    launched: countSchema,
    shotDown: countSchema,
    lost: countSchema,
  })
  .superRefine((figure, ctx) => {
    const parsed = countsSchema.safeParse(figure);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
    if (figure.launched === null && figure.shotDown === null && figure.lost === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['launched'],
        message: 'Enter at least one count, or remove the row',
      });
    }
  });

export const MAX_STATEMENT_LENGTH = 20_000;

export const nightInputSchema = z
  .object({
    date: nightDateSchema,
    target: targetSchema.default('UA'),
    sourceName: optionalText(200, 'The source name'),
    sourceUrl: sourceUrlSchema,
    statement: optionalText(MAX_STATEMENT_LENGTH, 'The statement'),
    notes: optionalText(5000, 'Notes'),
    figures: z.array(figureInputSchema).min(1, 'Add at least one weapon row with a count').max(100),
    /** The version the form was opened at; absent when creating. */
    version: z.coerce.number().int().positive().optional(),
  })
  .superRefine((night, ctx) => {
    const seen = new Set<number>();
    night.figures.forEach((figure, index) => {
      if (seen.has(figure.weaponId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', index, 'weaponId'],
          message: 'This weapon already has a row in this night',
        });
      }
      seen.add(figure.weaponId);
    });
  });

export type NightInput = z.infer<typeof nightInputSchema>;
export type FigureInput = z.infer<typeof figureInputSchema>;

/** Other spellings typed one per line or separated by commas, trimmed, empty ones dropped. */
const aliasListSchema = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(/[\n,]/)
          .map((alias) => alias.trim())
          .filter(Boolean)
      : value,
  z
    .array(z.string().trim().min(1).max(100, 'Each other spelling is limited to 100 characters'))
    .max(30, 'Give at most 30 other spellings'),
);

/** A weapon an editor adds: its name, category, a class that fits the category, other spellings. */
export const weaponInputSchema = z
  .object({
    name: z
      .string({ error: "Enter the weapon's name" })
      .trim()
      .min(1, "Enter the weapon's name")
      .max(100, 'The name is limited to 100 characters'),
    category: z.enum(CATEGORIES, { error: 'Choose missile or drone' }),
    weaponClass: z.enum(WEAPON_CLASSES, { error: 'Choose a class' }),
    aliases: aliasListSchema.default([]),
  })
  .superRefine((weapon, ctx) => {
    if (!classFitsCategory(weapon.category, weapon.weaponClass)) {
      ctx.addIssue({
        code: 'custom',
        path: ['weaponClass'],
        message: `A ${weapon.category} cannot be of class "${weapon.weaponClass}"`,
      });
    }
  });

export type WeaponInput = z.infer<typeof weaponInputSchema>;
