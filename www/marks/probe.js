// The direction probe: the lecture's "try every v" made literal. The student turns a
// direction v around θ′ (dragging a handle on the canvas, or typing an angle) and reads
// vᵀHv for the unit vector v: its sign says whether the loss curves up or down along v.
// The slice panel draws L along the same v.
//
// v lives in the plotted slice: v = cos φ·e_x + sin φ·e_y over the two axis parameters, the
// others 0. φ is measured in parameter space (not in pixels), counter-clockwise from the
// x axis, so "45°" is (1, 1)/√2 whatever the window's aspect.

import { el } from "../panel/dom.js";
import { t } from "../i18n/i18n.js";
import { formatNumber } from "../i18n/format.js";

/** Distance of the handle from θ′, CSS px: 27% of the plot's smaller side, within these
 * bounds. Never less than past the head and label of the u arrow (72 px and ~90 px), which
 * point the same way at the lecture's saddle and must stay visible; on a phone's small plot
 * the lower bound keeps the handle inside the plot. */
export const PROBE_RADIUS = Object.freeze({ min: 100, max: 120, share: 0.27 });
/** A press this close to the handle turns it, CSS px. */
export const PROBE_GRAB = 16;
/** The same for a finger, which covers more than it hits (about a 10 mm target). */
export const PROBE_GRAB_TOUCH = 28;
/** vᵀHv this close to 0 (relative to the largest |λ|) reads as "flat". */
const FLAT = 1e-9;

/** The unit vector of angle φ in the slice: n components, axis indices ix, iy. */
export function probeVector(angle, n, ix, iy) {
  const v = new Array(n).fill(0);
  v[ix] = Math.cos(angle);
  if (iy >= 0) v[iy] = Math.sin(angle);
  return v;
}

/** vᵀHv. */
export function curvature(hessian, v) {
  let sum = 0;
  for (let i = 0; i < v.length; i++) for (let j = 0; j < v.length; j++) sum += v[i] * hessian[i][j] * v[j];
  return sum;
}

/** "up" | "down" | "flat" for vᵀHv, given the largest |λ| for scale. */
export function curvatureSign(vhv, maxAbsLambda) {
  if (Math.abs(vhv) <= FLAT * Math.max(1, maxAbsLambda)) return "flat";
  return vhv > 0 ? "up" : "down";
}

/** The handle's pixel position for θ′ at pixel (mx, my). */
export function handlePixel(mx, my, angle, view) {
  const dx = Math.cos(angle) * view.sx;
  const dy = -Math.sin(angle) * view.sy;
  const n = Math.hypot(dx, dy) || 1;
  const side = Math.min(view.rect.width, view.rect.height);
  const r = Math.min(PROBE_RADIUS.max, Math.max(PROBE_RADIUS.min, PROBE_RADIUS.share * side));
  return [mx + (dx / n) * r, my + (dy / n) * r];
}

/** The angle (parameter space, radians in [0, 2π)) of pixel (px, py) seen from θ′ at (mx, my). */
export function angleAt(mx, my, px, py, view) {
  const a = Math.atan2((my - py) / view.sy, (px - mx) / view.sx);
  return a < 0 ? a + 2 * Math.PI : a;
}

/**
 * The probe's controls under the plot: an angle input (degrees) and the read-out of vᵀHv.
 * `onAngle(radians)` is called when the student types an angle.
 */
export class ProbeBox {
  constructor(root, onAngle) {
    this.root = root;
    this.lang = "en";
    this.label = el("label", { class: "probe-label", attrs: { for: "probe-angle" } });
    this.input = el("input", {
      class: "probe-angle",
      attrs: { id: "probe-angle", type: "number", min: "-360", max: "360", step: "5", inputmode: "decimal", "aria-describedby": "probe-readout" },
    });
    this.unit = el("span", { class: "probe-unit", text: "°" });
    this.vector = el("span", { class: "probe-vector" });
    // Not a live region: it changes with every frame while θ′ moves, which would drown a
    // screen reader (screen-reader.js speaks once θ′ rests). The angle input points to it.
    this.readout = el("p", { class: "probe-readout", attrs: { id: "probe-readout" } });
    this.formula = el("span", { class: "probe-vhv" });
    this.words = el("span", { class: "probe-words" });
    this.readout.append(this.formula, " ", this.words);
    root.replaceChildren(el("div", { class: "probe-row" }, [this.label, this.input, this.unit, this.vector]), this.readout);
    this.input.addEventListener("input", () => {
      const degrees = Number(this.input.value);
      if (this.input.value.trim() !== "" && Number.isFinite(degrees)) onAngle((degrees * Math.PI) / 180);
    });
  }

  /** Shows the probe for angle φ, v and vᵀHv; `sign` from curvatureSign. */
  update({ angle, v, ix, iy, vhv, sign, names }, lang) {
    this.lang = lang;
    this.label.textContent = t(lang, "probeAngle");
    if (document.activeElement !== this.input) {
      const degrees = Math.round(((angle * 180) / Math.PI) * 10) / 10;
      this.input.value = String(degrees);
    }
    this.vector.textContent = `v = (${formatNumber(v[ix], 3)}, ${formatNumber(v[iy], 3)}) ${t(lang, "probeAlong", { x: names[0], y: names[1] })}`;
    this.formula.textContent = `vᵀHv = ${formatNumber(vhv, 4)}`;
    this.words.textContent = t(lang, `probe_${sign}`);
    this.readout.dataset.sign = sign;
    this.readout.dataset.vhv = String(vhv);
  }
}
