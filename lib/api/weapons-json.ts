// GET /api/weapons's answer: the dashboard's breakdown by weapon and by class for a range, from the
// same query (db/queries/range-weapons.ts) and the same lib/series shaping as its tables.
import { z } from 'zod';
import { WEAPON_CLASSES, type Target } from '@/lib/domain';
import { categorySchema } from '@/lib/domain-schemas';
import { byClass, outcomeOf, type WeaponTotals } from '@/lib/series';
import { outcomeJson, outcomeSchema, targetJsonSchema } from './outcome-json';

// The database's CHECK keeps a class to this list; the query reads it as text, so it is described, not narrowed.
const classSchema = z.string().describe(`The weapon's class within its category: ${WEAPON_CLASSES.join(', ')}.`);

export const weaponsResponseSchema = z
  .object({
    target: targetJsonSchema,
    from: z.iso.date(),
    to: z.iso.date(),
    weapons: z
      .array(z.object({ weapon: z.string(), category: categorySchema, class: classSchema, ...outcomeSchema.shape }))
      .describe('One entry per weapon with figures in the range, most launched first.'),
    classes: z
      .array(z.object({ category: categorySchema, class: classSchema, ...outcomeSchema.shape }))
      .describe('The same weapons added up by class within category, most launched first.'),
  })
  .meta({ id: 'WeaponsResponse', description: 'Figures by weapon and by class over a range.' });

export type WeaponsResponse = z.output<typeof weaponsResponseSchema>;

export function weaponsJson(filters: { target: Target; from: string; to: string }, weapons: readonly WeaponTotals[]): WeaponsResponse {
  return {
    target: filters.target,
    from: filters.from,
    to: filters.to,
    weapons: weapons.map((w) => ({ weapon: w.name, category: w.category, class: w.weaponClass, ...outcomeJson(outcomeOf([w])) })),
    classes: byClass(weapons).map((c) => ({ category: c.category, class: c.weaponClass, ...outcomeJson(c.outcome) })),
  };
}
