// How loss values become colours and which values get contour lines. Pure.
//
// Loss surfaces are lopsided: the lecture's L = (1 − w₁w₂)² spans 0 … 25 on [−2, 2]², yet
// most of the window lies below 2, where the saddle and the valleys are. A linear colour
// scale would paint all of that one dark purple. So the colour position is
// t = ((v − lo) / (hi − lo))^γ with γ chosen so that the median value lands mid-scale; the
// colour bar is labelled with true values, so the picture stays honest. Contour levels are
// evenly spaced in t (so they are evenly spaced in colour too), rounded to short numbers.

/** Share of the highest finite values allowed to saturate (an exp() blow-up in a corner). */
export const TOP_CLIP = 0.01;
/** γ is kept within [1/GAMMA_LIMIT, GAMMA_LIMIT]. */
export const GAMMA_LIMIT = 3;
/** Contour levels drawn (before duplicates from rounding are dropped). */
const LEVEL_COUNT = 10;

/**
 * The colour scale for a grid of values (NaN/±Infinity ignored): { lo, hi, gamma, t(v), v(t) }
 * where t maps a value to [0, 1] and v is its inverse. null when no value is finite.
 */
export function colorScale(values) {
  // The three order statistics by selection, not by sorting: a 512² grid sorted took ~35 ms,
  // two quickselects take a few (the results are the same numbers a sort would give). The
  // copy they reorder is scratch, kept between calls: a fresh 2 MB array per 512² surface
  // cost about a millisecond in Chromium.
  if (finiteScratch.length < values.length) finiteScratch = new Float64Array(values.length);
  const finite = finiteScratch;
  let n = 0;
  let lo = Infinity;
  let top = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v - v === 0) {
      // finite (NaN and ±Infinity give NaN)
      finite[n++] = v;
      if (v < lo) lo = v;
      if (v > top) top = v;
    }
  }
  if (n === 0) return null;
  const data = finite.subarray(0, n);
  let hi = select(data, Math.min(n - 1, Math.floor((1 - TOP_CLIP) * n)));
  if (!(hi > lo)) hi = top;
  if (!(hi > lo)) return flatScale(lo);
  const median = select(data, Math.floor(n / 2));
  const m = (median - lo) / (hi - lo);
  let gamma = m > 0 && m < 1 ? Math.log(0.5) / Math.log(m) : 1;
  gamma = Math.min(GAMMA_LIMIT, Math.max(1 / GAMMA_LIMIT, gamma));
  // Rounded so that the same surface always gets the same scale and levels.
  gamma = Math.round(gamma * 20) / 20;
  return makeScale(lo, hi, gamma);
}

// colorScale's working copy of the finite values (grown to the largest grid seen).
let finiteScratch = new Float64Array(0);

/** The scale t = ((v − lo)/(hi − lo))^γ, clamped to [0, 1], with its inverse. */
export function makeScale(lo, hi, gamma = 1) {
  const span = hi - lo;
  return {
    lo,
    hi,
    gamma,
    t: (v) => {
      const u = (v - lo) / span;
      return u <= 0 ? 0 : u >= 1 ? 1 : u ** gamma;
    },
    v: (t) => lo + span * Math.min(1, Math.max(0, t)) ** (1 / gamma),
  };
}

/**
 * The k-th smallest element of `a` (0-based), by quickselect (Hoare partition, middle pivot);
 * reorders `a` in place. Average O(n).
 */
export function select(a, k) {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const pivot = a[(left + right) >> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const tmp = a[i];
        a[i] = a[j];
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k];
  }
  return a[k];
}

// A constant surface: one colour (mid-scale), no contour lines.
function flatScale(value) {
  return { lo: value, hi: value, gamma: 1, t: () => 0.5, v: () => value };
}

/**
 * Contour levels for a scale: `count` values evenly spaced in colour, strictly inside
 * (lo, hi), each rounded to 2 significant digits, but never coarser than a power of ten
 * below a twentieth of the range (so levels on [1000, 1001] stay distinct); duplicates
 * after rounding are dropped.
 */
export function contourLevels(scale, count = LEVEL_COUNT) {
  if (!scale || !(scale.hi > scale.lo)) return [];
  const finest = 10 ** Math.floor(Math.log10((scale.hi - scale.lo) / 20));
  const levels = [];
  for (let k = 1; k < count; k++) {
    const v = scale.v(k / count);
    const twoDigits = v === 0 ? finest : 10 ** (Math.floor(Math.log10(Math.abs(v))) - 1);
    const step = Math.min(finest, twoDigits);
    const rounded = Number((Math.round(v / step) * step).toPrecision(12));
    if (rounded > scale.lo && rounded < scale.hi && rounded !== levels[levels.length - 1]) {
      levels.push(rounded);
    }
  }
  return levels;
}
