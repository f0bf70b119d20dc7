// The filters' notes (lib/dashboard-filters.ts codes) in the reader's language.
import type { getTranslations } from 'next-intl/server';
import type { FilterNote } from '@/lib/dashboard-filters';
import type { FigureFormat } from '@/lib/format';

type FiltersT = Awaited<ReturnType<typeof getTranslations<'filters'>>>;

export function filterNoteText(note: FilterNote, t: FiltersT, fmt: FigureFormat): string {
  const unit = (granularity: 'night' | 'week' | 'month' | 'year') => t(`granularityNames.${granularity}`);
  switch (note.code) {
    case 'unknownTarget':
      return t('notes.unknownTarget', { raw: note.raw });
    case 'badDates': {
      const parts = [
        note.from === null ? null : t('notes.badFrom', { value: note.from }),
        note.to === null ? null : t('notes.badTo', { value: note.to }),
      ].filter((part): part is string => part !== null);
      const [first = '', second] = parts;
      return t('notes.badDates', { dates: second ? t('notes.and', { first, second }) : first });
    }
    case 'fromAfterTo':
      return t('notes.fromAfterTo', { from: note.from, to: note.to });
    case 'noRecentNights':
      return t('notes.noRecentNights', { days: note.days, latest: fmt.date(note.latest, 'long') });
    case 'unknownGranularity':
      return t('notes.unknownGranularity', { raw: note.raw, chosen: unit(note.chosen) });
    case 'tooManyPoints':
      return t('notes.tooManyPoints', { wanted: unit(note.wanted), chosen: unit(note.chosen), max: note.max });
    case 'unknownYear':
      return t('notes.unknownYear', { raw: note.raw, year: note.year });
  }
}
