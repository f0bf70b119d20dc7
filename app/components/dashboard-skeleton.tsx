// What the dashboard shows while it adds up a range (a long range on a large database takes a moment).
import styles from './dashboard.module.css';

export function DashboardSkeleton() {
  return (
    <section aria-busy="true" aria-label="Loading the figures" className={styles.headline}>
      <h2 className="muted">Loading the figures…</h2>
      <div className="grid grid-4">
        {['Neutralisation rate', 'Drones launched', 'Missiles launched', 'Shot down'].map((label) => (
          <div key={label} className="card">
            <div className={styles.label}>{label}</div>
            <div className={`${styles.value} muted`}>…</div>
          </div>
        ))}
      </div>
    </section>
  );
}
