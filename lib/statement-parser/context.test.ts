import { describe, expect, it } from 'vitest';
import { clauseDistractor, findSideCues, isApproximate, isRegionalShare, periodDistractor, sideAt } from './context';

describe('regional shares', () => {
  it('are one named region or city right after a count', () => {
    expect(isRegionalShare(' over the kyiv region, the administration said')).toBe(true);
    expect(isRegionalShare(' over the moscow region, the defence ministry said')).toBe(true);
    expect(isRegionalShare(' over kyiv')).toBe(true);
    expect(isRegionalShare(' were shot down over the capital')).toBe(true);
  });

  it('are not directions, countries or several regions together', () => {
    expect(isRegionalShare(' in the north, east and south of the country')).toBe(false);
    expect(isRegionalShare(' over russian regions overnight')).toBe(false);
    expect(isRegionalShare(' over the belgorod, kursk and bryansk regions')).toBe(false);
    expect(isRegionalShare(' over ukraine overnight')).toBe(false);
    expect(isRegionalShare(' were launched at ukraine')).toBe(false);
  });

  it('include whatever a governor, mayor or regional administration says', () => {
    expect(clauseDistractor('five drones were shot down over the kyiv region, the regional administration said.')).toBe('regional');
    expect(clauseDistractor('moscow mayor sergei sobyanin said 12 drones had been shot down.')).toBe('regional');
    expect(clauseDistractor('in the kharkiv region, 12 drones were shot down.')).toBe('regional');
    expect(clauseDistractor('in total, 12 drones were shot down.')).toBeNull();
  });
});

describe('other periods and approximations', () => {
  it('recognise words for another night or a longer period', () => {
    for (const words of ['the previous night', 'over the past week,', 'since the start of the full-scale invasion', 'up from', 'in its weekly summary']) {
      expect(periodDistractor(`russia launched ${words} 62 drones`), words).not.toBeNull();
    }
    expect(periodDistractor('russia launched 114 drones overnight')).toBeNull();
  });

  it('recognise approximate counts', () => {
    for (const before of ['more than ', 'about ', 'nearly ', 'at least ', 'up to ', 'понад ']) expect(isApproximate(before)).toBe(true);
    expect(isApproximate('launched ')).toBe(false);
  });
});

describe('sides', () => {
  it('go with the nearest sign before a count', () => {
    const clause = 'russia launched 70 drones at ukraine overnight and russia said it had downed 20 ukrainian drones';
    const cues = findSideCues(clause);
    expect(sideAt(cues, clause.indexOf('70') + 2)).toBe('UA');
    expect(sideAt(cues, clause.indexOf('20 ukrainian drones') + 19)).toBe('RU');
  });

  it('are unknown when nothing says', () => {
    expect(sideAt(findSideCues('66 drones were destroyed'), 10)).toBeNull();
  });
});
