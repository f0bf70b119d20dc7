// The OpenAPI 3.1 document of the JSON API, generated from the zod schemas the routes validate with and
// answer in (zod 4's JSON Schema output, draft 2020-12, which is OpenAPI 3.1's dialect): nothing here is
// a hand-kept copy of a shape. Served at /api/openapi.json; a test validates it and holds every route's
// real answers to it.
import { z } from 'zod';
import { nightJsonSchema } from '@/lib/night-json-input';
import { parseRequestSchema } from '@/lib/statement-parser/api';
import { errorSchema } from './error-json';
import { latestResponseSchema } from './latest-json';
import { nightsResponseSchema, savedNightSchema } from './nights-json';
import { parseResponseSchema } from './parse-json';
import { rangeQuerySchema, seriesQuerySchema, targetQuerySchema } from './query';
import { recordsResponseSchema } from './records-json';
import { seriesResponseSchema } from './series-json';
import { weaponsResponseSchema } from './weapons-json';

type JsonSchema = Record<string, unknown>;
type Operation = Record<string, unknown>;

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** A schema without the document-level keys that only a standalone JSON Schema carries. */
function bare(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

const toSchema = (schema: z.ZodType, io: 'input' | 'output') => bare(z.toJSONSchema(schema, { target: 'draft-2020-12', io }) as JsonSchema);

/** The answers' schemas, each named by its meta id and referring to the others by $ref. */
function responseSchemas(): Record<string, JsonSchema> {
  // Every answer schema carries a meta id; converting the registry turns shared parts (Outcome,
  // DatedCount…) into components that the answers refer to.
  const answers = [seriesResponseSchema, weaponsResponseSchema, recordsResponseSchema, latestResponseSchema, nightsResponseSchema, savedNightSchema, parseResponseSchema, errorSchema];
  const ids = answers.map((schema) => z.globalRegistry.get(schema)?.id);
  if (ids.some((id) => !id)) throw new Error('Every answer schema needs a meta id');
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, bare(schema)]));
}

/** Query parameters from a strict object schema: one per property, none required. */
function queryParameters(schema: z.ZodObject): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, property]) => {
    const { description, ...rest } = toSchema(property as z.ZodType, 'input');
    return { name, in: 'query', required: false, description, schema: rest };
  });
}

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

const PUBLIC_HEADERS = {
  ETag: { description: 'The version of this answer; send it back as If-None-Match to get a 304.', schema: { type: 'string' } },
  'Access-Control-Allow-Origin': { description: 'Any origin may read public GET answers.', schema: { const: '*' } },
  'Cache-Control': { schema: { type: 'string' } },
};

function publicGet(summary: string, description: string, query: z.ZodObject, answer: string): Operation {
  return {
    summary,
    description,
    parameters: queryParameters(query),
    responses: {
      '200': { description: 'OK', headers: PUBLIC_HEADERS, content: json(ref(answer)) },
      '304': { description: 'Not modified: the If-None-Match ETag is still current.' },
      '400': { description: 'A parameter is unknown, repeated or not valid.', content: json(ref('Error')) },
    },
  };
}

const errors = (entries: Record<string, string>) =>
  Object.fromEntries(Object.entries(entries).map(([status, description]) => [status, { description, content: json(ref('Error')) }]));

const nightKeyParameters = [
  { name: 'date', in: 'path', required: true, description: 'The night: the date of the morning it ends.', schema: { type: 'string', format: 'date' } },
  {
    name: 'target',
    in: 'query',
    required: false,
    description: 'UA (default) or RU, in any case.',
    schema: { type: 'string', pattern: '^([Uu][Aa]|[Rr][Uu])$' },
  },
];

