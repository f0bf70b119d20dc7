// The headline figures for a range. Rates say what they are over; unknown counts read "n/a" and are
// counted out loud when they were left out of a sum.
import { Link } from '@/i18n/navigation';
import { shortDate } from '@/lib/buckets';
import { addDays } from '@/lib/dates';
import type { Target } from '@/lib/domain';
import { formatCount, formatRate } from '@/lib/format';
import { COMBINED_REPORTING_FROM } from '@/lib/metrics';
import { nightHref } from '@/lib/routes';
import type { DatedCount, Outcome, RangeNights } from '@/lib/series';
import styles from './dashboard.module.css';
import { LOST_RULE, plural, rowsFromNights } from './rate-basis';

function Stat({ id, label, value, className, children }: { id: string; label: string; value: string; className?: string; children?: React.ReactNode }) {
  return (
    <div className={`card ${className ?? ''}`} role="group" aria-labelledby={`${id}-label`} data-stat={id}>
      <div className={styles.label} id={`${id}-label`}>
        {label}
      </div>
      <div className={styles.value}>{value}</div>
      {children}
    </div>
  );
}

function nightLink(night: DatedCount | null, target: Target) {
  if (!night) return <p className="muted small">No night in this range gives these launches.</p>;
  return (
    <p className="muted small">
      on the night of{' '}
      <Link href={nightHref({ date: night.date, target })}>{night.date}</Link>
    </p>
  );
}

function leftOut(outcome: Outcome) {
  const unknown = outcome.figures - outcome.launchedKnown;
  return unknown > 0 ? ` Launches not given for ${plural(unknown, 'weapon row', 'weapon rows')}: left out.` : '';
}

export function HeadlineFigures({
  all,
  drone,
  missile,
  nights,
  days,
  target,
}: {
  all: Outcome;
  drone: Outcome;
  missile: Outcome;
  nights: RangeNights;
  days: number;
  target: Target;
}) {
  const neutralisationBasis = `over ${rowsFromNights(all.neutralisationFigures, nights.neutralisationNights)} with launched, shot down and lost known`;
  const interceptionBasis = `over ${rowsFromNights(all.interceptionFigures, nights.interceptionNights)} with launched and shot down known`;
  return (
    <section aria-labelledby="headline-title" className={styles.headline}>
      <h2 id="headline-title">Headline figures</h2>
      <div className={styles.stats}>
        <Stat id="neutralisation-rate" label="Neutralisation rate" value={formatRate(all.neutralisationRate)} className={styles.lead}>
          <p className="small">
            Shot down or lost (electronic warfare, decoys) as a share of launched, {neutralisationBasis}.
          </p>
          <p className="muted small">
            This is the headline rate because it compares across the Air Force&apos;s change of reporting, where the interception
            rate alone jumps. {LOST_RULE}
          </p>
        </Stat>
        <Stat id="drones-launched" label="Drones launched" value={formatCount(drone.launched)}>
          <p className="muted small">{leftOut(drone).trim() || 'Known for every drone row in the range.'}</p>
        </Stat>
        <Stat id="missiles-launched" label="Missiles launched" value={formatCount(missile.launched)}>
          <p className="muted small">{leftOut(missile).trim() || 'Known for every missile row in the range.'}</p>
        </Stat>
        <Stat id="shot-down" label="Shot down" value={formatCount(all.shotDown)}>
          <p className="muted small">
            Drones {formatCount(drone.shotDown)} · missiles {formatCount(missile.shotDown)}. From {shortDate(COMBINED_REPORTING_FROM)} includes
            suppressed drones.
          </p>
        </Stat>
        <Stat id="lost" label="Lost (EW, decoys)" value={formatCount(all.lost)}>
          <p className="muted small">
            Locationally lost or suppressed by electronic warfare, where reported apart (until {shortDate(addDays(COMBINED_REPORTING_FROM, -1))}).
          </p>
        </Stat>
        <Stat id="not-stopped" label="Not stopped" value={formatCount(all.notStopped)}>
          <p className="muted small">
            Launched − shot down − lost: got through or unaccounted for, {neutralisationBasis} (as the neutralisation rate).
          </p>
        </Stat>
        <Stat id="interception-rate" label="Interception rate" value={formatRate(all.interceptionRate)}>
          <p className="muted small">Shot down as a share of launched, {interceptionBasis}.</p>
        </Stat>
        <Stat id="nights-with-attacks" label="Nights with attacks" value={formatCount(nights.nightsWithAttacks)}>
          <p className="muted small">
            Recorded nights with a weapon launched, or with a weapon row whose launches are not given;{' '}
            {plural(nights.nights, 'night', 'nights')} recorded in the {plural(days, 'day', 'days')} of the range.
          </p>
        </Stat>
        <Stat
          id="largest-night-drones"
          label="Largest night by drones"
          value={nights.largestDrone ? formatCount(nights.largestDrone.count) : 'n/a'}
        >
          {nightLink(nights.largestDrone, target)}
        </Stat>
        <Stat
          id="largest-night-missiles"
          label="Largest night by missiles"
          value={nights.largestMissile ? formatCount(nights.largestMissile.count) : 'n/a'}
        >
          {nightLink(nights.largestMissile, target)}
        </Stat>
      </div>
    </section>
  );
}
