// The 3-D view's heights: L itself, linear, over a range that holds the interesting part of
// the window. Where the surface runs far off (the corners of the lecture's window reach 25
// while its saddle and valleys lie below 1.3), the range stops at a round number and the view
// says the surface is cut there; otherwise it is the surface's own range. Pure.

import { niceTicks } from "../surface/ticks.js";
import { select } from "../surface/levels.js";

/** The share of the window's values kept below a cut top (and above a cut floor). */
const KEEP_QUANTILE = 0.8;
/** The surface "runs off" when its range beyond the kept quantile is this many times the kept part. */
const RUNOFF = 1.5;
/** Ticks wanted along the L axis. */
const TICKS = 5;

/**
 * { lo, hi, cutLow, cutHigh, ticks } for the finite `values`: heights run linearly from lo to
 * hi; cutHigh (cutLow) says the surface goes above hi (below lo) somewhere and is cut there;
 * ticks are round values of L within [lo, hi]. null when no value is finite.
 */
export function heightRange(values) {
  const finite = Float64Array.from(Array.from(values).filter(Number.isFinite));
  const n = finite.length;
  if (n === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const v of finite) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const high = select(finite, Math.floor(KEEP_QUANTILE * (n - 1)));
  const low = select(finite, Math.floor((1 - KEEP_QUANTILE) * (n - 1)));
  let lo = min;
  let hi = max;
  // Cut where the rest of the range is more than RUNOFF times the kept part, at a round value.
  const step = niceTicks(low, high, TICKS).step;
  const cutHigh = high > min && max - min > RUNOFF * (high - min) && Number.isFinite(step);
  if (cutHigh) hi = Math.ceil(high / step) * step;
  const cutLow = max > low && max - min > RUNOFF * (max - low) && Number.isFinite(step);
  if (cutLow) lo = Math.floor(low / step) * step;
  if (!(hi > lo)) {
    // A flat surface: a unit band around its value, so it is drawn mid-height.
    lo -= 0.5;
    hi += 0.5;
  }
  // The box's ends at round values of L, outward (the floor of the lecture's window is L = 0,
  // not the 10⁻⁵ its grid happens to reach): the heights stay L's own.
  const round = niceTicks(lo, hi, TICKS).step;
  lo = Math.floor(lo / round + 1e-9) * round;
  hi = Math.ceil(hi / round - 1e-9) * round;
  const fix = (v) => Number(v.toPrecision(12)) + 0;
  return { lo: fix(lo), hi: fix(hi), cutLow: cutLow && lo > min, cutHigh: cutHigh && hi < max, ticks: niceTicks(fix(lo), fix(hi), TICKS) };
}
