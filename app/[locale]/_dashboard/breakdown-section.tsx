// The range broken down by category, weapon and class, and its latest nights.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { LatestNights } from '@/app/components/latest-nights';
import { OutcomeTable, outcomeTableData } from '@/app/components/outcome-table';
import { ToggleTable } from '@/app/components/toggle-table';
import { yieldToStream } from '@/app/components/yield-to-stream';
import { fetchRangeData } from '@/db/queries/dashboard-data';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { nightHref } from '@/lib/routes';
import { getLocalHref } from './local-href';
import { byClass, outcomeOf, rangeNights } from '@/lib/series';

export async function BreakdownSection({ filters }: { filters: DashboardFilters }) {
  await yieldToStream();
  const data = fetchRangeData(filters);
  if (!filters.chartSpan || rangeNights(data.series).nights === 0) return null;
  const [t, fmt, local] = await Promise.all([getTranslations('dashboard'), getFigureFormat(), getLocalHref()]);
  const { target } = filters;
  const drone = outcomeOf(data.weapons.filter((w) => w.category === 'drone'));
  const missile = outcomeOf(data.weapons.filter((w) => w.category === 'missile'));
  const classes = byClass(data.weapons);
  return (
    <>
      <section className="card section" aria-labelledby="categories-title">
        <h2 id="categories-title">{t('breakdown.byCategory')}</h2>
        <OutcomeTable
          caption={t('breakdown.categoryCaption')}
          firstColumn={t('breakdown.category')}
          rows={[
            { key: 'drone', label: t('breakdown.drones'), outcome: drone },
            { key: 'missile', label: t('breakdown.missiles'), outcome: missile },
            { key: 'all', label: t('breakdown.all'), outcome: outcomeOf(data.weapons) },
          ]}
        />
      </section>
      {/* A range can hold dozens of weapons: their tables are sent as data and drawn when opened. */}
      <section className="card section" aria-labelledby="weapons-title">
        <h2 id="weapons-title">{t('breakdown.byWeapon')}</h2>
        <ToggleTable
          label={t('breakdown.showWeapons', { count: data.weapons.length })}
          data={await outcomeTableData({
            caption: t('breakdown.weaponCaption'),
            firstColumn: t('breakdown.weapon'),
            showClass: true,
            rows: data.weapons.map((w) => ({ key: String(w.weaponId), label: w.name, weaponClass: w.weaponClass, outcome: outcomeOf([w]) })),
          })}
        />
        <h2 id="classes-title">{t('breakdown.byClass')}</h2>
        <ToggleTable
          label={t('breakdown.showClasses', { count: classes.length })}
          data={await outcomeTableData({
            caption: t('breakdown.classCaption'),
            firstColumn: t('breakdown.class'),
            rows: classes.map((c) => ({
              key: `${c.category}-${c.weaponClass}`,
              label: t('breakdown.classOf', { class: t(`classes.${c.weaponClass}`), category: t(`categories.${c.category}`) }),
              outcome: c.outcome,
            })),
          })}
        />
      </section>
      <LatestNights
        view={{
          title: t('latest.title'),
          caption: t('latest.caption'),
          note: t('latest.note'),
          headers: {
            night: t('latest.night'),
            drones: t('latest.dronesLaunched'),
            missiles: t('latest.missilesLaunched'),
            shotDown: t('latest.shotDown'),
            lost: t('latest.lost'),
            notStopped: t('latest.notStopped'),
          },
          rows: data.latest.map((night) => ({
            date: night.date,
            href: local(nightHref({ date: night.date, target })),
            // Written as in the night's address (YYYY-MM-DD), the same in both languages.
            dateText: night.date,
            drones: fmt.count(night.droneLaunched),
            missiles: fmt.count(night.missileLaunched),
            shotDown: fmt.count(night.shotDown),
            lost: fmt.count(night.lost),
            notStopped: fmt.count(night.notStopped),
            notStoppedRows:
              night.notStopped !== null && night.notStoppedFigures !== night.figures
                ? t('latest.rowsCovered', { rows: fmt.count(night.notStoppedFigures), total: fmt.count(night.figures) })
                : null,
          })),
        }}
      />
    </>
  );
}
