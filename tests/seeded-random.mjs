// A deterministic pseudo-random sequence (mulberry32) for tests and benchmarks, so that what
// they draw is the same on every run and a failure reproduces.

/** A function returning numbers in [0, 1), the same sequence for the same `seed`. */
export function seededRandom(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
