// Painters for what sits on top of the surface: θ′, the escape direction u, the downhill
// direction −g, critical points and valleys of critical points, the level set through θ′.
// the gradient g, the Hessian's eigen axes, the dashed contours of the quadratic model and
// the direction probe. Each takes a 2-D context in CSS px; none keeps state. Line widths and
// fonts are multiplied by the projector mode's scale (projector.js).
//
// Colours are chosen against viridis (purple … yellow): white with a dark outline reads on
// both ends, and the orange of θ′ and u appears nowhere in the map. Shapes, not only colours,
// tell kinds apart (colour-blind safe). Eigen axes differ by hue AND dash: cyan solid for
// λ > 0, pink dashed for λ < 0, grey dotted for λ ≈ 0.

import { lineScale, fontScale } from "../canvas/projector.js";

const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif';

/** Radius of the θ′ marker, CSS px. */
export const THETA_RADIUS = 9;
/** Radius of a critical-point marker, CSS px. */
export const POINT_RADIUS = 6;
/** Length of the u and −g arrows, CSS px. */
export const ARROW_LENGTH = 72;
/** A direction whose unit vector projects shorter than this onto the plotted plane is not drawn: it points out of the slice. */
export const MIN_PROJECTION = 0.15;

export const OVERLAY_COLORS = Object.freeze({
  theta: "#ff6f3c",
  escape: "#ff6f3c",
  downhill: "#ffffff",
  point: "#ffffff",
  outline: "#1b1e28",
  levelSet: "rgba(255, 255, 255, 0.95)",
  valley: "#ffffff",
  valleyBand: "rgba(255, 255, 255, 0.3)",
  gradient: "#ffd23f",
  eigenPositive: "#5ee6ff",
  eigenNegative: "#ff5fa2",
  eigenZero: "#c8ccd4",
  taylor: "#1b1e28",
  taylorHalo: "rgba(255, 255, 255, 0.7)",
  probe: "#ffffff",
});

/** Dash patterns (CSS px, before the projector scale) by the sign of an eigenvalue. */
export const EIGEN_DASH = Object.freeze({ positive: [], negative: [9, 6], zero: [2, 5] });

/** The θ′ marker: an orange disc with a white ring and a dark outline. */
export function drawTheta(ctx, x, y) {
  const r = THETA_RADIUS * Math.sqrt(lineScale());
  ctx.beginPath();
  ctx.arc(x, y, r + 2, 0, 2 * Math.PI);
  ctx.fillStyle = OVERLAY_COLORS.outline;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = "#ffffff";
  ctx.fill();
  ctx.beginPath();
  ctx.arc(x, y, r - 3, 0, 2 * Math.PI);
  ctx.fillStyle = OVERLAY_COLORS.theta;
  ctx.fill();
}

/**
 * An arrow from (x, y) along the pixel direction (dx, dy) (any length), `length` px long,
 * with a text label past its head.
 */
export function drawArrow(ctx, x, y, dx, dy, { color, label, length = ARROW_LENGTH, dashed = false }) {
  const norm = Math.hypot(dx, dy);
  if (!(norm > 0)) return;
  const ux = dx / norm;
  const uy = dy / norm;
  const start = THETA_RADIUS + 2;
  const x0 = x + ux * start;
  const y0 = y + uy * start;
  const x1 = x + ux * length;
  const y1 = y + uy * length;
  const k = lineScale();
  const head = 13 * Math.sqrt(k);
  const wing = 6.5 * Math.sqrt(k);
  const shaftEnd = [x1 - ux * head * 0.8, y1 - uy * head * 0.8];
  const headPath = () => {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x1 - ux * head - uy * wing, y1 - uy * head + ux * wing);
    ctx.lineTo(x1 - ux * head + uy * wing, y1 - uy * head - ux * wing);
    ctx.closePath();
  };
  ctx.save();
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  // Outline, then colour: legible on any background.
  ctx.strokeStyle = OVERLAY_COLORS.outline;
  ctx.lineWidth = 6 * k;
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(...shaftEnd);
  ctx.stroke();
  headPath();
  ctx.lineWidth = 3 * k;
  ctx.stroke();
  ctx.strokeStyle = color;
  ctx.lineWidth = 3 * k;
  if (dashed) ctx.setLineDash([7 * k, 5 * k]);
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(...shaftEnd);
  ctx.stroke();
  ctx.setLineDash([]);
  headPath();
  ctx.fillStyle = color;
  ctx.fill();
  if (label) {
    drawLabel(ctx, label, x1 + ux * 14 * fontScale(), y1 + uy * 14 * fontScale(), color);
  }
  ctx.restore();
}

