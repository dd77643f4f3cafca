// The row of overlay toggles under the plot. Each is a button with aria-pressed, a small
// picture of the mark it draws (so the row is also the legend of those marks) and a name;
// its title says how to read the mark. The list of ids lives in overlay-set.js. Overlays a
// view cannot draw (the eigenvector slice draws no critical points) are shown as unavailable,
// with the reason in a note under the row.

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { joinList } from "../i18n/format.js";
import { OVERLAY_IDS } from "../app/overlay-set.js";
import { OUTLINE, MARK, SIGN_COLORS } from "../canvas/theme.js";

const SVG = "http://www.w3.org/2000/svg";

/** An SVG element with attributes (no inline style: the page's CSP forbids it). */
function svg(tag, attrs = {}, children = []) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const child of children) node.append(child);
  return node;
}

const O = OUTLINE;

/** A 24 × 24 picture of each overlay's mark, as drawn on the canvas. */
const SWATCHES = {
  level: () => [svg("path", { d: "M2 12 H22", stroke: "#5b6270", "stroke-width": 2, "stroke-dasharray": "5 3" })],
  crit: () => [
    svg("circle", { cx: 7, cy: 8, r: 4, fill: "#fff", stroke: O, "stroke-width": 1.5 }),
    svg("path", { d: "M17 3.5 L21.5 8 L17 12.5 L12.5 8 Z", fill: "#fff", stroke: O, "stroke-width": 1.5 }),
    svg("path", { d: "M2 21 C9 19 15 17 22 14", fill: "none", stroke: O, "stroke-width": 4, "stroke-linecap": "round" }),
    svg("path", { d: "M2 21 C9 19 15 17 22 14", fill: "none", stroke: "#fff", "stroke-width": 2, "stroke-linecap": "round" }),
  ],
  u: () => arrow(MARK.escape),
  g: () => arrow(MARK.gradient),
  eig: () => [
    svg("path", { d: "M3 20 L21 4", stroke: O, "stroke-width": 5 }),
    svg("path", { d: "M3 20 L21 4", stroke: SIGN_COLORS.positive, "stroke-width": 3 }),
    svg("path", { d: "M3 4 L21 20", stroke: O, "stroke-width": 5, "stroke-dasharray": "5 3" }),
    svg("path", { d: "M3 4 L21 20", stroke: SIGN_COLORS.negative, "stroke-width": 3, "stroke-dasharray": "5 3" }),
  ],
  taylor: () => [
    svg("ellipse", { cx: 12, cy: 12, rx: 9.5, ry: 6, fill: "none", stroke: "#fff", "stroke-width": 3.5, "stroke-dasharray": "4 3" }),
    svg("ellipse", { cx: 12, cy: 12, rx: 9.5, ry: 6, fill: "none", stroke: O, "stroke-width": 1.6, "stroke-dasharray": "4 3" }),
  ],
  err: () => [svg("rect", { x: 2, y: 4, width: 20, height: 16, rx: 2, fill: "url(#err-swatch)", stroke: "#8c9098" })],
  probe: () => [
    svg("path", { d: "M3 19 L19 5", stroke: O, "stroke-width": 1.5, "stroke-dasharray": "2 2.5" }),
    svg("circle", { cx: 17, cy: 7, r: 4.5, fill: "#fff", stroke: O, "stroke-width": 1.8 }),
  ],
};

function arrow(color) {
  return [
    svg("path", { d: "M3 12 H15", stroke: O, "stroke-width": 6, "stroke-linecap": "round" }),
    svg("path", { d: "M3 12 H15", stroke: color, "stroke-width": 3, "stroke-linecap": "round" }),
    svg("path", { d: "M22 12 L13 6.5 L13 17.5 Z", fill: color, stroke: O, "stroke-width": 1.5, "stroke-linejoin": "round" }),
  ];
}

function swatch(id) {
  const defs =
    id === "err"
      ? [
          svg("defs", {}, [
            svg("linearGradient", { id: "err-swatch", x1: 0, x2: 1, y1: 0, y2: 0 }, [
              svg("stop", { offset: 0, "stop-color": "#eb2828", "stop-opacity": 0 }),
              svg("stop", { offset: 1, "stop-color": "#eb2828", "stop-opacity": 0.75 }),
            ]),
          ]),
        ]
      : [];
  return svg("svg", { viewBox: "0 0 24 24", "aria-hidden": "true", class: "overlay-swatch" }, [...defs, ...SWATCHES[id]()]);
}

export class OverlayToggles {
  /** `root` gets one button per overlay; `onChange(ids)` receives the ids switched on. */
  constructor(root, onChange) {
    this.root = root;
    this.on = new Set();
    this.lang = null;
    this.buttons = new Map();
    for (const id of OVERLAY_IDS) {
      const name = el("span", { class: "overlay-name" });
      const button = el("button", { class: "overlay-toggle", attrs: { type: "button", "data-overlay": id, "aria-pressed": "false" } }, [swatch(id), name]);
      button.addEventListener("click", () => {
        if (this.on.has(id)) this.on.delete(id);
        else this.on.add(id);
        this.sync();
        onChange(OVERLAY_IDS.filter((k) => this.on.has(k)));
      });
      this.buttons.set(id, { button, name });
    }
    root.replaceChildren(...[...this.buttons.values()].map((b) => b.button));
    this.unavailable = [];
    this.note = el("p", { class: "hint overlay-unavailable-note", attrs: { role: "status" } });
    this.note.hidden = true;
    root.after(this.note);
  }

  /** Marks the overlays `ids` as not drawn by the view shown (none: []), with the reason. */
  setUnavailable(ids) {
    this.unavailable = ids;
    this.sync();
  }

  /** Shows `ids` as switched on. */
  set(ids) {
    this.on = new Set(ids);
    this.sync();
  }

  sync() {
    const lang = this.lang ?? "en";
    for (const [id, { button }] of this.buttons) {
      button.setAttribute("aria-pressed", String(this.on.has(id)));
      const out = this.unavailable.includes(id);
      button.classList.toggle("is-unavailable", out);
      button.title = t(lang, out ? "overlayUnavailableTip" : `overlayTip_${id}`);
    }
    // The note names the overlays that are on but not drawn, so nothing is missing silently.
    const missing = this.unavailable.filter((id) => this.on.has(id)).map((id) => t(lang, `overlay_${id}`));
    this.note.hidden = missing.length === 0;
    this.note.textContent = missing.length ? t(lang, "overlayUnavailableNote", { names: joinList(lang, missing) }) : "";
  }

  setLang(lang) {
    if (lang === this.lang) return;
    this.lang = lang;
    this.root.setAttribute("aria-label", t(lang, "overlaysLabel"));
    for (const [id, { name }] of this.buttons) name.textContent = t(lang, `overlay_${id}`);
    this.sync();
  }
}
