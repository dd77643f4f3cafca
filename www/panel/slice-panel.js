// The slice panel: L(θ′ + t·v) against t for one direction v, with its first- and
// second-order Taylor curves, the seed notes' picture:
//
//   L(θ′ + t·v) ≈ L(θ′) + t·gᵀv            (first order, green dashed)
//                      + ½ t²·vᵀHv         (second order, red dashed)
//
// Near t = 0 all three agree; the second-order curve bends the way vᵀHv says. v is chosen
// in a selector: an eigenvector of H, the gradient, or the probe's direction.

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { formatNumber } from "../i18n/format.js";
import { niceTicks, formatTick } from "../surface/ticks.js";
import { INK, PAPER, OUTLINE, ORANGE, CHART, SURFACE, MARK, canvasFont, lineScale } from "../canvas/theme.js";
import { fitCanvas } from "../canvas/fit.js";
import { curvature, eigenSign } from "../analysis/curvature.js";
import { refusalOf, limitText } from "../core/failures.js";

/** Samples of the true curve. */
const SAMPLES = 161;
/** Every this many samples, [t, L, first order, second order] go into data-samples. */
const SAMPLE_STRIDE = 20;
const MARGIN = { left: 52, right: 12, top: 10, bottom: 34 };
/** Dash patterns: different for the two Taylor curves, so colour is not the only cue. */
const DASH = Object.freeze({ first: [9, 5], second: [3, 4] });

export class SlicePanel {
  /**
   * `root` gets a selector, a canvas, a legend and a read-out. `onChoose(id)` is called when
   * the student picks a direction.
   */
  constructor(root, onChoose) {
    this.root = root;
    this.title = el("h3", { class: "card-title slice-title" });
    this.selectLabel = el("label", { class: "slice-select-label", attrs: { for: "slice-direction" } });
    this.select = el("select", { class: "slice-select", attrs: { id: "slice-direction" } });
    this.canvas = el("canvas", { class: "slice-canvas", attrs: { id: "slice-canvas", role: "img" } });
    this.legend = el("ul", { class: "slice-legend" });
    this.readout = el("p", { class: "slice-readout" });
    // Along a flat direction: said in words under the chart and on it, in the plot's own style.
    this.flatNote = el("p", { class: "slice-flat", attrs: { hidden: "" } });
    root.replaceChildren(
      el("div", { class: "slice-head" }, [this.title, el("div", { class: "slice-choose" }, [this.selectLabel, this.select])]),
      el("div", { class: "slice-plot" }, [this.canvas]),
      this.legend,
      this.readout,
      this.flatNote,
    );
    this.select.addEventListener("change", () => onChoose(this.select.value));
    this.last = null;
    new ResizeObserver(() => this.last && this.draw(this.last)).observe(this.canvas);
  }

