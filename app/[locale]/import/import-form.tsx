'use client';
// Choose a file, preview what it would change, then import it: the preview's digest goes with the
// import, so the server refuses if the data changed in between and shows the new preview instead.
import { Link } from '@/i18n/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatMegabytes } from '@/lib/import/limits';
import type { ImportReport } from '@/lib/import/report';
import styles from './import.module.css';
import { ImportReportView } from './import-report';
import { sendImport, type ImportProgress } from './send-import';

type Busy = null | 'preview' | 'apply';

export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);

  // A new report may be far below a long preview: bring it into view, and screen readers to it.
  useEffect(() => {
    if (report) reportHeading.current?.focus();
  }, [report]);

  async function run(mode: 'preview' | 'apply', chosen: File, digest?: string) {
    setBusy(mode);
    setProgress(null);
    setFailure(null);
    const query = new URLSearchParams({ mode });
    if (digest) query.set('digest', digest);
    try {
      setReport(await sendImport(chosen, query, setProgress));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
    setBusy(null);
  }

  function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setReport(null);
    if (!file) {
      setFieldError('Choose a CSV file to import.');
      return;
    }
    if (file.size > maxBytes) {
      setFieldError(
        `This file is ${formatMegabytes(file.size)}; uploads are limited to ${formatMegabytes(maxBytes)}. ` +
          'Import it on the server with npm run import -- FILE.',
      );
      return;
    }
    setFieldError(null);
    void run('preview', file);
  }

  const canImport = report && (report.status === 'ready' || report.status === 'stale') && report.digest && file;

  return (
    <>
      <form onSubmit={onPreview} noValidate className="card">
        <div className="field">
          <label htmlFor="import-file">CSV file</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? 'import-file-error' : undefined}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setFieldError(null);
              setReport(null);
              setFailure(null);
            }}
          />
          {fieldError && (
            <p id="import-file-error" className="error-text">
              {fieldError}
            </p>
          )}
        </div>
        <button type="submit" disabled={busy !== null} aria-busy={busy === 'preview'}>
          {busy === 'preview' ? 'Reading the file…' : 'Preview import'}
        </button>
      </form>

      {busy && <ProgressView busy={busy} progress={progress} />}
      {failure && (
        <p role="alert" className="alert">
          {failure}
        </p>
      )}
      {report && (
        <ImportReportView
          report={report}
          headingRef={reportHeading}
          actions={
            <>
              {canImport && (
                <p className={styles.actions}>
                  <button
                    type="button"
                    className="primary"
                    disabled={busy !== null}
                    aria-busy={busy === 'apply'}
                    onClick={() => void run('apply', file, report.digest ?? undefined)}
                  >
                    {busy === 'apply' ? 'Importing…' : 'Import'}
                  </button>
                  <span className="muted small">Writes everything listed here in one transaction.</span>
                </p>
              )}
              {report.status === 'imported' && report.range && (
                <p>
                  <Link href={`/?${new URLSearchParams({ from: report.range.from, to: report.range.to, target: report.range.target })}`}>
                    See these nights on the dashboard
                  </Link>
                </p>
              )}
            </>
          }
        />
      )}
    </>
  );
}

function ProgressView({ busy, progress }: { busy: Exclude<Busy, null>; progress: ImportProgress | null }) {
  const uploading = progress?.phase === 'upload' && progress.loaded < progress.total;
  let text = busy === 'apply' ? 'Importing…' : 'Reading the file…';
  if (progress?.phase === 'upload' && uploading) {
    text = `Uploading: ${Math.round((100 * progress.loaded) / progress.total)}% of ${formatMegabytes(progress.total)}`;
  } else if (progress?.phase === 'rows') {
    text = `${busy === 'apply' ? 'Importing' : 'Reading'}: ${progress.rows.toLocaleString('en-GB')} rows so far…`;
  }
  return (
    <div className={styles.progress}>
      {progress?.phase === 'upload' && uploading ? (
        <progress max={progress.total} value={progress.loaded} aria-label="Upload progress" />
      ) : (
        <progress aria-label="Import progress" />
      )}
      <p role="status" className="muted small">
        {text}
      </p>
    </div>
  );
}