/**
 * A critical point by kind (the refined verdict for inconclusive ones): minimum ●,
 * maximum ▲, saddle ◆, undecided ■, filled with `fill`; `hollow` for points that are
 * critical only within the slice (not for the whole θ).
 */
export function drawCriticalPoint(ctx, x, y, kind, { hollow = false, fill = OVERLAY_COLORS.point } = {}) {
  const k = lineScale();
  const r = POINT_RADIUS * Math.sqrt(k);
  ctx.save();
  ctx.beginPath();
  switch (kind) {
    case "minimum":
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      break;
    case "maximum":
      ctx.moveTo(x, y - r * 1.25);
      ctx.lineTo(x + r * 1.15, y + r * 0.8);
      ctx.lineTo(x - r * 1.15, y + r * 0.8);
      ctx.closePath();
      break;
    case "saddle":
      ctx.moveTo(x, y - r * 1.3);
      ctx.lineTo(x + r * 1.3, y);
      ctx.lineTo(x, y + r * 1.3);
      ctx.lineTo(x - r * 1.3, y);
      ctx.closePath();
      break;
    default:
      ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
  }
  ctx.lineJoin = "round";
  ctx.lineWidth = 2 * k;
  ctx.strokeStyle = OVERLAY_COLORS.outline;
  if (hollow) {
    ctx.lineWidth = 4 * k;
    ctx.stroke();
    ctx.lineWidth = 2 * k;
    ctx.strokeStyle = fill;
    ctx.stroke();
  } else {
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * A polyline of pixel points [[x, y], …]: a valley of critical points, drawn as a valley: a
 * soft light trough (the flat floor) with the line of points along its bottom in `color`
 * (with a dark outline).
 */
export function drawValley(ctx, points, color = OVERLAY_COLORS.valley) {
  if (points.length < 2) return;
  const k = lineScale();
  ctx.save();
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.beginPath();
  points.forEach(([x, y], n) => (n === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  // One path, stroked three times: widest first.
  for (const [style, width] of [
    [OVERLAY_COLORS.valleyBand, 16],
    [OVERLAY_COLORS.outline, 5.5],
    [color, 3],
  ]) {
    ctx.strokeStyle = style;
    ctx.lineWidth = width * k;
    ctx.stroke();
  }
  ctx.restore();
}

/** Adds flat pixel polylines [[x, y, x, y, …], …] to the context's current path. */
function tracePolylines(ctx, lines) {
  for (const line of lines) {
    ctx.moveTo(line[0], line[1]);
    for (let i = 2; i < line.length; i += 2) ctx.lineTo(line[i], line[i + 1]);
  }
}

/**
 * The level set L = L(θ′) as pixel polylines [[x, y, x, y, …], …]: at a saddle it is the
 * cross of the lecture (higher in front and behind, lower to the left and right).
 */
export function drawLevelSet(ctx, lines) {
  if (lines.length === 0) return;
  const k = lineScale();
  ctx.save();
  ctx.setLineDash([7 * k, 5 * k]);
  ctx.lineWidth = 1.8 * k;
  ctx.lineJoin = "round";
  ctx.strokeStyle = OVERLAY_COLORS.levelSet;
  ctx.beginPath();
  tracePolylines(ctx, lines);
  ctx.stroke();
  ctx.restore();
}

/** Text with a dark halo, legible on any part of the colour map; size in CSS px (scaled). */
export function drawLabel(ctx, text, x, y, color, { size = 18, italic = true, align = "center", bounds = null } = {}) {
  ctx.save();
  ctx.font = `bold ${italic ? "italic " : ""}${size * fontScale()}px ${FONT}`;
  if (bounds && align === "center") {
    // Kept inside the plot, so a label near an edge is moved in rather than cut off.
    const half = ctx.measureText(text).width / 2 + 4;
    const h = (size * fontScale()) / 2 + 3;
    x = Math.min(bounds.left + bounds.width - half, Math.max(bounds.left + half, x));
    y = Math.min(bounds.top + bounds.height - h, Math.max(bounds.top + h, y));
  }
  ctx.textAlign = align;
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 4 * fontScale();
  ctx.strokeStyle = OVERLAY_COLORS.outline;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
  ctx.restore();
}

/**
 * An eigen axis: a line through (x, y) along the pixel direction (dx, dy), `half` px to each
 * side, coloured and dashed by `sign` ("positive" | "negative" | "zero"), labelled at its
 * end (e.g. "λ₁ = −2") away from the pixel `avoid` (if given) and from the label positions
 * in `placed` (to which its own is added).
 */
export function drawEigenAxis(ctx, x, y, dx, dy, half, sign, label, bounds = null, avoid = null, placed = []) {
  const norm = Math.hypot(dx, dy);
  if (!(norm > 0)) return;
  const ux = dx / norm;
  const uy = dy / norm;
  const k = lineScale();
  const color = { positive: OVERLAY_COLORS.eigenPositive, negative: OVERLAY_COLORS.eigenNegative, zero: OVERLAY_COLORS.eigenZero }[sign];
  const line = () => {
    ctx.beginPath();
    ctx.moveTo(x - ux * half, y - uy * half);
    ctx.lineTo(x + ux * half, y + uy * half);
  };
  ctx.save();
  ctx.lineCap = "butt";
  line();
  ctx.strokeStyle = OVERLAY_COLORS.outline;
  ctx.lineWidth = 6.5 * k;
  ctx.setLineDash(EIGEN_DASH[sign].map((d) => d * k));
  ctx.stroke();
  line();
  ctx.strokeStyle = color;
  ctx.lineWidth = 3.5 * k;
  ctx.stroke();
  ctx.setLineDash([]);
  // End ticks, so the length (∝ |λ|) reads even where the dashes end in a gap.
  for (const s of [-1, 1]) {
    const ex = x + s * ux * half;
    const ey = y + s * uy * half;
    ctx.beginPath();
    ctx.moveTo(ex - uy * 6 * k, ey + ux * 6 * k);
    ctx.lineTo(ex + uy * 6 * k, ey - ux * 6 * k);
    ctx.strokeStyle = OVERLAY_COLORS.outline;
    ctx.lineWidth = 5 * k;
    ctx.stroke();
    ctx.strokeStyle = color;
    ctx.lineWidth = 2.5 * k;
    ctx.stroke();
  }
  ctx.restore();
  // The label past the end that points right (or up), kept clear of the line; past the
  // other end if that one is nearer the point to `avoid` (the probe's handle and its text).
  let s = ux > 0.05 || (Math.abs(ux) <= 0.05 && uy < 0) ? 1 : -1;
  const gap = 16 + 4 * label.length * fontScale();
  const end = (side) => [x + side * ux * (half + gap), y + side * uy * (half + gap)];
  if (avoid && Math.hypot(end(s)[0] - avoid[0], end(s)[1] - avoid[1]) < Math.hypot(end(-s)[0] - avoid[0], end(-s)[1] - avoid[1])) s = -s;
  // Axes in the same direction (e.g. two eigenvectors' shadows in a slice of more than two
  // parameters) would put their labels on top of each other: move a label down a line until free.
  let [lx, ly] = end(s);
  const lineHeight = 22 * fontScale();
  for (let tries = 0; tries < 4 && placed.some(([px, py]) => Math.abs(px - lx) < 90 && Math.abs(py - ly) < lineHeight); tries++) ly += lineHeight;
  placed.push([lx, ly]);
  drawLabel(ctx, label, lx, ly, color, { size: 16, italic: false, bounds });
}

/**
 * Polylines [[x, y, x, y, …], …] in pixels as the quadratic model's dashed contours, clipped
 * to the circle `clip` = [x, y, r] around θ′ (if given).
 */
export function drawTaylorContours(ctx, lines, clip = null) {
  if (lines.length === 0) return;
  const k = lineScale();
  ctx.save();
  if (clip) {
    ctx.beginPath();
    ctx.arc(clip[0], clip[1], clip[2], 0, 2 * Math.PI);
    ctx.clip();
  }
  ctx.lineJoin = "round";
  ctx.setLineDash([6 * k, 4 * k]);
  ctx.beginPath();
  tracePolylines(ctx, lines);
  ctx.strokeStyle = OVERLAY_COLORS.taylorHalo;
  ctx.lineWidth = 3.6 * k;
  ctx.stroke();
  ctx.strokeStyle = OVERLAY_COLORS.taylor;
  ctx.lineWidth = 1.7 * k;
  ctx.stroke();
  ctx.restore();
}

/**
 * The direction probe: a thin line through θ′ along ±(dx, dy) and a round handle at
 * (hx, hy) the student drags, labelled v; `reading` = { text, sign } ("up" | "down" |
 * "flat") is written under the label in the colour of the eigen axes of that sign, so vᵀHv
 * reads at the handle while it is dragged.
 */
export function drawProbe(ctx, x, y, hx, hy, radius, reading = null, bounds = null) {
  const k = lineScale();
  ctx.save();
  ctx.lineCap = "round";
  const dx = hx - x;
  const dy = hy - y;
  const line = () => {
    ctx.beginPath();
    ctx.moveTo(x - dx * 1.6, y - dy * 1.6);
    ctx.lineTo(x + dx * 1.6, y + dy * 1.6);
  };
  line();
  ctx.strokeStyle = OVERLAY_COLORS.outline;
  ctx.lineWidth = 4 * k;
  ctx.stroke();
  line();
  ctx.strokeStyle = OVERLAY_COLORS.probe;
  ctx.lineWidth = 1.8 * k;
  ctx.setLineDash([2 * k, 4 * k]);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.arc(hx, hy, radius, 0, 2 * Math.PI);
  ctx.fillStyle = OVERLAY_COLORS.probe;
  ctx.fill();
  ctx.lineWidth = 2.5 * k;
  ctx.strokeStyle = OVERLAY_COLORS.outline;
  ctx.stroke();
  ctx.restore();
  const n = Math.hypot(dx, dy) || 1;
  const lx = hx + (dx / n) * (radius + 12);
  const ly = hy + (dy / n) * (radius + 12);
  drawLabel(ctx, "v", lx, ly, OVERLAY_COLORS.probe);
  if (reading) {
    // Beside the handle, below the line, just far enough that the text's box clears it.
    const size = 15;
    ctx.save();
    ctx.font = `bold ${size * fontScale()}px ${FONT}`;
    const halfWidth = ctx.measureText(reading.text).width / 2 + 3;
    ctx.restore();
    const halfHeight = (size * fontScale()) / 2 + 3;
    let [px, py] = [-dy / n, dx / n];
    if (py < 0) [px, py] = [-px, -py];
    const d = halfWidth * Math.abs(px) + halfHeight * Math.abs(py) + radius + 2;
    const color = { up: OVERLAY_COLORS.eigenPositive, down: OVERLAY_COLORS.eigenNegative, flat: OVERLAY_COLORS.eigenZero }[reading.sign];
    drawLabel(ctx, reading.text, hx + px * d, hy + py * d, color, { size, italic: false, bounds });
  }
}

/**
 * `direction(v)` for the plotted plane of a view: v's pixel direction [dx, dy] and the length
 * of its projection onto the two plotted parameters ix, iy.
 */
export function planeDirection(view, ix, iy) {
  return (v) => [v[ix] * view.sx, -v[iy] * view.sy, Math.hypot(v[ix], v[iy])];
}

/**
 * The way down from θ′ at pixel (mx, my), as seen in the slice: u at a saddle (if it lies
 * enough in the plotted plane), −g where the gradient is not zero; `direction` as from
 * planeDirection.
 */
export function drawWayDown(ctx, analysis, mx, my, direction) {
  if (analysis.escape && analysis.refined === "saddle") {
    const [dx, dy, size] = direction(analysis.escape);
    if (size >= MIN_PROJECTION) drawArrow(ctx, mx, my, dx, dy, { color: OVERLAY_COLORS.escape, label: "u" });
  } else if (analysis.kind === "not_critical") {
    const [dx, dy, size] = direction(analysis.gradient.map((v) => -v));
    if (size > 0 && Number.isFinite(size)) drawArrow(ctx, mx, my, dx, dy, { color: OVERLAY_COLORS.downhill, label: "−g" });
  }
}
