import { describe, expect, it } from 'vitest';
import { readReport } from './audit';
import { formatReport } from './report';

const report = {
  categories: {
    performance: { score: 0.874, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }, { id: 'layout-shift-elements', weight: 0 }] },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 0.96, auditRefs: [] },
    seo: { score: null, auditRefs: [{ id: 'meta-description', weight: 1 }] },
  },
  audits: {
    'first-contentful-paint': { score: 0.9, numericValue: 1234.4, title: 'FCP', scoreDisplayMode: 'numeric' },
    'largest-contentful-paint': { score: 0.61, numericValue: 3012.6, title: 'LCP', scoreDisplayMode: 'numeric' },
    'total-blocking-time': { score: 1, numericValue: 0, title: 'TBT', scoreDisplayMode: 'numeric' },
    'cumulative-layout-shift': { score: 1, numericValue: 0.0123, title: 'CLS', scoreDisplayMode: 'numeric' },
    'color-contrast': { score: 1, title: 'Contrast', scoreDisplayMode: 'binary' },
    'meta-description': { score: 0, title: 'Meta', scoreDisplayMode: 'binary' },
    'layout-shift-elements': { score: 0, title: 'Shifts', scoreDisplayMode: 'informative' },
  },
};

describe('a Lighthouse report', () => {
  it('reads to the four scores out of 100, the load metrics and the failing weighted audits', () => {
    const result = readReport(report);
    expect(result.scores).toEqual({ performance: 87, accessibility: 100, 'best-practices': 96, seo: null });
    expect(result.metrics).toEqual({ fcp: 1234.4, lcp: 3012.6, tbt: 0, cls: 0.0123 });
    expect(result.failing).toEqual(['performance: largest-contentful-paint (61)', 'seo: meta-description (0)']);
  });

  it('refuses a run that failed', () => {
    expect(() => readReport({ ...report, runtimeError: { code: 'NO_FCP', message: 'The page did not paint' } })).toThrow(/NO_FCP/);
  });

  it('prints a row per page, form factor and run', () => {
    const text = formatReport([{ page: '/', formFactor: 'mobile', run: 2, result: readReport(report) }], 'Header');
    expect(text).toContain('| `/` | mobile | 2 | 87 | 100 | 96 | n/a | 1,234 | 3,013 | 0 | 0.012 |');
    expect(text).toContain('- `/` mobile run 2: performance: largest-contentful-paint (61), seo: meta-description (0)');
  });
});
