// The map of critical points in the window: each point marked by its kind with a shape AND a
// colour (shape alone already tells them apart: colour is never the only signal), a valley of
// minima drawn as a valley (a soft trough with the line of minima along its floor), and a
// legend that names the kinds present with their counts.
//
// The colours follow the eigenvalue axes of the overlays: cyan where every eigenvalue is
// positive (minima), pink where every one is negative (maxima), white for both signs
// (saddles), grey where the test cannot decide.

import { el } from "../panel/dom.js";
import { t } from "../i18n/i18n.js";
import { roundTo } from "../i18n/format.js";
import { drawCriticalPoint, drawValley, OVERLAY_COLORS } from "./overlays.js";

/** Fill of each marker shape; `slice` points (critical only within the slice) are hollow. */
export const KIND_FILL = Object.freeze({
  minimum: "#5ee6ff",
  maximum: "#ff5fa2",
  saddle: "#ffffff",
  unknown: "#c8ccd4",
});
/** Legend order: the lecture's story (valleys and minima, then maxima, then saddles). */
export const LEGEND_ORDER = ["valley_minimum", "valley_maximum", "valley_other", "minimum", "maximum", "saddle", "unknown", "slice"];
/** Points of the core's list closer than this share of the window are one point. */
const MERGE_SHARE = 0.01;

/** The legend entry a critical point belongs to (see LEGEND_ORDER). */
export function legendKind(cp) {
  if (cp.curve) return cp.refined === "minimum" || cp.refined === "maximum" ? `valley_${cp.refined}` : "valley_other";
  if (cp.kind === "not_critical") return "slice";
  return markerShape(cp);
}

/** The marker's shape: the verdict, or the refined verdict when the second-order test cannot decide. */
export function markerShape(cp) {
  const kind = cp.kind === "inconclusive" ? cp.refined : cp.kind;
  return kind in KIND_FILL ? kind : "unknown";
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
    let point = members[norms.indexOf(Math.min(...norms))].point;
    for (let decimals = 0; decimals <= 12; decimals++) {
      const rounded = centre.map((v) => roundTo(v, decimals) + 0); // + 0: no −0
      const near = Math.hypot(rounded[ix] - centre[ix], rounded[iy] - centre[iy]) <= radius;
      if (near && gradientNorm(rounded) <= worst) {
        point = rounded;
        break;
      }
    }
    const a = loss.analyze(point);
    merged.push({ ...members[0], point, value: a.value, kind: a.kind, refined: a.refined, eigenvalues: a.eigenvalues });
  }
  return merged;
}

/** One marker at pixel (x, y): ● minimum, ▲ maximum, ◆ saddle, ■ undecided, in its kind's colour; hollow for slice-only points. */
export function drawMarker(ctx, x, y, shape, { hollow = false } = {}) {
  drawCriticalPoint(ctx, x, y, shape, { hollow, fill: KIND_FILL[shape] });
}

/** Paints the map on the 2-D surface: valleys first, points on top. */
export function paintCriticalMap(ctx, view, critical, ix, iy) {
  for (const cp of critical) {
    if (cp.curve) drawValley(ctx, cp.curve.map((p) => [view.px(p[ix]), view.py(p[iy])]), KIND_FILL[markerShape(cp)]);
  }
  for (const cp of critical) {
    if (!cp.curve) drawMarker(ctx, view.px(cp.point[ix]), view.py(cp.point[iy]), markerShape(cp), { hollow: cp.kind === "not_critical" });
  }
}

/** [{ kind, count }] in legend order, only the kinds present. */
export function criticalCounts(critical) {
  const counts = new Map();
  for (const cp of critical) counts.set(legendKind(cp), (counts.get(legendKind(cp)) ?? 0) + 1);
  return LEGEND_ORDER.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) }));
}

const SVG = "http://www.w3.org/2000/svg";

/** The legend's icon for a kind: the same shape and colour as on the surface. */
function icon(kind) {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  const shape = (tag, attrs) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    svg.append(node);
  };
  if (kind.startsWith("valley")) {
    const d = "M2 18 C8 16 14 10 22 5";
    const colour = KIND_FILL[kind === "valley_other" ? "unknown" : kind.slice("valley_".length)];
    shape("path", { d, fill: "none", stroke: "#9aa3b5", "stroke-opacity": "0.45", "stroke-width": "11", "stroke-linecap": "round" });
    shape("path", { d, fill: "none", stroke: OVERLAY_COLORS.outline, "stroke-width": "5.5", "stroke-linecap": "round" });
    shape("path", { d, fill: "none", stroke: colour, "stroke-width": "3", "stroke-linecap": "round" });
    return svg;
  }
  const fill = kind === "slice" ? "none" : KIND_FILL[kind];
  const stroke = { stroke: OVERLAY_COLORS.outline, "stroke-width": kind === "slice" ? "3.5" : "2", "stroke-linejoin": "round" };
  if (kind === "minimum") shape("circle", { cx: "12", cy: "12", r: "6.5", fill, ...stroke });
  else if (kind === "maximum") shape("path", { d: "M12 4.5 L19 16.8 L5 16.8 Z", fill, ...stroke });
  else if (kind === "saddle") shape("path", { d: "M12 3.5 L20.5 12 L12 20.5 L3.5 12 Z", fill, ...stroke });
  else shape("rect", { x: "6", y: "6", width: "12", height: "12", fill, ...stroke });
  return svg;
}

/** The legend under the surface: "In this window: ● 4 local minima · ▲ 1 local maximum · …". */
export class CriticalLegend {
  constructor(root) {
    this.root = root;
    this.key = null;
  }

  /** Cheap when nothing changed (it runs every frame). */
  update(critical, lang, visible) {
    const counts = visible ? criticalCounts(critical) : [];
    const key = `${visible}|${lang}|${counts.map((c) => `${c.kind}:${c.count}`).join(",")}`;
    if (key === this.key) return;
    this.key = key;
    this.root.hidden = !visible;
    if (!visible) return;
    const title = el("span", { class: "critical-legend-title", text: t(lang, counts.length ? "criticalMapTitle" : "criticalMapNone") });
    const items = counts.map(({ kind, count }) =>
      el("li", { class: "critical-legend-item", attrs: { "data-kind": kind, "data-count": count } }, [
        icon(kind),
        el("span", { text: t(lang, count === 1 ? `criticalMap_${kind}_one` : `criticalMap_${kind}_many`, { n: count }) }),
      ]),
    );
    this.root.setAttribute("aria-label", t(lang, "criticalMapLabel"));
    const hint = counts.length ? el("span", { class: "critical-legend-hint", text: t(lang, "criticalMapHint") }) : null;
    this.root.replaceChildren(title, el("ul", { class: "critical-legend-list" }, items), hint ?? "");
  }
}
