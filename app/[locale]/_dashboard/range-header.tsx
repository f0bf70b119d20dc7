// The selected range's heading, its filters (folded into one line), any notes on how the URL was read,
// and the exports of exactly this view.
import { getLocale, getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { FiltersForm } from '@/app/components/filters-form';
import { getPathname } from '@/i18n/navigation';
import { presetOf, presetRange, PRESETS, type DashboardFilters, type DataBounds } from '@/lib/dashboard-filters';
import { TARGETS } from '@/lib/domain';
import { aboutHref, dashboardHref, exportHref } from '@/lib/routes';
import { filterNoteText } from './filter-notes';

export async function RangeHeader({ filters, today, bounds, year }: { filters: DashboardFilters; today: string; bounds: DataBounds; year: number | null }) {
  const [t, tf, fmt, locale] = await Promise.all([getTranslations('dashboard'), getTranslations('filters'), getFigureFormat(), getLocale()]);
  const { from, to, target } = filters;
  const preset = presetOf(filters, today, bounds);
  const dates = { from: fmt.date(from, 'short'), to: fmt.date(to, 'short') };
  const granularityValue = filters.granularitySource === 'url' && filters.granularity !== 'year' ? filters.granularity : 'auto';
  return (
    <section className="range-header" aria-labelledby="range-title">
      <h2 id="range-title">{t('range.title', dates)}</h2>
      <FiltersForm
        view={{
          action: getPathname({ href: '/', locale }),
          summary: {
            label: tf('summaryLabel'),
            parts: [preset ? tf(`presets.${preset}`) : tf('customRange', dates), t(`targetName.${target}`)],
            change: tf('change'),
          },
          from: { label: tf('from'), value: from },
          to: { label: tf('to'), value: to },
          target: { label: tf('target'), value: target, options: TARGETS.map((value) => ({ value, label: tf(`targets.${value}`) })) },
          granularity: {
            label: tf('granularity'),
            value: granularityValue,
            options: [
              {
                value: 'auto',
                label:
                  filters.granularitySource === 'auto'
                    ? tf('granularities.autoChosen', { granularity: tf(`granularityNames.${filters.granularity}`) })
                    : tf('granularities.auto'),
              },
              ...(['night', 'week', 'month'] as const).map((value) => ({ value, label: tf(`granularities.${value}`) })),
            ],
          },
          hidden: year === null ? [] : [{ name: 'year', value: String(year) }],
          apply: tf('apply'),
          presets: {
            label: tf('presetsLabel'),
            items: PRESETS.map((id) => {
              const range = presetRange(id, today, bounds);
              return { id, label: tf(`presets.${id}`), href: getPathname({ href: dashboardHref({ ...range, target }), locale }), current: id === preset };
            }),
          },
        }}
      />
      {filters.notes.length > 0 && (
        <div className="notice" role="status">
          {filters.notes.map((note) => (
            <p key={note.code}>{filterNoteText(note, tf, fmt)}</p>
          ))}
        </div>
      )}
      <p className="toolbar small">
        <a href={exportHref('figures', filters)}>
          {t('range.exportFigures')}
        </a>
        <a href={exportHref('nights', filters)}>
          {t('range.exportNights')}
        </a>
        <a href={getPathname({ href: aboutHref(), locale })}>{t('range.howWeCount')}</a>
      </p>
    </section>
  );
}
