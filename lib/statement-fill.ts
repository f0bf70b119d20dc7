// "Fill from statement": a statement's reading placed on this database's weapons (on the server), then
// merged into the night form's values (in the browser). Nothing is saved here: the editor checks the
// rows and saves. A count the text does not give stays as it is (blank stays blank: unknown, never 0);
// a count the editor typed differently is never overwritten here, only reported as a conflict.
import { NIGHT_OUTCOME_FIELDS, type Category, type NightOutcomeField, type NightOutcomes, type NightQualifiers, type Target } from './domain';
import { blankRow, COUNT_FIELDS, type NightFormValues } from './night-form';
import { fillOutcomes, type OutcomeFill } from './statement-fill-outcomes';
import type { Note } from './statement-parser/notes';
import type { Evidence, SideParse, StatementParse } from './statement-parser/types';

export type CountField = (typeof COUNT_FIELDS)[number];

/** What the fill needs of a weapon row in the database. */
export type WeaponRef = { id: number; slug: string; name: string };

/** The words a value was read from: its sentence as pasted, and where the number is in it (or null). */
export type Quote = { text: string; mark: { start: number; end: number } | null };

/** A parsed figure on a weapon of this database, with the words each count was read from. */
export type PlacedFigure = {
  weaponId: number;
  weapon: string;
  /** The weapon's slug, so the form can name a seed weapon in the reader's language. */
  slug: string;
  category: Category;
  quotes: Partial<Record<CountField, Quote>>;
} & Record<CountField, number | null>;

/** A parsed figure whose weapon is not in this database (its slug matched no row): shown, never dropped. */
export type UnplacedFigure = { weapon: string; slug: string } & Record<CountField, number | null>;

/** One side of the statement (UA or RU) as the form can use it. */
export type SideReading = {
  target: Target;
  figures: PlacedFigure[];
  unplaced: UnplacedFigure[];
  recognised: Note[];
  unrecognised: Note[];
  /** Hits, places hit, debris and Shaheds, with how approximately the text gives each, and their words. */
  outcomes: NightOutcomes;
  qualifiers: NightQualifiers;
  outcomeQuotes: Partial<Record<NightOutcomeField, Quote>>;
};

/** What the server answers the form with: the night's date, the main side, and the other side's claims. */
export type StatementReading = { date: string | null; main: SideReading; other: SideReading | null };

/** The first piece of evidence for each count of a figure, as a quote relative to its own text. */
function quotesFor(evidence: readonly Evidence[], slug: string): Partial<Record<CountField, Quote>> {
  const quotes: Partial<Record<CountField, Quote>> = {};
  for (const field of COUNT_FIELDS) {
    const found = evidence.find((e) => e.field === `figures.${slug}.${field}`);
    if (!found) continue;
    const mark = found.mark ? { start: found.mark.start - found.start, end: found.mark.end - found.start } : null;
    quotes[field] = { text: found.quote, mark };
  }
  return quotes;
}

/** The first piece of evidence for each outcome, as a quote relative to its own text. */
function outcomeQuotesOf(evidence: readonly Evidence[]): Partial<Record<NightOutcomeField, Quote>> {
  const quotes: Partial<Record<NightOutcomeField, Quote>> = {};
  for (const field of NIGHT_OUTCOME_FIELDS) {
    const found = evidence.find((e) => e.field === `outcomes.${field}`);
    if (!found) continue;
    const mark = found.mark ? { start: found.mark.start - found.start, end: found.mark.end - found.start } : null;
    quotes[field] = { text: found.quote, mark };
  }
  return quotes;
}

function placeSide(side: SideParse, bySlug: Map<string, WeaponRef>): SideReading {
  const figures: PlacedFigure[] = [];
  const unplaced: UnplacedFigure[] = [];
  for (const figure of side.figures) {
    const counts = { launched: figure.launched, shotDown: figure.shotDown, lost: figure.lost };
    const weapon = bySlug.get(figure.slug);
    const quotes = quotesFor(side.evidence ?? [], figure.slug);
    if (weapon) figures.push({ weaponId: weapon.id, weapon: weapon.name, slug: weapon.slug, category: figure.category, quotes, ...counts });
    else unplaced.push({ weapon: figure.weapon, slug: figure.slug, ...counts });
  }
  return {
    target: side.target,
    figures,
    unplaced,
    recognised: [...side.recognised],
    unrecognised: [...side.unrecognised],
    outcomes: { ...side.outcomes },
    qualifiers: { ...side.qualifiers },
    outcomeQuotes: outcomeQuotesOf(side.evidence ?? []),
  };
}

/** Matches the parse's figures to weapon rows by slug; a slug with no row is listed as unplaced. */
export function placeStatement(parse: StatementParse, weapons: readonly WeaponRef[]): StatementReading {
  const bySlug = new Map(weapons.map((weapon) => [weapon.slug, weapon]));
  return {
    date: parse.date,
    main: placeSide(parse, bySlug),
    other: parse.other ? placeSide(parse.other, bySlug) : null,
  };
}

/** One count the fill wrote, or would have written over the editor's value (a conflict). */
export type CellChange = {
  /** The form row's key, so a conflict can still be applied after other rows were added or removed. */
  rowKey: string;
  weaponId: string;
  weapon: string;
  slug: string;
  field: CountField;
  /** What the form held (trimmed); '' when empty. */
  from: string;
  to: string;
  /** The words the statement's value was read from, so the editor can check it at a glance. */
  quote: Quote | null;
};

export type FillOptions = {
  /**
   * The target a new night's form started on: while the form is still on it, the text may switch it.
   * null when the target must stay (editing a stored night: the target is part of which night it is).
   */
  defaultTarget: string | null;
};

