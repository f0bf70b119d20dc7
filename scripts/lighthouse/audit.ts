// One Lighthouse audit through its own command line (Lighthouse 12.2.3, which runs on Node 20), in a
// fresh headless Chromium each time, reduced to the four category scores and the main load metrics.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { trackChild } from '../bench/processes';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type FormFactor = 'mobile' | 'desktop';

export type AuditResult = {
  scores: Record<Category, number | null>;
  /** Milliseconds, except CLS (unitless). */
  metrics: { fcp: number | null; lcp: number | null; tbt: number | null; cls: number | null };
  /** Audits that did not pass, by category, for a reader who wants to know why a score is low. */
  failing: string[];
};

type LighthouseJson = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string }>;
  runtimeError?: { code: string; message: string };
};

/** The parts of Lighthouse's JSON report the summary needs. */
export function readReport(report: LighthouseJson): AuditResult {
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const score = (category: Category) => {
    const value = report.categories[category]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  const metric = (id: string) => report.audits[id]?.numericValue ?? null;
  const failing = CATEGORIES.flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.scoreDisplayMode !== 'notApplicable' && audit.score !== null && audit.score < 0.9)
      .map(({ ref, audit }) => `${category}: ${ref.id} (${Math.round((audit?.score ?? 0) * 100)})`),
  );
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    metrics: { fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') },
    failing,
  };
}

export function runAudit(root: string, url: string, formFactor: FormFactor, chromePath: string): Promise<AuditResult> {
  const cli = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [
    cli,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'pipe', 'pipe'] });
    trackChild(child);
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4_000)));
    child.once('close', (code) => {
      try {
        if (code !== 0) throw new Error(`lighthouse exited with ${code}`);
        resolve(readReport(JSON.parse(Buffer.concat(out).toString('utf8')) as LighthouseJson));
      } catch (error) {
        reject(new Error(`${error instanceof Error ? error.message : String(error)} for ${url} (${formFactor})\n${err}`));
      }
    });
  });
}
