// With more than two parameters, the picture along two axes can hide the story: the lecture's
// three-parameter example looks like a bowl in the x–y slice, yet θ′ is a saddle because the
// way down is along z. This view slices along two eigenvectors of the Hessian at θ′ instead:
// u₁ of the smallest eigenvalue (across) and u₂ of the largest (up), so at a saddle the
// slice always shows the saddle, whichever parameters carry it.
//
// The picture is L(θ′ + s·u₁ + t·u₂) for s, t in ± half the window's smaller extent, drawn
// into its own canvas over the plot (the 2-D canvas, its overlays and its pointer handling
// stay untouched underneath). θ′ is always the centre; it is moved with the θ′ inputs, or by
// a click: θ′ goes to the point clicked and the slice is drawn again around it.
//
// The overlays that live in this plane are drawn here too: the level set through θ′, u (or
// −g) and g, each projected onto the plane; the two eigen axes are the picture's own axes.
// Those computed in a slice along two axes (the critical points, the Taylor model and its
// error, the probe) are not: the toggles show them as unavailable, with the reason
// (UNAVAILABLE_HERE).

import { el } from "../panel/dom.js";
import { t } from "../i18n/i18n.js";
import { formatNumber, prettyName } from "../i18n/format.js";
import { refusalOf, limitText } from "../core/failures.js";
import { INK, PAPER, SIGN_COLORS, SURFACE, MARK, canvasFont } from "../canvas/theme.js";
import { fitCanvas } from "../canvas/fit.js";
import { colorScale, contourLevels } from "../surface/levels.js";
import { contourSegments } from "../surface/contours/march.js";
import { chainSegments } from "../surface/contours/chain.js";
import { colorize } from "../surface/heatmap.js";
import { cssColorAt } from "../surface/colormap.js";
import { eigenSign, flatKind } from "../analysis/curvature.js";
import { levelSetLines } from "../surface/level-set.js";
import { wayDownArrow } from "../marks/way-down.js";
import { paintSceneIn } from "../marks/scene.js";
import { gridSide } from "../core/slice-args.js";
import { SLICES } from "../app/url-state.js";

/** Samples per side of the slice (odd, so that θ′ is a sample); fewer for an expensive loss. */
const SIZE = 161;
/** An axis label lists this many of an eigenvector's components at most (the largest ones). */
const MAX_TERMS = 4;
/** The slice spans ± this share of the window's smaller extent around θ′. */
const HALF_SHARE = 0.5;
const MARGIN = { left: 54, right: 74, top: 14, bottom: 46 };
/** The slice's own colour bar, on the right (its colours are not the 2-D view's). */
const BAR = { gap: 10, width: 12 };
/** Overlays that are computed in a slice along two axes, so not drawn in this one. */
export const UNAVAILABLE_HERE = Object.freeze(["crit", "taylor", "err", "probe"]);
/** Length of g's arrow on the slice, CSS px (its direction is what it shows). */
const G_ARROW = 52;

/** Whether the snapshot `s` shows the eigenvector slice (more than two parameters, 2-D, explore). */
export function eigenSliceShown(s) {
  return s.slice === "eigen" && s.params.length > 2 && s.view === "2d" && s.mode === "explore";
}

/** An eigenvalue as printed on the slice: 0 when it counts as zero (no 2.2 × 10⁻¹⁶ for what is 0). */
function lambdaText(lambda, zeroThreshold) {
  return eigenSign(lambda, zeroThreshold) === "zero" ? "0" : formatNumber(lambda);
}

