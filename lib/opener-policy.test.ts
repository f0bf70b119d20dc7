import { describe, expect, it } from 'vitest';
import { openerPolicyFor } from './opener-policy';
import { OPENER_POLICY } from './security-headers';

describe('openerPolicyFor', () => {
  it('is same-origin, never weaker', () => {
    expect(OPENER_POLICY).toBe('same-origin');
  });

  it('leaves it off the public reading pages, in both languages', () => {
    for (const path of ['/', '/uk', '/about', '/uk/about', '/nights/2025-06-29', '/uk/nights/2025-06-29']) {
      expect(openerPolicyFor(path), path).toBeNull();
    }
  });

  it('keeps it on sign-in, every editor page, every other page and every unknown address', () => {
    const isolated = [
      '/login',
      '/uk/login',
      '/import',
      '/uk/import',
      '/nights/new',
      '/nights/2025-06-29/edit',
      '/uk/nights/2025-06-29/edit',
      '/weapons',
      '/api/auth/sign-in/email',
      '/api/nights',
      '/export.csv',
      '/embed/launches',
      '/no-such-page',
      '/nights/2025-06-29x',
      '/nights/2025-06-29/',
      '/uk/uk',
      '/en',
      '/en/about',
      '//about',
    ];
    for (const path of isolated) expect(openerPolicyFor(path), path).toBe('same-origin');
  });
});
