// One year's nights as a calendar heatmap (the latest night's year unless the URL asks for another),
// with links to the other recorded years that keep the rest of the view.
import { getLocale, getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import type { CalendarNight } from '@/app/components/calendar-grid';
import { CalendarHeatmap } from '@/app/components/calendar-heatmap';
import { yieldToStream } from '@/app/components/yield-to-stream';
import { fetchAllTimeData } from '@/db/queries/dashboard-data';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { calendarMonths, launchLevel, levelRanges, monthWeeks } from '@/lib/heatmap';
import { INTL_LOCALE } from '@/lib/i18n/locales';
import { messageTemplate, type MessageTemplate } from '@/lib/i18n/message-template';
import { dashboardHref, nightHref } from '@/lib/routes';
import { getLocalHref } from './local-href';

export async function CalendarSection({ filters, bounds, year }: { filters: DashboardFilters; bounds: { first: string; last: string }; year: number | null }) {
  await yieldToStream();
  const { calendar } = fetchAllTimeData({ target: filters.target, year, bounds });
  if (!calendar) return null;
  const [t, fmt, locale, local] = await Promise.all([getTranslations('dashboard.calendar'), getFigureFormat(), getLocale(), getLocalHref()]);
  const tag = INTL_LOCALE[locale];
  const { target } = filters;
  const nights = new Map(calendar.nights.map((night) => [night.date, night]));
  const monthName = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
  const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase(tag) + text.slice(1);
  // A label for every night of the year: each message formatted once, then filled per cell.
  const cellKeys = ['cell', 'cellMissiles', 'cellUnknown', 'cellUnknownMissiles'] as const;
  const cellLabel = Object.fromEntries(
    cellKeys.map((key) => [key, messageTemplate((values) => t(key, values), ['date', 'launched'])]),
  ) as Record<(typeof cellKeys)[number], MessageTemplate<'date' | 'launched'>>;
  const night = (date: string): CalendarNight | null => {
    const record = nights.get(date);
    if (!record) return null;
    const day = fmt.date(date, 'dayMonth');
    const known = record.launched !== null;
    const key = known ? (record.missiles ? 'cellMissiles' : 'cell') : record.missiles ? 'cellUnknownMissiles' : 'cellUnknown';
    return [record.launched === null ? 'u' : launchLevel(record.launched), record.missiles ? 1 : 0, cellLabel[key]({ date: day, launched: fmt.count(record.launched) })];
  };
  const firstYear = Number(bounds.first.slice(0, 4));
  const lastYear = Number(bounds.last.slice(0, 4));
  const view = { from: filters.from, to: filters.to, target, granularity: filters.granularitySource === 'url' && filters.granularity !== 'year' ? filters.granularity : undefined };
  return (
    <CalendarHeatmap
      view={{
        title: t('title', { year: calendar.year }),
        summary: t('summary'),
        skip: { text: t('skip'), target: 'calendar-end' },
        // 1 January 2024 was a Monday.
        weekdays: [1, 2, 3, 4, 5, 6, 7].map((day) => {
          const date = new Date(Date.UTC(2024, 0, day));
          return { short: short.format(date), long: long.format(date) };
        }),
        months: calendarMonths(calendar.year, bounds).map((month) => ({
          year: calendar.year,
          month,
          caption: capitalise(monthName.format(new Date(Date.UTC(calendar.year, month - 1, 1)))),
          nights: Object.fromEntries(
            monthWeeks(calendar.year, month)
              .flat()
              .flatMap((date) => {
                const entry = date ? night(date) : null;
                return date && entry ? [[date, entry] as const] : [];
              }),
          ),
        })),
        // One address for every night, DATE standing for its date.
        nightHref: local(nightHref({ date: 'DATE', target })),
        years: {
          label: t('years'),
          items: Array.from({ length: lastYear - firstYear + 1 }, (_, i) => lastYear - i).map((y) => ({
            year: y,
            href: `${local(dashboardHref(view, { year: String(y) }))}#calendar-title`,
            current: y === calendar.year,
          })),
        },
        legend: {
          label: t('legend'),
          steps: [
            { key: 'none', level: null, text: t('legendNone') },
            { key: '0', level: 0, text: fmt.count(0) },
            ...levelRanges().map(({ level, from, to }) => ({
              key: String(level),
              level,
              text: to === null ? t('levelTop', { from: fmt.count(from) }) : t('levels', { from: fmt.count(from), to: fmt.count(to) }),
            })),
            { key: 'unknown', level: 'unknown' as const, text: t('legendUnknown') },
          ],
          missiles: t('legendMissiles'),
        },
      }}
    />
  );
}