export class EigenSlice {
  /**
   * @param {HTMLCanvasElement} canvas  over the plot, hidden unless this slice is shown
   * @param {HTMLElement} switchBox  holds the "axes | eigenvectors" buttons (in the θ′ card)
   * @param {(slice: "axes" | "eigen") => void} onSlice  the user chose a slice
   * @param {(theta: number[]) => void} onTheta  a click asks for θ′ there
   */
  constructor(canvas, switchBox, onSlice, onTheta) {
    this.canvas = canvas;
    this.switchBox = switchBox;
    this.slice = "axes";
    this.shown = false;
    this.key = null;
    this.lastSnapshot = null;
    this.label = el("span", { class: "slice-switch-label" });
    this.note = el("p", { class: "hint slice-switch-note" });
    this.buttons = SLICES.map((slice) => {
      const button = el("button", { class: "view-button", attrs: { type: "button", "data-slice": slice, "aria-pressed": "false" } });
      button.addEventListener("click", () => onSlice(slice));
      return button;
    });
    switchBox.replaceChildren(this.label, el("span", { class: "view-switch" }, this.buttons), this.note);
    this.frame = null; // { rect, half, theta, u1, u2 } of the picture drawn
    canvas.addEventListener("click", (event) => {
      const f = this.frame;
      if (!f) return;
      const box = canvas.getBoundingClientRect();
      const s = ((event.clientX - box.left - f.rect.left) / f.rect.width) * 2 * f.half - f.half;
      const v = (1 - (event.clientY - box.top - f.rect.top) / f.rect.height) * 2 * f.half - f.half;
      if (Math.abs(s) > f.half || Math.abs(v) > f.half) return;
      // Rounded to about a pixel of the picture, as a click on the 2-D view is.
      const digits = Math.max(0, Math.ceil(-Math.log10((2 * f.half) / f.rect.width)) + 1);
      const round = (x) => Number(x.toFixed(digits)) + 0;
      onTheta(f.theta.map((c, k) => round(c + s * f.u1[k] + v * f.u2[k])));
    });
    new ResizeObserver(() => {
      this.key = null;
      if (this.lastSnapshot) this.update(this.lastSnapshot);
    }).observe(canvas);
  }

  setLang(lang) {
    this.lang = lang;
    this.label.textContent = t(lang, "manyParamsSliceLabel");
    this.buttons[0].textContent = t(lang, "manyParamsSliceAxes");
    this.buttons[1].textContent = t(lang, "manyParamsSliceEigen");
    this.switchBox.setAttribute("aria-label", t(lang, "manyParamsSliceLabel"));
    this.note.textContent = t(lang, "manyParamsSliceNote");
    this.key = null;
  }

  /**
   * The chosen slice, and whether it applies: only with more than two parameters, in the
   * 2-D view of explore mode. Returns whether the eigenvector slice is on screen.
   */
  setSlice(slice, { params, view, mode }) {
    this.slice = slice;
    this.switchBox.hidden = params <= 2 || mode !== "explore";
    for (const b of this.buttons) b.setAttribute("aria-pressed", String(b.dataset.slice === slice));
    this.shown = eigenSliceShown({ slice, params: { length: params }, view, mode });
    this.canvas.hidden = !this.shown;
    this.note.hidden = !this.shown;
    document.body.classList.toggle("slice-eigen", this.shown);
    return this.shown;
  }

  /** Called every frame with the page's snapshot: redraws when θ′, the window, the language or the size changed. */
  update(snapshot) {
    this.lastSnapshot = snapshot;
    if (!this.shown || !snapshot.loss || !snapshot.analysis) return;
    // A new Loss for every formula or data edit; the key for the rest of what is drawn.
    // Only the overlays drawn here count: toggling one that lives in an axes slice recomputes nothing.
    const drawnHere = snapshot.overlays.filter((id) => !UNAVAILABLE_HERE.includes(id));
    const key = [snapshot.theta.join(","), snapshot.win.x0, snapshot.win.x1, snapshot.win.y0, snapshot.win.y1, this.lang, drawnHere.join(",")].join("|");
    if (key === this.key && snapshot.loss === this.keyLoss) return;
    this.key = key;
    this.keyLoss = snapshot.loss;
    this.draw(snapshot);
  }

  draw(snapshot) {
    const canvas = this.canvas;
    const fitted = fitCanvas(canvas, 40);
    if (!fitted) return;
    const { ctx, width, height } = fitted;
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, width, height);

    const a = snapshot.analysis;
    const n = a.eigenvalues.length;
    if (n < 2 || !a.eigenvectors?.length) return;
    // Ascending eigenvalues: the first is the smallest (the way down at a saddle), the last the largest.
    const [l1, l2] = [a.eigenvalues[0], a.eigenvalues[n - 1]];
    const [u1, u2] = [a.eigenvectors[0], a.eigenvectors[n - 1]];
    const half = HALF_SHARE * Math.min(snapshot.win.x1 - snapshot.win.x0, snapshot.win.y1 - snapshot.win.y0);
    // Odd, so that θ′ is the middle sample; no more than the loss's work budget affords.
    const size = (gridSide(snapshot.loss, SIZE) - 1) | 1;
    let values;
    try {
      values = snapshot.loss.grid({ origin: snapshot.theta, u: u1, v: u2, xRange: [-half, half], yRange: [-half, half], nx: size, ny: size });
    } catch (error) {
      // Over the work budget: said on the canvas, in the page's language (the Loss's message).
      const refused = refusalOf("eigen slice", error);
      if (refused) this.say(ctx, width, height, limitText(this.lang, "grid", refused));
      return;
    }
    const side = Math.max(20, Math.min(width - MARGIN.left - MARGIN.right, height - MARGIN.top - MARGIN.bottom));
    const rect = { left: MARGIN.left + (width - MARGIN.left - MARGIN.right - side) / 2, top: MARGIN.top, width: side, height: side };
    this.frame = { rect, half, theta: [...snapshot.theta], u1, u2 };
    const px = (s) => rect.left + ((s + half) / (2 * half)) * rect.width;
    const py = (v) => rect.top + (1 - (v + half) / (2 * half)) * rect.height;

