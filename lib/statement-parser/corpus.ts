// The statement corpus (fixtures/statements/) as typed data, and how a parse is scored against it. Used by
// the tests only; the data lives outside lib/ so that the code stays small.
import probes from '@/fixtures/statements/probes.json';
import synthetic from '@/fixtures/statements/synthetic.json';
import testPart from '@/fixtures/statements/test.json';
import trainPart from '@/fixtures/statements/train.json';
import type { Target } from '@/lib/domain';
import { parseStatement } from './parse-statement';
import type { SideParse, StatementParse } from './types';

type Counts = { launched: number | null; shot_down: number | null; lost: number | null };
type TotalsBy = { missile: Counts; drone: Counts };
export type ExpectedOutcomes = {
  hits_missile: number | null;
  hits_drone: number | null;
  places_hit: number | null;
  places_debris: number | null;
  shaheds: number | null;
};

/** A real passage: a verbatim quote from `source_url` with the figures a careful reader takes from it. */
export type RealCase = {
  id: string;
  lang: 'en' | 'uk';
  date_published: string | null;
  source_url: string;
  text: string;
  traps: string;
  expected: {
    date: string | null;
    target: Target;
    totals: TotalsBy;
    outcomes: ExpectedOutcomes;
    qualifiers: Partial<Record<keyof ExpectedOutcomes, string>>;
    other?: { target: Target; totals: TotalsBy };
  };
};

export type ExpectedFigure = { slug: string; launched: number | null; shotDown: number | null; lost: number | null };
export type ExpectedSide = { target: Target; figures: ExpectedFigure[] };
/** An older case written for the tests in the style of a statement, with per-weapon figures. */
export type SyntheticCase = {
  id: string;
  style: string;
  text: string;
  today: string;
  expected: ExpectedSide & { date: string | null; other?: ExpectedSide };
  traps: string[];
  knownMiss?: string;
};

/**
 * A probe: a statement written for the tests in the style of the Air Force's posts and their relays (not
 * real text), with the totals and outcomes a careful reader takes from it; a key left out is not stated.
 */
export type ProbeCase = { id: string; lang: 'en' | 'uk'; today: string; text: string; want: Partial<Record<ProbeKey, number>> };
const PROBE_KEYS = ['ml', 'ms', 'mlost', 'dl', 'ds', 'dlost', 'hm', 'hd', 'ph', 'pd', 'sh'] as const;
type ProbeKey = (typeof PROBE_KEYS)[number];

export const PROBES = probes as ProbeCase[];
export const TRAIN = trainPart as RealCase[];
export const TEST = testPart as RealCase[];
export const SYNTHETIC = synthetic as SyntheticCase[];

const spec = SYNTHETIC.find((c) => c.id === 'spec-5');
/** SPEC §5's canonical example, exactly as the SPEC gives it. */
export const SPEC_EXAMPLE = spec ? spec.text : '';

/** The day a real passage is read: its publication date, or one after every passage when unknown. */
export const readingDay = (c: RealCase) => c.date_published ?? '2026-03-31';

export type CaseScore = { figures: number; figuresRight: number; right: boolean; differences: string[] };

const OUTCOME_KEYS = ['hits_missile', 'hits_drone', 'places_hit', 'places_debris', 'shaheds'] as const;

function outcomesOf(side: SideParse): ExpectedOutcomes {
  const o = side.outcomes;
  return { hits_missile: o.hitsMissile, hits_drone: o.hitsDrone, places_hit: o.placesHit, places_debris: o.placesDebris, shaheds: o.shaheds };
}

function qualifiersOf(side: SideParse): Record<string, string> {
  const names = { hitsMissile: 'hits_missile', hitsDrone: 'hits_drone', placesHit: 'places_hit', placesDebris: 'places_debris', shaheds: 'shaheds' } as const;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(side.qualifiers)) out[names[key as keyof typeof names]] = value;
  return out;
}

