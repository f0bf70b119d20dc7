// Runs before the e2e server starts: creates the test database (migrations, weapon seed) and loads
// the fixture nights that the dashboard and night-page specs read (2025-06-01 to 2025-08-31).
import { and, eq, gte, lte } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { nights } from '@/db/schema';
import { loadDashboardFixture } from '../fixtures/load-dashboard-fixture';

const db = openDatabase();
const alreadyLoaded = db
  .select({ id: nights.id })
  .from(nights)
  .where(and(eq(nights.target, 'UA'), gte(nights.date, '2025-06-01'), lte(nights.date, '2025-08-31')))
  .limit(1)
  .get();
if (alreadyLoaded) {
  console.log('e2e fixture nights already loaded');
} else {
  const loaded = loadDashboardFixture(db);
  console.log(`e2e fixture: ${loaded.nights} nights, ${loaded.figures} figures`);
}
console.log(`e2e database ready at ${process.env.DATABASE_PATH}`);
db.$client.close();
