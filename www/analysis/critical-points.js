// The critical points in the window, as every view shows them: the core's search over the
// slice, near-duplicates merged, each point's marker shape and legend entry. Pure but for
// calling the Loss.

import { sliceArgs } from "../core/slice-args.js";
import { fewestDecimals } from "./tidy-point.js";

/** Points of the core's list closer than this share of the window are one point. */
const MERGE_SHARE = 0.01;
/** The shapes a marker can have; any other verdict is drawn as "unknown". */
const SHAPES = ["minimum", "maximum", "saddle"];
/** Legend order: the lecture's story (valleys and minima, then maxima, then saddles). */
const LEGEND_ORDER = ["valley_minimum", "valley_maximum", "valley_other", "minimum", "maximum", "saddle", "unknown", "slice"];

/**
 * The critical points of `loss` in the slice through `theta` over `axes` (parameter indices
 * ix, iy) within `win`, merged (see mergeCritical). Throws what the core throws.
 */
export function findCriticalPoints(loss, axes, win, theta, ix, iy) {
  return mergeCritical(loss, loss.criticalPoints(sliceArgs(axes, win, theta)), win, ix, iy);
}

/**
 * The core's list with near-duplicates merged. At a degenerate point (the monkey saddle,
 * x² + y⁴) the search converges from many starts to points a hair apart, which would draw one
 * marker twenty times and count it twenty times. A cluster becomes one point: its centre
 * rounded to the fewest decimals that are at least as critical as its members (so x² + y⁴
 * gets exactly (0, 0)), else its most critical member; kind and value are analysed there.
 */
export function mergeCritical(loss, list, win, ix, iy) {
  const radius = MERGE_SHARE * Math.min(win.x1 - win.x0, win.y1 - win.y0);
  const clusters = [];
  const merged = [];
  for (const cp of list) {
    if (cp.curve) {
      merged.push(cp);
      continue;
    }
    const home = clusters.find((c) => Math.hypot(c[0].point[ix] - cp.point[ix], c[0].point[iy] - cp.point[iy]) <= radius);
    if (home) home.push(cp);
    else clusters.push([cp]);
  }
  for (const members of clusters) {
    if (members.length === 1) {
      merged.push(members[0]);
      continue;
    }
    const gradientNorm = (p) => Math.hypot(...loss.gradient(p));
    const norms = members.map((m) => gradientNorm(m.point));
    const worst = Math.max(...norms);
    const centre = members[0].point.map((_, k) => members.reduce((s, m) => s + m.point[k], 0) / members.length);
    const asCritical = (rounded) => Math.hypot(rounded[ix] - centre[ix], rounded[iy] - centre[iy]) <= radius && gradientNorm(rounded) <= worst;
    const point = fewestDecimals(centre, asCritical, { from: 0 }) ?? members[norms.indexOf(Math.min(...norms))].point;
    const a = loss.analyze(point);
    merged.push({ ...members[0], point, value: a.value, kind: a.kind, refined: a.refined, eigenvalues: a.eigenvalues });
  }
  return merged;
}

/** The marker's shape: the verdict, or the refined verdict when the second-order test cannot decide. */
export function markerShape(cp) {
  const kind = cp.kind === "inconclusive" ? cp.refined : cp.kind;
  return SHAPES.includes(kind) ? kind : "unknown";
}

/** The legend entry a critical point belongs to (see LEGEND_ORDER). */
function legendKind(cp) {
  if (cp.curve) return cp.refined === "minimum" || cp.refined === "maximum" ? `valley_${cp.refined}` : "valley_other";
  if (cp.kind === "not_critical") return "slice";
  return markerShape(cp);
}

/** [{ kind, count }] in legend order, only the kinds present. */
export function criticalCounts(critical) {
  const counts = new Map();
  for (const cp of critical) counts.set(legendKind(cp), (counts.get(legendKind(cp)) ?? 0) + 1);
  return LEGEND_ORDER.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) }));
}
