// What the attack did beyond interceptions (SPEC §1, reported since mid-2025): hits per category,
// places hit and with debris, Shahed-type drones, and the decoys estimated from them. Each figure keeps
// its qualifier ("≈ 200", "> 100"); an unknown one shows n/a.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import styles from '@/app/components/night.module.css';
import type { Night } from '@/db/schema';
import { decoyEstimate } from '@/lib/night-summary';
import type { Outcome } from '@/lib/series';
import { aboutTag } from './about-link';

export async function OutcomesSection({ night, drone }: { night: Night; drone: Outcome }) {
  const [t, fmt] = await Promise.all([getTranslations('night'), getFigureFormat()]);
  const decoys = decoyEstimate(drone, night.shaheds, night.shahedsQualifier);
  const hits = [
    { key: 'hitsMissile', label: t('outcomes.hitsMissile'), value: fmt.qualified(night.hitsMissile, night.hitsMissileQualifier) },
    { key: 'hitsDrone', label: t('outcomes.hitsDrone'), value: fmt.qualified(night.hitsDrone, night.hitsDroneQualifier) },
    { key: 'placesHit', label: t('outcomes.placesHit'), value: fmt.qualified(night.placesHit, night.placesHitQualifier) },
    { key: 'placesDebris', label: t('outcomes.placesDebris'), value: fmt.qualified(night.placesDebris, night.placesDebrisQualifier) },
  ];
  const drones = [
    { key: 'shaheds', label: t('outcomes.shaheds'), value: fmt.qualified(night.shaheds, night.shahedsQualifier) },
    { key: 'decoys', label: t('outcomes.decoys'), value: decoys ? fmt.qualified(decoys.value, decoys.qualifier) : fmt.notAvailable },
  ];
  const list = (items: typeof hits) => (
    <dl className={styles.outcomes}>
      {items.map((item) => (
        <div key={item.key} data-figure={item.key}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <section className={`card ${styles.section}`} aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">{t('outcomes.title')}</h2>
      {list(hits)}
      <p className="muted small">{t.rich('outcomes.hitsLine', { about: aboutTag('hits-and-places') })}</p>
      {list(drones)}
      <p className="muted small">{t.rich('outcomes.dronesLine', { about: aboutTag('shaheds-and-decoys') })}</p>
    </section>
  );
}
