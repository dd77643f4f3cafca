// Critical points on a picture: each marked by its kind with a shape AND a colour (shape alone
// tells them apart: colour is never the only signal), and valleys of critical points. The
// explorer, the quiz and the 3-D view all place them with criticalMarks and draw them with
// the painters here and in valley.js.

import { OUTLINE, MARK, KIND_FILL, lineScale } from "../canvas/theme.js";
import { markerShape } from "../analysis/critical-points.js";

/** Radius of a critical-point marker, CSS px (times √ of projector mode's line scale). */
const POINT_RADIUS = 6;
/** Radius of a marker drawn around θ′ when the point lies under it, CSS px (same scaling). */
const AROUND_RADIUS = 13.5;

/**
 * The marks of the critical points `critical` (the merged list, analysis/critical-points.js)
 * for a picture: `project(point, value)` gives a full θ's pixel [x, y] (`value` is the loss
 * there when known: the 3-D view needs a height). Returns { valleys: [{ points, color }],
 * points: [{ x, y, shape, fill, hollow, point }] }. `plain` (the quiz, whose legend is white
 * keys) fills every marker white; otherwise a marker has its kind's colour (KIND_FILL).
 */
export function criticalMarks(critical, project, { plain = false } = {}) {
  const valleys = [];
  const points = [];
  for (const cp of critical) {
    const shape = markerShape(cp);
    if (cp.curve) {
      valleys.push({ points: cp.curve.map((p) => project(p, null)), color: plain ? MARK.valley : KIND_FILL[shape] });
    } else {
      const [x, y] = project(cp.point, cp.value ?? null);
      // A flat region of critical points is one entry at one of its points: drawn as a region,
      // not as a point of its kind.
      points.push({ x, y, shape: cp.region ? "region" : shape, fill: plain ? MARK.point : KIND_FILL[cp.region ? "unknown" : shape], hollow: cp.kind === "not_critical", point: cp.point });
    }
  }
  return { valleys, points };
}

/**
 * A critical point's marker at (x, y) by `shape`: minimum ●, maximum ▲, saddle ◆, undecided
 * ■, a flat region of critical points ⬚ (dashed), filled with `fill`; `hollow` for points that
 * are critical only within the slice (not for the whole θ); `around`: the shape's outline
 * around θ′'s marker, for a point that lies under it.
 */
export function drawCriticalPoint(ctx, x, y, shape, { hollow = false, fill = MARK.point, around = false } = {}) {
  const k = lineScale();
  const r = (around ? AROUND_RADIUS : POINT_RADIUS) * Math.sqrt(k);
  ctx.save();
  ctx.beginPath();
  switch (shape) {
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
    case "region":
      ctx.roundRect(x - r * 1.4, y - r * 1.1, r * 2.8, r * 2.2, r * 0.5);
      ctx.setLineDash([3 * k, 2 * k]);
      break;
    default:
      ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
  }
  ctx.lineJoin = "round";
  ctx.lineWidth = 2 * k;
  ctx.strokeStyle = OUTLINE;
  if (around) {
    ctx.lineWidth = 5 * k;
    ctx.stroke();
    ctx.lineWidth = 2.5 * k;
    ctx.strokeStyle = fill;
    ctx.stroke();
  } else if (hollow) {
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
