// PUT /api/nights/DATE?target=UA creates or replaces one night from JSON; DELETE removes it. For
// editors' scripts: the request guard checks origin, session, content type and declared size first, and
// the writes are the form's own transactions.
import { revalidatePath } from 'next/cache';
import { guardEditorWrite } from '@/app/_auth/guard';
import type { Editor } from '@/app/_auth/session';
import { getDb } from '@/db/client';
import { fetchNight } from '@/db/queries/night';
import { fetchWeapons } from '@/db/queries/weapons';
import { deleteNight } from '@/db/writes/delete-night';
import type { Actor } from '@/db/writes/revisions';
import { putNight, type SaveNightResult } from '@/db/writes/save-night';
import { whenWritable } from '@/db/writes/write-lock';
import { isIsoDate } from '@/lib/dates';
import { readJsonBody } from '@/lib/json-body';
import { readNightAddress } from '@/lib/night-address';
import { nightJsonToInput } from '@/lib/night-json-input';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ date: string }> };

const MAX_BODY_BYTES = 256 * 1024;

export async function PUT(request: Request, { params }: Context) {
  const auth = await guardEditorWrite(request, { types: ['application/json'], maxBytes: MAX_BODY_BYTES });
  if (auth.response) return auth.response;
  const key = await nightKey(request, params);
  if ('error' in key) return key.error;
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return Response.json({ error: body.error }, { status: body.status });
  const bodyTarget = (body.value as { target?: unknown } | null)?.target;
  if (bodyTarget !== undefined && bodyTarget !== key.target) {
    return Response.json({ error: 'The body names another target than the URL.' }, { status: 400 });
  }
  const parsed = nightJsonToInput({ ...(body.value as object), target: key.target }, key.date, fetchWeapons());
  if (!parsed.ok) return Response.json({ error: 'The night is not valid.', fields: parsed.errors }, { status: 400 });
  const db = getDb();
  const result = await whenWritable(db, () => putNight(db, parsed.input, actorOf(auth.editor)));
  if (!result.ok) return refusal(result);
  revalidatePath('/', 'layout');
  return Response.json(
    { date: result.night.date, target: result.night.target, version: result.night.version },
    { status: result.created ? 201 : 200 },
  );
}

export async function DELETE(request: Request, { params }: Context) {
  const auth = await guardEditorWrite(request, 'none');
  if (auth.response) return auth.response;
  const key = await nightKey(request, params);
  if ('error' in key) return key.error;
  // Digits only: Number() would also take "0x10", "1e308" or " 1 ".
  const versionText = new URL(request.url).searchParams.get('version') ?? '';
  const version = /^[1-9]\d{0,9}$/.test(versionText) ? Number(versionText) : null;
  const existing = fetchNight(key.date, key.target);
  if (!existing) return Response.json({ error: 'There is no such night.' }, { status: 404 });
  if (version === null) {
    return Response.json({ error: 'Send ?version= with the version you read.' }, { status: 400 });
  }
  const db = getDb();
  const result = await whenWritable(db, () => deleteNight(db, existing.night.id, version, actorOf(auth.editor)));
  if (!result.ok) return refusal(result);
  revalidatePath('/', 'layout');
  return new Response(null, { status: 204 });
}

async function nightKey(request: Request, params: Context['params']) {
  const { date } = await params;
  if (!isIsoDate(date)) return { error: Response.json({ error: 'The date must be a real YYYY-MM-DD date.' }, { status: 400 }) };
  const address = readNightAddress(date, new URL(request.url).searchParams.get('target'));
  if (!address) return { error: Response.json({ error: 'target must be UA or RU.' }, { status: 400 }) };
  return address;
}

function refusal(result: Exclude<SaveNightResult, { ok: true }> | { ok: false; reason: 'not-found' } | { ok: false; reason: 'stale'; current: { version: number } }) {
  switch (result.reason) {
    case 'stale':
      return Response.json(
        { error: 'Someone saved this night since the version you read.', version: result.current.version },
        { status: 409 },
      );
    case 'version-required':
      return Response.json(
        { error: 'This night exists: send the version you read to replace it.', version: result.current.version },
        { status: 409 },
      );
    case 'gone':
      return Response.json(
        {
          error: result.deleted
            ? `This night was deleted after you read version ${result.version}: it is not brought back. Send it without a version to create it again.`
            : `There is no stored night at version ${result.version} to replace. Send it without a version to create it.`,
        },
        { status: 409 },
      );
    case 'duplicate':
      return Response.json({ error: 'A night with this date and target already exists.' }, { status: 409 });
    case 'unknown-weapon':
      return Response.json({ error: 'A figure names a weapon that does not exist.' }, { status: 400 });
    case 'not-found':
      return Response.json({ error: 'There is no such night.' }, { status: 404 });
  }
}

function actorOf(editor: Editor): Actor {
  return { userId: editor.id, label: editor.email };
}
