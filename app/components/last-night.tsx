// The latest recorded night, the first thing on the dashboard: its date, launches, what was neutralised
// and what was not stopped, the rate, how it compares with the nights before, and what got through.
// Every string and address arrives in the reader's language (app/[locale]/_dashboard/last-night-section.tsx).
import { Stat } from './stat';

export type LastNightView = {
  title: string;
  date: { iso: string; text: string };
  /** "the night of 9 to 10 August" */
  nightOf: string;
  nightHref: string;
  nightLink: string;
  figures: { id: string; label: string; value: string; note?: string }[];
  rate: { label: string; value: string; basis: string };
  comparison: string;
  outcomes: { id: string; label: string; value: string }[];
  outcomesNote: string | null;
  howWeCount: { href: string; text: string };
};

export function LastNight({ view }: { view: LastNightView }) {
  return (
    <section className="card last-night" aria-labelledby="last-night-title">
      <h2 id="last-night-title" className="last-night-title">
        <span className="muted">{view.title}</span> <time dateTime={view.date.iso}>{view.date.text}</time>
      </h2>
      <p className="muted small last-night-sub">
        {view.nightOf} · <a href={view.nightHref}>{view.nightLink}</a>
      </p>
      <div className="last-night-figures">
        {view.figures.map((figure) => (
          <Stat key={figure.id} id={`last-${figure.id}`} label={figure.label} value={figure.value}>
            {figure.note && <p className="muted small">{figure.note}</p>}
          </Stat>
        ))}
      </div>
      <p className="last-night-rate">
        {view.rate.label} <strong>{view.rate.value}</strong> <span className="muted small">{view.rate.basis}</span>
      </p>
      <p className="small">{view.comparison}</p>
      <div className="last-night-outcomes">
        {view.outcomes.map((outcome) => (
          <Stat key={outcome.id} id={`last-${outcome.id}`} label={outcome.label} value={outcome.value} className="stat-small" />
        ))}
      </div>
      <p className="muted small">
        {view.outcomesNote && <>{view.outcomesNote} </>}
        <a href={view.howWeCount.href}>{view.howWeCount.text}</a>
      </p>
    </section>
  );
}
