// The spectrum of one run as a histogram (Sagun et al., 2017: a bulk near zero and a few
// outliers). Each bar is stacked by sign with the explorer's sign colours: negative, zero
// (|λ| within the run's zero threshold) and positive eigenvalues.

import { fitCanvas } from "../../canvas/fit.js";
import { SIGN_COLORS, OUTLINE, INK } from "../../canvas/theme.js";
import { eigenSign } from "../../analysis/curvature.js";
import { drawFrame, paddedRange } from "./frame.js";

/** Bars across the spectrum's range. */
const BINS = 30;
/** Stacking order, bottom up. */
const SIGNS = ["negative", "zero", "positive"];

/** Draws `eigenvalues` (with `zeroThreshold`) into `canvas`; the axes are named by `labels` { x, y }. */
export function drawHistogram(canvas, eigenvalues, zeroThreshold, labels) {
  const fitted = fitCanvas(canvas, 40);
  if (!fitted) return;
  const { ctx, width, height } = fitted;
  const range = paddedRange(eigenvalues);
  const bins = binBySign(eigenvalues, zeroThreshold, range, BINS);
  const top = Math.max(1, ...bins.map((b) => b.negative + b.zero + b.positive));
  const { px, py, plot } = drawFrame(ctx, width, height, { range, label: labels.x }, { range: [0, top * 1.08], label: labels.y, ticks: countTicks(top) });
  const step = (range[1] - range[0]) / BINS;
  ctx.lineWidth = 1;
  ctx.strokeStyle = OUTLINE;
  bins.forEach((bin, k) => {
    const left = px(range[0] + k * step);
    const right = px(range[0] + (k + 1) * step);
    let below = 0;
    for (const sign of SIGNS) {
      if (bin[sign] === 0) continue;
      const y0 = py(below);
      const y1 = py(below + bin[sign]);
      ctx.fillStyle = SIGN_COLORS[sign];
      ctx.fillRect(left + 0.5, y1, right - left - 1, y0 - y1);
      ctx.strokeRect(left + 0.5, y1, right - left - 1, y0 - y1);
      below += bin[sign];
    }
  });
  // λ = 0, where the bulk sits.
  if (range[0] < 0 && range[1] > 0) {
    ctx.save();
    ctx.setLineDash([4, 3]);
    ctx.strokeStyle = INK;
    ctx.beginPath();
    ctx.moveTo(Math.round(px(0)) + 0.5, plot.top);
    ctx.lineTo(Math.round(px(0)) + 0.5, plot.top + plot.height);
    ctx.stroke();
    ctx.restore();
  }
}

/** `bins` equal bins over `range`, each { negative, zero, positive } counts. */
export function binBySign(eigenvalues, zeroThreshold, range, bins) {
  const counts = Array.from({ length: bins }, () => ({ negative: 0, zero: 0, positive: 0 }));
  const width = (range[1] - range[0]) / bins;
  for (const lambda of eigenvalues) {
    const k = Math.min(bins - 1, Math.max(0, Math.floor((lambda - range[0]) / width)));
    counts[k][eigenSign(lambda, zeroThreshold)]++;
  }
  return counts;
}

/** Whole-number ticks 0 … top, about five. */
function countTicks(top) {
  const step = Math.max(1, Math.ceil(top / 5));
  const ticks = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return ticks;
}