    // The colours, as in the 2-D view (viridis over this slice's own range).
    const scale = colorScale(values);
    const image = new ImageData(size, size);
    colorize(values, size, size, scale, new Uint32Array(image.data.buffer));
    const tile = new OffscreenCanvas(size, size);
    tile.getContext("2d").putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(tile, rect.left, rect.top, rect.width, rect.height);

    // Contour lines.
    if (scale) {
      const levels = contourLevels(scale);
      const gx = (i) => rect.left + (i / (size - 1)) * rect.width;
      const gy = (j) => rect.top + (1 - j / (size - 1)) * rect.height;
      ctx.strokeStyle = SURFACE.sliceContour;
      ctx.lineWidth = 1;
      for (const seg of contourSegments(values, size, size, levels)) {
        for (const line of chainSegments(seg)) {
          ctx.beginPath();
          for (let k = 0; k < line.length; k += 2) {
            if (k === 0) ctx.moveTo(gx(line[k]), gy(line[k + 1]));
            else ctx.lineTo(gx(line[k]), gy(line[k + 1]));
          }
          ctx.stroke();
        }
      }
    }

    if (scale) this.drawBar(ctx, scale, rect);

    // The two eigen-directions through θ′, in the colours of their eigenvalues' signs.
    // By the analysis' own zero rule; a flat direction of an inconclusive critical point in
    // the flat direction's lavender, as on the 2-D view.
    const signColour = (l) => {
      const sign = eigenSign(l, a.zeroThreshold);
      return sign === "zero" && flatKind(a) ? MARK.flat : SIGN_COLORS[sign];
    };
    const cx = px(0);
    const cy = py(0);
    ctx.save();
    ctx.lineWidth = 2.5;
    ctx.setLineDash([8, 6]);
    ctx.strokeStyle = signColour(l1);
    ctx.beginPath();
    ctx.moveTo(rect.left, cy);
    ctx.lineTo(rect.left + rect.width, cy);
    ctx.stroke();
    ctx.strokeStyle = signColour(l2);
    ctx.beginPath();
    ctx.moveTo(cx, rect.top);
    ctx.lineTo(cx, rect.top + rect.height);
    ctx.stroke();
    ctx.restore();
    this.drawOverlays(ctx, snapshot, { rect, half, u1, u2, values, size, dpr: window.devicePixelRatio || 1, cx, cy });

    // Frame, ticks (s and t in parameter units along the unit eigenvectors), axis names.
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1;
    ctx.strokeRect(rect.left - 0.5, rect.top - 0.5, rect.width + 1, rect.height + 1);
    ctx.fillStyle = INK;
    ctx.font = canvasFont(12, { scaled: false });
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    for (const s of [-half, 0, half]) ctx.fillText(formatNumber(s, 3), px(s), rect.top + rect.height + 5);
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    for (const v of [-half, 0, half]) ctx.fillText(formatNumber(v, 3), rect.left - 6, py(v));
    ctx.font = canvasFont(14, { scaled: false });
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    const across = t(this.lang, "manyParamsSliceAxis", { u: "u₁", lambda: lambdaText(l1, a.zeroThreshold), v: vectorText(u1, snapshot.params) });
    const up = t(this.lang, "manyParamsSliceAxis", { u: "u₂", lambda: lambdaText(l2, a.zeroThreshold), v: vectorText(u2, snapshot.params) });
    ctx.fillText(across, rect.left + rect.width / 2, rect.top + rect.height + 22, width - 8);
    ctx.save();
    ctx.translate(14, rect.top + rect.height / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = "middle";
    ctx.fillText(up, 0, 0, rect.height);
    ctx.restore();

    canvas.setAttribute("aria-label", t(this.lang, "manyParamsSliceCanvas", { across, up }));
    // For tests and scripts: the eigenvalues along the two axes and the values drawn.
    canvas.dataset.lambdas = `${l1},${l2}`;
    canvas.dataset.plot = [rect.left, rect.top, rect.width, rect.height].join(",");
    canvas.dataset.half = String(half);
    const mid = size >> 1;
    const at = (i, j) => values[i + j * size];
    canvas.dataset.centre = String(at(mid, mid));
    canvas.dataset.alongU1 = `${at(0, mid)},${at(size - 1, mid)}`;
    canvas.dataset.alongU2 = `${at(mid, 0)},${at(mid, size - 1)}`;
  }

