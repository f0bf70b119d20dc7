// The import's apply token: a preview hands the page its plan's digest signed for this editor, and an
// apply is accepted only with such a token. The digest alone is computable from public data (the file
// and the published nights), so a forged cross-site apply could otherwise supply it itself.
import 'server-only';
import { appTokenSecret } from '@/db/auth';
import type { ImportReport } from '@/lib/import/report';
import { readToken, signToken } from '@/lib/signed-token';
import type { Editor } from './session';

/** Long enough to read a long preview before pressing Import. */
const LIFETIME_MS = 2 * 60 * 60 * 1000;

const scope = (editor: Editor) => ({ purpose: 'import-apply', boundTo: [editor.id] });

/**
 * The report as the page receives it: its `digest` (what the page sends back to apply) becomes the
 * signed token. The field keeps its name so that the page, scripts and tests echo it back unchanged.
 */
export function withApplyToken(editor: Editor, report: ImportReport): ImportReport {
  if (!report.digest) return report;
  return { ...report, digest: signToken(appTokenSecret(), scope(editor), report.digest, Date.now() + LIFETIME_MS) };
}

/** The plan digest that `token` was issued for, if this server issued it to this editor and it is fresh. */
export function digestOfApplyToken(editor: Editor, token: string | null): string | null {
  return readToken(appTokenSecret(), scope(editor), token, Date.now());
}
