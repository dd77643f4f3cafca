// The surface's contour lines with their values written on them: thin white lines, one path
// per level, and two labels per level, upright, white on a soft dark halo (legible on both
// ends of viridis), each in a gap cut out of the lines.

import { SURFACE, canvasFont, lineScale, fontScale } from "../canvas/theme.js";
import { formatNumber } from "../i18n/format.js";
import { labelPlacements } from "./contours/labels.js";
import { pixelPolyline, gridToPixels } from "./contours/polyline.js";

/** Contour labels: at least this far apart, in grid cells of a 256 grid (scaled for others). */
const LABEL_GAP = 44;
/** Labels per level. */
const LABELS_PER_LEVEL = 2;

/**
 * Paints the contour lines and labels of the grid `field` in `view` at device pixel ratio
 * `dpr`. `repaintHeat(ctx)` paints the heatmap again inside the current clip: that is how the
 * gap under a label is cut.
 */
export function paintContourLines(ctx, view, field, dpr, repaintHeat) {
  const { segments, lines, levels, nx, ny } = field;
  if (!segments || segments.length === 0) return;
  const { rect } = view;
  const gx = (i) => rect.left + (i / (nx - 1)) * rect.width;
  const gy = (j) => rect.top + (1 - j / (ny - 1)) * rect.height;
  // Labels first, so the lines can leave a gap where a label sits.
  const scaleGrid = Math.max(nx, ny) / 256;
  const labels = labelPlacements(segments, nx, ny, {
    perLevel: LABELS_PER_LEVEL,
    minGap: LABEL_GAP * scaleGrid,
    margin: 10 * scaleGrid,
  }).map((p) => {
    // The label's angle in pixels (y flipped), kept upright.
    let angle = Math.atan2(-(p.dy / (ny - 1)) * rect.height, (p.dx / (nx - 1)) * rect.width);
    if (angle > Math.PI / 2) angle -= Math.PI;
    if (angle < -Math.PI / 2) angle += Math.PI;
    return { x: gx(p.x), y: gy(p.y), angle, text: formatNumber(levels[p.level], 3) };
  });
  ctx.strokeStyle = SURFACE.contour;
  // One CSS px, not a hair more: at a device pixel ratio of 1 Skia strokes a 1-px line as an
  // antialiased hairline, ~10× faster than a 1.1-px line filled as a polygon (6.6 → 0.5 ms
  // for the 25k segments of the ripples at 512²), and it looks the same.
  ctx.lineWidth = lineScale();
  ctx.lineJoin = "round";
  // Chained polylines join smoothly; each is a flat list. One path per level (one huge
  // translucent path rasterises several times slower), without the sub-pixel detail. The
  // context's own path, not a Path2D: any 2-D context (the SVG one of export/ too) has one.
  const toPixels = gridToPixels(rect, nx, ny);
  let into = new Float64Array(4096); // one buffer for every line's points
  for (const level of lines) {
    ctx.beginPath();
    for (const line of level) {
      if (into.length < line.length) into = new Float64Array(line.length);
      const p = pixelPolyline(line, toPixels, 1 / dpr, into);
      ctx.moveTo(p[0], p[1]);
      for (let k = 2; k < p.length; k += 2) ctx.lineTo(p[k], p[k + 1]);
    }
    ctx.stroke();
  }
  // Then a gap in the lines where each label goes: the heatmap is painted again inside a box
  // around the label. (Clipping the lines with all boxes at once, even-odd, made Skia leave
  // its hairline fast path: 0.5 → 2.6 ms for the ripples' lines.) Without the hatch: on the
  // box's antialiased edge, heatmap over heatmap blends to itself, hatch would show as a
  // grey outline; and no contour line runs inside a hole.
  ctx.font = canvasFont(12.5);
  for (const l of labels) {
    const w = ctx.measureText(l.text).width / 2 + 4;
    const h = 8;
    const c = Math.cos(l.angle);
    const s = Math.sin(l.angle);
    const corner = (u, v) => [l.x + u * c - v * s, l.y + u * s + v * c];
    ctx.save();
    ctx.beginPath();
    ctx.moveTo(...corner(-w, -h));
    ctx.lineTo(...corner(w, -h));
    ctx.lineTo(...corner(w, h));
    ctx.lineTo(...corner(-w, h));
    ctx.closePath();
    ctx.clip();
    repaintHeat(ctx);
    ctx.restore();
  }
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  for (const l of labels) {
    ctx.save();
    ctx.translate(l.x, l.y);
    ctx.rotate(l.angle);
    ctx.lineWidth = 3 * fontScale();
    ctx.strokeStyle = SURFACE.labelHalo;
    ctx.strokeText(l.text, 0, 0.5);
    ctx.fillStyle = SURFACE.labelText;
    ctx.fillText(l.text, 0, 0.5);
    ctx.restore();
  }
}
