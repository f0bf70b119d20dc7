// An editor's web import during the stress run: preview, then apply with the preview's digest, as the
// /import page does. The file is in Air Tally's own export format, for nights no other writer touches.
import Database from 'better-sqlite3';

const HEADER = 'date,target,weapon,category,class,launched,shot_down,lost,source_url';

/** A CSV of `nights` UA nights from `firstDate` on, two weapons each, one count unknown. */
export function syntheticImportFile(firstDate: string, nights: number): string {
  const lines = [HEADER];
  for (let i = 0; i < nights; i += 1) {
    const date = new Date(`${firstDate}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + i);
    const day = date.toISOString().slice(0, 10);
    lines.push(`${day},UA,Shahed-136/131,drone,attack,${50 + (i % 40)},${40 + (i % 30)},${i % 5},`);
    lines.push(`${day},UA,Kalibr,missile,cruise,${i % 7},${Math.min(i % 5, i % 7)},,`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

type ImportLine = { type: string; report?: { status: string; digest: string | null; nights: { create: number } } };

async function postImport(baseURL: string, cookie: string, body: string, query: string) {
  const response = await fetch(`${baseURL}/api/import?${query}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'text/csv', 'x-file-name': 'stress.csv' },
    body,
  });
  if (!response.ok) throw new Error(`import ${query} answered ${response.status}`);
  const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as ImportLine);
  const report = lines.find((line) => line.type === 'report')?.report;
  if (!report) throw new Error(`import ${query} gave no report: ${JSON.stringify(lines.at(-1))}`);
  return report;
}

export async function importDuring(options: {
  baseURL: string;
  cookie: string;
  databasePath: string;
  firstDate: string;
  nights: number;
}): Promise<{ label: string; ok: boolean; detail?: string }> {
  const label = `Web import of ${options.nights} nights during the run`;
  try {
    const file = syntheticImportFile(options.firstDate, options.nights);
    const preview = await postImport(options.baseURL, options.cookie, file, 'mode=preview');
    if (!preview.digest) return { label, ok: false, detail: `preview status ${preview.status}` };
    const applied = await postImport(
      options.baseURL,
      options.cookie,
      file,
      `mode=apply&digest=${encodeURIComponent(preview.digest)}`,
    );
    const stored = countNights(options.databasePath, options.firstDate, options.nights);
    const ok = applied.status === 'imported' && stored === options.nights;
    return { label, ok, detail: `status ${applied.status}, ${stored} of ${options.nights} nights stored` };
  } catch (error) {
    return { label, ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

function countNights(databasePath: string, firstDate: string, nights: number): number {
  const last = new Date(`${firstDate}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() + nights - 1);
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare("select count(*) from nights where target = 'UA' and date between ? and ?")
      .pluck()
      .get(firstDate, last.toISOString().slice(0, 10)) as number;
  } finally {
    db.close();
  }
}
