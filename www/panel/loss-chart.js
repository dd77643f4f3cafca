// The loss against the step number of optimizer runs, drawn into a small canvas. The whole
// runs fix the axes (so the animation does not rescale); the steps shown so far are drawn.
// Several runs share the axes (the lecture's comparison: gradient descent crawling off a
// saddle, the walk along u leaving at once), each in its method's colour and dash.

import { formatNumber } from "../i18n/format.js";
import { t } from "../i18n/i18n.js";
import { INK, CHART, MARK, canvasFont } from "../canvas/theme.js";
import { fitCanvas } from "../canvas/fit.js";

const PAD = { left: 46, right: 10, top: 10, bottom: 22 };
/** Room between the value labels and the axis, CSS px. */
const LABEL_GAP = 5;
/** The labels' font, at a fixed size: projector mode does not grow this chart. */
const FONT = canvasFont(12, { scaled: false });
/** The walk along u is orange, as on the surface; the optimizers' runs the chart's blue. */
const LINES = { escape: MARK.escape };
/** Dashes by method, as their paths on the surface (marks/path.js). */
const DASHES = { momentum: [9, 5], newton: [2, 5] };
const AXIS = INK;

/**
 * Draws each run of `runs` ([{ values, shown, method }]): values[0 … shown−1] over axes that
 * fit all the values of all runs.
 */
export function drawLossChart(canvas, runs, lang) {
  const fitted = fitCanvas(canvas);
  if (!fitted) return;
  const { ctx, width, height } = fitted;
  ctx.clearRect(0, 0, width, height);
  const finite = runs.flatMap((run) => run.values.filter(Number.isFinite));
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
  const steps = Math.max(...runs.map((run) => run.values.length)) - 1;
  const n = Math.max(1, steps);
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
  ctx.fillText(String(steps), left + w, PAD.top + h + 5);
  ctx.fillText(t(lang, "optimizerChartStep"), left + w / 2, PAD.top + h + 5);

  for (const run of runs) drawRun(ctx, run, px, py);
}

/** One run's curve so far and a dot at its last step shown. */
function drawRun(ctx, { values, shown, method }, px, py) {
  const color = LINES[method] ?? CHART.loss;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.lineJoin = "round";
  ctx.setLineDash(DASHES[method] ?? []);
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
  ctx.setLineDash([]);
  const last = shown - 1;
  if (Number.isFinite(values[last])) {
    ctx.beginPath();
    ctx.arc(px(last), py(values[last]), 3.5, 0, 2 * Math.PI);
    ctx.fillStyle = color;
    ctx.fill();
  }
}
