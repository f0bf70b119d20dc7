// Before the front serves anyone, each app process renders the dashboard once and the answer is thrown
// away: an app's first render loads and compiles the page's modules (a second or more on two busy
// cores), which the first readers after every start would otherwise wait for, all of them at once.
import { request } from 'node:http';
import { SHARED_RENDER_HEADER } from '@/lib/response-cache/shared-render';
import type { AppPool } from './app-pool';

const WARM_UP_TIMEOUT_MS = 30_000;

export async function warmUp(pool: AppPool, apps: number, log: (message: string) => void): Promise<void> {
  await Promise.all(
    Array.from({ length: apps }, (_, index) =>
      new Promise<void>((resolve) => {
        const { endpoint, done } = pool.acquire(index);
        const finish = () => {
          done();
          resolve();
        };
        const outgoing = request(
          { socketPath: endpoint.socketPath, agent: endpoint.agent, method: 'GET', path: '/', headers: { host: 'localhost', [SHARED_RENDER_HEADER]: '1' }, timeout: WARM_UP_TIMEOUT_MS },
          (answer) => {
            answer.resume();
            answer.once('end', finish);
            answer.once('error', finish);
          },
        );
        outgoing.once('timeout', () => outgoing.destroy(new Error('timed out')));
        // A failed warm-up only means a slower first render: say so and go on.
        outgoing.once('error', (error) => {
          log(`warming app process ${index} up failed: ${error.message}`);
          finish();
        });
        outgoing.end();
      }),
    ),
  );
}
