// The colour bar under the surface: the viridis ramp with the contour levels marked and
// labelled in true loss values (the ramp is not linear in the loss: see levels.js).

import { INK, SURFACE, canvasFont } from "../canvas/theme.js";
import { cssColorAt } from "./colormap.js";
import { formatNumber } from "../i18n/format.js";

/** Height of the ramp, CSS px. */
const BAR_HEIGHT = 12;
/** Minimum gap between two labels, CSS px. */
const LABEL_GAP = 8;

/**
 * Draws the bar into `canvas` at its CSS size × dpr. `scale` from colorScale() (null:
 * blank), `levels` the contour levels.
 */
export function drawColorbar(canvas, scale, levels, dpr) {
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  const ctx = canvas.getContext("2d");
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  paintColorbar(ctx, width, scale, levels);
}

/** The bar `width` CSS px wide onto `ctx` from its origin (also a saved picture's, export/picture.js). */
export function paintColorbar(ctx, width, scale, levels) {
  if (!scale || !(scale.hi > scale.lo) || width < 40) return;
  const pad = 18; // room for the end labels
  const barWidth = width - 2 * pad;
  const gradient = ctx.createLinearGradient(pad, 0, pad + barWidth, 0);
  for (let k = 0; k <= 16; k++) gradient.addColorStop(k / 16, cssColorAt(k / 16));
  ctx.fillStyle = gradient;
  ctx.fillRect(pad, 0, barWidth, BAR_HEIGHT);
  ctx.strokeStyle = SURFACE.colorbarEdge;
  ctx.strokeRect(pad + 0.5, 0.5, barWidth - 1, BAR_HEIGHT - 1);

  ctx.font = canvasFont(12, { scaled: false });
  ctx.fillStyle = INK;
  ctx.textBaseline = "top";
  ctx.textAlign = "center";
  // The ends first (they always matter), then the levels that fit between labels placed.
  // The ends are rounded to the bar's own resolution (a thousandth of the range): the grid's
  // minimum 2.9 × 10⁻⁸ of a surface whose true minimum is 0 reads "0" at this scale.
  const resolution = 10 ** Math.floor(Math.log10((scale.hi - scale.lo) / 1000));
  const end = (v) => Number((Math.round(v / resolution) * resolution).toPrecision(12)) + 0;
  const marks = [
    { v: end(scale.lo), x: pad },
    { v: end(scale.hi), x: pad + barWidth },
    ...levels.map((v) => ({ v, x: pad + scale.t(v) * barWidth })),
  ];
  const placed = [];
  for (const m of marks) {
    const text = formatNumber(m.v, 3);
    const w = ctx.measureText(text).width;
    const left = Math.max(0, Math.min(width - w, m.x - w / 2));
    if (placed.some((p) => left < p.right + LABEL_GAP && left + w > p.left - LABEL_GAP)) continue;
    placed.push({ left, right: left + w });
    ctx.fillText(text, left + w / 2, BAR_HEIGHT + 4);
    ctx.fillRect(Math.round(m.x) - 0.5, BAR_HEIGHT, 1, 3);
  }
}
