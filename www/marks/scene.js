// The one painter of what sits on a picture of the loss: the explorer's surface, the quiz's
// and the 3-D view all describe their marks as a scene and hand it here, so a mark looks the
// same wherever it appears and the marks always stack in the same order.
//
// A scene is data in CSS px of the picture (each view maps its points with its own
// projection); every field but `theta` may be missing or null:
//
//   {
//     bounds:    the plot rectangle { left, top, width, height }: labels are kept inside it
//     errorMap:  an ErrorMap's mark { image, n }, stretched over `bounds`
//     taylor:    a TaylorContours' mark { lines, clip }
//     levelSet:  the level set through θ′ as polylines [[x, y, x, y, …], …]
//     critical:  criticalMarks' { valleys, points }, with `trough` false to draw valleys as lines
//     eigenAxes: eigenAxesMark's { x, y, axes, avoid }
//     probe:     probeMark's { x, y, hx, hy, radius, reading }
//     arrows:    [{ x, y, dx, dy, color, label, length, dashed }] in order (u or −g, g, the quiz's v)
//     labels:    [{ text, x, y, color, size }] ("g = 0")
//     paths:     [{ points: [[x, y], …], method }] (optimizer runs, in the order they ran)
//     theta:     { x, y, ring } (θ′, drawn last, on top of everything)
//   }
//
// The painter keeps no state and touches nothing but `ctx`: it paints as well onto the page's
// canvas as onto any other 2-D context (a PNG export at twice the size scales the context).

import { drawErrorMap } from "./error-map.js";
import { drawTaylorContours } from "./taylor.js";
import { drawLevelSet } from "./level-set.js";
import { drawValley } from "./valley.js";
import { drawCriticalPoint } from "./critical-points.js";
import { drawEigenAxes } from "./eigen-axes.js";
import { drawProbe } from "./probe.js";
import { drawArrow } from "./arrow.js";
import { drawLabel } from "./label.js";
import { drawPath } from "./path.js";
import { drawTheta, THETA_RADIUS } from "./theta.js";
import { lineScale } from "../canvas/theme.js";

/**
 * Paints `scene` onto `ctx` (in CSS px) inside the plot's rectangle `rect` ({ left, top,
 * width, height }): marks that reach past the plot (a long arrow, a label) are cut at its edge.
 */
export function paintSceneIn(ctx, scene, rect) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(rect.left, rect.top, rect.width, rect.height);
  ctx.clip();
  paintScene(ctx, scene);
  ctx.restore();
}

/** Paints `scene` onto `ctx` (in CSS px), bottom to top. */
export function paintScene(ctx, scene) {
  const bounds = scene.bounds ?? null;
  // Layers that go under the marks: how good the model is, and its contours.
  if (scene.errorMap) drawErrorMap(ctx, scene.errorMap, bounds);
  if (scene.taylor) drawTaylorContours(ctx, scene.taylor);
  if (scene.levelSet) drawLevelSet(ctx, scene.levelSet);
  // Valleys first, points on top.
  if (scene.critical) {
    const trough = scene.critical.trough ?? true;
    for (const valley of scene.critical.valleys) drawValley(ctx, valley.points, valley.color, { trough });
    for (const p of scene.critical.points) drawCriticalPoint(ctx, p.x, p.y, p.shape, { hollow: p.hollow, fill: p.fill });
  }
  // Lines through θ′ under the arrows: at the lecture's saddle the axis of λ < 0 and the
  // probe's default v lie exactly along u, and u must stay visible on top of them.
  if (scene.eigenAxes) drawEigenAxes(ctx, scene.eigenAxes, bounds);
  if (scene.probe) drawProbe(ctx, scene.probe, bounds);
  for (const arrow of scene.arrows ?? []) drawArrow(ctx, arrow);
  for (const l of scene.labels ?? []) drawLabel(ctx, l.text, l.x, l.y, l.color, { size: l.size });
  for (const path of scene.paths ?? []) drawPath(ctx, path.points, path.method);
  if (scene.theta) {
    const { x, y } = scene.theta;
    drawTheta(ctx, x, y, { ring: scene.theta.ring ?? true });
    // A critical point under θ′ (θ′ on the lecture's saddle) would be hidden by it while the
    // legend counts it: its shape is drawn around θ′ instead, as an outline.
    const reach = THETA_RADIUS * Math.sqrt(lineScale()) + 2;
    for (const p of scene.critical?.points ?? []) {
      if (Math.hypot(p.x - x, p.y - y) <= reach) drawCriticalPoint(ctx, x, y, p.shape, { fill: p.fill, around: true });
    }
  }
}
