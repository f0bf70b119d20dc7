// A chart with its title and at most two lines saying what it shows; the chart and its table (the text
// alternative for screen readers, and the exact numbers for everyone) come as children.
export function ChartCard({ id, title, summary, children }: { id: string; title: string; summary: React.ReactNode; children: React.ReactNode }) {
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} data-chart={id}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p id={`${id}-summary`} className="muted small">
          {summary}
        </p>
      </figcaption>
      {children}
    </figure>
  );
}
