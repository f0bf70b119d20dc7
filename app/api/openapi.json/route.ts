// GET /api/openapi.json: the API's OpenAPI 3.1 document, generated from its zod schemas.
import { openApiDocument } from '@/lib/api/openapi';
import { publicJson, readPreflight } from '@/lib/api/public-get';
import packageJson from '@/package.json';

export const dynamic = 'force-dynamic';

// The document changes only with the code: built once per server process.
let document: unknown;

export function GET(request: Request) {
  document ??= openApiDocument(packageJson.version);
  return publicJson(request, document);
}

export const OPTIONS = readPreflight;
