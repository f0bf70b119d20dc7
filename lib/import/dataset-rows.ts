// The public dataset's missile_attacks_daily.csv, row by row (SPEC §4): the night is the date part of
// time_end; only the Air Force's national reports (source kpszsu/…, its Facebook page, or
// https://t.me/kpszsu/… , its Telegram channel) are read, regional commands' rows overlap them and are
// skipped; launched → launched, destroyed → shot down, not_reach_goal → lost; empty or NaN → unknown;
// "93.0" → 93; the model names a weapon through its aliases, and a bundle such as "X-101/X-555 and
// Kalibr" is a weapon of its own. The target is always UA. The night's outcomes come from the national
// rows that carry them (the dataset puts them on each post's Shahed row): num_hit_location → places hit,
// num_fall_fragment_location → places with debris, is_shahed → Shaheds.
import { isIsoDate } from '@/lib/dates';
import { COMBINED_REPORTING_FROM } from '@/lib/domain';
import { DATASET_OUTCOMES, type BatchCollector, type DatasetOutcome, type NightSources, type OutcomeValues } from './batch';
import { parseDatasetCount } from './counts';
import { DATASET_OUTCOME_COLUMNS, type DatasetColumn } from './formats';
import { IMPORTED_NOTE_START, type FileFields } from './night-fields';
import type { createWeaponResolver } from './weapons';

// From COMBINED_REPORTING_FROM on, the Air Force gives one combined "shot down or suppressed" figure and
// the dataset writes not_reach_goal as 0: that 0 means "not given", so lost is left unknown (SPEC §1). A
// non-zero value there is a split the statement did give, and is kept.

