// Points as the page shows them: the core's Newton iterates may read 1.6 × 10⁻⁵⁸ where the
// exact answer is 0, so a point is shown with the fewest decimals that still say the same
// thing about it. What "the same" means differs by caller (the same verdict, a noise-sized
// change, a point as critical as its neighbours); the search for the decimals is written once.

import { roundTo } from "../i18n/format.js";

/** A question's point may move by this much (relative) when tidied, no more: only noise goes. */
const TIDY = 1e-9;

/**
 * `point` rounded to the fewest decimals from `from` to `to` for which `keeps(rounded)` holds
 * (−0 written as 0), or null if none does.
 */
export function fewestDecimals(point, keeps, { from = 2, to = 12 } = {}) {
  for (let decimals = from; decimals <= to; decimals++) {
    const rounded = point.map((v) => roundTo(v, decimals) + 0);
    if (keeps(rounded)) return rounded;
  }
  return null;
}

/**
 * A critical point as θ′ should show it: the fewest decimals that keep the same verdict
 * (kind and refined). The point shown is still exactly the point analysed; it is only tidier.
 */
export function tidyCritical(loss, point) {
  const exact = loss.analyze(point);
  const sameVerdict = (rounded) => {
    const a = loss.analyze(rounded);
    return a.kind === exact.kind && a.refined === exact.refined;
  };
  return fewestDecimals(point, sameVerdict) ?? [...point];
}

/**
 * A generated question's θ′ as shown and linked: the fewest decimals that only drop noise (a
 * change below TIDY) and keep the verdict `kind`.
 */
export function tidyPoint(loss, point, kind) {
  const noiseOnly = (rounded) => rounded.every((r, k) => Math.abs(r - point[k]) <= TIDY * Math.max(1, Math.abs(point[k])));
  return fewestDecimals(point, (rounded) => noiseOnly(rounded) && loss.analyze(rounded).kind === kind) ?? [...point];
}
