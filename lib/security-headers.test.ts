import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './security-headers';

describe('contentSecurityPolicy', () => {
  it('allows only scripts with the nonce and forbids framing', () => {
    const policy = contentSecurityPolicy('abc123');
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('relaxes eval only in development and upgrades requests only behind https', () => {
    expect(contentSecurityPolicy('n', { dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy('n', { https: true })).toContain('upgrade-insecure-requests');
  });
});
