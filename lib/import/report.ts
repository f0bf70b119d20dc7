// The import report, as the /import page shows it and `npm run import` prints it: one serialisable
// object built from what was read and what the plan would do, so both say exactly the same.
import type { Counts, Target } from '@/lib/domain';
import { SKIP_REASONS, type ImportBatch, type RowError, type SkipReason } from './batch';
import { FORMAT_LABELS, type ImportFormat } from './formats';
import { englishMessage } from '@/lib/validation-english';
import { NIGHT_OUTCOME_FIELDS } from '@/lib/domain';
import { QUALIFIER_FIELD } from '@/lib/night-snapshot';
import { FIELD_LABELS, IMPORT_FIELDS, type FieldChange, type FieldValue, type ImportField } from './night-fields';
import type { ImportPlan, NightPlan, RefusedOutcome } from './plan';
import type { NewWeapon } from './weapons';

export type ImportStatus = 'refused' | 'ready' | 'nothing-to-do' | 'imported' | 'stale';

export type ReportFigure = { weapon: string; isNew: boolean; before: Counts | null; after: Counts };
export type ReportNight = {
  date: string;
  target: Target;
  figures: ReportFigure[];
  /** Stored figures that the file does not give for this night: the import removes them. */
  removed: { weapon: string; counts: Counts }[];
  fields: { field: ImportField; label: string; before: FieldValue; after: FieldValue }[];
};
/** An outcome not imported, with why in English (`text`) and as a catalogue message (`key`, `values`). */
export type ReportRefusedOutcome = RefusedOutcome & { text: string };
export type SkipSummary = {
  reason: SkipReason;
  label: string;
  count: number;
  /** Line numbers as ranges, e.g. "3–5, 9, 12–40", shortened when long. */
  lines: string;
  details: { text: string; count: number }[];
};

export type ImportReport = {
  status: ImportStatus;
  /** Whether this report is of an import that ran (and wrote whatever it lists), not a preview. */
  applied: boolean;
  fileName: string | null;
  format: ImportFormat | null;
  formatLabel: string | null;
  rowsRead: number;
  /** Why the file as a whole cannot be imported. */
  fatal: string | null;
  errors: RowError[];
  errorCount: number;
  skipped: SkipSummary[];
  skippedCount: number;
  notes: string[];
  weaponsToCreate: NewWeapon[];
  nights: { create: number; update: number; unchanged: number };
  /** Figures removed from the nights the file replaces, and on how many nights (all, not just those listed). */
  removals: { figures: number; nights: number };
  /** Outcomes the file gives that are not imported: they exceed what the night's figures launched. */
  refusedOutcomes: ReportRefusedOutcome[];
  creates: ReportNight[];
  updates: ReportNight[];
  /** Nights beyond the ones listed in creates and updates. */
  moreCreates: number;
  moreUpdates: number;
  /** The dates the file's nights span, for a link to the dashboard. */
  range: { from: string; to: string; target: Target } | null;
  digest: string | null;
};

export function refusedReport(fileName: string | null, fatal: string, format: ImportFormat | null = null, rowsRead = 0): ImportReport {
  return {
    status: 'refused',
    applied: false,
    fileName,
    format,
    formatLabel: format && FORMAT_LABELS[format],
    rowsRead,
    fatal,
    errors: [],
    errorCount: 0,
    skipped: [],
    skippedCount: 0,
    notes: [],
    weaponsToCreate: [],
    nights: { create: 0, update: 0, unchanged: 0 },
    removals: { figures: 0, nights: 0 },
    refusedOutcomes: [],
    creates: [],
    updates: [],
    moreCreates: 0,
    moreUpdates: 0,
    range: null,
    digest: null,
  };
}

