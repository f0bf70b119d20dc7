// Shared by the specs: the signed-in editor's saved session, the servers' addresses, the test database.
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
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

/** Whether React has hydrated the page (it marks every element it takes over with its own properties). */
export function isHydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__react')));
}

/**
 * Start a reader page's scripts as a reader does, by using the page (they load on the first interaction,
 * lib/response-cache/scripts-on-interaction.ts), and wait until React has hydrated it.
 */
export async function startScripts(page: Page) {
  await page.mouse.move(5, 5);
  await page.mouse.move(10, 10);
  await expect.poll(() => isHydrated(page), { timeout: 30_000 }).toBe(true);
}
