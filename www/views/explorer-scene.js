// The explorer's scene over its 2-D view: what the overlays switched on show at θ′ (the level
// set, the critical points, the eigen axes, the probe, u or −g, g, the Taylor model and its
// error), the optimizer's path and θ′, as marks/scene.js paints them.

import { levelSetLines } from "../surface/level-set.js";
import { probeState } from "../analysis/probe.js";
import { criticalMarks } from "../marks/critical-points.js";
import { eigenAxesMark, flatLabel } from "../marks/eigen-axes.js";
import { handlePixel, probeMark } from "../marks/probe.js";
import { wayDownArrow, planeDirection } from "../marks/way-down.js";
import { gradientMark } from "../marks/gradient.js";
import { TaylorContours } from "../marks/taylor.js";
import { ErrorMap } from "../marks/error-map.js";

/**
 * Where θ′ is drawn, in CSS px of `view`: over a curve, at the height of its loss (mid-plot
 * while the loss is undefined there).
 */
export function thetaPixel(s, view) {
  const x = view.px(s.theta[s.ix]);
  if (s.field.type === "curve") {
    const value = s.analysis ? s.analysis.value : null;
    return [x, Number.isFinite(value) ? view.py(value) : view.rect.top + view.rect.height / 2];
  }
  return [x, view.py(s.theta[s.iy])];
}

export class ExplorerScene {
  constructor() {
    // The Taylor contours and the error map are kept between frames that do not change them.
    this.taylor = new TaylorContours();
    this.errorMap = new ErrorMap();
  }

  /** The error map's scale top, or null while it has not been drawn (the read-out shows it). */
  get errorTop() {
    return this.errorMap.top;
  }

  /**
   * The scene for the snapshot `s` (store.js) in `view` at device pixel ratio `dpr`, with the
   * optimizer's `paths` so far ([{ points, values, method }]).
   */
  build(s, view, dpr, paths) {
    const a = s.analysis;
    const { ix, iy, field } = s;
    const on = new Set(s.overlays);
    const grid = field.type === "grid";
    // The lecture's overlays at θ′ need a plane (two axes) and a loss defined at θ′.
    const plane = grid && iy >= 0 && Number.isFinite(a.value);
    const [mx, my] = thetaPixel(s, view);
    const scene = { bounds: view.rect, arrows: [], labels: [], theta: { x: mx, y: my } };
    if (plane && on.has("err")) scene.errorMap = this.errorMap.mark(s);
    if (plane && on.has("taylor")) scene.taylor = this.taylor.mark(s, view, mx, my);
    if (grid && on.has("level") && Number.isFinite(a.value)) scene.levelSet = levelSetLines(field, a.value, view.rect, dpr);
    if (grid && on.has("crit")) scene.critical = criticalMarks(s.critical, (p) => [view.px(p[ix]), view.py(p[iy])]);
    const handle = plane && on.has("probe") ? handlePixel(mx, my, s.probeAngle, view) : null;
    // The eigen axes, or with "u / −g" alone θ′'s flat direction: where there is no way down
    // to draw, the direction along which the loss does not change is the one that matters.
    const flat = flatLabel(a, s.lang);
    if (plane && (on.has("eig") || (on.has("u") && flat))) {
      const keepClear = (scene.critical?.points ?? []).map((p) => [p.x, p.y]);
      scene.eigenAxes = eigenAxesMark(a, mx, my, view, ix, iy, handle, { axes: on.has("eig"), flatLabel: flat, keepClear });
    }
    if (handle) scene.probe = probeMark(mx, my, handle, probeState(a, s.probeAngle, s.theta.length, ix, iy));
    if (on.has("u")) {
      // Over a curve the only direction is along the parameter, left or right.
      const direction = grid ? planeDirection(view, ix, iy) : (v) => [Math.sign(v[ix]), 0, Math.abs(v[ix])];
      const arrow = wayDownArrow(a, mx, my, direction);
      if (arrow) scene.arrows.push(arrow);
    }
    if (plane && on.has("g")) {
      const g = gradientMark(a, mx, my, view, ix, iy);
      if (g.arrow) scene.arrows.push(g.arrow);
      else scene.labels.push(g.label);
    }
    // One parameter: the curve's height is the loss the run recorded at each step.
    scene.paths = paths.map((path) => ({ points: path.points.map((p, k) => [view.px(p[ix]), iy >= 0 ? view.py(p[iy]) : view.py(path.values[k])]), method: path.method }));
    return scene;
  }
}
