// The lecture's overlays at θ′, painted over the surface each frame: the gradient g, the
// Hessian's eigen axes, the quadratic model's dashed contours and its error map, and the
// direction probe. Also writes what they show as text (a visually hidden list, for screen
// readers and tests) and the error map's scale.
//
// Costs while dragging θ′: the model is a 129² loop in JS and one contour pass for all
// levels; the error map (only when switched on) one more pass. Both are cached per θ′ and
// per surface, so a frame that only redraws (e.g. a probe turn) recomputes nothing.

import { el } from "../panel/dom.js";
import { t } from "../i18n/i18n.js";
import { formatNumber } from "../i18n/format.js";
import { drawArrow, drawEigenAxis, drawTaylorContours, drawProbe, drawLabel, OVERLAY_COLORS, MIN_PROJECTION } from "./overlays.js";
import { modelGrid, modelContours, modelError, paintError, drawErrorLayer, MODEL_SIZE } from "./taylor.js";
import { probeVector, curvature, curvatureSign, handlePixel, PROBE_GRAB, PROBE_GRAB_TOUCH } from "./probe.js";
import { lineScale } from "../canvas/projector.js";

/**
 * The model's contours are drawn within this share of the plot's smaller side around θ′: a
 * Taylor model is a local picture (far out it only clutters the true contours it is compared
 * with), and the error map shows where it fails.
 */
const TAYLOR_REACH = 0.3;
/** Samples per side of the model's local grid (about 4 px apart on a desktop plot). */
const LOCAL_SIZE = 65;
/** Half-length of the eigen axis of the largest |λ|, as a share of the plot's smaller side. */
const EIGEN_SHARE = 0.3;
/** Eigen axes never shorter than this (so λ ≈ 0 still shows its direction), CSS px. */
const EIGEN_MIN = 12;
/** The g arrow: length 24 + 96·tanh(‖g‖/2) px, so it grows with ‖g‖ but stays on screen. */
const G_BASE = 24;
const G_RANGE = 96;

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
const subscript = (k) => String(k).replace(/\d/g, (d) => SUBSCRIPTS[d]);

/** "λ₁ = −2": the label of eigenvalue k (0-based). */
export function lambdaLabel(k, lambda) {
  return `λ${subscript(k + 1)} = ${formatNumber(lambda, 3)}`;
}

export class OverlayLayer {
  /** `readout`: a <ul> for the text; `errorScale`: the element showing the error map's scale. */
  constructor(readout, errorScale) {
    this.readout = readout;
    this.errorScale = errorScale;
    this.errorCanvas = document.createElement("canvas");
    this.modelKey = null;
    this.model = null; // the model over the whole window, for the error map
    this.localKey = null;
    this.localField = null;
    this.localLines = [];
    this.errorKey = null;
    this.errorTop = null;
    this.probeHandle = null; // [x, y] of the handle when drawn
  }

  /** Paints the layers that go under the marks: the error map, then the model's contours. */
  paintUnder(ctx, view, on, s) {
    if (s.field.type !== "grid" || s.iy < 0 || !Number.isFinite(s.analysis.value)) return;
    if (on.has("err")) this.paintError(ctx, view, s);
    if (on.has("taylor")) {
      const { lines, clip } = this.modelLines(view, s);
      drawTaylorContours(ctx, lines, clip);
    }
  }

  /**
   * Paints the lines through θ′ that go under the arrows: the eigen axes and the probe. At the
   * lecture's saddle the axis of λ < 0 and the probe's default v lie exactly along u, and u
   * must stay visible on top of them.
   */
  paintLines(ctx, view, on, s) {
    this.probeHandle = null;
    if (s.field.type !== "grid" || s.iy < 0 || !Number.isFinite(s.analysis.value)) return;
    const handle = on.has("probe") ? handlePixel(s.mx, s.my, s.probeAngle, view) : null;
    if (on.has("eig")) this.paintEigen(ctx, view, s, handle);
    if (on.has("probe")) {
      const [hx, hy] = handlePixel(s.mx, s.my, s.probeAngle, view);
      const { vhv, sign } = this.probeState(s);
      const reading = { text: `vᵀHv = ${formatNumber(vhv, 3)}`, sign };
      drawProbe(ctx, s.mx, s.my, hx, hy, 8 * Math.sqrt(lineScale()), reading, view.rect);
      this.probeHandle = [hx, hy];
    }
  }

  /** Paints the marks on top: g. `s` = { analysis, theta, ix, iy, field, mx, my (θ′ in px), probeAngle }. */
  paint(ctx, view, on, s) {
    if (s.field.type !== "grid" || s.iy < 0 || !Number.isFinite(s.analysis.value)) return;
    if (on.has("g")) this.paintGradient(ctx, view, s);
  }

  /** Whether pixel (x, y) is on the probe's handle (as last drawn); a finger gets more room than a mouse. */
  hitsProbe(x, y, pointerType = "mouse") {
    const reach = pointerType === "touch" ? PROBE_GRAB_TOUCH : PROBE_GRAB;
    return this.probeHandle !== null && Math.hypot(this.probeHandle[0] - x, this.probeHandle[1] - y) <= reach;
  }

  model_(s) {
    const key = `${s.theta.join(",")}|${s.ix},${s.iy}|${[s.field.win.x0, s.field.win.x1, s.field.win.y0, s.field.win.y1].join(",")}|${s.analysis.value}`;
    if (key !== this.modelKey || this.model?.field !== s.field) {
      this.modelKey = key;
      this.model = { field: s.field, values: modelGrid(s.analysis, s.theta, s.ix, s.iy, s.field.win), lines: null, rect: null };
    }
    return this.model;
  }

