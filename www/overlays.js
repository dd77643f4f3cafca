// Painters for what sits on top of the surface: θ′, the escape direction u, the downhill
// direction −g, critical points and valleys of critical points, the level set through θ′.
// Each takes a 2-D context in CSS px and a View; none keeps state. Later overlays (Taylor
// contours, a direction probe) belong here too.
//
// Colours are chosen against viridis (purple … yellow): white with a dark outline reads on
// both ends, and the orange of θ′ and u appears nowhere in the map. Shapes, not only colours,
// tell kinds apart (colour-blind safe).

/** Radius of the θ′ marker, CSS px. */
export const THETA_RADIUS = 9;
/** Radius of a critical-point marker, CSS px. */
export const POINT_RADIUS = 6;
/** Length of the u and −g arrows, CSS px. */
export const ARROW_LENGTH = 72;

export const OVERLAY_COLORS = Object.freeze({
  theta: "#ff6f3c",
  escape: "#ff6f3c",
  downhill: "#ffffff",
  point: "#ffffff",
  outline: "#1b1e28",
  levelSet: "rgba(255, 255, 255, 0.95)",
  valley: "#ffffff",
});

/** The θ′ marker: an orange disc with a white ring and a dark outline. */
export function drawTheta(ctx, x, y) {
  ctx.beginPath();
  ctx.arc(x, y, THETA_RADIUS + 2, 0, 2 * Math.PI);
  ctx.fillStyle = OVERLAY_COLORS.outline;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(x, y, THETA_RADIUS, 0, 2 * Math.PI);
  ctx.fillStyle = "#ffffff";
  ctx.fill();
  ctx.beginPath();
  ctx.arc(x, y, THETA_RADIUS - 3, 0, 2 * Math.PI);
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
  const head = 13;
  const wing = 6.5;
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
  ctx.lineWidth = 6;
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(...shaftEnd);
  ctx.stroke();
  headPath();
  ctx.lineWidth = 3;
  ctx.stroke();
  ctx.strokeStyle = color;
  ctx.lineWidth = 3;
  if (dashed) ctx.setLineDash([7, 5]);
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(...shaftEnd);
  ctx.stroke();
  ctx.setLineDash([]);
  headPath();
  ctx.fillStyle = color;
  ctx.fill();
  if (label) {
    ctx.font = 'bold italic 18px system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif';
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    const lx = x1 + ux * 14;
    const ly = y1 + uy * 14;
    ctx.lineWidth = 4;
    ctx.strokeStyle = OVERLAY_COLORS.outline;
    ctx.strokeText(label, lx, ly);
    ctx.fillStyle = color;
    ctx.fillText(label, lx, ly);
  }
  ctx.restore();
}

/**
 * A critical point by kind (the refined verdict for inconclusive ones): minimum ●,
 * maximum ▲, saddle ◆, undecided ■; `hollow` for points that are critical only within the
 * slice (not for the whole θ).
 */
export function drawCriticalPoint(ctx, x, y, kind, { hollow = false } = {}) {
  const r = POINT_RADIUS;
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
  ctx.lineWidth = 2;
  ctx.strokeStyle = OVERLAY_COLORS.outline;
  if (hollow) {
    ctx.lineWidth = 4;
    ctx.stroke();
    ctx.lineWidth = 2;
    ctx.strokeStyle = OVERLAY_COLORS.point;
    ctx.stroke();
  } else {
    ctx.fillStyle = OVERLAY_COLORS.point;
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

/** A polyline of pixel points [[x, y], …]: a valley of critical points. */
export function drawValley(ctx, points) {
  if (points.length < 2) return;
  ctx.save();
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  const path = () => {
    ctx.beginPath();
    points.forEach(([x, y], k) => (k === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  };
  path();
  ctx.strokeStyle = OVERLAY_COLORS.outline;
  ctx.lineWidth = 5;
  ctx.stroke();
  path();
  ctx.strokeStyle = OVERLAY_COLORS.valley;
  ctx.lineWidth = 2.5;
  ctx.stroke();
  ctx.restore();
}

/**
 * The level set L = L(θ′) as pixel polylines [[x, y, x, y, …], …]: at a saddle it is the
 * cross of the lecture (higher in front and behind, lower to the left and right).
 */
export function drawLevelSet(ctx, lines) {
  if (lines.length === 0) return;
  ctx.save();
  ctx.setLineDash([7, 5]);
  ctx.lineWidth = 1.8;
  ctx.lineJoin = "round";
  ctx.strokeStyle = OVERLAY_COLORS.levelSet;
  ctx.beginPath();
  for (const line of lines) {
    ctx.moveTo(line[0], line[1]);
    for (let k = 2; k < line.length; k += 2) ctx.lineTo(line[k], line[k + 1]);
  }
  ctx.stroke();
  ctx.restore();
}
