// Holds real answers to the schemas that /api/openapi.json documents for them: the document is loaded
// once and its components are resolved by Ajv's 2020-12 validator, as any client would read them.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { APIRequestContext, APIResponse } from '@playwright/test';

type Doc = { paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>> };

export async function loadApiDocument(request: APIRequestContext) {
  const response = await request.get('/api/openapi.json');
  if (!response.ok()) throw new Error(`/api/openapi.json answered ${response.status()}`);
  const doc = (await response.json()) as Doc & Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, 'openapi.json');
  const checked = new Set<string>();
  const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

  /**
   * The schema documented for this operation's answer with this status, validated against the answer's
   * body; throws when the status (or its JSON body) is not documented.
   */
  async function expectDocumented(path: string, method: string, response: APIResponse): Promise<unknown> {
    const status = String(response.status());
    const documented = doc.paths[path]?.[method]?.responses?.[status];
    if (!documented) throw new Error(`${method.toUpperCase()} ${path} answered ${status}, which the document does not list`);
    checked.add(`${method} ${path}`);
    if (!documented.content) {
      if ((await response.body()).length !== 0) throw new Error(`${method.toUpperCase()} ${path} ${status} has a body the document does not describe`);
      return null;
    }
    const body: unknown = await response.json();
    const validate: ValidateFunction | undefined = ajv.getSchema(
      `openapi.json#/${pointer('paths', path, method, 'responses', status, 'content', 'application/json', 'schema')}`,
    );
    if (!validate) throw new Error(`no schema for ${method} ${path} ${status}`);
    if (!validate(body)) throw new Error(`${method.toUpperCase()} ${path} ${status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`);
    return body;
  }

  /** Every operation the document lists, as "method path". */
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => ['get', 'put', 'post', 'delete', 'patch'].includes(key))
      .map((method) => `${method} ${path}`),
  );

  return { doc, expectDocumented, operations, checked };
}
