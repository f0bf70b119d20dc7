// Every address the interface links to, built in one place. Paths carry no language prefix: the
// locale-aware Link and redirect (i18n/navigation.ts) add "/uk" in the Ukrainian interface.
import type { UrlGranularity } from './buckets';
import { DEFAULT_TARGET, type Target } from './domain';

export type NightKey = { date: string; target: Target };

/** A night's page (`/nights/DATE`, `?target=RU` for Russia), or its edit page. */
export function nightHref(night: NightKey, page: 'view' | 'edit' = 'view'): string {
  const path = `/nights/${night.date}${page === 'edit' ? '/edit' : ''}`;
  return night.target === DEFAULT_TARGET ? path : `${path}?target=${night.target}`;
}

/** The form for a new night, on the given target. */
export function newNightHref(target: Target = DEFAULT_TARGET): string {
  return target === DEFAULT_TARGET ? '/nights/new' : `/nights/new?target=${target}`;
}

export type DashboardView = { from?: string; to?: string; target?: Target; granularity?: UrlGranularity };

/** The dashboard for a view: only what the view sets goes in the URL, in a fixed order. */
export function dashboardHref(view: DashboardView = {}, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  if (view.from) query.set('from', view.from);
  if (view.to) query.set('to', view.to);
  if (view.target) query.set('target', view.target);
  if (view.granularity) query.set('granularity', view.granularity);
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  const search = query.toString();
  return search ? `/?${search}` : '/';
}

/** "How we count" (`/about`), at one of its sections. */
export function aboutHref(section?: 'unknowns' | 'rates' | 'reporting-change' | 'outcomes' | 'records' | 'patterns' | 'calendar'): string {
  return section ? `/about#${section}` : '/about';
}

/** The CSV of a view: one row per night and weapon (`/export.csv`) or one row per night (`/export-nights.csv`). */
export function exportHref(kind: 'figures' | 'nights', view: { from: string; to: string; target: Target }): string {
  const query = new URLSearchParams({ from: view.from, to: view.to, target: view.target });
  return `${kind === 'figures' ? '/export.csv' : '/export-nights.csv'}?${query}`;
}
