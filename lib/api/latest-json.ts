// GET /api/latest's answer: a target's last recorded night with its figures by category (shaped as the
// dashboard shapes a range: the night is a range of one date), its outcomes beyond interceptions, and the
// 30 nights before it to compare with.
import { z } from 'zod';
import type { NightOutcomeField, Qualifier, Target } from '@/lib/domain';
import { outcomeOf, type WeaponTotals } from '@/lib/series';
import { nightOutcomesShape, type NightOutcomesJson } from './night-outcomes-json';
import { outcomeJson, outcomeSchema, tallySchema, targetJsonSchema } from './outcome-json';

export const latestResponseSchema = z
  .object({
    target: targetJsonSchema,
    night: z
      .object({
        date: z.iso.date().describe('The morning the night ends.'),
        drone: outcomeSchema,
        missile: outcomeSchema,
        all: outcomeSchema,
        ...nightOutcomesShape,
        previous_nights: z
          .object({
            from: z.iso.date(),
            to: z.iso.date(),
            nights: tallySchema.describe('Nights recorded in the 30 days before.'),
            nights_known: tallySchema.describe('Of them, nights that give every launch.'),
            average_launched: z.number().min(0).nullable().describe('Their average launches per night, unrounded; null when none gives every launch.'),
          })
          .describe('The 30 nights before, to compare with.'),
      })
      .nullable()
      .describe('Null when no night is recorded for the target.'),
  })
  .meta({ id: 'LatestResponse', description: "A target's latest recorded night." });

export type LatestResponse = z.output<typeof latestResponseSchema>;

type Outcomes = Record<NightOutcomeField, number | null> & { [K in `${NightOutcomeField}Qualifier`]: Qualifier | null };

export type LatestInput = {
  night: { date: string } & Outcomes;
  previous: { from: string; to: string; nights: number; nightsKnown: number; average: number | null };
};

export function latestJson(target: Target, latest: LatestInput | null, weapons: readonly WeaponTotals[]): LatestResponse {
  if (latest === null) return { target, night: null };
  const { night, previous } = latest;
  return {
    target,
    night: {
      date: night.date,
      drone: outcomeJson(outcomeOf(weapons.filter((w) => w.category === 'drone'))),
      missile: outcomeJson(outcomeOf(weapons.filter((w) => w.category === 'missile'))),
      all: outcomeJson(outcomeOf(weapons)),
      ...nightOutcomesJson(night),
      previous_nights: { from: previous.from, to: previous.to, nights: previous.nights, nights_known: previous.nightsKnown, average_launched: previous.average },
    },
  };
}

function nightOutcomesJson(night: Outcomes): NightOutcomesJson {
  const qualifiers: NightOutcomesJson['qualifiers'] = {};
  if (night.hitsMissileQualifier) qualifiers.hits_missile = night.hitsMissileQualifier;
  if (night.hitsDroneQualifier) qualifiers.hits_drone = night.hitsDroneQualifier;
  if (night.placesHitQualifier) qualifiers.places_hit = night.placesHitQualifier;
  if (night.placesDebrisQualifier) qualifiers.places_debris = night.placesDebrisQualifier;
  if (night.shahedsQualifier) qualifiers.shaheds = night.shahedsQualifier;
  return {
    hits: { missile: night.hitsMissile, drone: night.hitsDrone },
    places_hit: night.placesHit,
    places_debris: night.placesDebris,
    shaheds: night.shaheds,
    qualifiers,
  };
}
