// GET /api/health: the app's version and whether the database answers, for monitors and load balancers.
import { checkDatabase } from '@/db/queries/health';
import packageJson from '@/package.json';

export const dynamic = 'force-dynamic';

export function GET() {
  try {
    const database = checkDatabase();
    return Response.json({ status: 'ok', version: packageJson.version, database: 'ok', nights: database.nights });
  } catch (error) {
    console.error('Health check failed:', error);
    return Response.json(
      { status: 'error', version: packageJson.version, database: 'unavailable' },
      { status: 503 },
    );
  }
}
