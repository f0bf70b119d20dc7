import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './csp';
import { REMEMBER_THEN_FOLLOW_SOURCE } from '@/lib/remember-choice';
import { INTERACTION_EVENTS, scriptsOnInteraction } from './scripts-on-interaction';

const page = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<script src="/_next/static/chunks/turbopack-1.js" async=""></script>',
  '<script src="/_next/static/chunks/main-2.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '</head><body><main><h1>Latest night</h1><div data-needs-script="" style="min-height:300px"></div></main>',
  '<script>self.__next_f.push([1,"data"])</script>',
  '<script>$RC("B:0","S:0")</script></body></html>',
].join('');

describe('scripts on interaction', () => {
  const out = scriptsOnInteraction(page);

  it("takes Next's script files out of the page, with nothing that fetches them at load", () => {
    expect(out).not.toMatch(/<script src="\/_next\/static\/chunks\/(turbopack-1|main-2)\.js"/);
    expect(out.match(/turbopack-1\.js/g)).toHaveLength(1);
    expect(out.match(/main-2\.js/g)).toHaveLength(1);
  });

  it("keeps Next's inline scripts, the noModule polyfill and all of the markup", () => {
    expect(out).toContain('<script>self.__next_f.push([1,"data"])</script>');
    expect(out).toContain('<script>$RC("B:0","S:0")</script>');
    expect(out).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(out).toContain('<main><h1>Latest night</h1><div data-needs-script="" style="min-height:300px"></div></main>');
  });

  it('adds one loader, last in the body, naming the files in their order and the events that start it', () => {
    expect(inlineScriptHashes(out)).toHaveLength(inlineScriptHashes(page).length + 1);
    const loader = /<script>(\(function\(\)\{[\s\S]*?)<\/script><\/body><\/html>$/.exec(out)?.[1];
    expect(loader).toBeDefined();
    expect(loader).toContain('["/_next/static/chunks/turbopack-1.js","/_next/static/chunks/main-2.js"]');
    for (const event of INTERACTION_EVENTS) expect(loader).toContain(`"${event}"`);
    expect(loader).toContain('[data-needs-script]');
    // A link's remembered choice is stored on a click before the scripts run, then the link followed.
    expect(loader).toContain(`var remember=${REMEMBER_THEN_FOLLOW_SOURCE};`);
    expect(loader).toContain('d.addEventListener("click",function(e){remember(e,d,window,"data-remember-cookie")},true);');
    // The whole loader is one valid script.
    expect(() => new Function(loader ?? '')).not.toThrow();
  });

  it('leaves a page without script files, or without a body end, as it was', () => {
    const noScripts = '<html><body><p>n/a</p><script>self.__next_f.push([0])</script></body></html>';
    expect(scriptsOnInteraction(noScripts)).toBe(noScripts);
    const truncated = page.replace('</body></html>', '');
    expect(scriptsOnInteraction(truncated)).toBe(truncated);
  });
});