/** The report of a file read and planned; `listed` caps the nights listed one by one. */
export function buildReport(
  fileName: string | null,
  batch: ImportBatch,
  plan: ImportPlan,
  options: { listed?: number; status?: ImportStatus } = {},
): ImportReport {
  const listed = options.listed ?? 200;
  const creates = plan.nights.filter((night) => night.action === 'create');
  // Nights that lose figures come first, so a long list cannot hide them.
  const updates = plan.nights
    .filter((night) => night.action === 'update')
    .sort((a, b) => Number(b.removals.length > 0) - Number(a.removals.length > 0));
  const writes = plan.create + plan.update + plan.weaponsToCreate.length;
  const status: ImportStatus =
    batch.errorCount > 0 ? 'refused' : options.status === 'stale' ? 'stale' : writes === 0 ? 'nothing-to-do' : (options.status ?? 'ready');
  const dates = batch.nights.map((night) => night.date).sort();
  const [from, to, target] = [dates[0], dates.at(-1), batch.nights[0]?.target];
  return {
    status,
    applied: status !== 'refused' && options.status === 'imported',
    fileName,
    format: batch.format,
    formatLabel: FORMAT_LABELS[batch.format],
    rowsRead: batch.rowsRead,
    fatal: null,
    errors: batch.errors,
    errorCount: batch.errorCount,
    skipped: summariseSkips(batch),
    skippedCount: batch.skipped.length,
    notes: batch.notes,
    weaponsToCreate: plan.weaponsToCreate,
    nights: { create: plan.create, update: plan.update, unchanged: plan.unchanged },
    removals: { figures: plan.removals, nights: plan.nights.filter((night) => night.removals.length > 0).length },
    refusedOutcomes: plan.refusedOutcomes.map((refused) => ({ ...refused, text: englishMessage(refused) })),
    creates: creates.slice(0, listed).map(reportNight),
    updates: updates.slice(0, listed).map(reportNight),
    moreCreates: Math.max(0, creates.length - listed),
    moreUpdates: Math.max(0, updates.length - listed),
    range: from && to && target ? { from, to, target } : null,
    digest: plan.digest,
  };
}

function reportNight(night: NightPlan): ReportNight {
  return {
    date: night.date,
    target: night.target,
    figures: night.changes.map((change) => ({
      weapon: change.weapon.name,
      isNew: change.weapon.kind === 'new',
      before: change.before,
      after: change.after,
    })),
    removed: night.removals.map((removal) => ({ weapon: removal.weapon.name, counts: removal.counts })),
    fields: [...night.fieldChanges, ...createdFields(night)].map((change) => ({ ...change, label: FIELD_LABELS[change.field] })),
  };
}

/**
 * What a new night gets besides its figures, for the preview: its outcomes, and every field it is given
 * when it comes without figures (the per-night export), so such a night is not listed empty.
 */
function createdFields(night: NightPlan): FieldChange[] {
  const created = night.created;
  if (!created) return [];
  const shown = night.changes.length === 0 ? IMPORT_FIELDS : IMPORT_FIELDS.filter((field) => OUTCOME_FIELDS.has(field));
  return shown.flatMap((field) => (created[field] === null ? [] : [{ field, before: null, after: created[field] }]));
}

const OUTCOME_FIELDS = new Set<ImportField>(NIGHT_OUTCOME_FIELDS.flatMap((field) => [field, QUALIFIER_FIELD[field]]));

function summariseSkips(batch: ImportBatch): SkipSummary[] {
  const byReason = new Map<SkipReason, { lines: number[]; details: Map<string, number> }>();
  for (const skip of batch.skipped) {
    let entry = byReason.get(skip.reason);
    if (!entry) {
      entry = { lines: [], details: new Map() };
      byReason.set(skip.reason, entry);
    }
    entry.lines.push(skip.line);
    entry.details.set(skip.detail, (entry.details.get(skip.detail) ?? 0) + 1);
  }
  return [...byReason.entries()]
    .map(([reason, entry]) => ({
      reason,
      label: SKIP_REASONS[reason],
      count: entry.lines.length,
      lines: lineRanges(entry.lines),
      details: [...entry.details.entries()]
        .map(([text, count]) => ({ text, count }))
        .sort((a, b) => b.count - a.count)
        .slice(0, 10),
    }))
    .sort((a, b) => b.count - a.count);
}

/** "3–5, 9, 12–40", listing at most `max` ranges. */
export function lineRanges(lines: readonly number[], max = 30): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  let end = start;
  for (const line of [...sorted.slice(1), Number.NaN]) {
    if (start === undefined || end === undefined) break;
    if (line === end + 1) {
      end = line;
      continue;
    }
    ranges.push(start === end ? String(start) : `${start}–${end}`);
    start = line;
    end = line;
  }
  return ranges.length > max ? `${ranges.slice(0, max).join(', ')}, … (${ranges.length - max} more ranges)` : ranges.join(', ');
}

const STATUS_TEXT: Record<ImportStatus, string> = {
  refused: 'Refused: nothing will be imported until the problems below are fixed.',
  ready: 'Ready to import.',
  'nothing-to-do': 'Nothing to import: every night in the file is already stored with these figures.',
  imported: 'Imported in one transaction.',
  stale: 'Not imported: the data changed since the preview. Review the new preview and import again.',
};

export function statusText(report: Pick<ImportReport, 'status' | 'nights'>): string {
  if (report.status === 'nothing-to-do' && report.nights.unchanged === 0) {
    return 'Nothing to import: no row of the file can be imported (see the skipped rows).';
  }
  return STATUS_TEXT[report.status];
}

export function countText(counts: Counts): string {
  const show = (value: number | null) => (value === null ? 'n/a' : value.toLocaleString('en-GB'));
  return `${show(counts.launched)} launched, ${show(counts.shotDown)} shot down, ${show(counts.lost)} lost`;
}