export function openApiDocument(version: string): JsonSchema {
  const range = `\`from\` and \`to\` (YYYY-MM-DD, the dates of the mornings the nights end) default as on the dashboard: the last 30 days, or the 30 days up to the latest recorded night. \`target\` is UA (default) or RU.`;
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: DIALECT,
    info: {
      title: 'Air Tally',
      version,
      description:
        "The nightly air attacks on Ukraine as JSON: the dashboard's aggregates (computed by the same queries as its pages), the nights themselves, and the editors' writes. Unknown counts are null, never 0; rates are unrounded shares between 0 and 1. Public GET answers may be read from any origin and carry an ETag.",
    },
    paths: {
      '/api/series': {
        get: publicGet(
          'Headline figures and trend series for a range',
          `What the dashboard shows for the same URL: totals by category with both rates and their bases, the largest nights, and one entry per period (night, week or month). ${range}`,
          seriesQuerySchema,
          'SeriesResponse',
        ),
      },
      '/api/weapons': {
        get: publicGet('Figures by weapon and by class for a range', range, rangeQuerySchema, 'WeaponsResponse'),
      },
      '/api/records': {
        get: publicGet('Records over every recorded night', 'The largest nights and other records of a target.', targetQuerySchema, 'RecordsResponse'),
      },
      '/api/latest': {
        get: publicGet('The latest recorded night', "The last recorded night of a target with its figures by category.", targetQuerySchema, 'LatestResponse'),
      },
      '/api/nights': {
        get: {
          ...publicGet('The nights of a range with their figures', 'What /export.csv holds, night by night; without from or to, every night.', rangeQuerySchema, 'NightsResponse'),
          responses: {
            '200': { description: 'OK', headers: { 'Access-Control-Allow-Origin': PUBLIC_HEADERS['Access-Control-Allow-Origin'] }, content: json(ref('NightsResponse')) },
            '400': { description: 'A parameter is not valid.', content: json(ref('Error')) },
          },
        },
      },
      '/api/nights/{date}': {
        parameters: nightKeyParameters,
        put: {
          summary: "Create or replace a night's figures (editors)",
          description: 'Weapons may be named in any spelling the weapon list knows. To replace an existing night, send the version you read.',
          security: [{ editorSession: [] }],
          requestBody: { required: true, content: json(toSchema(nightJsonSchema, 'input')) },
          responses: {
            '200': { description: 'Replaced.', content: json(ref('SavedNight')) },
            '201': { description: 'Created.', content: json(ref('SavedNight')) },
            ...errors({
              '400': 'The body is not a valid night (see fields).',
              '401': 'Not signed in as an editor.',
              '409': 'The night exists and no version, or an old one, was sent (version is the current one).',
              '413': 'The body is too large.',
              '415': 'The body is not sent as application/json.',
            }),
          },
        },
        delete: {
          summary: 'Delete a night (editors)',
          security: [{ editorSession: [] }],
          parameters: [{ name: 'version', in: 'query', required: true, description: 'The version you read.', schema: { type: 'integer', minimum: 1 } }],
          responses: {
            '204': { description: 'Deleted.' },
            ...errors({
              '400': 'No valid version was sent, or the address is not valid.',
              '401': 'Not signed in as an editor.',
              '404': 'There is no such night.',
              '409': 'Someone saved the night since the version you read.',
            }),
          },
        },
      },
      '/api/statements/parse': {
        post: {
          summary: "Read a statement's figures",
          description: "The text of an Air Force statement or a news report of one in, the night's figures out. Reads and writes no data; needs no sign-in; 60 requests a minute per client.",
          requestBody: { required: true, content: json(toSchema(parseRequestSchema, 'input')) },
          responses: {
            '200': { description: 'What the text gives.', content: json(ref('ParseResponse')) },
            ...errors({ '400': 'The body is not {"text": "..."} or the text is empty or too long.', '429': 'Too many requests: see Retry-After.' }),
          },
        },
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document',
          responses: { '200': { description: 'The OpenAPI 3.1 document.', content: json({ type: 'object' }) } },
        },
      },
    },
    components: {
      schemas: responseSchemas(),
      securitySchemes: {
        editorSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'better-auth.session_token',
          description: "An editor's session cookie (`__Secure-better-auth.session_token` when the site is served over https), from signing in at /login.",
        },
      },
    },
  };
}
