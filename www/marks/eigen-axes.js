// The Hessian's eigen axes through θ′: one line per eigenvector, as long as |λ| (relative to
// the largest), coloured AND dashed by the sign of λ: cyan solid for λ > 0, pink dashed for
// λ < 0, grey dotted for λ ≈ 0, each labelled "λ₁ = −2" at its end.
//
// At a critical point where the second-order test is inconclusive, an eigenvector of λ ≈ 0
// is the direction that matters (along the lecture's valley, the loss does not change to
// second order): it is drawn as a *flat direction*, long, in its own lavender dots with
// arrowheads at both ends, and labelled in words ("flat: the valley runs here"), with or
// without the other axes.

import { OUTLINE, SIGN_COLORS, MARK, canvasFont, lineScale, fontScale } from "../canvas/theme.js";
import { formatNumber } from "../i18n/format.js";
import { eigenSign, flatKind } from "../analysis/curvature.js";
import { t } from "../i18n/i18n.js";
import { MIN_PROJECTION } from "./way-down.js";
import { drawLabel } from "./label.js";

/** Half-length of the eigen axis of the largest |λ|, as a share of the plot's smaller side. */
const EIGEN_SHARE = 0.3;
/** Eigen axes never shorter than this (so λ ≈ 0 still shows its direction), CSS px. */
const EIGEN_MIN = 12;
/** Dash patterns (CSS px, before the projector scale) by the sign of an eigenvalue. */
const EIGEN_DASH = Object.freeze({ positive: [], negative: [9, 6], zero: [2, 5], flat: [0.1, 7] });
/** A flat direction's half-length: the largest axis' (EIGEN_SHARE), at least this, CSS px. */
const FLAT_MIN = 60;
/** Axis lines are checked against labels at points this far apart, CSS px. */
const LINE_SAMPLE = 4;
const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

/**
 * The words on θ′'s flat direction in `lang` ("flat: the valley runs here", …), or null when
 * it has none to show (analysis/curvature.js flatKind).
 */
export function flatLabel(a, lang) {
  const kind = flatKind(a);
  return kind && t(lang, `flatLabel_${kind}`);
}

/** "λ₁ = −2": the label of eigenvalue k (0-based). */
export function lambdaLabel(k, lambda) {
  return `λ${String(k + 1).replace(/\d/g, (d) => SUBSCRIPTS[d])} = ${formatNumber(lambda, 3)}`;
}

/**
 * The axes' marks for the analysis `a` with θ′ at pixel (x, y) in `view`, axes at parameter
 * indices ix, iy: { x, y, axes: [{ dx, dy, half, sign, label, flat }], avoid } (`avoid`: the
 * probe's handle [x, y] or null, which the labels keep away from). An axis is the
 * eigenvector's shadow in the plotted plane: with more than two parameters it is shorter by
 * the share of the eigenvector that lies in the plane, and left out below MIN_PROJECTION.
 * `axes`: whether every axis is wanted (the eigen-axes overlay) or only the flat ones;
 * `flatLabel`: the words of a flat direction, or null when θ′ has none to show (not a
 * critical point whose second-order test is inconclusive); `keepClear`: pixels [x, y] of
 * other marks (the critical points) that labels must not cover.
 */
export function eigenAxesMark(a, x, y, view, ix, iy, avoid, { axes: all = true, flatLabel = null, keepClear = [] } = {}) {
  const maxAbs = Math.max(...a.eigenvalues.map(Math.abs));
  const maxHalf = EIGEN_SHARE * Math.min(view.rect.width, view.rect.height);
  const axes = [];
  a.eigenvalues.forEach((lambda, k) => {
    const e = a.eigenvectors[k];
    const inPlane = Math.hypot(e[ix], e[iy]);
    if (inPlane < MIN_PROJECTION) return;
    const sign = eigenSign(lambda, a.zeroThreshold);
    const dx = e[ix] * view.sx;
    const dy = -e[iy] * view.sy;
    if (sign === "zero" && flatLabel) {
      const label = all ? `${lambdaLabel(k, lambda)}: ${flatLabel}` : flatLabel;
      axes.push({ dx, dy, half: Math.max(FLAT_MIN, maxHalf * Math.min(1, inPlane)), sign: "flat", label, flat: true });
    } else if (all) {
      const half = Math.max(EIGEN_MIN, maxAbs > 0 ? (maxHalf * Math.abs(lambda) * Math.min(1, inPlane)) / maxAbs : EIGEN_MIN);
      axes.push({ dx, dy, half, sign, label: lambdaLabel(k, lambda), flat: false });
    }
  });
  return { x, y, axes, avoid, keepClear };
}

/** Draws the axes of eigenAxesMark; labels stay inside `bounds` and clear of each other. */
export function drawEigenAxes(ctx, { x, y, axes, avoid, keepClear = [] }, bounds) {
  // Labels keep clear of each other, of θ′ and the other marks, and of every axis' line
  // (sampled every few px).
  const placed = [[x, y], ...keepClear].map(([px, py]) => ({ left: px - 12, top: py - 12, width: 24, height: 24 }));
  const lines = axes.flatMap(({ dx, dy, half }) => {
    const norm = Math.hypot(dx, dy);
    if (!(norm > 0)) return [];
    const steps = Math.ceil((2 * half) / LINE_SAMPLE);
    return Array.from({ length: steps + 1 }, (_, k) => [x + (dx / norm) * (-half + (2 * half * k) / steps), y + (dy / norm) * (-half + (2 * half * k) / steps)]);
  });
  for (const axis of axes) drawEigenAxis(ctx, x, y, axis, bounds, avoid, { placed, lines });
}

