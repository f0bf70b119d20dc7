// One year of nights as a calendar, one small table per month (Monday first): each recorded night a
// coloured square linking to its page, named in words for screen readers and on hover; a dot marks a
// night with missiles. Server-rendered with plain links (hrefs arrive in the reader's language): no script.
import type { Level } from '@/lib/heatmap';

export type CalendarCell = {
  date: string;
  /** A launch step, "unknown" (launches not given), or null (no record). */
  level: Level | 'unknown' | null;
  missiles: boolean;
  href: string | null;
  name: string;
};

export type CalendarView = {
  title: string;
  summary: string;
  skip: { text: string; target: string };
  weekdays: { short: string; long: string }[];
  months: { key: string; caption: string; weeks: (CalendarCell | null)[][] }[];
  years: { label: string; items: { year: number; href: string; current: boolean }[] };
  legend: { label: string; steps: { key: string; level: Level | 'unknown' | null; text: string }[]; missiles: string };
};

function Cell({ cell }: { cell: CalendarCell | null }) {
  if (!cell) return <td />;
  const level = cell.level === null ? 'none' : String(cell.level);
  return (
    <td data-l={level} {...(cell.missiles ? { 'data-m': '' } : {})}>
      {cell.href ? <a href={cell.href} title={cell.name} /> : <span className="sr-only">{cell.name}</span>}
    </td>
  );
}

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
      <div className="calendar-months">
        {view.months.map((month) => (
          <table key={month.key} className="calendar-month">
            <caption>{month.caption}</caption>
            <thead>
              <tr>
                {view.weekdays.map((day) => (
                  <th key={day.long} scope="col" abbr={day.long}>
                    {day.short}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {month.weeks.map((week, index) => (
                <tr key={index}>
                  {week.map((cell, day) => (
                    <Cell key={cell?.date ?? `empty-${day}`} cell={cell} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
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