export type DateOutcome =
  | { kind: 'set'; from: string; to: string }
  | { kind: 'same'; date: string }
  /** The text gives no date: the field keeps `kept`. */
  | { kind: 'none'; kept: string };

export type TargetOutcome = { kind: 'kept'; target: string } | { kind: 'switched'; from: string; to: Target };

export type FillResult = {
  values: NightFormValues;
  date: DateOutcome;
  target: TargetOutcome;
  /** The side whose figures went into the form (the form's target), or null when the text has none for it. */
  filledSide: SideReading | null;
  /** Sides with figures for another target: information only, never put into the form. */
  asideSides: SideReading[];
  /** Counts written into empty cells. */
  filled: CellChange[];
  /** Names of the weapons whose rows were added. */
  addedRows: string[];
  /** Counts the form already held with the same value. */
  unchanged: number;
  /** Counts the editor typed differently: kept as typed, listed for the editor to decide. */
  conflicts: CellChange[];
  /** The outcomes (hits, places, debris, Shaheds): filled, unchanged and conflicting, as for the counts. */
  outcomes: Omit<OutcomeFill, 'values'>;
};

const hasFigures = (side: SideReading) => side.figures.length + side.unplaced.length > 0;

/** The same count, ignoring spaces and leading zeros ("066" is 66); anything else compares as text. */
function sameCount(typed: string, value: number): boolean {
  return /^\d+$/.test(typed) ? Number(typed) === value : typed === String(value);
}

function uniqueKey(taken: Set<string>, weaponId: string): string {
  let key = `statement-${weaponId}`;
  for (let n = 2; taken.has(key); n++) key = `statement-${weaponId}-${n}`;
  taken.add(key);
  return key;
}

/**
 * Chooses the side that matches the form's target. A text can give both sides (Ukraine's Air Force and
 * Russia's ministry): each belongs to its own night, so only the side of the form's target is filled and
 * the other is reported aside. The target itself changes only on a new night's form still on its default,
 * when the text's main side has figures for the other target and none for the form's.
 */
function chooseSide(reading: StatementReading, formTarget: string, options: FillOptions) {
  const sides = reading.other ? [reading.main, reading.other] : [reading.main];
  const matching = sides.find((side) => side.target === formTarget && hasFigures(side));
  const mayFollow = options.defaultTarget !== null && formTarget === options.defaultTarget;
  const target: TargetOutcome =
    !matching && mayFollow && hasFigures(reading.main) && reading.main.target !== formTarget
      ? { kind: 'switched', from: formTarget, to: reading.main.target }
      : { kind: 'kept', target: formTarget };
  const finalTarget = target.kind === 'switched' ? target.to : formTarget;
  const filledSide = sides.find((side) => side.target === finalTarget) ?? null;
  const asideSides = sides.filter((side) => side !== filledSide && hasFigures(side));
  return { target, filledSide, asideSides };
}

/** The form values after filling from the reading, and a report of what changed and what did not. */
export function fillFromStatement(values: NightFormValues, reading: StatementReading, options: FillOptions): FillResult {
  const { target, filledSide, asideSides } = chooseSide(reading, values.target, options);

  let date: DateOutcome;
  if (reading.date === null) date = { kind: 'none', kept: values.date };
  else if (reading.date === values.date.trim()) date = { kind: 'same', date: reading.date };
  else date = { kind: 'set', from: values.date, to: reading.date };

  const rows = values.rows.map((row) => ({ ...row }));
  const taken = new Set(rows.map((row) => row.key));
  const filled: CellChange[] = [];
  const conflicts: CellChange[] = [];
  const addedRows: string[] = [];
  let unchanged = 0;

  for (const figure of filledSide?.figures ?? []) {
    const weaponId = String(figure.weaponId);
    let row = rows.find((candidate) => candidate.weaponId === weaponId);
    const known = COUNT_FIELDS.filter((field) => figure[field] !== null);
    if (!row) {
      if (known.length === 0) continue;
      row = blankRow(uniqueKey(taken, weaponId), weaponId);
      rows.push(row);
      addedRows.push(figure.weapon);
    }
    for (const field of known) {
      const value = figure[field];
      if (value === null) continue;
      const typed = row[field].trim();
      const quote = figure.quotes[field] ?? null;
      const change = { rowKey: row.key, weaponId, weapon: figure.weapon, slug: figure.slug, field, from: typed, to: String(value), quote };
      if (typed === '') {
        row[field] = change.to;
        filled.push(change);
      } else if (sameCount(typed, value)) {
        unchanged += 1;
      } else {
        conflicts.push(change);
      }
    }
  }

  const { values: withOutcomes, ...outcomes } = fillOutcomes(values, filledSide);
  return {
    values: {
      ...withOutcomes,
      date: date.kind === 'set' ? date.to : values.date,
      target: target.kind === 'switched' ? target.to : values.target,
      rows,
    },
    date,
    target,
    filledSide,
    asideSides,
    filled,
    addedRows,
    unchanged,
    conflicts,
    outcomes,
  };
}

/**
 * Writes the statement's values over the editor's for the given conflicts, once the editor asks to.
 * A conflict whose row was removed or given another weapon since is left out (it no longer applies).
 */
export function applyConflicts(values: NightFormValues, conflicts: readonly CellChange[]): NightFormValues {
  return {
    ...values,
    rows: values.rows.map((row) => {
      const mine = conflicts.filter((c) => c.rowKey === row.key && c.weaponId === row.weaponId);
      if (mine.length === 0) return row;
      const next = { ...row };
      for (const conflict of mine) next[conflict.field] = conflict.to;
      return next;
    }),
  };
}
