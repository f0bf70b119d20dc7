// The selected range's headline figures: rates with their basis, launches by category, what became of
// them, nights with attacks. Or, when the range holds no recorded night, a way to the latest ones.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { Stat } from '@/app/components/stat';
import { fetchRangeData } from '@/db/queries/dashboard-data';
import { defaultRange, type DashboardFilters } from '@/lib/dashboard-filters';
import { addDays, daysBetween } from '@/lib/dates';
import { COMBINED_REPORTING_FROM } from '@/lib/metrics';
import { aboutHref, dashboardHref } from '@/lib/routes';
import { outcomeOf, rangeNights, type Outcome } from '@/lib/series';
import { yieldToStream } from '@/app/components/yield-to-stream';
import { getLocalHref } from './local-href';

export async function HeadlineSection({ filters, bounds }: { filters: DashboardFilters; bounds: { first: string; last: string } }) {
  await yieldToStream();
  const data = fetchRangeData(filters);
  const [t, fmt, local] = await Promise.all([getTranslations('dashboard'), getFigureFormat(), getLocalHref()]);
  const { from, to, target } = filters;
  const nights = rangeNights(data.series);
  if (!filters.chartSpan || nights.nights === 0) {
    const latest = defaultRange(bounds.last, bounds);
    return (
      <section className="card empty-state">
        <h2>{t('range.empty', { from: fmt.date(from, 'long'), to: fmt.date(to, 'long') })}</h2>
        <p className="muted">
          {t('range.emptyHint', { target: t(`title.${target}`), first: fmt.date(bounds.first, 'long'), last: fmt.date(bounds.last, 'long') })}{' '}
          <a href={local(dashboardHref({ from: latest.from, to: latest.to, target }))}>{t('range.emptyLink', { last: fmt.date(bounds.last, 'long') })}</a>
        </p>
      </section>
    );
  }
  const all = outcomeOf(data.weapons);
  const drone = outcomeOf(data.weapons.filter((w) => w.category === 'drone'));
  const missile = outcomeOf(data.weapons.filter((w) => w.category === 'missile'));
  const leftOut = (outcome: Outcome) => {
    const rows = outcome.figures - outcome.launchedKnown;
    return rows > 0 ? <p className="muted small">{t('headline.launchesLeftOut', { rows })}</p> : null;
  };
  const howWeCount = (
    <a href={local(aboutHref('rates'))} className="small">
      {t('range.howWeCount')}
    </a>
  );
  return (
    <section aria-labelledby="headline-title" className="section">
      <h2 id="headline-title" className="sr-only">
        {t('headline.title')}
      </h2>
      <div className="stats">
        <Stat id="neutralisation-rate" label={t('headline.neutralisationRate')} value={fmt.rate(all.neutralisationRate)} className="stat-lead">
          <p className="muted small">
            {t('headline.rateBasis', { rows: all.neutralisationFigures, nights: nights.neutralisationNights })} · {howWeCount}
          </p>
        </Stat>
        <Stat id="drones-launched" label={t('headline.dronesLaunched')} value={fmt.count(drone.launched)}>
          {leftOut(drone)}
        </Stat>
        <Stat id="missiles-launched" label={t('headline.missilesLaunched')} value={fmt.count(missile.launched)}>
          {leftOut(missile)}
        </Stat>
        <Stat id="shot-down" label={t('headline.shotDown')} value={fmt.count(all.shotDown)}>
          <p className="muted small">{t('headline.shotDownSplit', { drones: fmt.count(drone.shotDown), missiles: fmt.count(missile.shotDown) })}</p>
        </Stat>
        <Stat id="lost" label={t('headline.lost')} value={fmt.count(all.lost)}>
          <p className="muted small">{t('headline.lostNote', { until: fmt.date(addDays(COMBINED_REPORTING_FROM, -1), 'short') })}</p>
        </Stat>
        <Stat id="not-stopped" label={t('headline.notStopped')} value={fmt.count(all.notStopped)}>
          <p className="muted small">{t('headline.notStoppedNote')}</p>
        </Stat>
        <Stat id="interception-rate" label={t('headline.interceptionRate')} value={fmt.rate(all.interceptionRate)}>
          <p className="muted small">{t('headline.rateBasis', { rows: all.interceptionFigures, nights: nights.interceptionNights })}</p>
        </Stat>
        <Stat id="nights-with-attacks" label={t('headline.nightsWithAttacks')} value={fmt.count(nights.nightsWithAttacks)}>
          <p className="muted small">{t('headline.nightsRecorded', { nights: nights.nights, days: daysBetween(from, to) + 1 })}</p>
        </Stat>
      </div>
    </section>
  );
}
