// Limits shared by the import page (checked before uploading), its route and the command line.

/** The largest file the web page accepts; the command line (`npm run import`) has no limit. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** A row longer than this is not a row of either format: the file is refused there. */
export const MAX_ROW_BYTES = 100_000;

/** Reading stops after this many bad rows: the file will be refused anyway, and the list is long enough. */
export const MAX_ROW_ERRORS = 1000;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}
