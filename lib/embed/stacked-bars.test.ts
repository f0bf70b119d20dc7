import { describe, expect, it } from 'vitest';
import { niceTicks, stackedBars } from './stacked-bars';

const box = { width: 800, height: 300, left: 50, right: 10, top: 10, bottom: 30 };

describe('the embeddable chart', () => {
  it('ticks in round steps up to the largest bar', () => {
    expect(niceTicks(472)).toEqual([0, 200, 400, 600]);
    expect(niceTicks(90)).toEqual([0, 50, 100]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('stacks missiles on drones, to scale', () => {
    const { bars, ticks, plot } = stackedBars([{ bucket: '2025-06-01', drone: 300, missile: 100, partial: false }], box);
    expect(ticks.at(-1)).toEqual({ value: 400, y: plot.top });
    const [drone, missile] = bars[0]!.segments;
    expect(drone).toMatchObject({ series: 'drone', value: 300, height: (300 / 400) * plot.height });
    expect(missile).toMatchObject({ series: 'missile', value: 100, y: plot.top });
    expect(drone!.y).toBeCloseTo(missile!.y + missile!.height);
  });

  it('draws nothing for an unknown count, and keeps the period in its place', () => {
    const { bars } = stackedBars(
      [
        { bucket: 'a', drone: null, missile: null, partial: false },
        { bucket: 'b', drone: 10, missile: null, partial: true },
      ],
      box,
    );
    expect(bars[0]!.segments).toEqual([]);
    expect(bars[1]!.segments.map((s) => s.series)).toEqual(['drone']);
    expect(bars[1]!.x).toBeGreaterThan(bars[0]!.x);
    expect(bars[1]!.partial).toBe(true);
  });

  it('labels at most a handful of periods', () => {
    const points = Array.from({ length: 92 }, (_, i) => ({ bucket: String(i), drone: i, missile: 1, partial: false }));
    const { labelled } = stackedBars(points, box);
    expect(labelled.length).toBeLessThanOrEqual(7);
    expect(labelled[0]).toBe(0);
  });
});
