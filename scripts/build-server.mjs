// Bundles server/main.ts (and the app modules it uses, through the @/ alias) into one plain JavaScript
// file beside Next's build, so production runs `node`, not a TypeScript loader. Packages stay external:
// they load from node_modules as they do for Next.
import { build } from 'esbuild';

await build({
  entryPoints: ['server/main.ts'],
  outfile: '.next/air-tally-server.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  sourcemap: 'linked',
  logLevel: 'warning',
});
