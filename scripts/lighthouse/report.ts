// The Lighthouse runs as a Markdown table: one row per page, form factor and run, the four scores and
// the load metrics, so that two mobile runs of the same page sit together and their swing shows.
import type { AuditResult, FormFactor } from './audit';

export type Row = { page: string; formFactor: FormFactor; run: number; result: AuditResult };

const ms = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value).toLocaleString('en-GB')}`);
const score = (value: number | null) => (value === null ? 'n/a' : String(value));

export function formatReport(rows: Row[], header: string): string {
  const lines = [
    header,
    '',
    '| page | form factor | run | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(({ page, formFactor, run, result: { scores, metrics } }) => {
      const cells = [
        `\`${page}\``,
        formFactor,
        String(run),
        score(scores.performance),
        score(scores.accessibility),
        score(scores['best-practices']),
        score(scores.seo),
        ms(metrics.fcp),
        ms(metrics.lcp),
        ms(metrics.tbt),
        metrics.cls === null ? 'n/a' : metrics.cls.toFixed(3),
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
  const failing = rows.filter((row) => row.result.failing.length > 0);
  if (failing.length > 0) {
    lines.push('', 'Audits below 90 (weighted):', '');
    for (const row of failing) lines.push(`- \`${row.page}\` ${row.formFactor} run ${row.run}: ${row.result.failing.join(', ')}`);
  }
  return lines.join('\n');
}
