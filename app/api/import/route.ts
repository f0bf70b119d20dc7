// POST /api/import?mode=preview, or ?mode=apply&digest=… to import what a preview showed (`digest` is the
// signed token the preview's report carries, app/_auth/import-token.ts). The body is the file itself
// (text/csv), read as a stream under a size limit; the answer is NDJSON: progress lines while rows are
// read, then the report. Editors only: the request guard checks origin, session, type and declared size
// before a byte of the body is read.
import { revalidatePath } from 'next/cache';
import { guardEditorWrite } from '@/app/_auth/guard';
import { digestOfApplyToken, withApplyToken } from '@/app/_auth/import-token';
import { getDb } from '@/db/client';
import { runImport } from '@/db/writes/run-import';
import { decodeUtf8 } from '@/lib/import/decode';
import { formatMegabytes, MAX_UPLOAD_BYTES } from '@/lib/import/limits';
import type { ImportMessage } from '@/lib/import/report';

export const dynamic = 'force-dynamic';

const TOO_LARGE = `The file is larger than ${formatMegabytes(MAX_UPLOAD_BYTES)}, the limit for uploads. Import it on the server with \`npm run import -- FILE\`.`;

export async function POST(request: Request) {
  const guard = await guardEditorWrite(request, { types: ['text/csv'], maxBytes: MAX_UPLOAD_BYTES, tooLarge: TOO_LARGE });
  if (guard.response) return guard.response;
  const { editor } = guard;
  const params = new URL(request.url).searchParams;
  const mode = params.get('mode');
  const digest = digestOfApplyToken(editor, params.get('digest'));
  if (mode !== 'preview' && mode !== 'apply') {
    return Response.json({ error: 'Say mode=preview or mode=apply.' }, { status: 400 });
  }
  if (mode === 'apply' && !params.get('digest')) {
    return Response.json({ error: 'mode=apply needs the digest of the preview it confirms.' }, { status: 400 });
  }
  if (mode === 'apply' && !digest) {
    return Response.json({ error: 'This import was not previewed by you on this server, or the preview is too old: preview the file again.' }, { status: 403 });
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_UPLOAD_BYTES) {
    return Response.json(
      { error: `The file is larger than ${formatMegabytes(MAX_UPLOAD_BYTES)}, the limit for uploads. Import it on the server with \`npm run import -- FILE\`.` },
      { status: 413 },
    );
  }
  const body = request.body;
  if (!body) return Response.json({ error: 'The request has no file in its body.' }, { status: 400 });
  const fileName = headerText(request.headers.get('x-file-name'));
  const sizeHeader = request.headers.get('x-file-size');
  const expectedBytes = sizeHeader && /^\d+$/.test(sizeHeader) ? Number(sizeHeader) : undefined;

  const encoder = new TextEncoder();
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: ImportMessage) => {
        if (cancelled) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
        } catch {
          cancelled = true;
        }
      };
      try {
        const { report, written } = await runImport(getDb(), {
          source: decodeUtf8(chunksOf(body), { maxBytes: MAX_UPLOAD_BYTES, expectedBytes }),
          fileName,
          mode,
          actor: { userId: editor.id, label: editor.email },
          expectedDigest: digest ?? undefined,
          onRows: (rows) => send({ type: 'progress', rows }),
        });
        if (written) revalidatePath('/', 'layout');
        send({ type: 'report', report: withApplyToken(editor, report) });
      } catch (error) {
        console.error('Import failed:', error);
        send({ type: 'failure', message: 'The import failed on the server; nothing was written. Try again, or run `npm run import -- FILE` to see the error.' });
      }
      if (!cancelled) controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return new Response(stream, {
    // no-transform keeps compression from holding back the progress lines.
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store, no-transform' },
  });
}

async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let done = false;
  try {
    while (!done) {
      const next = await reader.read();
      done = next.done;
      if (next.value) yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

function headerText(value: string | null): string | null {
  if (!value) return null;
  try {
    return decodeURIComponent(value).slice(0, 200);
  } catch {
    return null;
  }
}
