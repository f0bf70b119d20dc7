// The JSON edge of POST /api/statements/parse (SPEC §3.5): what a request must hold, and the exact
// shape of the answer, built from a StatementParse (no notes, no slugs: only what the SPEC fixes).
import { z } from 'zod';
import { MAX_TEXT_LENGTH } from './text';
import type { NightOutcomeField, Qualifier } from '@/lib/domain';
import type { SideParse, StatementParse, Totals } from './types';

export const parseRequestSchema = z.object(
  {
    text: z
      .string({ error: 'Send {"text": "..."} with the statement as a string.' })
      .refine((text) => text.trim() !== '', 'The text is empty.')
      .refine((text) => text.length <= MAX_TEXT_LENGTH, `The text is longer than ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters.`),
  },
  { error: 'Send a JSON object: {"text": "..."}.' },
);

export type ApiFigure = {
  weapon: string;
  category: 'missile' | 'drone';
  launched: number | null;
  shot_down: number | null;
  lost: number | null;
};

/** The API's names for the night outcomes' qualifiers. */
export type ApiQualifierKey = 'hits_missile' | 'hits_drone' | 'places_hit' | 'places_debris' | 'shaheds';

export type ApiSide = {
  date: string | null;
  target: 'UA' | 'RU';
  figures: ApiFigure[];
  totals: { missile: Totals; drone: Totals };
  hits: { missile: number | null; drone: number | null };
  places_hit: number | null;
  places_debris: number | null;
  shaheds: number | null;
  /** Only the outcomes the text gives approximately, e.g. {"shaheds": "about"}; {} when none. */
  qualifiers: Partial<Record<ApiQualifierKey, Qualifier>>;
};

const QUALIFIER_KEYS: Record<NightOutcomeField, ApiQualifierKey> = {
  hitsMissile: 'hits_missile',
  hitsDrone: 'hits_drone',
  placesHit: 'places_hit',
  placesDebris: 'places_debris',
  shaheds: 'shaheds',
};

export type ApiResponse = ApiSide & { other?: ApiSide };

function side(parse: SideParse): ApiSide {
  return {
    date: parse.date,
    target: parse.target,
    figures: parse.figures.map((f) => ({
      weapon: f.weapon,
      category: f.category,
      launched: f.launched,
      shot_down: f.shotDown,
      lost: f.lost,
    })),
    totals: {
      missile: { ...parse.totals.missile },
      drone: { ...parse.totals.drone },
    },
    hits: { missile: parse.outcomes.hitsMissile, drone: parse.outcomes.hitsDrone },
    places_hit: parse.outcomes.placesHit,
    places_debris: parse.outcomes.placesDebris,
    shaheds: parse.outcomes.shaheds,
    qualifiers: Object.fromEntries(
      (Object.entries(parse.qualifiers) as [NightOutcomeField, Qualifier][]).map(([field, qualifier]) => [QUALIFIER_KEYS[field], qualifier]),
    ),
  };
}

/** The SPEC §3.5 answer: the main side, and `other` only when the text gives the other side's claims. */
export function toApiResponse(parse: StatementParse): ApiResponse {
  return parse.other ? { ...side(parse), other: side(parse.other) } : side(parse);
}