  /**
   * Shows the slice: `directions` = [{ id, label, v }] (v a unit vector, or null when the
   * direction does not exist, e.g. g = 0), `chosen` an id, `span` the half-range of t.
   */
  update({ loss, theta, analysis, directions, chosen, span, lang }) {
    // Called every frame: nothing to do unless what the panel shows depends on has changed
    // (a new Loss for every formula or data edit; θ′, the directions, the choice, the span).
    const inputs = [directions.map((d) => `${d.id}:${d.label}:${d.v?.join(",")}`).join("|"), chosen, theta.join(","), span, lang].join("#");
    if (loss === this.lastLoss && inputs === this.lastInputs) return;
    this.lastLoss = loss;
    this.lastInputs = inputs;
    this.title.textContent = t(lang, "sliceTitle");
    this.selectLabel.textContent = t(lang, "sliceAlong");
    const key = directions.map((d) => `${d.id}:${d.label}:${d.v ? 1 : 0}`).join("|");
    if (key !== this.optionsKey) {
      this.optionsKey = key;
      this.select.replaceChildren(...directions.map((d) => el("option", { text: d.label, attrs: { value: d.id, disabled: d.v ? null : "" } })));
    }
    const direction = directions.find((d) => d.id === chosen && d.v) ?? directions.find((d) => d.v);
    if (document.activeElement !== this.select || this.select.value !== direction?.id) this.select.value = direction?.id ?? "";
    this.legend.replaceChildren(
      legendItem("loss", t(lang, "sliceLegendLoss")),
      legendItem("first", t(lang, "sliceLegendFirst")),
      legendItem("second", t(lang, "sliceLegendSecond")),
    );
    if (!direction || !Number.isFinite(analysis.value)) {
      this.last = null;
      this.readout.textContent = t(lang, "sliceNone");
      this.canvas.dataset.direction = "";
      this.flatNote.hidden = true;
      this.canvas.dataset.samples = "[]";
      this.clear();
      return;
    }
    const v = direction.v;
    const ts = Array.from({ length: SAMPLES }, (_, k) => -span + (2 * span * k) / (SAMPLES - 1));
    let ys;
    try {
      ys = Array.from(loss.line(theta, v, { tRange: [-span, span], n: SAMPLES }));
    } catch (error) {
      const refused = refusalOf("line", error);
      if (refused) this.readout.textContent = limitText(lang, "line", refused);
      return;
    }
    const L = analysis.value;
    const slope = analysis.gradient.reduce((s, g, k) => s + g * v[k], 0);
    const vhv = curvature(analysis.hessian, v);
    this.last = { ts, ys, L, slope, vhv, span, flat: direction.flat ?? null };
    this.draw(this.last);
    this.flatNote.hidden = !direction.flat;
    this.flatNote.textContent = direction.flat ? t(lang, "sliceFlatNote", { flat: direction.flat }) : "";
    this.readout.textContent = t(lang, "sliceReadout", { slope: formatNumber(slope, 4), vhv: formatNumber(vhv, 4) });
    this.canvas.dataset.direction = direction.id;
    this.canvas.dataset.v = JSON.stringify(v);
    // What the three curves pass through, at every SAMPLE_STRIDE-th t: for scripts and tests
    // that check the picture's numbers (the canvas itself has only pixels).
    this.canvas.dataset.samples = JSON.stringify(
      ts
        .map((s, k) => [s, ys[k], L + s * slope, L + s * slope + 0.5 * s * s * vhv])
        .filter((_, k) => k % SAMPLE_STRIDE === 0),
    );
    this.canvas.dataset.slope = String(slope);
    this.canvas.dataset.vhv = String(vhv);
    this.canvas.setAttribute("aria-label", t(lang, "sliceCanvasLabel", { dir: direction.label, slope: formatNumber(slope, 4), vhv: formatNumber(vhv, 4) }));
  }

