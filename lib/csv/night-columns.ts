// The columns of the per-night export (/export-nights.csv): one row per night with the night's own
// fields, the outcomes beyond interceptions with their qualifiers (named as the JSON API names them), the
// statement and the notes. Figures are in /export.csv; the two files together hold what a night is.

export const NIGHT_EXPORT_COLUMNS = [
  'date',
  'target',
  'source_name',
  'source_url',
  'hits_missile',
  'hits_missile_qualifier',
  'hits_drone',
  'hits_drone_qualifier',
  'places_hit',
  'places_hit_qualifier',
  'places_debris',
  'places_debris_qualifier',
  'shaheds',
  'shaheds_qualifier',
  'statement',
  'notes',
] as const;
export type NightExportColumn = (typeof NIGHT_EXPORT_COLUMNS)[number];

export const NIGHT_EXPORT_HEADER = NIGHT_EXPORT_COLUMNS.join(',');
