'use server';
// "Fill from statement": the statement is read here, on the server, so the parser stays out of the
// browser's bundle; its figures come back placed on this database's weapons. Nothing is written, but it
// is an editor's tool behind an editor's page, so it checks the session itself like every action.
import { getEditor } from '@/app/_auth/session';
import { fetchWeapons } from '@/db/queries/weapons';
import { placeStatement } from '@/lib/statement-fill';
import { parseStatement } from '@/lib/statement-parser/parse-statement';
import { MAX_STATEMENT_LENGTH } from '@/lib/validation';
import type { StatementFillAnswer } from './form-state';

export async function readStatementAction(text: unknown): Promise<StatementFillAnswer> {
  const editor = await getEditor();
  if (!editor) {
    return { ok: false, message: 'You are not signed in (your session may have ended): sign in to fill the form from a statement.' };
  }
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, message: 'Paste the statement into the Statement field first.' };
  }
  if (text.length > MAX_STATEMENT_LENGTH) {
    return {
      ok: false,
      message: `The statement is ${text.length.toLocaleString('en-GB')} characters long; it can be read up to ${MAX_STATEMENT_LENGTH.toLocaleString('en-GB')}. Keep the part about the night.`,
    };
  }
  const weapons = fetchWeapons().map(({ id, slug, name }) => ({ id, slug, name }));
  return { ok: true, reading: placeStatement(parseStatement(text), weapons) };
}
