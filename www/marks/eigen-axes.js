// The Hessian's eigen axes through θ′: one line per eigenvector, as long as |λ| (relative to
// the largest), coloured AND dashed by the sign of λ: cyan solid for λ > 0, pink dashed for
// λ < 0, grey dotted for λ ≈ 0, each labelled "λ₁ = −2" at its end.

import { OUTLINE, SIGN_COLORS, lineScale, fontScale } from "../canvas/theme.js";
import { formatNumber } from "../i18n/format.js";
import { eigenSign } from "../analysis/curvature.js";
import { MIN_PROJECTION } from "./way-down.js";
import { drawLabel } from "./label.js";

/** Half-length of the eigen axis of the largest |λ|, as a share of the plot's smaller side. */
const EIGEN_SHARE = 0.3;
/** Eigen axes never shorter than this (so λ ≈ 0 still shows its direction), CSS px. */
const EIGEN_MIN = 12;
/** Dash patterns (CSS px, before the projector scale) by the sign of an eigenvalue. */
const EIGEN_DASH = Object.freeze({ positive: [], negative: [9, 6], zero: [2, 5] });
const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

/** "λ₁ = −2": the label of eigenvalue k (0-based). */
export function lambdaLabel(k, lambda) {
  return `λ${String(k + 1).replace(/\d/g, (d) => SUBSCRIPTS[d])} = ${formatNumber(lambda, 3)}`;
}

/**
 * The axes' marks for the analysis `a` with θ′ at pixel (x, y) in `view`, axes at parameter
 * indices ix, iy: { x, y, axes: [{ dx, dy, half, sign, label }], avoid } (`avoid`: the probe's
 * handle [x, y] or null, which the labels keep away from). An axis is the eigenvector's shadow
 * in the plotted plane: with more than two parameters it is shorter by the share of the
 * eigenvector that lies in the plane, and left out below MIN_PROJECTION.
 */
export function eigenAxesMark(a, x, y, view, ix, iy, avoid) {
  const maxAbs = Math.max(...a.eigenvalues.map(Math.abs));
  const maxHalf = EIGEN_SHARE * Math.min(view.rect.width, view.rect.height);
  const axes = [];
  a.eigenvalues.forEach((lambda, k) => {
    const e = a.eigenvectors[k];
    const inPlane = Math.hypot(e[ix], e[iy]);
    if (inPlane < MIN_PROJECTION) return;
    const half = Math.max(EIGEN_MIN, maxAbs > 0 ? (maxHalf * Math.abs(lambda) * Math.min(1, inPlane)) / maxAbs : EIGEN_MIN);
    axes.push({ dx: e[ix] * view.sx, dy: -e[iy] * view.sy, half, sign: eigenSign(lambda, a.zeroThreshold), label: lambdaLabel(k, lambda) });
  });
  return { x, y, axes, avoid };
}

/** Draws the axes of eigenAxesMark; labels stay inside `bounds` and clear of each other. */
export function drawEigenAxes(ctx, { x, y, axes, avoid }, bounds) {
  const placed = [];
  for (const axis of axes) drawEigenAxis(ctx, x, y, axis, bounds, avoid, placed);
}

/**
 * One axis through (x, y) along the pixel direction (dx, dy), `half` px to each side, labelled
 * at its end away from the pixel `avoid` (if given) and from the label positions in `placed`
 * (to which its own is added).
 */
function drawEigenAxis(ctx, x, y, { dx, dy, half, sign, label }, bounds, avoid, placed) {
  const norm = Math.hypot(dx, dy);
  if (!(norm > 0)) return;
  const ux = dx / norm;
  const uy = dy / norm;
  const k = lineScale();
  const color = SIGN_COLORS[sign];
  const line = () => {
    ctx.beginPath();
    ctx.moveTo(x - ux * half, y - uy * half);
    ctx.lineTo(x + ux * half, y + uy * half);
  };
  ctx.save();
  ctx.lineCap = "butt";
  line();
  ctx.strokeStyle = OUTLINE;
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
    ctx.strokeStyle = OUTLINE;
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
