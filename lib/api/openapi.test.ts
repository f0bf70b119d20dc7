import { validate, compileErrors } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';
import { seriesJson } from './series-json';

const doc = openApiDocument('0.0.0-test');

function ajvFor(document: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, 'openapi.json');
  return (id: string) => {
    const check = ajv.getSchema(`openapi.json#/components/schemas/${id}`);
    if (!check) throw new Error(`no schema ${id}`);
    return check;
  };
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    // The document is plain JSON built at run time; the validator is what checks its shape.
    const result = await validate(structuredClone(doc) as Parameters<typeof validate>[0]);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(doc.openapi).toMatch(/^3\.1\./);
  });

  it('describes every endpoint of the API, the writes with the editor session', () => {
    const paths = doc.paths as Record<string, Record<string, { security?: unknown }>>;
    expect(Object.keys(paths).sort()).toEqual(
      ['/api/latest', '/api/nights', '/api/nights/{date}', '/api/openapi.json', '/api/records', '/api/series', '/api/statements/parse', '/api/weapons'].sort(),
    );
    expect(paths['/api/nights/{date}']?.put?.security).toEqual([{ editorSession: [] }]);
    expect(paths['/api/nights/{date}']?.delete?.security).toEqual([{ editorSession: [] }]);
  });

  it('keeps no standalone-schema keys ($schema, $id) inside components', () => {
    expect(JSON.stringify(doc)).not.toMatch(/"\$(schema|id)"/);
  });

  it("refers only to schemas it defines", () => {
    const defined = new Set(Object.keys((doc.components as { schemas: object }).schemas));
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(defined.has(ref ?? ''), ref).toBe(true);
  });

  it('says the same as zod: an answer built by the code validates, a figure of 0.5 or -1 does not', () => {
    const schema = ajvFor(doc)('SeriesResponse');
    const answer = seriesJson({
      filters: { target: 'UA', from: '2025-06-01', to: '2025-06-02', granularity: 'night', chartSpan: { from: '2025-06-01', to: '2025-06-01' } },
      series: [
        {
          bucket: '2025-06-01',
          nights: 1,
          nightsWithAttacks: 1,
          nightsLaunchedUnknown: 0,
          droneLaunched: 100,
          missileLaunched: null,
          shotDown: 90,
          lost: null,
          notStopped: null,
          neutralisationLaunched: null,
          neutralisationNights: 0,
          interceptionLaunched: 100,
          interceptionShotDown: 90,
          interceptionNights: 1,
          largestDrone: { date: '2025-06-01', count: 100 },
          largestMissile: null,
        },
      ],
      weapons: [],
    });
    expect(schema(answer), JSON.stringify(schema.errors)).toBe(true);
    const broken = structuredClone(answer);
    broken.periods[0]!.shot_down = 0.5;
    expect(schema(broken)).toBe(false);
    broken.periods[0]!.shot_down = -1;
    expect(schema(broken)).toBe(false);
  });
});
