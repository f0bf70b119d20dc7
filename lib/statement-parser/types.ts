// The parser's result: what a statement says about one night, shaped to fill the night form's rows.
import type { Category, NightOutcomes, NightQualifiers, Target } from '@/lib/domain';
import type { Note } from './notes';

/** One weapon's three counts as the statement gives them; null when it does not say. */
export type ParsedFigure = {
  /** The seed weapon's display name (lib/weapons-seed.ts). */
  weapon: string;
  /** The seed weapon's slug, so a form can select the weapon. */
  slug: string;
  category: Category;
  launched: number | null;
  shotDown: number | null;
  lost: number | null;
};

/** A category's sums over the figures that give each count; null when none does. */
export type Totals = {
  launched: number | null;
  shot_down: number | null;
  lost: number | null;
};

/**
 * Where a figure or outcome was read: `field` is `figures.<slug>.<launched|shotDown|lost>` or
 * `outcomes.<hitsMissile|hitsDrone|placesHit|placesDebris|shaheds>`; `start`/`end` are offsets in the text
 * as given (the sentence the value was read from), `quote` is that sentence as written, and `mark` (when
 * found) the offsets of the number itself.
 */
export type Evidence = {
  field: string;
  start: number;
  end: number;
  quote: string;
  mark: { start: number; end: number } | null;
};

/** One side's night as read from the text. */
export type SideParse = {
  /** The night's date (the morning it ends), YYYY-MM-DD, or null when the text gives none. */
  date: string | null;
  target: Target;
  figures: ParsedFigure[];
  totals: { missile: Totals; drone: Totals };
  /** Hits, places hit, places with debris and Shaheds as the text gives them; null when it does not. */
  outcomes: NightOutcomes;
  /** The qualifier of each outcome the text gives approximately ("about 200" → about). */
  qualifiers: NightQualifiers;
  /** For each value read, the words it was read from, so an editor can check it at a glance. */
  evidence: Evidence[];
  /** Notes of what was read ("114 drones launched → Unknown drone"), as codes the form translates. */
  recognised: Note[];
  /** Number-bearing sentences that gave no figure, for the editor to check. */
  unrecognised: Note[];
};

/** The main side's night, plus the other side's claims when the text gives both. */
export type StatementParse = SideParse & { other?: SideParse };

export type ParseOptions = {
  /** YYYY-MM-DD: chooses the year of a date written without one. Defaults to today in Kyiv. */
  today?: string;
};

/** What a count says: launched, shot down (or the combined "shot down or suppressed"), lost. */
export type Action = 'launched' | 'shotDown' | 'lost';
