// Importing a file, the one way the /import page's route and `npm run import` both do it: read the text
// (format from its header), then either preview what it would change or apply it in one transaction
// (refused when the data changed since the preview the editor confirmed), and report either way.
import { readImportFile } from '@/lib/import/read-file';
import { buildReport, refusedReport, type ImportReport } from '@/lib/import/report';
import type { Db } from '../client';
import { applyImport, loadWeapons, previewImport } from './import-nights';
import type { Actor } from './revisions';
import { whenWritable } from './write-lock';

export type RunImportOptions = {
  /** The file as text chunks (decoded and size-checked by the caller). */
  source: AsyncIterable<string> | Iterable<string>;
  fileName: string | null;
  /** preview writes nothing; apply imports (unless a row is bad: then it is a preview of the refusal). */
  mode: 'preview' | 'apply';
  actor: Actor;
  /** For apply: the digest of the preview being confirmed; absent to import whatever the file gives now. */
  expectedDigest?: string;
  onRows?: (rows: number) => void;
  progressEvery?: number;
  onNightsWritten?: (done: number, total: number) => void;
};

/** The report, and whether anything was written. */
export async function runImport(db: Db, options: RunImportOptions): Promise<{ report: ImportReport; written: boolean }> {
  const read = await readImportFile(options.source, {
    weapons: loadWeapons(db),
    onProgress: options.onRows,
    progressEvery: options.progressEvery,
  });
  if (!read.ok) return { report: refusedReport(options.fileName, read.fatal, read.format, read.rowsRead), written: false };
  const { batch } = read;
  if (options.mode === 'preview' || batch.errorCount > 0) {
    return { report: buildReport(options.fileName, batch, previewImport(db, batch)), written: false };
  }
  const outcome = await whenWritable(db, () =>
    applyImport(db, batch, options.actor, {
      expectedDigest: options.expectedDigest,
      onProgress: options.onNightsWritten,
    }),
  );
  if (outcome.ok) return { report: buildReport(options.fileName, batch, outcome.plan, { status: 'imported' }), written: true };
  if (outcome.reason === 'stale') return { report: buildReport(options.fileName, batch, outcome.plan, { status: 'stale' }), written: false };
  return { report: buildReport(options.fileName, batch, previewImport(db, batch)), written: false };
}
