import { expect, test } from '@playwright/test';
import packageJson from '../package.json';

test('the health endpoint reports the version and that the database answers', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: 'ok', version: packageJson.version, database: 'ok' });
  expect(typeof body.nights).toBe('number');
});
