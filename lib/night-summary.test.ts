import { describe, expect, it } from 'vitest';
import { decoyEstimate, launchesOf, summariseNight } from './night-summary';
import { outcomeOf, type Outcome, type WeaponTotals } from './series';

/** One weapon row as the night's SQL gives it (one figure: sums over a single row). */
function row(category: 'drone' | 'missile', launched: number | null, shotDown: number | null, lost: number | null): WeaponTotals {
  const notStopped = launched !== null && shotDown !== null && lost !== null ? launched - shotDown - lost : null;
  return {
    weaponId: 0,
    name: 'w',
    category,
    weaponClass: 'unknown',
    figures: 1,
    launchedKnown: launched === null ? 0 : 1,
    launched,
    shotDown,
    lost,
    notStopped,
    neutralisationLaunched: notStopped === null ? null : launched,
    neutralisationFigures: notStopped === null ? 0 : 1,
    interceptionLaunched: launched !== null && shotDown !== null ? launched : null,
    interceptionShotDown: launched !== null && shotDown !== null ? shotDown : null,
    interceptionFigures: launched !== null && shotDown !== null ? 1 : 0,
  };
}
const of = (...rows: WeaponTotals[]): Outcome => outcomeOf(rows);

describe('a night’s launches per category', () => {
  it('are a count when every weapon row gives them', () => {
    expect(launchesOf(of(row('missile', 2, 1, 0), row('missile', 4, 4, 0)))).toEqual({ kind: 'known', value: 6, qualifier: null });
  });
  it('are a lower bound when some rows give none', () => {
    expect(launchesOf(of(row('missile', 2, 1, 0), row('missile', null, 3, 0)))).toEqual({ kind: 'known', value: 2, qualifier: 'at-least' });
  });
  it('are not given when no row gives them, and absent when the category has no rows', () => {
    expect(launchesOf(of(row('drone', null, 45, null)))).toEqual({ kind: 'unknown' });
    expect(launchesOf(of())).toEqual({ kind: 'none' });
  });
});

describe('the night’s summary', () => {
  const drones = [row('drone', 300, 250, 20)];
  const missiles = [row('missile', 6, 5, 0)];
  it('gives the neutralisation rate, saying whether it covers every weapon row', () => {
    const whole = summariseNight({ drone: of(...drones), missile: of(...missiles), all: of(...drones, ...missiles), placesHit: 14, placesHitQualifier: null });
    expect(whole.neutralisation).toEqual({ rate: (250 + 20 + 5) / 306, whole: true });
    expect(whole.placesHit).toEqual({ value: 14, qualifier: null });
    const partial = [...drones, row('missile', 12, 7, null)];
    const summary = summariseNight({ drone: of(...drones), missile: of(partial[1]!), all: of(...partial), placesHit: null, placesHitQualifier: null });
    expect(summary.neutralisation).toEqual({ rate: 270 / 300, whole: false });
    expect(summary.placesHit).toBeNull();
  });
  it('has no rate, but the shot down, when no row gives launched with shot down and lost', () => {
    const ru = [row('drone', null, 45, null)];
    const summary = summariseNight({ drone: of(...ru), missile: of(), all: of(...ru), placesHit: null, placesHitQualifier: null });
    expect(summary).toMatchObject({ neutralisation: null, shotDown: 45, drones: { kind: 'unknown' }, missiles: { kind: 'none' } });
  });
});

describe('decoys, estimated as drones launched − Shaheds', () => {
  const drones = of(row('drone', 300, 250, 20), row('drone', 50, 10, 40));
  it('are approximate even from an exact Shahed count', () => {
    expect(decoyEstimate(drones, 200, null)).toEqual({ value: 150, qualifier: 'about' });
    expect(decoyEstimate(drones, 200, 'about')).toEqual({ value: 150, qualifier: 'about' });
  });
  it('take the opposite bound from a bounded Shahed count', () => {
    expect(decoyEstimate(drones, 200, 'more-than')).toEqual({ value: 150, qualifier: 'less-than' });
    expect(decoyEstimate(drones, 200, 'at-least')).toEqual({ value: 150, qualifier: 'at-most' });
    expect(decoyEstimate(drones, 200, 'less-than')).toEqual({ value: 150, qualifier: 'more-than' });
    expect(decoyEstimate(drones, 200, 'at-most')).toEqual({ value: 150, qualifier: 'at-least' });
  });
  it('are unknown unless both are known, and never negative', () => {
    expect(decoyEstimate(drones, null, null)).toBeNull();
    expect(decoyEstimate(of(row('drone', 300, 250, 20), row('drone', null, 10, null)), 200, null)).toBeNull();
    expect(decoyEstimate(of(), 0, null)).toBeNull();
    expect(decoyEstimate(drones, 351, null)).toBeNull();
    expect(decoyEstimate(drones, 350, null)).toEqual({ value: 0, qualifier: 'about' });
  });
});
