// Which verb each count in a clause goes with: "114 drones were launched", "shot down 66 drones",
// "3 missiles and 114 drones were launched", "66 of the 114 drones were destroyed".
import type { CountPhrase } from './count-phrases';
import type { Cue } from './cues';
import { firstStartingAt, lastEndingBy } from './positions';

// Words between a count and the verb that follows it: "66 drones were confirmed shot down".
const FILLER =
  /^(?:were|was|are|is|have|has|had|been|being|be|more|others?|additional|further|reportedly|reported|confirmed|also|successfully|then|later|subsequently|either|effectively|quickly|all|to|as|each|of|them|these|those|which|by|air|defen[cs]e|forces|було|були|також|успішно|-)$/u;
const CONNECTOR = /^\s*(?:,|and|as well as|plus|та|і|й|,\s*and)\s*$/u;

/**
 * The verb each count goes with: the one right after it, else the last one before it, else the verb of
 * the counts it is listed with ("3 missiles and 114 drones were launched"). Built once per clause so
 * that a long clause costs linear time.
 */
export function cueReader(text: string, counts: CountPhrase[], cues: Cue[]): (i: number) => Cue | null {
  // "drones launched by Russia": a participle right after a counted weapon describes it; it is not
  // the verb of the counts that follow ("shot down 38 of 43 drones launched by Russia and both Kh-59").
  const phraseEnds = new Set(counts.map((c) => c.end + (/^\s*/.exec(text.slice(c.end, c.end + 20))?.[0].length ?? 0)));
  const describes = cues.map((cue) => cue.kind === 'launched' && phraseEnds.has(cue.start));
  // For each cue, the nearest cue at or before it that does not merely describe.
  const verbAtOrBefore: number[] = [];
  cues.forEach((_, k) => verbAtOrBefore.push(describes[k] ? (verbAtOrBefore[k - 1] ?? -1) : k));
  const before = (count: CountPhrase): Cue | null => {
    const k = lastEndingBy(cues, count.start);
    return k >= 0 ? (cues[verbAtOrBefore[k] ?? -1] ?? null) : null;
  };

  const attached = (k: number): Cue | null => {
    const count = counts[k];
    if (!count) return null;
    let from = count.ofIndex !== null ? (counts[count.ofIndex]?.end ?? count.end) : count.end;
    for (let c = firstStartingAt(cues, from); c < cues.length; c += 1) {
      const next = cues[c];
      if (!next) break;
      const raw = text.slice(from, next.start);
      const gap = raw.replace(/[,'"()]/g, ' ').trim();
      if (raw.length > 50) return null;
      if (gap !== '' && !gap.split(/\s+/).every((w) => FILLER.test(w))) return null;
      // "66, locationally lost 31": a verb after a bare comma starts the next count's phrase.
      if (gap === '' && /[,;]/.test(raw)) return null;
      // "24 of 30 drones launched by Russia (were destroyed)": without "were", the verb describes the 30.
      if (count.ofIndex !== null && !/\b(?:were|was|been|are|is)\b/.test(gap)) {
        if (next.kind !== 'launched') return null;
        from = next.end;
        continue;
      }
      return next;
    }
    return null;
  };

  // The verb of the counts listed after each count, computed from the last count back.
  const listed: (Cue | null)[] = new Array<Cue | null>(counts.length).fill(null);
  for (let k = counts.length - 2; k >= 0; k -= 1) {
    const count = counts[k];
    const next = counts[k + 1];
    if (count && next && next.start - count.end <= 20 && CONNECTOR.test(text.slice(count.end, next.start))) {
      listed[k] = attached(k + 1) ?? listed[k + 1] ?? null;
    }
  }

  return (i: number): Cue | null => {
    const count = counts[i];
    if (!count) return null;
    const previous = before(count);
    const own = attached(i);
    if (own) {
      const bare = !/\b(?:were|was|been|are|is|have|has|had)\b/.test(text.slice(count.end, own.start));
      const k = cues.indexOf(own);
      if (own.kind === 'launched' && bare && previous && previous.kind !== 'launched' && describes[k]) return previous;
      return own;
    }
    // A verb beyond a comma or "that" belongs to an earlier part of the sentence; the verb of the
    // counts listed with this one is then closer ("…, adding that 476 drones and 30 missiles were
    // neutralised").
    const far = previous !== null && /[,;:]|\b(?:that|said|saying|adding)\b/u.test(text.slice(previous.end, count.start));
    return far ? (listed[i] ?? previous) : (previous ?? listed[i] ?? null);
  };
}
