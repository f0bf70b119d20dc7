// better-sqlite3 answers synchronously: a component that awaits this first lets the page's shell and its
// Suspense fallback go out to the browser before the database work blocks the thread.
export const yieldToStream = () => new Promise<void>((resolve) => setImmediate(resolve));
