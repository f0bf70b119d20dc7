// The words that say which figures the rates and "not stopped" rest on, written once so the headline,
// the charts, the tables and the night page say the same thing (the rule is lib/metrics.ts's).
import { shortDate } from '@/lib/buckets';
import { formatCount } from '@/lib/format';
import { COMBINED_REPORTING_FROM } from '@/lib/metrics';
import { addDays } from '@/lib/dates';

const from = shortDate(COMBINED_REPORTING_FROM);
const until = shortDate(addDays(COMBINED_REPORTING_FROM, -1));

/** The two rules for an unknown "lost", either side of the Air Force's change of reporting. */
export const LOST_RULE =
  `Until ${until} “lost” was reported apart, so a weapon row with lost unknown is left out of not stopped and of the neutralisation rate. ` +
  `From ${from} the Air Force gives one combined “shot down or suppressed” number, recorded as shot down with lost unknown: ` +
  `lost is then taken as included in shot down.`;

/** What each rate divides. */
export const RATE_RULE =
  'The neutralisation rate and not stopped use the weapon rows with launched, shot down and lost known (or lost included, as above); ' +
  'the interception rate uses every weapon row with launched and shot down known.';

export const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "57 weapon rows from 30 nights": a basis counted exactly (rows, and the nights that hold at least one). */
export const rowsFromNights = (rows: number, nights: number) =>
  `${plural(rows, 'weapon row', 'weapon rows')} from ${plural(nights, 'night', 'nights')}`;
