// The critical points in the window, as every view shows them: the core's search over the
// slice, each point's marker shape and legend entry. Pure but for calling the Loss.
//
// The core gives one entry per critical point (it polishes every start to the point itself
// and merges them: x² + y⁴ has exactly one, at exactly (0, 0)), a continuum as curves split
// where their kind changes, and a flat region of critical points as one entry with `region`
// (README, "criticalPoints"), so the page draws its list as it comes.

import { sliceArgs } from "../core/slice-args.js";

/** The shapes a marker can have; any other verdict is drawn as "unknown". */
const SHAPES = ["minimum", "maximum", "saddle"];
/** Legend order: the lecture's story (valleys and minima, then maxima, then saddles). */
const LEGEND_ORDER = ["valley_minimum", "valley_maximum", "valley_other", "region", "minimum", "maximum", "saddle", "unknown", "slice"];

/**
 * The critical points of `loss` in the slice through `theta` over `axes` within `win`, as the
 * core finds them. Throws what the core throws.
 */
export function findCriticalPoints(loss, axes, win, theta) {
  return loss.criticalPoints(sliceArgs(axes, win, theta));
}

/** The marker's shape: the verdict, or the refined verdict when the second-order test cannot decide. */
export function markerShape(cp) {
  const kind = cp.kind === "inconclusive" ? cp.refined : cp.kind;
  return SHAPES.includes(kind) ? kind : "unknown";
}

/** The legend entry a critical point belongs to (see LEGEND_ORDER). */
function legendKind(cp) {
  if (cp.curve) return cp.refined === "minimum" || cp.refined === "maximum" ? `valley_${cp.refined}` : "valley_other";
  if (cp.region) return "region";
  if (cp.kind === "not_critical") return "slice";
  return markerShape(cp);
}

/** [{ kind, count }] in legend order, only the kinds present. */
export function criticalCounts(critical) {
  const counts = new Map();
  for (const cp of critical) counts.set(legendKind(cp), (counts.get(legendKind(cp)) ?? 0) + 1);
  return LEGEND_ORDER.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) }));
}