/**
 * A figure is a value the text states; one the parser gives where the text states none is a wrong
 * figure too. A case is right when every value, the date, the target and the qualifiers match.
 */
export function scoreRealCase(c: RealCase, parse: StatementParse = parseStatement(c.text, { today: readingDay(c) })): CaseScore {
  const score: CaseScore = { figures: 0, figuresRight: 0, right: false, differences: [] };
  const compare = (label: string, want: number | null, got: number | null) => {
    if (want === null && got === null) return;
    score.figures += 1;
    if (want === got) score.figuresRight += 1;
    else score.differences.push(`${label}: expected ${want}, got ${got}`);
  };
  const sides = (target: Target) => [parse, parse.other].find((s) => s?.target === target);
  const compareTotals = (label: string, want: TotalsBy | undefined, got: SideParse | undefined) => {
    for (const category of ['missile', 'drone'] as const) {
      for (const count of ['launched', 'shot_down', 'lost'] as const) {
        compare(`${label} ${category} ${count}`, want?.[category][count] ?? null, got?.totals[category][count] ?? null);
      }
    }
  };
  const e = c.expected;
  if (parse.target !== e.target) score.differences.push(`target: expected ${e.target}, got ${parse.target}`);
  if (parse.date !== e.date) score.differences.push(`date: expected ${e.date}, got ${parse.date}`);
  compareTotals(e.target, e.totals, sides(e.target));
  const otherTarget: Target = e.target === 'UA' ? 'RU' : 'UA';
  compareTotals(otherTarget, e.other?.totals, sides(otherTarget));
  const main = sides(e.target);
  const outcomes = main ? outcomesOf(main) : null;
  for (const key of OUTCOME_KEYS) compare(key, e.outcomes[key], outcomes?.[key] ?? null);
  const wantQ = JSON.stringify(Object.entries(e.qualifiers).sort());
  const gotQ = JSON.stringify(Object.entries(main ? qualifiersOf(main) : {}).sort());
  if (wantQ !== gotQ) score.differences.push(`qualifiers: expected ${wantQ}, got ${gotQ}`);
  score.right = score.differences.length === 0;
  return score;
}

export type PartScore = { cases: number; casesRight: number; figures: number; figuresRight: number };

export function scorePart(cases: readonly RealCase[]): PartScore & { failures: { id: string; differences: string[] }[] } {
  const total = { cases: cases.length, casesRight: 0, figures: 0, figuresRight: 0, failures: [] as { id: string; differences: string[] }[] };
  for (const c of cases) {
    const s = scoreRealCase(c);
    total.figures += s.figures;
    total.figuresRight += s.figuresRight;
    if (s.right) total.casesRight += 1;
    else total.failures.push({ id: c.id, differences: s.differences });
  }
  return total;
}

/** A probe's figures: each value stated (or given by the parser) is one; right when they are equal. */
export function scoreProbe(p: ProbeCase): CaseScore {
  const r = parseStatement(p.text, { today: p.today });
  const got: Record<ProbeKey, number | null> = {
    ml: r.totals.missile.launched,
    ms: r.totals.missile.shot_down,
    mlost: r.totals.missile.lost,
    dl: r.totals.drone.launched,
    ds: r.totals.drone.shot_down,
    dlost: r.totals.drone.lost,
    hm: r.outcomes.hitsMissile,
    hd: r.outcomes.hitsDrone,
    ph: r.outcomes.placesHit,
    pd: r.outcomes.placesDebris,
    sh: r.outcomes.shaheds,
  };
  const score: CaseScore = { figures: 0, figuresRight: 0, right: false, differences: [] };
  for (const key of PROBE_KEYS) {
    const want = p.want[key] ?? null;
    if (want === null && got[key] === null) continue;
    score.figures += 1;
    if (want === got[key]) score.figuresRight += 1;
    else score.differences.push(`${key}: expected ${want}, got ${got[key]}`);
  }
  score.right = score.differences.length === 0;
  return score;
}
