// GET /api/series's answer: the dashboard's view of a range as JSON. Built from exactly what the
// dashboard reads (db/queries/dashboard-data.ts) and shaped by the same lib/series functions, so the
// totals and every period equal the page's; nothing is added up again here.
import { z } from 'zod';
import { URL_GRANULARITIES, GRANULARITIES, type Granularity } from '@/lib/buckets';
import type { Target } from '@/lib/domain';
import { outcomeOf, rangeNights, seriesPoints, type BucketTotals, type WeaponTotals } from '@/lib/series';
import { countSchema, datedCountJson, datedCountSchema, outcomeJson, outcomeSchema, rateSchema, tallySchema, targetJsonSchema } from './outcome-json';

const spanSchema = z.object({ from: z.iso.date(), to: z.iso.date() });

const periodSchema = z
  .object({
    period: z.iso.date().describe("The period's first day: the night, the week's Monday or the month's first day."),
    days: tallySchema.describe('Days of the period inside the span.'),
    period_days: tallySchema.describe("The period's whole length in days."),
    partial: z.boolean().describe('True when the span starts or ends inside the period: its sums cover fewer days.'),
    nights: tallySchema.describe('Recorded nights in the period.'),
    nights_with_attacks: tallySchema,
    launched: z.object({ drone: countSchema, missile: countSchema }),
    shot_down: countSchema,
    lost: countSchema,
    not_stopped: countSchema,
    neutralisation_rate: rateSchema,
    neutralisation_basis: z
      .object({ launched: countSchema, nights: tallySchema })
      .describe('Launched over the figures whose not stopped is known (not_stopped is over the same figures), and the nights they come from.'),
    interception_rate: rateSchema,
    interception_basis: z
      .object({ launched: countSchema, shot_down: countSchema, nights: tallySchema })
      .describe('Launched and shot down over the figures with both known, and the nights they come from.'),
  })
  .meta({ id: 'SeriesPeriod' });

export const seriesResponseSchema = z
  .object({
    target: targetJsonSchema,
    from: z.iso.date(),
    to: z.iso.date(),
    granularity: z.enum(GRANULARITIES).describe(`The period used: ${URL_GRANULARITIES.join(', ')}, or year for spans of centuries.`),
    span: spanSchema.nullable().describe('The part of the range holding recorded nights (what the periods cover); null when none.'),
    totals: z.object({
      nights: tallySchema.describe('Recorded nights in the range.'),
      nights_with_attacks: tallySchema.describe("Nights with a weapon launched, or with a weapon row whose launches are not given."),
      neutralisation_nights: tallySchema.describe("Nights with a figure in the neutralisation rate's basis."),
      interception_nights: tallySchema.describe("Nights with a figure in the interception rate's basis."),
      drone: outcomeSchema,
      missile: outcomeSchema,
      all: outcomeSchema,
      largest_night: z.object({ drone: datedCountSchema, missile: datedCountSchema }),
    }),
    periods: z.array(periodSchema).describe('One entry per period across the span, in order; a period without recorded nights has nulls.'),
  })
  .meta({ id: 'SeriesResponse', description: "The dashboard's headline figures and trend series for a range." });

export type SeriesResponse = z.output<typeof seriesResponseSchema>;

export type SeriesInput = {
  filters: { target: Target; from: string; to: string; granularity: Granularity; chartSpan: { from: string; to: string } | null };
  series: readonly BucketTotals[];
  weapons: readonly WeaponTotals[];
};

export function seriesJson({ filters, series, weapons }: SeriesInput): SeriesResponse {
  const { target, from, to, granularity, chartSpan } = filters;
  const nights = rangeNights(series);
  const rows = new Map(series.map((row) => [row.bucket, row]));
  const points = chartSpan ? seriesPoints(series, chartSpan, granularity) : [];
  return {
    target,
    from,
    to,
    granularity,
    span: chartSpan,
    totals: {
      nights: nights.nights,
      nights_with_attacks: nights.nightsWithAttacks,
      neutralisation_nights: nights.neutralisationNights,
      interception_nights: nights.interceptionNights,
      drone: outcomeJson(outcomeOf(weapons.filter((w) => w.category === 'drone'))),
      missile: outcomeJson(outcomeOf(weapons.filter((w) => w.category === 'missile'))),
      all: outcomeJson(outcomeOf(weapons)),
      largest_night: { drone: datedCountJson(nights.largestDrone), missile: datedCountJson(nights.largestMissile) },
    },
    periods: points.map((point) => {
      const row = rows.get(point.bucket);
      return {
        period: point.bucket,
        days: point.days,
        period_days: point.periodDays,
        partial: point.partial,
        nights: point.nights,
        nights_with_attacks: row?.nightsWithAttacks ?? 0,
        launched: { drone: point.drone, missile: point.missile },
        shot_down: point.shotDown,
        lost: point.lost,
        not_stopped: point.notStopped,
        neutralisation_rate: point.neutralisationRate,
        neutralisation_basis: { launched: row?.neutralisationLaunched ?? null, nights: point.neutralisationNights },
        interception_rate: point.interceptionRate,
        interception_basis: {
          launched: row?.interceptionLaunched ?? null,
          shot_down: row?.interceptionShotDown ?? null,
          nights: point.interceptionNights,
        },
      };
    }),
  };
}
