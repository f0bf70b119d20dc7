// Everything the night page reads for its own figures, once per request (the page and its metadata
// both ask): the night's row, its outcomes per weapon from SQL, and the categories added up from them.
import 'server-only';
import { cache } from 'react';
import { fetchNight } from '@/db/queries/night';
import { fetchNightOutcomes } from '@/db/queries/night-outcomes';
import type { Target } from '@/lib/domain';
import { summariseNight } from '@/lib/night-summary';
import { outcomeOf } from '@/lib/series';

export const loadNight = cache((date: string, target: Target) => {
  // The night's own fields (source, statement, notes, hits…); its outcomes come from the query below.
  const found = fetchNight(date, target);
  if (!found) return null;
  const { night } = found;
  const weapons = fetchNightOutcomes({ date, target });
  const totals = {
    drone: outcomeOf(weapons.filter((w) => w.category === 'drone')),
    missile: outcomeOf(weapons.filter((w) => w.category === 'missile')),
    all: outcomeOf(weapons),
  };
  const summary = summariseNight({ ...totals, placesHit: night.placesHit, placesHitQualifier: night.placesHitQualifier });
  return { night, weapons, totals, summary };
});

export type LoadedNight = NonNullable<ReturnType<typeof loadNight>>;
