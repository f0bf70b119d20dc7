import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/security-headers';
import { inlineScriptHashes, storedPolicy } from './csp';

const sha = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('hashes of inline scripts', () => {
  it('covers each inline script a browser runs, once, and no external or data script', () => {
    const html = [
      '<html><head><script src="/_next/static/chunks/a.js" async=""></script>',
      '<script>self.__next_f.push([1,"x"])</script>',
      '<script type="application/json">{"a":1}</script>',
      '<script data-note="a>b">$RS("S:1","P:1")</script></head>',
      '<body><script type="module">import x from "/y.js"</script><SCRIPT>self.__next_f.push([1,"x"])</SCRIPT>',
      '<script>café\r\nend</script></body></html>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([
      sha('self.__next_f.push([1,"x"])'),
      sha('$RS("S:1","P:1")'),
      sha('import x from "/y.js"'),
      sha('café\nend'),
    ]);
  });
});

describe('the policy of a stored page', () => {
  const policy = contentSecurityPolicy('bm9uY2U=', { https: true });

  it('replaces the nonce and strict-dynamic with the hashes and keeps every other directive', () => {
    const stored = storedPolicy(policy, ["'sha256-AAA='", "'sha256-BBB='"]);
    expect(stored).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB='");
    const scripts = stored?.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scripts).not.toMatch(/nonce|strict-dynamic|unsafe-inline|unsafe-eval/);
    expect(stored).not.toMatch(/nonce|strict-dynamic/);
    for (const directive of policy.split('; ').filter((d) => !d.startsWith('script-src'))) expect(stored).toContain(directive);
  });

  it('allows no inline script when the answer has none', () => {
    expect(storedPolicy(policy, [])).toContain("script-src 'self'; ");
  });

  it('refuses a policy it cannot rewrite', () => {
    expect(storedPolicy("default-src 'self'", [])).toBeNull();
  });
});
