import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '@/lib/csv/cells';
import { detectFormat } from './formats';

const DATASET_HEADER =
  'time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,still_attacking,' +
  'border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,' +
  'affected region,destroyed_details,launched_details,launch_place_details,source';
// The older 8-column, semicolon-separated version of the dataset, read as if commas separated it.
const SEMICOLON_HEADER = 'time_start;time_end;model;launch_place;target;launched;destroyed;not_reach_goal';

describe('format detection from the header', () => {
  it("knows Air Tally's own export", () => {
    expect(detectFormat([...EXPORT_COLUMNS])).toEqual({ ok: true, detected: { format: 'own', width: 9 } });
  });

  it("knows the dataset's 22 columns and where the ones it reads are", () => {
    const result = detectFormat(DATASET_HEADER.split(','));
    expect(result).toMatchObject({
      ok: true,
      detected: { format: 'dataset', width: 22, columns: { time_end: 1, model: 2, launched: 6, destroyed: 7, not_reach_goal: 8, source: 21 } },
    });
  });

  it('explains a semicolon-separated file, and why the old dataset version cannot be used', () => {
    const result = detectFormat([SEMICOLON_HEADER]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('semicolons');
      expect(result.error).toContain('"source"');
    }
  });

  it('says what is missing from a header that is nearly the export', () => {
    const result = detectFormat(EXPORT_COLUMNS.filter((name) => name !== 'source_url'));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('missing source_url') });
    const shuffled = detectFormat(['target', 'date', ...EXPORT_COLUMNS.slice(2)]);
    expect(shuffled).toEqual({ ok: false, error: expect.stringContaining('another order') });
  });

  it('refuses an unknown header with what it expected', () => {
    const result = detectFormat(['name', 'value']);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('unrecognised header "name,value"') });
    if (!result.ok) expect(result.error).toContain('date,target,weapon,category,class,launched,shot_down,lost,source_url');
  });
});