/** The report as plain text, for the command line. */
export function formatReportText(report: ImportReport, options: { listed?: number } = {}): string {
  const listed = options.listed ?? 20;
  const n = (value: number) => value.toLocaleString('en-GB');
  const out: string[] = [];
  out.push(`File: ${report.fileName ?? '(upload)'}${report.formatLabel ? `, read as ${report.formatLabel}` : ''}`);
  out.push(`Rows read: ${n(report.rowsRead)}`);
  out.push(statusText(report));
  if (report.fatal) {
    out.push(`  ${report.fatal}`);
    return out.join('\n');
  }
  if (report.errorCount) {
    out.push(`Bad rows (${n(report.errorCount)}):`);
    for (const error of report.errors.slice(0, 100)) out.push(`  line ${error.line}: ${error.message}`);
    if (report.errorCount > 100) out.push(`  …and ${n(report.errorCount - 100)} more`);
  }
  const { create, update, unchanged } = report.nights;
  const verb = report.applied ? ['created', 'changed', 'left alone'] : ['to create', 'to change', 'left alone'];
  out.push(`Nights: ${n(create)} ${verb[0]}, ${n(update)} ${verb[1]}, ${n(unchanged)} ${verb[2]} (already the same)`);
  if (report.removals.figures) {
    const { figures, nights } = report.removals;
    out.push(
      `Figures ${report.applied ? 'removed' : 'to remove'}: ${n(figures)}, on ${n(nights)} night${nights === 1 ? '' : 's'}` +
        ' (stored for weapons the file does not give for a night it replaces; listed below)',
    );
  }
  if (report.range) out.push(`  dates in the file: ${report.range.from} to ${report.range.to} (${report.range.target})`);
  if (report.weaponsToCreate.length) {
    out.push(`Weapons ${report.applied ? 'created' : 'to create'} (${report.weaponsToCreate.length}):`);
    for (const weapon of report.weaponsToCreate) {
      out.push(`  ${weapon.name}: ${weapon.category}, ${weapon.weaponClass} (${weapon.basis})`);
    }
  }
  if (report.refusedOutcomes.length) {
    out.push(`Outcomes not imported (${n(report.refusedOutcomes.length)}): the stored value is kept`);
    for (const refused of report.refusedOutcomes) out.push(`  ${refused.date} ${refused.target}: ${refused.text}`);
  }
  if (report.skippedCount) {
    out.push(`Rows skipped (${n(report.skippedCount)}):`);
    for (const skip of report.skipped) {
      out.push(`  ${n(skip.count)} × ${skip.label}: lines ${skip.lines}`);
      for (const detail of skip.details.slice(0, 5)) out.push(`      ${detail.text}${detail.count > 1 ? ` (${n(detail.count)})` : ''}`);
    }
  }
  if (report.updates.length) {
    out.push(`Changes to existing nights${report.updates.length > listed ? ` (first ${listed})` : ''}:`);
    for (const night of report.updates.slice(0, listed)) {
      const at = `  ${night.date} ${night.target}`;
      for (const figure of night.figures) {
        out.push(`${at} ${figure.weapon}: ${figure.before ? countText(figure.before) : 'none'} → ${countText(figure.after)}`);
      }
      for (const removed of night.removed) {
        out.push(`${at} ${removed.weapon}: ${countText(removed.counts)} → removed (the file does not give it for this night)`);
      }
      for (const field of night.fields) {
        out.push(`${at} ${field.label}: ${shorten(fieldText(field.before)) ?? 'none'} → ${shorten(fieldText(field.after)) ?? 'none'}`);
      }
    }
    const more = Math.max(0, report.updates.length - listed) + report.moreUpdates;
    if (more) out.push(`  …and ${n(more)} more nights`);
  }
  if (report.notes.length) {
    out.push('Notes:');
    for (const note of report.notes) out.push(`  - ${note}`);
  }
  return out.join('\n');
}

/** A field's value as text: a count or qualifier as it is, text as it is; null stays null (shown "none"). */
export function fieldText(value: FieldValue): string | null {
  return value === null ? null : String(value);
}

/** A field's text on one line, cut at `max` characters (notes can be long). */
export function shorten(text: string | null, max = 160): string | null {
  if (text === null) return null;
  const line = text.replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}… (${(line.length - max + 1).toLocaleString('en-GB')} more characters)` : line;
}

/** One line of the import route's NDJSON answer: progress while reading, then the report (or a failure). */
export type ImportMessage =
  | { type: 'progress'; rows: number }
  | { type: 'report'; report: ImportReport }
  | { type: 'failure'; message: string };
