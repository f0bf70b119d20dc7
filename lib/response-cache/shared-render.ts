// The header the response cache sets on the requests it renders for every reader. proxy.ts then gives
// the page no nonce (a stored nonce would be everyone's); the cache sends a policy with the hashes of
// the page's inline scripts instead (csp.ts). The server strips it from every request it receives.
export const SHARED_RENDER_HEADER = 'x-air-tally-shared-render';