/**
 * One axis through (x, y) along the pixel direction (dx, dy), `half` px to each side, labelled
 * near a tip, away from the pixel `avoid` (if given) and clear of what is `taken` (see placeLabel).
 */
function drawEigenAxis(ctx, x, y, { dx, dy, half, sign, label, flat }, bounds, avoid, taken) {
  const norm = Math.hypot(dx, dy);
  if (!(norm > 0)) return;
  const ux = dx / norm;
  const uy = dy / norm;
  const k = lineScale();
  const color = flat ? MARK.flat : SIGN_COLORS[sign];
  const line = () => {
    ctx.beginPath();
    ctx.moveTo(x - ux * half, y - uy * half);
    ctx.lineTo(x + ux * half, y + uy * half);
  };
  ctx.save();
  // A flat direction is a row of round dots; the other axes have butt-ended dashes.
  ctx.lineCap = flat ? "round" : "butt";
  line();
  ctx.strokeStyle = OUTLINE;
  ctx.lineWidth = (flat ? 8 : 6.5) * k;
  ctx.setLineDash(EIGEN_DASH[sign].map((d) => d * k));
  ctx.stroke();
  line();
  ctx.strokeStyle = color;
  ctx.lineWidth = (flat ? 5 : 3.5) * k;
  ctx.stroke();
  ctx.setLineDash([]);
  if (flat) {
    // Arrowheads both ways: the valley goes on past the ends.
    for (const s of [-1, 1]) drawHead(ctx, x + s * ux * half, y + s * uy * half, s * ux, s * uy, color, k);
    ctx.restore();
    placeLabel(ctx, x, y, ux, uy, half, label, color, bounds, avoid, taken);
    return;
  }
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
  placeLabel(ctx, x, y, ux, uy, half, label, color, bounds, avoid, taken);
}

/**
 * The axis' label near one of its tips, at the first place inside `bounds` whose box holds
 * none of `taken.lines` (points along every axis) and overlaps none of `taken.placed` (θ′ and
 * the labels placed so far, to which its box is added): beside the tip that points right (or
 * up), on the side away from the line first, then the other tip (the one nearer the point to
 * `avoid` last: the probe's handle and its text), then beside the middles. If none is free,
 * the place inside that covers least.
 */
function placeLabel(ctx, x, y, ux, uy, half, label, color, bounds, avoid, { placed, lines }) {
  ctx.save();
  ctx.font = canvasFont(16, { bold: true, italic: false });
  const width = ctx.measureText(label).width + 8;
  ctx.restore();
  const height = 22 * fontScale();
  let first = ux > 0.05 || (Math.abs(ux) <= 0.05 && uy < 0) ? 1 : -1;
  const tip = (side) => [x + side * ux * half, y + side * uy * half];
  if (avoid) {
    const distance = (side) => Math.hypot(tip(side)[0] - avoid[0], tip(side)[1] - avoid[1]);
    if (distance(first) < distance(-first)) first = -first;
  }
  const candidates = [];
  // The tips first, then halfway along: a long label may fit beside the middle of the line.
  for (const [side, reach] of [[first, 1], [-first, 1], [first, 0.5], [-first, 0.5]]) {
    const [tx, ty] = [x + side * ux * half * reach, y + side * uy * half * reach];
    // The line runs back from the tip along −side·(ux, uy): the label goes the other way first.
    const away = [Math.sign(side * ux) || 1, Math.sign(side * uy) || -1];
    for (const vy of [away[1], 0, -away[1]]) {
      for (const hx of [away[0], 0, -away[0]]) {
        if (hx === 0 && vy === 0) continue;
        candidates.push([tx + hx * (width / 2 + 8), ty + vy * (height / 2 + 8)]);
      }
    }
  }
  const boxOf = ([cx, cy]) => ({ left: cx - width / 2, top: cy - height / 2, width, height });
  const inside = (b) => !bounds || (b.left >= bounds.left && b.top >= bounds.top && b.left + b.width <= bounds.left + bounds.width && b.top + b.height <= bounds.top + bounds.height);
  // What a box would cover: a label or mark counts for more than a few points of a line.
  const covers = (b) =>
    100 * placed.filter((p) => b.left < p.left + p.width && p.left < b.left + b.width && b.top < p.top + p.height && p.top < b.top + b.height).length +
    lines.filter(([px, py]) => px > b.left && px < b.left + b.width && py > b.top && py < b.top + b.height).length;
  const within = candidates.filter((c) => inside(boxOf(c)));
  // The first free place, else the one inside that covers least, else the first (kept inside).
  const chosen = within.find((c) => covers(boxOf(c)) === 0) ?? within.reduce((best, c) => (best && covers(boxOf(best)) <= covers(boxOf(c)) ? best : c), null) ?? candidates[0];
  placed.push(boxOf(chosen));
  drawLabel(ctx, label, chosen[0], chosen[1], color, { size: 16, italic: false, bounds });
}

/** An arrowhead at (x, y) pointing along the unit (ux, uy), outlined. */
function drawHead(ctx, x, y, ux, uy, color, k) {
  const len = 11 * k;
  const wide = 6.5 * k;
  ctx.beginPath();
  ctx.moveTo(x + ux * len, y + uy * len);
  ctx.lineTo(x - uy * wide, y + ux * wide);
  ctx.lineTo(x + uy * wide, y - ux * wide);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.strokeStyle = OUTLINE;
  ctx.lineWidth = 1.5 * k;
  ctx.lineJoin = "round";
  ctx.fill();
  ctx.stroke();
}
