// Bytes of an uploaded or local file to text, refusing what cannot be read rather than guessing:
// bytes that are not UTF-8, a file over the size limit, an upload that arrived cut short.
import { formatMegabytes } from './limits';

/** A problem with the file as a whole: reported to the editor, nothing is imported. */
export class ImportFileError extends Error {}

export async function* decodeUtf8(
  chunks: AsyncIterable<Uint8Array>,
  limits: { maxBytes?: number; expectedBytes?: number } = {},
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  for await (const chunk of chunks) {
    const start = bytes;
    bytes += chunk.byteLength;
    if (limits.maxBytes !== undefined && bytes > limits.maxBytes) {
      throw new ImportFileError(
        `The file is larger than ${formatMegabytes(limits.maxBytes)}, the limit for uploads. Import it on the` +
          ' server with `npm run import -- FILE`, or split it.',
      );
    }
    yield decode(decoder, chunk, start);
  }
  yield decode(decoder, undefined, bytes);
  if (limits.expectedBytes !== undefined && bytes !== limits.expectedBytes) {
    throw new ImportFileError(
      `The upload arrived incomplete (${bytes.toLocaleString('en-GB')} of ${limits.expectedBytes.toLocaleString('en-GB')}` +
        ' bytes). Nothing was imported; try again.',
    );
  }
}

function decode(decoder: TextDecoder, chunk: Uint8Array | undefined, offset: number): string {
  try {
    return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
  } catch {
    throw new ImportFileError(
      `The file is not UTF-8 text (unreadable bytes after byte ${offset.toLocaleString('en-GB')}). Save it as` +
        ' "CSV UTF-8" and try again.',
    );
  }
}
