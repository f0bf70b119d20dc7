// Shared by the cache specs: anonymous reads straight over HTTP (no browser, no cookie), and the
// writes an editor's script makes. What each read returns is what a crowd of readers would get.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, type APIRequestContext } from '@playwright/test';

export type Read = { status: number; text: string; etag: string | null; cache: string | null; cacheControl: string | null };

export const CACHE_HEADER = 'x-air-tally-cache';

/** An anonymous GET, as a reader with no session sends it. */
export async function read(baseURL: string | undefined, path: string, headers: Record<string, string> = {}): Promise<Read> {
  const response = await fetch(`${baseURL ?? ''}${path}`, { headers, redirect: 'manual' });
  return {
    status: response.status,
    text: await response.text(),
    etag: response.headers.get('etag'),
    cache: response.headers.get(CACHE_HEADER),
    cacheControl: response.headers.get('cache-control'),
  };
}

/** The public views of one night and the range around it: dashboard, night page, JSON API, CSV export. */
export function viewsOf(date: string, from: string, to: string) {
  return {
    dashboard: `/?from=${from}&to=${to}`,
    night: `/nights/${date}`,
    api: `/api/nights?from=${from}&to=${to}`,
    csv: `/export.csv?from=${from}&to=${to}`,
  };
}

export type Views = ReturnType<typeof viewsOf>;

/** Reads every view twice, so each is in the cache (or known to be streamed) before a write. */
export async function warm(baseURL: string | undefined, views: Views): Promise<Record<keyof Views, Read>> {
  const reads = {} as Record<keyof Views, Read>;
  for (const [name, path] of Object.entries(views) as [keyof Views, string][]) {
    await read(baseURL, path);
    reads[name] = await read(baseURL, path);
    expect(reads[name].cache, `${path} is answered by the cache before the write`).toMatch(/^(HIT|STREAM)$/);
  }
  return reads;
}

export async function readAll(baseURL: string | undefined, views: Views): Promise<Record<keyof Views, Read>> {
  const reads = {} as Record<keyof Views, Read>;
  for (const [name, path] of Object.entries(views) as [keyof Views, string][]) reads[name] = await read(baseURL, path);
  return reads;
}

/** The figure rows of the JSON API answer, as "date weapon launched". */
export function apiFigures(text: string): string[] {
  const body = JSON.parse(text) as { nights: { date: string; figures: { weapon: string; launched: number | null }[] }[] };
  return body.nights.flatMap((night) => night.figures.map((figure) => `${night.date} ${figure.weapon} ${figure.launched}`));
}

/** An editor's web import, as the /import page sends it: preview, then apply with the preview's digest. */
export async function webImport(api: APIRequestContext, csv: string) {
  type Line = { type: string; report?: { status: string; digest: string | null } };
  const post = async (query: string) => {
    const response = await api.post(`/api/import?${query}`, { headers: { 'content-type': 'text/csv', 'x-file-name': 'e2e.csv' }, data: csv });
    expect(response.status(), `import ${query}`).toBe(200);
    const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as Line);
    const report = lines.find((line) => line.type === 'report')?.report;
    if (!report) throw new Error(`import ${query} gave no report`);
    return report;
  };
  const preview = await post('mode=preview');
  expect(preview.digest).toBeTruthy();
  expect((await post(`mode=apply&digest=${encodeURIComponent(preview.digest ?? '')}`)).status).toBe('imported');
}

/** `npm run import` in a process of its own, on the server's database file. */
export async function commandLineImport(databasePath: string, csv: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-cli-import-'));
  const file = path.join(dir, 'nights.csv');
  fs.writeFileSync(file, csv);
  try {
    const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
    await promisify(execFile)(tsx, ['scripts/import.ts', file], { env: { ...process.env, DATABASE_PATH: databasePath }, timeout: 120_000 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const exportLine = (date: string, weapon: string, category: string, weaponClass: string, launched: number) =>
  `${date},UA,${weapon},${category},${weaponClass},${launched},,,`;

export const csvFile = (...lines: string[]) => `date,target,weapon,category,class,launched,shot_down,lost,source_url\r\n${lines.join('\r\n')}\r\n`;
