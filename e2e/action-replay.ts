// Calling a server action as someone else: the action's real request is captured from a signed-in
// browser (and stopped there, so it never reaches the server), then sent again with other cookies: none,
// a forged session, or a real session (which proves the captured request is a genuine call).
import { expect, type APIRequestContext, type Page, type PlaywrightWorkerArgs, type Request } from '@playwright/test';
import { mainServerURL } from './raw-requests';

/** Runs `submit` in the page and captures the server action request it makes, which never reaches the server. */
export async function captureActionRequest(page: Page, submit: () => Promise<void>): Promise<Request> {
  let captured: Request | undefined;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() === 'POST' && (await request.headerValue('next-action'))) {
      captured = request;
      await route.abort();
      return;
    }
    await route.fallback();
  });
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  if (!captured) throw new Error('no server action request was made');
  return captured;
}

/** Who a replay is sent as: nobody, a made-up session token, or a real Cookie header. */
export type Caller = { anonymous: true } | { forged: true } | { cookie: string };

/** A session cookie with the real cookie's name and a value that no session has. */
export function forgedCookie(realCookieHeader: string): string {
  return realCookieHeader
    .split(/;\s*/)
    .map((pair) => `${pair.split('=')[0]}=forged${Math.random().toString(36).slice(2)}.c2lnbmF0dXJl`)
    .join('; ');
}

/**
 * Sends the captured request again as `caller`, and returns the answer; never a 5xx. `replaced` headers
 * override the browser's (null removes one): another Origin, Fetch Metadata.
 */
export async function replayAction(
  playwright: PlaywrightWorkerArgs['playwright'],
  request: Request,
  caller: Caller,
  realCookieHeader: string,
  replaced: Record<string, string | null> = {},
) {
  const headers = await request.allHeaders();
  delete headers.cookie;
  delete headers['content-length'];
  if ('forged' in caller) headers.cookie = forgedCookie(realCookieHeader);
  if ('cookie' in caller) headers.cookie = caller.cookie;
  for (const [name, value] of Object.entries(replaced)) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  const context: APIRequestContext = await playwright.request.newContext({ baseURL: mainServerURL });
  try {
    const response = await context.post(request.url(), {
      headers,
      data: request.postDataBuffer() ?? undefined,
      maxRedirects: 0,
    });
    const text = await response.text();
    expect(response.status(), text.slice(0, 500)).toBeLessThan(500);
    return { status: response.status(), text };
  } finally {
    await context.dispose();
  }
}
