// Shared by the specs: the signed-in editor's saved session, the servers' addresses, the test database.
import path from 'node:path';
import Database from 'better-sqlite3';

const dataDir = process.env.E2E_DATA_DIR ?? '';

/** Use with `test.use({ storageState: editorStatePath })` for specs that act as the editor. */
export const editorStatePath = path.join(dataDir, 'editor-state.json');

/** The server over an empty database, for first-run behaviour. */
export const freshServerURL = `http://127.0.0.1:${process.env.E2E_FRESH_PORT}`;

/** The main server's database, opened read-only, to check what was (or was not) written. */
export function readDatabase() {
  return new Database(path.join(dataDir, 'e2e.db'), { readonly: true, fileMustExist: true });
}
