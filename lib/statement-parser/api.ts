// The JSON edge of POST /api/statements/parse (SPEC §3.5): what a request must hold, and the exact
// shape of the answer, built from a StatementParse (no notes, no slugs: only what the SPEC fixes).
import { z } from 'zod';
import { MAX_TEXT_LENGTH } from './text';
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

export type ApiSide = {
  date: string | null;
  target: 'UA' | 'RU';
  figures: ApiFigure[];
  totals: { missile: Totals; drone: Totals };
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
  };
}

/** The SPEC §3.5 answer: the main side, and `other` only when the text gives the other side's claims. */
export function toApiResponse(parse: StatementParse): ApiResponse {
  return parse.other ? { ...side(parse), other: side(parse.other) } : side(parse);
}
