// Text that remembers where each of its characters came from, so that what the parser reads can be
// shown in the words the editor pasted. Every step is one pass over the text.

/** `origin[i]` is the index in the original text of `text[i]`; `origin[text.length]` is the end. */
export type Mapped = { text: string; origin: Int32Array };

export function mapped(text: string): Mapped {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i += 1) origin[i] = i;
  return { text, origin };
}

/**
 * Origins of a text being built: a typed array that doubles when full. (A plain array of 20,000
 * numbers is allocated as a large object by V8 and costs more than the whole parse of short text.)
 */
export class OriginBuilder {
  private data = new Int32Array(256);
  private size = 0;

  push(value: number): void {
    if (this.size === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size] = value;
    this.size += 1;
  }

  /** Copies origins [from, to) of `source`. */
  copy(source: Int32Array, from: number, to: number): void {
    for (let i = from; i < to; i += 1) this.push(source[i] ?? 0);
  }

  done(): Int32Array {
    return this.data.slice(0, this.size);
  }
}

/**
 * Like String.replace with a global pattern: characters of a replacement map to their match (one to
 * one when the lengths agree, else all to the match's start), untouched characters keep their origin.
 */
export function mreplace(m: Mapped, re: RegExp, replacement: string | ((match: string) => string)): Mapped {
  // Built by concatenation: an array of thousands of pieces is a large object to V8, and slow.
  let out = '';
  const origin = new OriginBuilder();
  let at = 0;
  let matched = false;
  re.lastIndex = 0;
  for (const match of m.text.matchAll(re)) {
    matched = true;
    const start = match.index;
    const end = start + match[0].length;
    out += m.text.slice(at, start);
    origin.copy(m.origin, at, start);
    const value = typeof replacement === 'string' ? replacement : replacement(match[0]);
    out += value;
    const from = m.origin[start] ?? 0;
    for (let k = 0; k < value.length; k += 1) {
      // A replacement of another length spans its whole match: first character to start, last to end.
      const source = value.length === end - start ? start + k : k === value.length - 1 ? end - 1 : start;
      origin.push(m.origin[source] ?? from);
    }
    at = end;
  }
  if (!matched) return m;
  out += m.text.slice(at);
  origin.copy(m.origin, at, m.text.length + 1);
  return { text: out, origin: origin.done() };
}

/** NFKC per character cluster (a base and its combining marks), so that the origins stay known. */
export function mnormalize(m: Mapped): Mapped {
  const t = m.text;
  // ASCII, or text already in NFKC, is left as it is: the common case costs one native pass.
  if (!/[^\x00-\x7f]/.test(t) || t.normalize('NFKC') === t) return m;
  // A text repeats few clusters: each is normalised once.
  const seen = new Map<string, string>();
  // Built by concatenation: an array of thousands of pieces is a large object to V8, and slow.
  let out = '';
  const origin = new OriginBuilder();
  let i = 0;
  while (i < t.length) {
    const code = t.charCodeAt(i);
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < t.length ? 2 : 1);
    while (j < t.length && isCombining(t.charCodeAt(j))) j += 1;
    if (code < 0x80 && j === i + 1) {
      out += t[i] ?? '';
      origin.push(m.origin[i] ?? 0);
      i = j;
      continue;
    }
    const cluster = t.slice(i, j);
    let value = seen.get(cluster);
    if (value === undefined) {
      value = cluster.normalize('NFKC');
      if (seen.size < 4_096) seen.set(cluster, value);
    }
    out += value;
    for (let k = 0; k < value.length; k += 1) {
      const source = value.length === j - i ? i + k : k === value.length - 1 ? j - 1 : i;
      origin.push(m.origin[source] ?? 0);
    }
    i = j;
  }
  origin.push(m.origin[t.length] ?? t.length);
  return { text: out, origin: origin.done() };
}

/** Combining marks that NFKC may compose with the character before them. */
function isCombining(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    code === 0x3099 ||
    code === 0x309a
  );
}

/** Lower case, one character at a time (a few characters change length when lower-cased). */
export function mlower(m: Mapped): Mapped {
  const lower = m.text.toLowerCase();
  if (lower.length === m.text.length) return { text: lower, origin: m.origin };
  return mreplace(m, /[^]/gu, (ch) => ch.toLowerCase());
}

/** The original range of [start, end) of a mapped text. */
export function originRange(m: Mapped, start: number, end: number): { start: number; end: number } {
  const from = m.origin[Math.max(0, Math.min(start, m.text.length))] ?? 0;
  const lastChar = Math.max(start, Math.min(end, m.text.length) - 1);
  const to = end > start ? (m.origin[lastChar] ?? from) + 1 : from;
  return { start: from, end: Math.max(from, to) };
}

export function mslice(m: Mapped, start: number, end: number): Mapped {
  return { text: m.text.slice(start, end), origin: m.origin.slice(start, end + 1) };
}
