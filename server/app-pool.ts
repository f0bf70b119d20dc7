// The app processes behind the front: each is Next listening on a private Unix socket. A request goes to
// a responsive one (its event loop answered lately) with the fewest requests in flight, so a process
// busy with a long synchronous task (an import's transaction) is passed over while another answers.
// Imports are known to be long before they stall anything: while one runs in an app, other requests go
// to an app free of imports if there is one, so a page being rendered is not caught behind an import's
// transaction in the same process (the front sends imports to the last app and every other write to
// the first: forward.ts).
import http from 'node:http';

export type AppEndpoint = { socketPath: string; agent: http.Agent; inFlight: number; longInFlight: number };

/** A request that may hold its process for seconds (an import), or any other. */
export type RequestLength = 'long' | 'short';

export type AppPool = {
  /**
   * The least busy app, or app `pinned` whatever its load (-1 the last); call the returned `done` when
   * its answer is finished.
   */
  acquire: (pinned?: number, length?: RequestLength) => { endpoint: AppEndpoint; done: () => void };
  close: () => void;
};

/** Whether app `index` has shown signs of life lately; by default every app counts as responsive. */
export type Responsive = (index: number) => boolean;

export function createAppPool(socketPaths: readonly string[], responsive: Responsive = () => true): AppPool {
  if (socketPaths.length === 0) throw new Error('No app process to send requests to');
  const endpoints: AppEndpoint[] = socketPaths.map((socketPath) => ({
    socketPath,
    agent: new http.Agent({ keepAlive: true, maxSockets: 256 }),
    inFlight: 0,
    longInFlight: 0,
  }));
  let turn = 0;
  return {
    acquire(pinned, length = 'short') {
      // Responsive before stalled, then clear of imports, then least busy; ties go round the pool so idle
      // processes share the work.
      turn = (turn + 1) % endpoints.length;
      const score = (index: number) => {
        const { inFlight, longInFlight } = endpoints[index] as AppEndpoint;
        return (responsive(index) ? 0 : 1_000_000) + longInFlight * 1_000 + inFlight;
      };
      let best = turn;
      for (let index = 0; index < endpoints.length; index += 1) if (score(index) < score(best)) best = index;
      // A pin below 0 counts from the end (-1: the last app).
      const pin = pinned === undefined ? undefined : pinned < 0 ? Math.max(0, endpoints.length + pinned) : pinned;
      const endpoint = endpoints[pin !== undefined && pin < endpoints.length ? pin : best] as AppEndpoint;
      endpoint.inFlight += 1;
      if (length === 'long') endpoint.longInFlight += 1;
      let released = false;
      return {
        endpoint,
        done: () => {
          if (released) return;
          released = true;
          endpoint.inFlight -= 1;
          if (length === 'long') endpoint.longInFlight -= 1;
        },
      };
    },
    close() {
      for (const endpoint of endpoints) endpoint.agent.destroy();
    },
  };
}