  /**
   * The overlays that live in this plane, painted by the one scene painter: the level set
   * through θ′ (on the slice's own grid), the way down (u or −g) and g, each projected onto
   * the plane of u₁ (across) and u₂ (up); θ′ on top. `canvas.dataset.overlays` lists the ones
   * drawn, for tests and scripts.
   */
  drawOverlays(ctx, snapshot, { rect, half, u1, u2, values, size, dpr, cx, cy }) {
    const a = snapshot.analysis;
    const on = new Set(snapshot.overlays);
    const drawn = [];
    const scene = { bounds: rect, arrows: [], theta: { x: cx, y: cy } };
    const perUnit = rect.width / (2 * half);
    const dot = (v, u) => v.reduce((sum, c, k) => sum + c * u[k], 0);
    // A direction of parameter space on the picture: its shadow in the plane, in px, and its length there.
    const direction = (v) => [dot(v, u1) * perUnit, -dot(v, u2) * perUnit, Math.hypot(dot(v, u1), dot(v, u2))];
    if (on.has("level") && Number.isFinite(a.value)) {
      scene.levelSet = levelSetLines({ values, nx: size, ny: size }, a.value, rect, dpr);
      drawn.push("level");
    }
    if (on.has("u")) {
      const arrow = wayDownArrow(a, cx, cy, direction);
      if (arrow) scene.arrows.push(arrow);
      drawn.push("u");
    }
    // The same test as the 2-D view's g and the numbers' "g = 0" (marks/gradient.js).
    if (on.has("g") && a.gradientNorm > a.tolerances.gradient) {
      const [dx, dy, inPlane] = direction(a.gradient.map((c) => c / a.gradientNorm));
      if (inPlane > 0) scene.arrows.push({ x: cx, y: cy, dx, dy, color: MARK.gradient, label: "g", length: G_ARROW });
      drawn.push("g");
    }
    paintSceneIn(ctx, scene, rect);
    this.canvas.dataset.overlays = drawn.join(",");
  }

  /** A sentence in the middle of the slice's canvas, when there is no picture to draw. */
  say(ctx, width, height, text) {
    ctx.fillStyle = INK;
    ctx.font = canvasFont(14, { scaled: false });
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(text, width / 2, height / 2, width - 24);
    this.canvas.dataset.overlays = "";
  }

  /** The slice's colour bar right of the plot, labelled in true loss values. */
  drawBar(ctx, scale, rect) {
    const x = rect.left + rect.width + BAR.gap;
    const steps = 64;
    for (let k = 0; k < steps; k++) {
      ctx.fillStyle = cssColorAt(1 - k / steps);
      ctx.fillRect(x, rect.top + (k * rect.height) / steps, BAR.width, rect.height / steps + 0.5);
    }
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1;
    ctx.strokeRect(x - 0.5, rect.top - 0.5, BAR.width + 1, rect.height + 1);
    ctx.fillStyle = INK;
    ctx.font = canvasFont(12, { scaled: false });
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    for (const t of [0, 0.5, 1]) ctx.fillText(formatNumber(scale.v(t), 3), x + BAR.width + 4, rect.top + (1 - t) * rect.height);
  }
}

/** A unit vector as "0.71 x + 0.71 y", its small components left out. */
function vectorText(u, params) {
  const parts = [];
  // A network's eigenvector has hundreds of components: its largest few, in parameter order, and "…".
  const shown = u.map((_, k) => k).filter((k) => Math.abs(u[k]) >= 0.005);
  const kept = new Set(shown.length > MAX_TERMS ? [...shown].sort((a, b) => Math.abs(u[b]) - Math.abs(u[a])).slice(0, MAX_TERMS - 1) : shown);
  u.forEach((c, k) => {
    if (!kept.has(k)) return;
    const size = formatNumber(Math.abs(c), 2);
    const term = `${size === "1" ? "" : size + " "}${prettyName(params[k])}`;
    parts.push(parts.length === 0 ? (c < 0 ? `−${term}` : term) : `${c < 0 ? "−" : "+"} ${term}`);
  });
  if (kept.size < shown.length) parts.push("± …");
  return parts.join(" ");
}
