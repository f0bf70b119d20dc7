'use client';
// The calendar's months, drawn when they come near the screen: a year is up to 366 linked squares, which
// as server HTML made the page heavier to send and to hydrate than everything above it. The data arrives
// compact (one short entry per recorded night, its name already in the reader's language); each month is
// a small table (Monday first) a screen reader walks by weekday, each night a link named in words.
import { useNearScreen } from './use-near-screen';
import { monthWeeks, type Level } from '@/lib/heatmap';
import { needsScript } from '@/lib/before-scripts';

/** A recorded night: its launch step ("u": launches not given), 1 when missiles were launched, its name. */
export type CalendarNight = [level: Level | 'u', missiles: 0 | 1, name: string];

export type CalendarMonth = { year: number; month: number; caption: string; nights: Record<string, CalendarNight> };

type Props = {
  months: CalendarMonth[];
  weekdays: { short: string; long: string }[];
  /** A night's address with DATE in place of its date, in the reader's language. */
  nightHref: string;
};

function Month({ month, weekdays, nightHref }: { month: CalendarMonth } & Omit<Props, 'months'>) {
  return (
    <table className="calendar-month">
      <caption>{month.caption}</caption>
      <thead>
        <tr>
          {weekdays.map((day) => (
            <th key={day.long} scope="col" abbr={day.long}>
              {day.short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month.year, month.month).map((week, row) => (
          <tr key={row}>
            {week.map((date, column) => {
              const night = date ? month.nights[date] : undefined;
              if (!date || !night) return <td key={column} {...(date ? { 'data-l': 'none' } : {})} />;
              const [level, missiles, name] = night;
              return (
                <td key={column} data-l={level === 'u' ? 'unknown' : String(level)} {...(missiles ? { 'data-m': '' } : {})}>
                  <a href={nightHref.replace('DATE', date)} aria-label={name} title={name} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Margin around the screen within which the months are drawn, so they are usually there on arrival. */
const NEAR_SCREEN = '800px';

export function CalendarGrid(props: Props) {
  const [holder, near] = useNearScreen<HTMLDivElement>(NEAR_SCREEN);
  // Until drawn, hold about the months' height: two months a row on a phone (see dashboard.css).
  return (
    <div ref={holder} {...needsScript} className="calendar-months" style={near ? undefined : { minHeight: `${Math.ceil(props.months.length / 2) * 12}rem` }}>
      {near && props.months.map((month) => <Month key={`${month.year}-${month.month}`} month={month} weekdays={props.weekdays} nightHref={props.nightHref} />)}
    </div>
  );
}
