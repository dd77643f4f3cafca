// Axis ticks at "nice" numbers (1, 2 or 5 times a power of ten). Pure.

/**
 * Tick values covering [lo, hi], about `count` of them, at multiples of a nice step.
 * Returns { values, step }; values are rounded to the step's decimals so that labels are
 * exact ("0.3", not "0.30000000000000004"). Empty for an empty or non-finite interval.
 */
export function niceTicks(lo, hi, count = 5) {
  if (!(Number.isFinite(lo) && Number.isFinite(hi)) || !(hi > lo) || !(count > 0)) {
    return { values: [], step: NaN };
  }
  const step = niceStep((hi - lo) / count);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const values = [];
  for (let k = first; k <= last; k++) values.push(Number((k * step).toFixed(decimals)) + 0);
  return { values, step };
}

/** The nice number (1, 2 or 5 × 10ⁿ) nearest above `raw`. */
function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * A tick label with just the decimals its step needs: step 0.5 → "1.5", step 2 → "4".
 * Uses the typographic minus, and shows −0 as 0.
 */
export function formatTick(value, step) {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const text = (value === 0 ? 0 : value).toFixed(Math.min(decimals, 12));
  return text.replace("-", "\u2212");
}
