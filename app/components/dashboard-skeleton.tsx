// What the dashboard shows while it adds up a range (a long range on a large database takes a moment).
export function DashboardSkeleton({ label }: { label: string }) {
  return (
    <section aria-busy="true" aria-label={label} className="section">
      <p className="muted">{label}</p>
      <div className="stats">
        {[0, 1, 2, 3].map((key) => (
          <div key={key} className="stat">
            <div className="stat-value muted">…</div>
          </div>
        ))}
      </div>
    </section>
  );
}
