// Prints the rollup triggers and backfill as a custom migration's body (npx drizzle-kit generate --custom),
// for a migration that recreates nights, figures or weapons (which drops their triggers) or changes the sums.
import { rollupRebuildStatements, rollupTriggerStatements } from '@/db/writes/rollup-sql';

process.stdout.write(`${[...rollupTriggerStatements(), ...rollupRebuildStatements()].join('\n--> statement-breakpoint\n')}\n`);
