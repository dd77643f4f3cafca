// The loss against the step number of an optimizer run, drawn into a small canvas. The whole
// run fixes the axes (so the animation does not rescale); the steps shown so far are drawn.

import { formatNumber } from "../i18n/format.js";
import { t } from "../i18n/i18n.js";
import { INK, CHART, canvasFont } from "../canvas/theme.js";
import { fitCanvas } from "../canvas/fit.js";

const PAD = { left: 46, right: 10, top: 10, bottom: 22 };
/** Room between the value labels and the axis, CSS px. */
const LABEL_GAP = 5;
/** The labels' font, at a fixed size: projector mode does not grow this chart. */
const FONT = canvasFont(12, { scaled: false });
const LINE = CHART.loss;
const AXIS = INK;

/** Draws values[0 … shown−1] over the axes of all `values`. */
export function drawLossChart(canvas, values, shown, lang) {
  const fitted = fitCanvas(canvas);
  if (!fitted) return;
  const { ctx, width, height } = fitted;
  ctx.clearRect(0, 0, width, height);
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return;
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (!(hi > lo)) {
    lo -= 0.5;
    hi += 0.5;
  }
  // A loss that ends at 9 × 10⁻¹⁴ after starting at 1 ended at 0 for the eye.
  const label = (v) => formatNumber(Math.abs(v) < 1e-6 * Math.max(Math.abs(lo), Math.abs(hi)) ? 0 : v, 3);
  ctx.font = FONT;
  // The left margin grows to fit the labels (0.001354 is wider than 1).
  const left = Math.max(PAD.left, LABEL_GAP + 4 + Math.max(ctx.measureText(label(hi)).width, ctx.measureText(label(lo)).width));
  const w = width - left - PAD.right;
  const h = height - PAD.top - PAD.bottom;
  const n = Math.max(1, values.length - 1);
  const px = (k) => left + (k / n) * w;
  const py = (v) => PAD.top + (1 - (v - lo) / (hi - lo)) * h;

  ctx.strokeStyle = AXIS;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(left - 0.5, PAD.top);
  ctx.lineTo(left - 0.5, PAD.top + h + 0.5);
  ctx.lineTo(left + w, PAD.top + h + 0.5);
  ctx.stroke();
  ctx.fillStyle = AXIS;
  ctx.font = FONT;
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  ctx.fillText(label(hi), left - LABEL_GAP, PAD.top + 4);
  ctx.fillText(label(lo), left - LABEL_GAP, PAD.top + h - 4);
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.fillText("0", left, PAD.top + h + 5);
  ctx.fillText(String(values.length - 1), left + w, PAD.top + h + 5);
  ctx.fillText(t(lang, "optimizerChartStep"), left + w / 2, PAD.top + h + 5);

  ctx.strokeStyle = LINE;
  ctx.lineWidth = 2;
  ctx.lineJoin = "round";
  ctx.beginPath();
  let pen = false;
  for (let k = 0; k < shown; k++) {
    if (!Number.isFinite(values[k])) {
      pen = false;
      continue;
    }
    if (pen) ctx.lineTo(px(k), py(values[k]));
    else ctx.moveTo(px(k), py(values[k]));
    pen = true;
  }
  ctx.stroke();
  const last = shown - 1;
  if (Number.isFinite(values[last])) {
    ctx.beginPath();
    ctx.arc(px(last), py(values[last]), 3.5, 0, 2 * Math.PI);
    ctx.fillStyle = LINE;
    ctx.fill();
  }
}
