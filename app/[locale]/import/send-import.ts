// Sends a file to /api/import with XMLHttpRequest (fetch cannot report upload progress), and reads the
// NDJSON answer as it arrives: progress lines while the server reads rows, then the report.
import type { ImportMessage, ImportReport } from '@/lib/import/report';

export type ImportProgress = { phase: 'upload'; loaded: number; total: number } | { phase: 'rows'; rows: number };

/**
 * Why a request brought no report: a kind the form words in the editor's language, or the server's own
 * message (its JSON error, or its failure line), shown as it is.
 */
export class ImportRequestError extends Error {
  constructor(
    readonly kind: 'unreachable' | 'unreadable' | 'stopped' | 'session' | 'refused' | 'server',
    readonly detail: { status?: number; message?: string } = {},
  ) {
    super(detail.message ?? kind);
  }
}

export function sendImport(
  file: File,
  query: URLSearchParams,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let consumed = 0;
    let report: ImportReport | null = null;
    let failure: string | null = null;

    function readLines(final: boolean) {
      const text = xhr.responseText;
      let end = text.indexOf('\n', consumed);
      while (end !== -1 || (final && consumed < text.length)) {
        const line = text.slice(consumed, end === -1 ? text.length : end).trim();
        consumed = end === -1 ? text.length : end + 1;
        if (line) handle(JSON.parse(line) as ImportMessage);
        end = text.indexOf('\n', consumed);
      }
    }

    function handle(message: ImportMessage) {
      if (message.type === 'progress') onProgress({ phase: 'rows', rows: message.rows });
      else if (message.type === 'report') report = message.report;
      else failure = message.message;
    }

    xhr.open('POST', `/api/import?${query}`);
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('x-file-size', String(file.size));
    xhr.upload.onprogress = (event) => onProgress({ phase: 'upload', loaded: event.loaded, total: event.total || file.size });
    xhr.onprogress = () => {
      if (xhr.status === 200) readLines(false);
    };
    xhr.onerror = () => reject(new ImportRequestError('unreachable'));
    xhr.onload = () => {
      if (xhr.status !== 200) {
        reject(requestError(xhr));
        return;
      }
      try {
        readLines(true);
      } catch {
        reject(new ImportRequestError('unreadable'));
        return;
      }
      if (report) resolve(report);
      else reject(failure ? new ImportRequestError('server', { message: failure }) : new ImportRequestError('stopped'));
    };
    xhr.send(file);
  });
}

function requestError(xhr: XMLHttpRequest): ImportRequestError {
  if (xhr.status === 401) return new ImportRequestError('session');
  try {
    const body: unknown = JSON.parse(xhr.responseText);
    if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string') {
      return new ImportRequestError('server', { message: body.error });
    }
  } catch {
    // Not JSON: fall through to the status.
  }
  return new ImportRequestError('refused', { status: xhr.status });
}
