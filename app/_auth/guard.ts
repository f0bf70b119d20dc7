// The one guard every editor-only route handler that changes data calls first, before it reads a byte
// of the body: the request comes from this site (403), from a signed-in editor (401), with the content
// type and size the route takes (415, 413). The rules are lib/request-guard.ts; this adds the session.
import 'server-only';
import { allowedOrigins, bodyRefusal, originRefusal, type BodyPolicy, type Refusal } from '@/lib/request-guard';
import { editorOrUnauthorised, type Editor } from './session';

export type Guarded = { editor: Editor; response?: never } | { editor?: never; response: Response };

export async function guardEditorWrite(request: Request, body: BodyPolicy): Promise<Guarded> {
  const cross = originRefusal(request.headers, requestOrigins(request));
  if (cross) return { response: refusalResponse(cross) };
  const auth = await editorOrUnauthorised();
  if (auth.response) return auth;
  const badBody = bodyRefusal(request.headers, body);
  if (badBody) return { response: refusalResponse(badBody) };
  return { editor: auth.editor };
}

/** The origins this request may come from: its own host, and the public URL if one is configured. */
export function requestOrigins(request: Request): string[] {
  return allowedOrigins(request.headers.get('host'), process.env.BETTER_AUTH_URL);
}

export function refusalResponse(refusal: Refusal): Response {
  return Response.json({ error: refusal.error }, { status: refusal.status, headers: { 'Cache-Control': 'no-store' } });
}
