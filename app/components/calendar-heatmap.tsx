// One year of nights as a calendar heatmap: its heading, the years to choose from and the legend come
// with the page; the months themselves (calendar-grid.tsx) are drawn when they come near the screen.
import type { Level } from '@/lib/heatmap';
import { CalendarGrid, type CalendarMonth } from './calendar-grid';

export type CalendarView = {
  title: string;
  summary: string;
  skip: { text: string; target: string };
  weekdays: { short: string; long: string }[];
  months: CalendarMonth[];
  nightHref: string;
  years: { label: string; items: { year: number; href: string; current: boolean }[] };
  legend: { label: string; steps: { key: string; level: Level | 'unknown' | null; text: string }[]; missiles: string };
};

export function CalendarHeatmap({ view }: { view: CalendarView }) {
  return (
    <section className="card section calendar" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{view.title}</h2>
      <p className="muted small">{view.summary}</p>
      <a href={`#${view.skip.target}`} className="skip-inline">
        {view.skip.text}
      </a>
      <nav aria-label={view.years.label} className="calendar-years">
        {view.years.items.map((item) => (
          <a key={item.year} href={item.href} {...(item.current ? { 'aria-current': 'page' as const } : {})}>
            {item.year}
          </a>
        ))}
      </nav>
      <CalendarGrid months={view.months} weekdays={view.weekdays} nightHref={view.nightHref} />
      <div className="calendar-legend" id={view.skip.target}>
        <span>{view.legend.label}:</span>
        {view.legend.steps.map((step) => (
          <span key={step.key} className="calendar-key">
            <span className="calendar-swatch" data-l={step.level === null ? 'none' : String(step.level)} aria-hidden="true" />
            {step.text}
          </span>
        ))}
        <span className="calendar-key">
          <span className="calendar-swatch" data-l="none" data-m="" aria-hidden="true" />
          {view.legend.missiles}
        </span>
      </div>
    </section>
  );
}
