// Gathers the accepted rows of a file into nights and figures, with every skipped row, bad row and
// note kept by line number for the report. Rows of one night and weapon are summed (the dataset) or
// refused as duplicates (Air Tally's own export, which never repeats one). The dataset's night outcomes
// (places hit, places with debris, Shaheds) are summed the same way over the night's rows that give them.
// Our per-night export gives nights without figures: their own fields only.
//
// Summing never invents: a count is the sum of its parts only when every part is known. Unknown + 5 is
// unknown, not 5 (the unknown part could be anything), and the report says which line made it so.
import type { Counts, Target } from '@/lib/domain';
import type { ImportFormat } from './formats';
import { MAX_ROW_ERRORS } from './limits';
import type { FileFields } from './night-fields';
import { weaponRefKey, type NewWeapon, type WeaponRef } from './weapons';

export const SKIP_REASONS = {
  regional: "a regional command's report (it overlaps the Air Force's national report)",
  'not-national': "not a post of the Air Force's national channel (kpszsu, on Facebook or Telegram)",
  'unknown-weapon': 'a weapon that cannot be told to be a missile or a drone',
  accounting: 'shot down + lost is more than launched, which cannot be stored',
  'with-unstorable': 'same night and weapon as a row that cannot be stored, so not summed without it',
  'no-counts': 'no count given',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

export type RowError = { line: number; message: string };
export type RowSkip = { line: number; reason: SkipReason; detail: string };

export type ImportFigure = { weapon: WeaponRef; counts: Counts; lines: number[] };

export type ImportNight = {
  date: string;
  target: Target;
  /** The night's own fields the file gives (night-fields.ts). */
  fields: FileFields;
  /** The night's figures, replacing the stored ones as a whole; null when the file gives none (per-night export). */
  figures: ImportFigure[] | null;
};

export type ImportBatch = {
  format: ImportFormat;
  rowsRead: number;
  nights: ImportNight[];
  /** The new weapons that kept figures refer to. */
  newWeapons: NewWeapon[];
  errors: RowError[];
  /** All bad rows, of which `errors` lists the first MAX_ROW_ERRORS. */
  errorCount: number;
  skipped: RowSkip[];
  notes: string[];
};

export type AcceptedRow = {
  line: number;
  date: string;
  target: Target;
  weapon: WeaponRef;
  counts: Counts;
  sourceUrl: string | null;
  sourcePath: string | null;
};

/** The night outcomes the dataset gives, on the rows it puts them on (the Shahed row of each post). */
export const DATASET_OUTCOMES = ['placesHit', 'placesDebris', 'shaheds'] as const;
export type DatasetOutcome = (typeof DATASET_OUTCOMES)[number];
export type OutcomeValues = Record<DatasetOutcome, number | null>;

/** What a night gathered from its rows, for the format to turn into the night's own fields. */
export type NightSources = {
  date: string;
  sourceUrl: string | null;
  sourcePaths: string[];
  /** The outcomes its rows give, summed; absent where none gives one or a part is unknown. */
  outcomes: Partial<Record<DatasetOutcome, number>>;
};

type Part = { line: number; counts: Counts };
type Group = { weapon: WeaponRef; parts: Part[]; unstorable: boolean };
type NightGroups = {
  date: string;
  target: Target;
  sourceUrl: string | null;
  firstLine: number;
  sourcePaths: Set<string>;
  groups: Map<string, Group>;
};

const COUNT_NAMES = { launched: 'launched', shotDown: 'shot down', lost: 'lost' } as const;
const OUTCOME_NAMES: Record<DatasetOutcome, string> = { placesHit: 'places hit', placesDebris: 'places with debris', shaheds: 'Shaheds' };
const COUNT_KEYS = ['launched', 'shotDown', 'lost'] as const;
const MAX_SUM_NOTES = 30;

export function createBatchCollector(format: ImportFormat, options: { sumRepeats: boolean }) {
  const nights = new Map<string, NightGroups>();
  const errors: RowError[] = [];
  const skipped: RowSkip[] = [];
  const notes: string[] = [];
  const noted = new Set<string>();
  const unstorableLines = new Set<number>();
  const outcomeParts = new Map<string, { line: number; values: OutcomeValues }[]>();
  const fieldNights = new Map<string, { line: number; date: string; target: Target; fields: FileFields }>();
  const outcomeNotes: string[] = [];
  let errorCount = 0;
  let rowsRead = 0;

  function error(line: number, message: string) {
    errorCount += 1;
    if (errors.length < MAX_ROW_ERRORS) errors.push({ line, message });
  }

  function skip(line: number, reason: SkipReason, detail: string) {
    skipped.push({ line, reason, detail });
  }

  /** A note shown once however many rows raise it. */
  function noteOnce(text: string) {
    if (noted.has(text)) return;
    noted.add(text);
    notes.push(text);
  }

  function add(row: AcceptedRow) {
    const nightKey = `${row.target}|${row.date}`;
    let night = nights.get(nightKey);
    if (!night) {
      night = {
        date: row.date,
        target: row.target,
        sourceUrl: row.sourceUrl,
        firstLine: row.line,
        sourcePaths: new Set(),
        groups: new Map(),
      };
      nights.set(nightKey, night);
    } else if (row.sourceUrl !== night.sourceUrl) {
      error(row.line, `source_url differs from line ${night.firstLine}, which is the same night`);
      return;
    }
    const weaponKey = weaponRefKey(row.weapon);
    const group = night.groups.get(weaponKey);
    if (group && !options.sumRepeats) {
      error(row.line, `the night ${row.date} already has a row for ${row.weapon.weapon.name} (line ${group.parts[0]?.line})`);
      return;
    }
    if (row.sourcePath) night.sourcePaths.add(row.sourcePath);
    const { launched, shotDown, lost } = row.counts;
    const unstorable = launched !== null && (shotDown ?? 0) + (lost ?? 0) > launched;
    if (unstorable) {
      unstorableLines.add(row.line);
      skip(row.line, 'accounting', `${row.weapon.weapon.name}: launched ${launched}, shot down ${shotDown ?? 'unknown'}, lost ${lost ?? 'unknown'}`);
    }
    const part = { line: row.line, counts: row.counts };
    if (group) {
      group.parts.push(part);
      group.unstorable ||= unstorable;
    } else {
      night.groups.set(weaponKey, { weapon: row.weapon, parts: [part], unstorable });
    }
  }

  /** A row's night outcomes (the dataset's), summed into its night's in finish(). */
  function addOutcomes(line: number, date: string, target: Target, values: OutcomeValues) {
    const key = `${target}|${date}`;
    const parts = outcomeParts.get(key) ?? [];
    parts.push({ line, values });
    outcomeParts.set(key, parts);
  }

  /** A night given by its own fields only (our per-night export): one row per night. */
  function addNight(line: number, date: string, target: Target, fields: FileFields) {
    const key = `${target}|${date}`;
    const earlier = fieldNights.get(key);
    if (earlier) {
      error(line, `the night ${date} (${target}) is already on line ${earlier.line}`);
      return;
    }
    fieldNights.set(key, { line, date, target, fields });
  }

  /** The night's outcomes: summed over the rows that give any, with a note for each sum made or refused. */
  function nightOutcomes(night: { date: string; target: Target }): NightSources['outcomes'] {
    const parts = outcomeParts.get(`${night.target}|${night.date}`) ?? [];
    const outcomes: NightSources['outcomes'] = {};
    const unknown: string[] = [];
    for (const field of DATASET_OUTCOMES) {
      const known = parts.filter((part) => part.values[field] !== null);
      if (known.length === 0) continue;
      if (known.length === parts.length) {
        outcomes[field] = known.reduce((sum, part) => sum + (part.values[field] ?? 0), 0);
      } else {
        const missing = parts.filter((part) => part.values[field] === null).map((part) => part.line);
        unknown.push(`${OUTCOME_NAMES[field]} is not given on line ${missing.join(', ')}`);
      }
    }
    if (parts.length > 1) {
      const lines = parts.map((part) => part.line).join(', ');
      const summed = DATASET_OUTCOMES.filter((field) => outcomes[field] !== undefined).map((field) => OUTCOME_NAMES[field]);
      outcomeNotes.push(
        `${night.date}: ${parts.length} national posts give the night's outcomes (lines ${lines}), so they are summed as counts are` +
          (summed.length ? ` (${summed.join(', ')})` : '') +
          (unknown.length ? `; ${unknown.join('; ')}, so that sum is left unknown and the stored value kept` : '') +
          '.',
      );
    }
    return outcomes;
  }

  function finish(nightFields: (sources: NightSources) => FileFields): ImportBatch {
    const result: ImportNight[] = [];
    const newWeapons = new Map<string, NewWeapon>();
    let sumNotes = 0;
    const sorted = [...nights.values()].sort((a, b) =>
      a.target === b.target ? a.date.localeCompare(b.date) : a.target.localeCompare(b.target),
    );
    for (const night of sorted) {
      const figures = [];
      for (const group of night.groups.values()) {
        if (group.unstorable) {
          for (const part of group.parts) {
            if (!unstorableLines.has(part.line)) {
              skip(part.line, 'with-unstorable', `${group.weapon.weapon.name} on ${night.date}`);
            }
          }
          continue;
        }
        const { counts, unknownBecause } = sumParts(group.parts);
        const lines = group.parts.map((part) => part.line);
        if (counts.launched === null && counts.shotDown === null && counts.lost === null) {
          for (const line of lines) skip(line, 'no-counts', group.weapon.weapon.name);
          continue;
        }
        if (unknownBecause.length) {
          sumNotes += 1;
          if (sumNotes <= MAX_SUM_NOTES) {
            notes.push(
              `${night.date}, ${group.weapon.weapon.name} (lines ${lines.join(', ')}): ` +
                unknownBecause.join('; ') +
                ', so the sum is stored as unknown.',
            );
          }
        }
        if (group.weapon.kind === 'new') newWeapons.set(weaponRefKey(group.weapon), group.weapon.weapon);
        figures.push({ weapon: group.weapon, counts, lines });
      }
      if (!figures.length) continue;
      figures.sort((a, b) => a.weapon.weapon.name.localeCompare(b.weapon.weapon.name));
      const sources = { date: night.date, sourceUrl: night.sourceUrl, sourcePaths: [...night.sourcePaths], outcomes: nightOutcomes(night) };
      result.push({ date: night.date, target: night.target, fields: nightFields(sources), figures });
    }
    for (const night of fieldNights.values()) result.push({ date: night.date, target: night.target, fields: night.fields, figures: null });
    result.sort((a, b) => (a.target === b.target ? a.date.localeCompare(b.date) : a.target.localeCompare(b.target)));
    if (sumNotes > MAX_SUM_NOTES) notes.push(`…and ${sumNotes - MAX_SUM_NOTES} more sums with an unknown part.`);
    notes.push(...outcomeNotes.slice(0, MAX_SUM_NOTES));
    if (outcomeNotes.length > MAX_SUM_NOTES) notes.push(`…and ${outcomeNotes.length - MAX_SUM_NOTES} more nights with outcomes from several posts.`);
    skipped.sort((a, b) => a.line - b.line);
    return {
      format,
      rowsRead,
      nights: result,
      newWeapons: [...newWeapons.values()],
      errors,
      errorCount,
      skipped,
      notes,
    };
  }

  return {
    add,
    addOutcomes,
    addNight,
    skip,
    error,
    noteOnce,
    note: (text: string) => notes.push(text),
    countRow: () => (rowsRead += 1),
    errorCount: () => errorCount,
    finish,
  };
}

export type BatchCollector = ReturnType<typeof createBatchCollector>;

/** Sums each count over the parts: known only when every part knows it. */
function sumParts(parts: readonly Part[]): { counts: Counts; unknownBecause: string[] } {
  const [only] = parts;
  if (only && parts.length === 1) return { counts: only.counts, unknownBecause: [] };
  const counts: Counts = { launched: null, shotDown: null, lost: null };
  const unknownBecause: string[] = [];
  for (const key of COUNT_KEYS) {
    const known = parts.filter((part) => part.counts[key] !== null);
    if (known.length === parts.length) {
      counts[key] = known.reduce((sum, part) => sum + (part.counts[key] ?? 0), 0);
    } else if (known.length > 0) {
      const missing = parts.filter((part) => part.counts[key] === null).map((part) => part.line);
      unknownBecause.push(`${COUNT_NAMES[key]} is unknown on line ${missing.join(', ')}`);
    }
  }
  return { counts, unknownBecause };
}
