import { describe, expect, it } from 'vitest';
import { chunkPaths } from './bundle';

describe('the chunks a page loads', () => {
  it('come from script tags and from the client components the RSC payload names, once each', () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
      '<script src="/_next/static/chunks/main-1.js" async=""></script>',
      '<script async src="/_next/static/chunks/turbopack-2.js"></script>',
      '<script src="https://elsewhere.example/x.js"></script>',
      '<script>self.__next_f.push([1,"3:I[123,[\\"/_next/static/chunks/chart-3.js\\",\\"/_next/static/chunks/main-1.js\\"],\\"Chart\\"]"])</script>',
    ].join('');
    const { scriptTags, all } = chunkPaths(html);
    expect(scriptTags).toEqual(['/_next/static/chunks/main-1.js', '/_next/static/chunks/turbopack-2.js']);
    expect(all).toEqual(['/_next/static/chunks/chart-3.js', '/_next/static/chunks/main-1.js', '/_next/static/chunks/turbopack-2.js']);
  });
});