const TIME_END = /^(\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const NATIONAL_CHANNEL = 'kpszsu';
const REGIONAL_CHANNEL = /^pvk/i;
/**
 * The dataset writes most sources as a Facebook path (kpszsu/posts/…) and a few as a whole address
 * (https://t.me/kpszsu/44624). Only the hosts where the Air Force posts are stripped: the same path on
 * any other site is not its post.
 */
const POST_HOST = /^(?:https?:\/\/)?(?:(?:www|m|web)\.)?(t\.me|telegram\.me|facebook\.com|fb\.com)\/(?:s\/)?/i;

export type SourceKind = 'national' | 'regional' | 'other';

/** Whose post a row's source is: its path, after a known host, starts with the channel's name. */
export function classifySource(source: string): { kind: SourceKind; channel: string } {
  const host = POST_HOST.exec(source);
  const path = host ? source.slice(host[0].length) : source;
  const first = path.split(/[/?#]/)[0] ?? '';
  const channel = channelName(source, host, first);
  if (path.toLowerCase().startsWith(`${NATIONAL_CHANNEL}/`)) return { kind: 'national', channel };
  return { kind: REGIONAL_CHANNEL.test(first) ? 'regional' : 'other', channel };
}

/** For the report: "PvKPivden", "t.me/war_monitor", "example.org/kpszsu". */
function channelName(source: string, host: RegExpExecArray | null, first: string): string {
  if (host) return `${host[1]?.toLowerCase()}/${first}`;
  const other = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)[/?#]?([^/?#]*)/i.exec(source);
  if (other) return [other[1], other[2]].filter(Boolean).join('/');
  return first || '(none given)';
}

export const DATASET_SOURCE_NAME = 'Air Force of Ukraine, via the public dataset "Massive Missile Attacks on Ukraine"';

type Resolver = ReturnType<typeof createWeaponResolver>;

export function createDatasetRowReader(options: {
  columns: Record<DatasetColumn, number>;
  outcomeColumns: Partial<Record<DatasetOutcome, number>>;
  width: number;
  resolver: Resolver;
  collector: BatchCollector;
  today: string;
}) {
  const { columns, outcomeColumns, width, resolver, collector, today } = options;
  let combinedFigures = 0;
  let combinedFrom: string | null = null;
  let combinedTo: string | null = null;

  function read(cells: readonly string[], line: number) {
    if (cells.length !== width) {
      collector.error(line, `${cells.length} cells where the header has ${width} (a stray comma, or broken quoting?)`);
      return;
    }
    const cell = (column: DatasetColumn) => cells[columns[column]] ?? '';
    const source = cell('source').trim();
    const { kind, channel } = classifySource(source);
    if (kind !== 'national') {
      collector.skip(line, kind === 'regional' ? 'regional' : 'not-national', `source ${channel}`);
      return;
    }
    const problems: string[] = [];
    const timeEnd = cell('time_end').trim();
    const date = TIME_END.exec(timeEnd)?.[1];
    if (!date || !isIsoDate(date)) problems.push(`time_end "${timeEnd}" is not a date and time like 2025-04-26 07:30`);
    else if (date > today) problems.push(`time_end ${timeEnd} is in the future`);
    const model = cell('model').trim();
    if (!model) problems.push('model (the weapon) is empty');
    const launched = parseDatasetCount(cell('launched'));
    const destroyed = parseDatasetCount(cell('destroyed'));
    const notReachGoal = parseDatasetCount(cell('not_reach_goal'));
    if (!launched.ok) problems.push(`launched: ${launched.message}`);
    if (!destroyed.ok) problems.push(`destroyed: ${destroyed.message}`);
    if (!notReachGoal.ok) problems.push(`not_reach_goal: ${notReachGoal.message}`);
    const outcomes: OutcomeValues = { placesHit: null, placesDebris: null, shaheds: null };
    for (const field of DATASET_OUTCOMES) {
      const at = outcomeColumns[field];
      if (at === undefined) continue;
      const value = parseDatasetCount(cells[at] ?? '');
      if (value.ok) outcomes[field] = value.value;
      else problems.push(`${DATASET_OUTCOME_COLUMNS[field]}: ${value.message}`);
    }
    if (problems.length || !date || !launched.ok || !destroyed.ok || !notReachGoal.ok) {
      collector.error(line, problems.join('; '));
      return;
    }
    // Taken whatever becomes of the row's figure below: places hit or Shaheds do not depend on it.
    if (DATASET_OUTCOMES.some((field) => outcomes[field] !== null)) collector.addOutcomes(line, date, 'UA', outcomes);
    let lost = notReachGoal.value;
    if (lost === 0 && date >= COMBINED_REPORTING_FROM) {
      lost = null;
      combinedFigures += 1;
      if (!combinedFrom || date < combinedFrom) combinedFrom = date;
      if (!combinedTo || date > combinedTo) combinedTo = date;
    }
    const weapon = resolver.model(model);
    if (!weapon.ok) {
      collector.skip(line, 'unknown-weapon', weapon.reason);
      return;
    }
    collector.add({
      line,
      date,
      target: 'UA',
      weapon: weapon.ref,
      counts: { launched: launched.value, shotDown: destroyed.value, lost },
      sourceUrl: null,
      sourcePath: source,
    });
  }

  function finishNotes() {
    if (combinedFigures > 0) {
      collector.note(
        `Lost is stored as unknown on ${combinedFigures.toLocaleString('en-GB')} rows from ${combinedFrom} to ${combinedTo}:` +
          ` since ${COMBINED_REPORTING_FROM} the Air Force gives one combined "shot down or suppressed" figure` +
          ' (kept as shot down) and the dataset writes not_reach_goal as 0.',
      );
    }
    collector.note(
      'The dataset names its sources mostly by the path of a Facebook post (kpszsu/posts/…), not by a web address:' +
        " nights imported from it name the dataset as their source and list the Air Force's posts in their notes.",
    );
    if (Object.keys(outcomeColumns).length > 0) {
      collector.note(
        'Places hit, places with debris and Shaheds come from num_hit_location, num_fall_fragment_location and' +
          ' is_shahed on the national rows that give them. The dataset writes them as plain numbers, also where a' +
          ' statement says "about": they are stored as given, without a qualifier, and a stored qualifier is kept' +
          ' only where the stored figure is the same.',
      );
    }
  }

  return { read, finishNotes };
}

/**
 * A night's fields from the dataset: the dataset as its source name, its posts and the licence in the
 * notes, and the outcomes its rows give (for an existing night, night-fields.ts decides what it takes).
 */
export function datasetNightFields(sources: NightSources): FileFields {
  const combined = sources.date >= COMBINED_REPORTING_FROM;
  const note =
    `${IMPORTED_NOTE_START} by Petro Ivaniuk (CC BY-NC-SA 4.0),` +
    ` rows of the Air Force's national reports: ${sources.sourcePaths.join(', ')}.` +
    (combined ? ' Lost is unknown where the report gives one combined "shot down or suppressed" figure.' : '');
  return { sourceName: DATASET_SOURCE_NAME, importedNote: note, ...sources.outcomes };
}
