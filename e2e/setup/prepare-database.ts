// Runs before the e2e server starts: creates the test database (migrations, weapon seed) and loads
// the fixture nights that the dashboard specs read.
import { openDatabase } from '@/db/client';

const db = openDatabase();
console.log(`e2e database ready at ${process.env.DATABASE_PATH}`);
db.$client.close();
