// Prints the rollup triggers and backfill as a custom migration's body (npx drizzle-kit generate --custom),
// for a migration that recreates nights, figures or weapons (which drops their triggers) or changes the sums.
// With --gaps, only the runs' gap triggers and their backfill (what migration 0007 holds).
import { rollupGapStatements, rollupRebuildStatements, rollupTriggerStatements } from '@/db/writes/rollup-sql';

const statements = process.argv.includes('--gaps') ? rollupGapStatements() : [...rollupTriggerStatements(), ...rollupRebuildStatements()];
process.stdout.write(`${statements.join('\n--> statement-breakpoint\n')}\n`);
