// A scatter of the study's runs, one marker per run (shape and fill by its outcome: see
// experiment/study-summary.js runMarker), the selected run ringed in θ′'s orange. The lecture's
// plot (training loss against the minimum ratio) and Dauphin et al.'s (loss against the index)
// are both drawn with it.

import { fitCanvas } from "../../canvas/fit.js";
import { KIND_FILL, ORANGE, OUTLINE, INK } from "../../canvas/theme.js";
import { drawCriticalPoint } from "../../marks/critical-points.js";
import { drawFrame, paddedRange } from "./frame.js";

/** The ring around the selected run, CSS px. */
const SELECTED_RADIUS = 11;
/** A click selects the nearest marker within this distance, CSS px. */
const HIT_RADIUS = 12;

/**
 * Draws `points` ([{ index, x, y, marker }]) on `canvas` over x.range (x.label, and x.guide: a
 * value marked by a dashed line, or null) and the points' own y range from 0 (y.label).
 * Returns the markers' pixel positions for hitTest.
 */
export function drawScatter(canvas, points, { x, y, selected }) {
  const fitted = fitCanvas(canvas, 40);
  if (!fitted) return [];
  const { ctx, width, height } = fitted;
  const ys = points.map((p) => p.y);
  const yRange = paddedRange(ys, { floor: ys.every((v) => v >= 0) ? 0 : null });
  // A little room under 0 and over the top, so that no marker sits on the axis or the edge.
  const room = 0.06 * (yRange[1] - yRange[0]);
  yRange[0] -= room;
  yRange[1] += room;
  const { px, py, plot } = drawFrame(ctx, width, height, x, { range: yRange, label: y.label });
  if (x.guide !== null && x.guide !== undefined) {
    ctx.save();
    ctx.setLineDash([5, 4]);
    ctx.strokeStyle = INK;
    ctx.beginPath();
    ctx.moveTo(Math.round(px(x.guide)) + 0.5, plot.top);
    ctx.lineTo(Math.round(px(x.guide)) + 0.5, plot.top + plot.height);
    ctx.stroke();
    ctx.restore();
  }
  const placed = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).map((p) => ({ ...p, px: px(p.x), py: py(p.y) }));
  // Rings under filled markers, so a critical point is never hidden by a run that is not one.
  const order = [...placed].sort((a, b) => Number(b.marker.hollow) - Number(a.marker.hollow));
  for (const p of order) drawCriticalPoint(ctx, p.px, p.py, p.marker.shape, { hollow: p.marker.hollow, fill: KIND_FILL[p.marker.kind] });
  const chosen = placed.find((p) => p.index === selected);
  if (chosen) {
    ctx.lineWidth = 4;
    ctx.strokeStyle = OUTLINE;
    ctx.beginPath();
    ctx.arc(chosen.px, chosen.py, SELECTED_RADIUS, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = ORANGE;
    ctx.stroke();
  }
  return placed.map((p) => ({ index: p.index, x: p.px, y: p.py }));
}

/** The run whose marker is nearest (cx, cy) (CSS px in the canvas) within HIT_RADIUS, or null. */
export function hitTest(placed, cx, cy) {
  let best = null;
  let bestDistance = HIT_RADIUS;
  for (const p of placed) {
    const d = Math.hypot(p.x - cx, p.y - cy);
    if (d <= bestDistance) {
      best = p.index;
      bestDistance = d;
    }
  }
  return best;
}