  clear() {
    const ctx = this.canvas.getContext("2d");
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  draw({ ts, ys, L, slope, vhv, span, flat }) {
    const fitted = fitCanvas(this.canvas, 50);
    if (!fitted) return;
    const { ctx, width: w, height: h } = fitted;
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, w, h);
    const first = ts.map((s) => L + s * slope);
    const second = ts.map((s, k) => first[k] + 0.5 * s * s * vhv);
    // The vertical range follows the true curve; the Taylor curves may leave it (clipped).
    const finite = ys.filter(Number.isFinite);
    let lo = Math.min(...finite, L);
    let hi = Math.max(...finite, L);
    if (!(hi - lo > 1e-12)) {
      lo -= 1;
      hi += 1;
    }
    const pad = 0.12 * (hi - lo);
    lo -= pad;
    hi += pad;
    const rect = { left: MARGIN.left, top: MARGIN.top, width: w - MARGIN.left - MARGIN.right, height: h - MARGIN.top - MARGIN.bottom };
    const px = (s) => rect.left + ((s + span) / (2 * span)) * rect.width;
    const py = (y) => rect.top + ((hi - y) / (hi - lo)) * rect.height;
    const k = lineScale();
    // Grid and ticks.
    const xt = niceTicks(-span, span, Math.max(2, rect.width / 70));
    const yt = niceTicks(lo, hi, Math.max(2, rect.height / 40));
    ctx.strokeStyle = SURFACE.gridLine;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const x of xt.values) {
      ctx.moveTo(Math.round(px(x)) + 0.5, rect.top);
      ctx.lineTo(Math.round(px(x)) + 0.5, rect.top + rect.height);
    }
    for (const y of yt.values) {
      ctx.moveTo(rect.left, Math.round(py(y)) + 0.5);
      ctx.lineTo(rect.left + rect.width, Math.round(py(y)) + 0.5);
    }
    ctx.stroke();
    ctx.strokeStyle = INK;
    ctx.strokeRect(rect.left - 0.5, rect.top - 0.5, rect.width + 1, rect.height + 1);
    ctx.fillStyle = INK;
    ctx.font = canvasFont(12.5);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    for (const x of xt.values) ctx.fillText(formatTick(x, xt.step), px(x), rect.top + rect.height + 4);
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    for (const y of yt.values) ctx.fillText(formatTick(y, yt.step), rect.left - 5, py(y));
    ctx.font = canvasFont(14, { italic: true });
    ctx.textAlign = "right";
    ctx.textBaseline = "bottom";
    ctx.fillText("t", rect.left + rect.width, h - 2);
    // The curves, clipped to the plot.
    ctx.save();
    ctx.beginPath();
    ctx.rect(rect.left, rect.top, rect.width, rect.height);
    ctx.clip();
    const curve = (values, color, width, dash) => {
      ctx.beginPath();
      let pen = false;
      values.forEach((y, i) => {
        if (!Number.isFinite(y)) {
          pen = false;
          return;
        }
        // Far outside the range: clamp so the clipped line still leaves the plot at the edge.
        const yy = Math.max(lo - 10 * (hi - lo), Math.min(hi + 10 * (hi - lo), y));
        if (pen) ctx.lineTo(px(ts[i]), py(yy));
        else ctx.moveTo(px(ts[i]), py(yy));
        pen = true;
      });
      ctx.setLineDash(dash.map((d) => d * k));
      ctx.strokeStyle = color;
      ctx.lineWidth = width * k;
      ctx.lineJoin = "round";
      ctx.stroke();
      ctx.setLineDash([]);
    };
    curve(ys, CHART.loss, 3, []);
    curve(first, CHART.first, 2.2, DASH.first);
    curve(second, CHART.second, 2.4, DASH.second);
    ctx.restore();
    // Along a flat direction, its words on the chart in the flat direction's colour.
    if (flat) {
      ctx.font = canvasFont(13, { bold: true });
      ctx.textAlign = "left";
      ctx.textBaseline = "top";
      ctx.lineJoin = "round";
      ctx.lineWidth = 3;
      ctx.strokeStyle = OUTLINE;
      ctx.strokeText(flat, rect.left + 6, rect.top + 4, rect.width - 12);
      ctx.fillStyle = MARK.flat;
      ctx.fillText(flat, rect.left + 6, rect.top + 4, rect.width - 12);
    }
    // θ′ at t = 0.
    ctx.beginPath();
    ctx.arc(px(0), py(L), 5.5 * Math.sqrt(k), 0, 2 * Math.PI);
    ctx.fillStyle = ORANGE;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = OUTLINE;
    ctx.stroke();
  }
}

function legendItem(kind, text) {
  return el("li", { class: `slice-key slice-key-${kind}` }, [el("span", { class: "slice-swatch", attrs: { "aria-hidden": "true" } }), el("span", { text })]);
}

/**
 * The directions offered for a slice at analysis `a`: each eigenvector of H ("eig1", …), the
 * gradient (normalised; null when it counts as zero) and the probe's v (when it exists). An
 * eigenvector of λ ≈ 0 at a critical point whose second-order test is inconclusive is a flat
 * direction: `flat` holds its words (`flatLabel`, the plot's), and its option says so.
 */
export function sliceDirections(a, probeV, lang, flatLabel = null) {
  const directions = a.eigenvalues.map((lambda, k) => {
    // λ as it counts: 0 under the analysis' zero rule (no 4.4 × 10⁻¹⁶ for what is 0).
    const zero = eigenSign(lambda, a.zeroThreshold) === "zero";
    const flat = flatLabel && zero ? flatLabel : null;
    const vars = { k: k + 1, lambda: zero ? "0" : formatNumber(lambda, 3) };
    return { id: `eig${k + 1}`, label: t(lang, flat ? "sliceDirEigenFlat" : "sliceDirEigen", vars), v: a.eigenvectors[k], flat };
  });
  const norm = Math.hypot(...a.gradient);
  const gZero = !(a.gradientNorm > a.tolerances.gradient) || !(norm > 0);
  directions.push({ id: "g", label: t(lang, "sliceDirGradient"), v: gZero ? null : a.gradient.map((g) => g / norm) });
  if (probeV) directions.push({ id: "probe", label: t(lang, "sliceDirProbe"), v: probeV });
  return directions;
}
