import { describe, expect, it } from 'vitest';
import { allowedOrigins, bodyRefusal, formatBytes, originRefusal } from './request-guard';

const origins = allowedOrigins('127.0.0.1:3000', undefined);
const headers = (entries: Record<string, string>) => new Headers(entries);

describe('originRefusal', () => {
  it('lets the site itself through, over http or https', () => {
    expect(originRefusal(headers({ origin: 'http://127.0.0.1:3000' }), origins)).toBeNull();
    expect(originRefusal(headers({ origin: 'https://127.0.0.1:3000' }), origins)).toBeNull();
  });

  it('lets the configured public URL through', () => {
    const behindProxy = allowedOrigins('127.0.0.1:3000', 'https://tally.example.org/');
    expect(originRefusal(headers({ origin: 'https://tally.example.org' }), behindProxy)).toBeNull();
  });

  // The class: anything that is not exactly this origin, however close.
  for (const origin of [
    'http://evil.example',
    'http://127.0.0.1:3001',
    'http://127.0.0.1',
    'http://localhost:3000',
    'http://127.0.0.1:3000.evil.example',
    'http://sub.127.0.0.1:3000',
    'null',
    '',
    'https://tally.example.org',
  ]) {
    it(`refuses Origin ${JSON.stringify(origin)} with a 403`, () => {
      expect(originRefusal(headers({ origin }), origins)?.status).toBe(403);
    });
  }

  it('refuses a request without Origin whose Fetch Metadata says it is cross-site or same-site', () => {
    expect(originRefusal(headers({ 'sec-fetch-site': 'cross-site' }), origins)?.status).toBe(403);
    expect(originRefusal(headers({ 'sec-fetch-site': 'same-site' }), origins)?.status).toBe(403);
    expect(originRefusal(headers({ 'sec-fetch-site': 'same-origin' }), origins)).toBeNull();
  });

  it('lets scripts through: no Origin, no Fetch Metadata', () => {
    expect(originRefusal(headers({}), origins)).toBeNull();
  });

  it('names no origin for a Host header that is not a host', () => {
    expect(allowedOrigins('evil.example/ x', undefined)).toEqual([]);
    expect(allowedOrigins(null, 'not a url')).toEqual([]);
  });
});

describe('bodyRefusal', () => {
  const json = { types: ['application/json'], maxBytes: 256 * 1024 };

  it('takes the expected type, with parameters and in any case', () => {
    expect(bodyRefusal(headers({ 'content-type': 'application/json', 'content-length': '10' }), json)).toBeNull();
    expect(bodyRefusal(headers({ 'content-type': 'Application/JSON; charset=utf-8', 'content-length': '10' }), json)).toBeNull();
  });

  // The types a cross-site form or a "simple" fetch can send without a preflight, and others.
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'text/csv']) {
    it(`refuses ${type} with a 415 that says what to send`, () => {
      expect(bodyRefusal(headers({ 'content-type': type, 'content-length': '10' }), json)).toEqual({
        status: 415,
        error: 'Send the body with Content-Type: application/json.',
      });
    });
  }

  it('refuses a body with no content type', () => {
    expect(bodyRefusal(headers({ 'content-length': '10' }), json)?.status).toBe(415);
    expect(bodyRefusal(headers({ 'transfer-encoding': 'chunked' }), json)?.status).toBe(415);
  });

  it('refuses a declared length over the limit, before anything is read', () => {
    expect(bodyRefusal(headers({ 'content-type': 'application/json', 'content-length': String(256 * 1024 + 1) }), json)).toEqual({
      status: 413,
      error: 'The request body is larger than 256 KB.',
    });
    expect(bodyRefusal(headers({ 'content-type': 'application/json', 'content-length': String(256 * 1024) }), json)).toBeNull();
    expect(
      bodyRefusal(headers({ 'content-type': 'text/csv', 'content-length': '30000000' }), { types: ['text/csv'], maxBytes: 20 * 1024 * 1024, tooLarge: 'Use the command line.' }),
    ).toEqual({ status: 413, error: 'Use the command line.' });
  });

  it('leaves a chunked body of the right type to the reader, which counts as it reads', () => {
    expect(bodyRefusal(headers({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }), json)).toBeNull();
  });

  it('refuses any body where none is expected', () => {
    expect(bodyRefusal(headers({}), 'none')).toBeNull();
    expect(bodyRefusal(headers({ 'content-length': '0' }), 'none')).toBeNull();
    expect(bodyRefusal(headers({ 'content-length': '5' }), 'none')?.status).toBe(413);
    expect(bodyRefusal(headers({ 'transfer-encoding': 'chunked' }), 'none')?.status).toBe(413);
  });
});

describe('formatBytes', () => {
  it('says sizes the way the messages do', () => {
    expect(formatBytes(256 * 1024)).toBe('256 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
});
