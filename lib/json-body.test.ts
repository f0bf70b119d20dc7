import { describe, expect, it } from 'vitest';
import { readJsonBody } from './json-body';

const post = (body: BodyInit, type = 'application/json') =>
  new Request('http://localhost/x', { method: 'POST', headers: { 'content-type': type }, body });

describe('readJsonBody', () => {
  it('parses JSON within the limit', async () => {
    expect(await readJsonBody(post('{"a":1}'), 100)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses other content types, oversized, malformed and non-UTF-8 bodies with a 4xx', async () => {
    expect(await readJsonBody(post('{}', 'text/plain'), 100)).toMatchObject({ ok: false, status: 415 });
    expect(await readJsonBody(post('x'.repeat(101)), 100)).toMatchObject({ ok: false, status: 413 });
    expect(await readJsonBody(post('{"a":'), 100)).toMatchObject({ ok: false, status: 400, error: /not valid JSON/ });
    expect(await readJsonBody(post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 100)).toMatchObject({
      ok: false,
      status: 400,
      error: /UTF-8/,
    });
  });
});
