// zod 4 compiles object parsers with `new Function`, and probes for it when a schema is built. Under our
// policy (no 'unsafe-eval') the probe is reported as a CSP violation even though zod catches the throw,
// and where eval is allowed we do not want generated code anyway: zod parses by interpretation instead.
// Imported first by instrumentation.ts (server) and instrumentation-client.ts (browser), before any
// schema is built. zod keeps its settings on one global object shared by every copy of zod in every
// bundle (zod/v4/core/core.js); writing that object here, rather than calling z.config(), keeps zod's
// code out of pages that never parse. zod-jitless.test.ts fails if zod stops reading it.

type ZodGlobal = { __zod_globalConfig?: Record<string, unknown> };

const holder = globalThis as ZodGlobal;
holder.__zod_globalConfig ??= {};
holder.__zod_globalConfig.jitless = true;

export {};
