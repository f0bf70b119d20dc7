// One year's nights as a calendar heatmap (the latest night's year unless the URL asks for another),
// with links to the other recorded years that keep the rest of the view.
import { getLocale, getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { CalendarHeatmap, type CalendarCell } from '@/app/components/calendar-heatmap';
import { yieldToStream } from '@/app/components/yield-to-stream';
import { fetchAllTimeData } from '@/db/queries/dashboard-data';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { calendarMonths, launchLevel, levelRanges, monthWeeks } from '@/lib/heatmap';
import { INTL_LOCALE } from '@/lib/i18n/locales';
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
  const cell = (date: string): CalendarCell => {
    const night = nights.get(date);
    const day = fmt.date(date, 'dayMonth');
    if (!night) return { date, level: null, missiles: false, href: null, name: t('noRecord', { date: day }) };
    const known = night.launched !== null;
    const key = known ? (night.missiles ? 'cellMissiles' : 'cell') : night.missiles ? 'cellUnknownMissiles' : 'cellUnknown';
    return {
      date,
      level: night.launched === null ? 'unknown' : launchLevel(night.launched),
      missiles: night.missiles,
      href: local(nightHref({ date, target })),
      name: t(key, { date: day, launched: fmt.count(night.launched) }),
    };
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
          key: String(month),
          caption: capitalise(monthName.format(new Date(Date.UTC(calendar.year, month - 1, 1)))),
          weeks: monthWeeks(calendar.year, month).map((week) => week.map((date) => (date ? cell(date) : null))),
        })),
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
