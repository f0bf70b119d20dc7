// Runs once per server process before the first request: migrate, seed, and create the first editor.
// zod's settings come first, before any schema is built (lib/zod-jitless.ts says why).
import '@/lib/zod-jitless';

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  try {
    const { getDb } = await import('./db/client');
    getDb();
    const { bootstrapFirstEditor } = await import('./db/writes/editors');
    const editor = await bootstrapFirstEditor();
    if (editor) console.log(`Created the first editor, ${editor.email}, from EDITOR_EMAIL.`);
  } catch (error) {
    // A server that cannot open its database would only answer 500s: stop instead, loudly.
    console.error('Air Tally could not start:', error);
    process.exit(1);
  }
}