  /**
   * The model's contours within TAYLOR_REACH around θ′, as pixel polylines, and the circle
   * they are clipped to. The model is sampled on its own grid over that square only (finer
   * where it is drawn, and cheap: it is recomputed whenever θ′ moves).
   */
  modelLines(view, s) {
    const r = TAYLOR_REACH * Math.min(view.rect.width, view.rect.height);
    const key = `${s.theta.join(",")}|${s.ix},${s.iy}|${s.mx},${s.my},${r},${view.sx},${view.sy}|${s.analysis.value}`;
    if (key !== this.localKey || this.localField !== s.field) {
      const tx = s.theta[s.ix];
      const ty = s.theta[s.iy];
      const win = { x0: tx - r / view.sx, x1: tx + r / view.sx, y0: ty - r / view.sy, y1: ty + r / view.sy };
      const values = modelGrid(s.analysis, s.theta, s.ix, s.iy, win, LOCAL_SIZE);
      const rect = { left: s.mx - r, top: s.my - r, width: 2 * r, height: 2 * r };
      this.localLines = modelContours(values, LOCAL_SIZE, s.field.levels ?? [], { rect });
      this.localKey = key;
      this.localField = s.field;
    }
    return { lines: this.localLines, clip: [s.mx, s.my, r] };
  }

  paintError(ctx, view, s) {
    const m = this.model_(s);
    if (this.errorKey !== m) {
      const { errors, top } = modelError(s.field, m.values, MODEL_SIZE);
      paintError(this.errorCanvas, errors, MODEL_SIZE, top);
      this.errorKey = m;
      this.errorTop = top;
    }
    drawErrorLayer(ctx, this.errorCanvas, view, MODEL_SIZE);
  }

  /**
   * The eigen axes; their labels keep away from the probe's handle at `handle` (or null).
   * An axis is the eigenvector's shadow in the plotted plane: with more than two parameters
   * it is shorter by the share of the eigenvector that lies in the plane.
   */
  paintEigen(ctx, view, s, handle) {
    const a = s.analysis;
    const maxAbs = Math.max(...a.eigenvalues.map(Math.abs));
    const maxHalf = EIGEN_SHARE * Math.min(view.rect.width, view.rect.height);
    const placed = [];
    a.eigenvalues.forEach((lambda, k) => {
      const e = a.eigenvectors[k];
      const inPlane = Math.hypot(e[s.ix], e[s.iy]);
      if (inPlane < MIN_PROJECTION) return;
      const sign = Math.abs(lambda) <= (a.zeroThreshold ?? 0) ? "zero" : lambda > 0 ? "positive" : "negative";
      const half = Math.max(EIGEN_MIN, maxAbs > 0 ? (maxHalf * Math.abs(lambda) * Math.min(1, inPlane)) / maxAbs : EIGEN_MIN);
      drawEigenAxis(ctx, s.mx, s.my, e[s.ix] * view.sx, -e[s.iy] * view.sy, half, sign, lambdaLabel(k, lambda), view.rect, handle, placed);
    });
  }

  paintGradient(ctx, view, s) {
    const a = s.analysis;
    const g = a.gradient;
    const norm = Math.hypot(g[s.ix], g[s.iy]);
    if (!(a.gradientNorm > a.tolerances.gradient) || !(norm > 0)) {
      drawLabel(ctx, "g = 0", s.mx, s.my - 24 * Math.sqrt(lineScale()), OVERLAY_COLORS.gradient, { size: 15 });
      return;
    }
    const length = G_BASE + G_RANGE * Math.tanh(a.gradientNorm / 2);
    drawArrow(ctx, s.mx, s.my, g[s.ix] * view.sx, -g[s.iy] * view.sy, { color: OVERLAY_COLORS.gradient, label: "g", length });
  }

  /** The probe's v, vᵀHv and its sign for the analysis (null if the slice has one axis). */
  probeState(s) {
    if (s.iy < 0) return null;
    const a = s.analysis;
    const v = probeVector(s.probeAngle, s.theta.length, s.ix, s.iy);
    const vhv = curvature(a.hessian, v);
    const maxAbs = Math.max(0, ...a.eigenvalues.map(Math.abs));
    return { angle: s.probeAngle, v, ix: s.ix, iy: s.iy, vhv, sign: curvatureSign(vhv, maxAbs) };
  }

  /** Writes the overlays that are on as text, and shows or hides the error map's scale. */
  describe(on, s, lang) {
    const a = s.analysis;
    const items = [];
    if (on.has("g")) items.push(t(lang, "overlayReadG", { g: `(${a.gradient.map((v) => formatNumber(v, 3)).join(", ")})` }));
    if (on.has("eig")) a.eigenvalues.forEach((lambda, k) => items.push(lambdaLabel(k, lambda)));
    if (on.has("taylor")) items.push(t(lang, "overlayReadTaylor"));
    const showError = on.has("err") && this.errorTop !== null && s.field.type === "grid";
    if (showError) items.push(t(lang, "overlayReadError", { top: formatNumber(this.errorTop, 3) }));
    const text = items.join("|");
    if (text !== this.readoutText) {
      this.readoutText = text;
      this.readout.replaceChildren(...items.map((item) => el("li", { text: item })));
    }
    this.errorScale.hidden = !showError;
    if (showError) {
      this.errorScale.querySelector(".error-scale-name").textContent = t(lang, "overlayErrorScale");
      this.errorScale.querySelector(".error-scale-top").textContent = `≥ ${formatNumber(this.errorTop, 3)}`;
    }
  }
}
