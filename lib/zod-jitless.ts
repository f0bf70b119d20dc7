// zod 4 compiles object parsers with `new Function`, and probes for it when a schema is built. Under our
// policy (no 'unsafe-eval') the probe is reported as a CSP violation even though zod catches the throw,
// and where eval is allowed we do not want generated code anyway: parse by interpretation. Imported first
// by instrumentation.ts (server) and instrumentation-client.ts (browser), before any schema is built;
// the setting lives on globalThis, so every copy of zod in every bundle sees it.
import { config } from 'zod/v4/core';

config({ jitless: true });
