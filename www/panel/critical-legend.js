// The legend under the surface: "In this window: ● 4 local minima · ▲ 1 local maximum · …",
// each kind with the same shape and colour as its marker on the surface.

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { OUTLINE, KIND_FILL } from "../canvas/theme.js";
import { criticalCounts } from "../analysis/critical-points.js";

const SVG = "http://www.w3.org/2000/svg";
/** The valley icon's trough: a grey that reads on the legend's light background. */
const TROUGH = "#9aa3b5";

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
    shape("path", { d, fill: "none", stroke: TROUGH, "stroke-opacity": "0.45", "stroke-width": "11", "stroke-linecap": "round" });
    shape("path", { d, fill: "none", stroke: OUTLINE, "stroke-width": "5.5", "stroke-linecap": "round" });
    shape("path", { d, fill: "none", stroke: colour, "stroke-width": "3", "stroke-linecap": "round" });
    return svg;
  }
  const fill = kind === "slice" ? "none" : KIND_FILL[kind];
  const stroke = { stroke: OUTLINE, "stroke-width": kind === "slice" ? "3.5" : "2", "stroke-linejoin": "round" };
  if (kind === "minimum") shape("circle", { cx: "12", cy: "12", r: "6.5", fill, ...stroke });
  else if (kind === "maximum") shape("path", { d: "M12 4.5 L19 16.8 L5 16.8 Z", fill, ...stroke });
  else if (kind === "saddle") shape("path", { d: "M12 3.5 L20.5 12 L12 20.5 L3.5 12 Z", fill, ...stroke });
  else if (kind === "region") shape("rect", { x: "3", y: "6", width: "18", height: "12", rx: "3", fill: KIND_FILL.unknown, "stroke-dasharray": "3 2", ...stroke });
  else shape("rect", { x: "6", y: "6", width: "12", height: "12", fill, ...stroke });
  return svg;
}

export class CriticalLegend {
  constructor(root) {
    this.root = root;
    this.key = null;
  }

  /**
   * Shows the counts of `critical` (hidden unless `visible`; `skipped`: the window was not
   * searched, for a loss of `params` parameters); cheap when nothing changed (it runs every frame).
   */
  update(critical, lang, visible, { skipped = false, params = 0 } = {}) {
    const counts = visible ? criticalCounts(critical) : [];
    const key = `${visible}|${lang}|${skipped}|${counts.map((c) => `${c.kind}:${c.count}`).join(",")}`;
    if (key === this.key) return;
    this.key = key;
    this.root.hidden = !visible;
    if (!visible) return;
    if (skipped) {
      this.root.replaceChildren(el("span", { class: "critical-legend-hint", text: t(lang, "criticalMapSkipped", { n: params }) }));
      return;
    }
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
