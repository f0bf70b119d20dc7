// A small seeded PRNG (mulberry32): the same seed gives the same synthetic database on every machine.

export type Prng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** k distinct indexes out of 0..n-1, in random order (a partial Fisher–Yates shuffle). */
  distinct(n: number, k: number): number[];
};

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    distinct(n, k) {
      if (k > n) throw new Error(`Cannot draw ${k} distinct values out of ${n}`);
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i += 1) {
        const j = int(i, n - 1);
        const picked = pool[j] as number;
        pool[j] = pool[i] as number;
        pool[i] = picked;
      }
      return pool.slice(0, k);
    },
  };
}
