'use client';
// Choose a file, preview what it would change, then import it: the preview's digest goes with the
// import, so the server refuses if the data changed in between and shows the new preview instead.
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Field } from '@/app/_form/field';
import { Link } from '@/i18n/navigation';
import { formatMegabytes } from '@/lib/import/limits';
import type { ImportReport } from '@/lib/import/report';
import { dashboardHref } from '@/lib/routes';
import styles from './import.module.css';
import { ImportReportView } from './import-report';
import { ImportRequestError, sendImport, type ImportProgress } from './send-import';

type Busy = null | 'preview' | 'apply';

export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations('importPage');
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
      if (!(error instanceof ImportRequestError)) setFailure(String(error));
      else if (error.kind === 'server') setFailure(error.message);
      else setFailure(t(`requestErrors.${error.kind}`, { status: error.detail.status ?? 0 }));
    }
    setBusy(null);
  }

  function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setReport(null);
    if (!file) {
      setFieldError(t('chooseFile'));
      return;
    }
    if (file.size > maxBytes) {
      setFieldError(t('tooLarge', { size: formatMegabytes(file.size), limit: formatMegabytes(maxBytes) }));
      return;
    }
    setFieldError(null);
    void run('preview', file);
  }

  const canImport = report && (report.status === 'ready' || report.status === 'stale') && report.digest && file;

  return (
    <>
      <form onSubmit={onPreview} noValidate className="card">
        <Field id="import-file" label={t('fileLabel')} error={fieldError}>
          {(control) => (
            <input
              name="file"
              type="file"
              accept=".csv,text/csv"
              {...control}
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                setFieldError(null);
                setReport(null);
                setFailure(null);
              }}
            />
          )}
        </Field>
        <button type="submit" disabled={busy !== null} aria-busy={busy === 'preview'}>
          {busy === 'preview' ? t('reading') : t('preview')}
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
                    {busy === 'apply' ? t('importing') : t('import')}
                  </button>
                  <span className="muted small">{t('importNote')}</span>
                </p>
              )}
              {report.status === 'imported' && report.range && (
                <p>
                  <Link href={dashboardHref({ from: report.range.from, to: report.range.to, target: report.range.target })}>
                    {t('seeOnDashboard')}
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
  const t = useTranslations('importPage');
  const uploading = progress?.phase === 'upload' && progress.loaded < progress.total;
  let text = busy === 'apply' ? t('importing') : t('reading');
  if (progress?.phase === 'upload' && uploading) {
    text = t('uploading', { percent: Math.round((100 * progress.loaded) / progress.total), size: formatMegabytes(progress.total) });
  } else if (progress?.phase === 'rows') {
    text = t(busy === 'apply' ? 'importingRows' : 'readingRows', { rows: progress.rows });
  }
  return (
    <div className={styles.progress}>
      {progress?.phase === 'upload' && uploading ? (
        <progress max={progress.total} value={progress.loaded} aria-label={t('uploadProgress')} />
      ) : (
        <progress aria-label={t('importProgress')} />
      )}
      <p role="status" className="muted small">
        {text}
      </p>
    </div>
  );
}
