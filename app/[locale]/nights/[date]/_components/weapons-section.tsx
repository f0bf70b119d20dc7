// The night's weapons: a row per weapon with its counts, and beside it the same numbers as a chart
// (the table is the chart's text alternative).
import { getMessages, getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import styles from '@/app/components/night.module.css';
import type { NightWeapon } from '@/db/queries/night-outcomes';
import { weaponDisplayName } from '@/lib/weapon-names-uk';
import { aboutTag } from './about-link';
import { weaponClassLabel } from './night-text';
import { WeaponsBars, type WeaponBar } from './weapons-bars';

const COUNT_COLUMNS = ['launched', 'shotDown', 'lost', 'notStopped'] as const;

export async function WeaponsSection({ weapons }: { weapons: NightWeapon[] }) {
  const [t, fmt, messages] = await Promise.all([getTranslations('night'), getFigureFormat(), getMessages()]);
  const name = (weapon: NightWeapon) => weaponDisplayName(weapon, fmt.locale);
  const bars: WeaponBar[] = weapons.map((w) => ({ name: name(w), launched: w.launched, shotDown: w.shotDown, lost: w.lost, notStopped: w.notStopped }));
  const drawable = bars.some((bar) => [bar.launched, bar.shotDown, bar.lost, bar.notStopped].some((value) => value !== null));
  return (
    <section className={`card ${styles.section}`} aria-labelledby="weapons-title">
      <h2 id="weapons-title">{t('weapons.title')}</h2>
      {weapons.length === 0 ? (
        <p className="muted">{t('weapons.none')}</p>
      ) : (
        <div className={styles.weapons}>
          {/* On a phone each weapon is a block of "column: value" lines (the stacked layout of globals.css),
              so nothing scrolls sideways; tables drawn as blocks say their roles out loud. */}
          <table className="data-table data-table-stack" role="table" aria-labelledby="weapons-caption">
            <caption id="weapons-caption">{t('weapons.caption')}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {t('columns.weapon')}
                </th>
                {COUNT_COLUMNS.map((column) => (
                  <th key={column} scope="col" role="columnheader" className="num">
                    {t(`columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {weapons.map((weapon) => (
                <tr key={weapon.weaponId} role="row">
                  <th scope="row" role="rowheader">
                    {name(weapon)}
                    <span className={styles.weaponClass}>{weaponClassLabel(weapon.category, weapon.weaponClass, messages.night.classes)}</span>
                  </th>
                  {COUNT_COLUMNS.map((column) => (
                    <td key={column} role="cell" className="num" data-label={t(`columns.${column}`)}>
                      {fmt.count(weapon[column])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {drawable && (
            <figure className={styles.chart} aria-labelledby="weapons-chart-title" aria-describedby="weapons-chart-description">
              <figcaption>
                <h3 id="weapons-chart-title">{t('chart.title')}</h3>
                <p id="weapons-chart-description" className="muted small">
                  {t('chart.description')}
                </p>
              </figcaption>
              <ul className={styles.legend}>
                {COUNT_COLUMNS.map((series) => (
                  <li key={series} data-series={series}>
                    {t(`columns.${series}`)}
                  </li>
                ))}
              </ul>
              <WeaponsBars
                rows={bars}
                fmt={fmt}
                labels={{
                  titleId: 'weapons-chart-title',
                  descriptionId: 'weapons-chart-description',
                  axis: t('chart.axis'),
                  launched: t('columns.launched'),
                  shotDown: t('columns.shotDown'),
                  lost: t('columns.lost'),
                  notStopped: t('columns.notStopped'),
                }}
              />
            </figure>
          )}
          <p className={`muted small ${styles.wide}`}>{t.rich('weapons.line', { about: aboutTag('neutralised') })}</p>
        </div>
      )}
    </section>
  );
}
