// The direction probe's v: the lecture's "try every v" made literal. Pure.
//
// v lives in the plotted slice: v = cos φ·e_x + sin φ·e_y over the two axis parameters, the
// others 0. φ is measured in parameter space (not in pixels), counter-clockwise from the x
// axis, so "45°" is (1, 1)/√2 whatever the window's aspect.

import { curvature, curvatureSign } from "./curvature.js";

/** The unit vector of angle φ in the slice: n components, axis indices ix, iy. */
export function probeVector(angle, n, ix, iy) {
  const v = new Array(n).fill(0);
  v[ix] = Math.cos(angle);
  if (iy >= 0) v[iy] = Math.sin(angle);
  return v;
}

/**
 * The probe at angle φ for the analysis `a` at θ′ (n parameters): { angle, v, ix, iy, vhv,
 * sign } with sign from curvatureSign; null if the slice has one axis (iy < 0).
 */
export function probeState(a, angle, n, ix, iy) {
  if (iy < 0) return null;
  const v = probeVector(angle, n, ix, iy);
  const vhv = curvature(a.hessian, v);
  const maxAbs = Math.max(0, ...a.eigenvalues.map(Math.abs));
  return { angle, v, ix, iy, vhv, sign: curvatureSign(vhv, maxAbs) };
}
