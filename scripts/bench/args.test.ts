import { describe, expect, it } from 'vitest';
import { parseBenchArgs, USAGE } from './args';

const today = '2026-11-26';

describe('the bench command line', () => {
  it('measures all three sizes for 10 s at 10 and at 100 connections by default', () => {
    const options = parseBenchArgs([], today);
    expect(options.sizes).toEqual(['small', 'medium', 'large']);
    expect(options).toMatchObject({ durationSec: 10, connections: [10, 100], build: 'auto', endDate: today, out: 'bench/results.md' });
    expect(parseBenchArgs(['--connections', '25'], today).connections).toEqual([25]);
    expect(() => parseBenchArgs(['--connections', '10,x'], today)).toThrow(/--connections/);
  });

  it('takes sizes in any order and measures them smallest first', () => {
    expect(parseBenchArgs(['--sizes', 'large,small'], today).sizes).toEqual(['small', 'large']);
  });

  it('refuses an unknown size, a future end date and a non-numeric duration', () => {
    expect(() => parseBenchArgs(['--sizes', 'huge'], today)).toThrow(/huge/);
    expect(() => parseBenchArgs(['--end-date', '2026-11-27'], today)).toThrow(/no later than 2026-11-26/);
    expect(() => parseBenchArgs(['--duration', 'ten'], today)).toThrow(/--duration/);
    expect(() => parseBenchArgs(['--build', '--no-build'], today)).toThrow(/contradict/);
  });

  it('answers --help with the usage', () => {
    expect(() => parseBenchArgs(['--help'], today)).toThrow(USAGE);
  });

  it('skips the build and the import when asked, and passes importer arguments through', () => {
    const options = parseBenchArgs(['--no-build', '--no-import', '--import-arg=--yes'], today);
    expect(options).toMatchObject({ build: 'never', importCheck: false, importArgs: ['--yes'] });
  });
});
