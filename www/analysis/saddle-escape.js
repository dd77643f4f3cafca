// Leaving a saddle, as the lecture does and as gradient descent does: whether θ′ is a saddle
// with a way out, the walk along u while the loss keeps falling, the point a hair away from
// the saddle where "gradient descent from next to the saddle" starts, and how many steps of a
// run crawl. Pure maths over the core's results (the Loss is only asked for values).

import { roundTo, decimalsFor } from "../i18n/format.js";

/**
 * Escaping along u: steps of this share of the window's smaller extent, as long as the loss
 * keeps falling (at most ESCAPE_STEPS); if even the first step raises it, the step is halved.
 */
const ESCAPE_SHARE = 0.02;
const ESCAPE_STEPS = 60;
const ESCAPE_HALVINGS = 12;
/** The walk's end is rounded to about this share of the window (a tidy number in θ′'s boxes). */
const ESCAPE_ROUNDING_SHARE = 0.0005;
/** "Run from next to the saddle" starts this share of the window away from it. */
const NUDGE_SHARE = 0.00025;

/** The window's smaller extent: the yardstick for step lengths. */
export function windowSpan(win) {
  return Math.min(win.x1 - win.x0, win.y1 - win.y0);
}

/** Whether the analysis `a` is a saddle with a way out: a negative eigenvalue's eigenvector. */
export function canEscape(a) {
  return Boolean(a && a.escape && a.refined === "saddle" && a.kind !== "not_critical" && Number.isFinite(a.value));
}

/**
 * The walk from θ′ along u (a.escape) in `loss` while the loss keeps falling, with steps sized
 * by the window `win`: { points, values, distance }, or null when θ′ is not a saddle or the
 * loss does not fall along u at any step tried. The last point is rounded to a tidy number
 * (1.018, not 1.0182337649086284) when the loss there is still below θ′'s.
 */
export function escapeWalk(loss, a, theta, win) {
  if (!canEscape(a)) return null;
  const at = (t) => theta.map((v, i) => v + t * a.escape[i]);
  let step = ESCAPE_SHARE * windowSpan(win);
  for (let k = 0; k < ESCAPE_HALVINGS && !(loss.value(at(step)) < a.value); k++) step /= 2;
  const points = [[...theta]];
  const values = [a.value];
  for (let k = 1; k <= ESCAPE_STEPS; k++) {
    const p = at(k * step);
    const v = loss.value(p);
    if (!(v < values[values.length - 1])) break;
    points.push(p);
    values.push(v);
  }
  if (points.length === 1) return null;
  const decimals = decimalsFor(ESCAPE_ROUNDING_SHARE * windowSpan(win));
  const tidy = points[points.length - 1].map((v) => roundTo(v, decimals) + 0);
  const tidyValue = loss.value(tidy);
  if (tidyValue < a.value) {
    points[points.length - 1] = tidy;
    values[values.length - 1] = tidyValue;
  }
  return { points, values, distance: step * (points.length - 1) };
}

/**
 * θ′ moved a hair away from the saddle it is on: a forty-thousandth of the window along the x
 * axis and half that along y ((0.001, 0.0005) on the lecture's window), rounded so the URL stays
 * short. `ix`, `iy` are the axes' parameter indices.
 */
export function nudgedTheta(theta, win, ix, iy) {
  const step = NUDGE_SHARE * windowSpan(win);
  return theta.map((v, k) => Number((k === ix ? v + step : k === iy ? v + step / 2 : v).toPrecision(12)) + 0);
}

/**
 * A step shorter than this share of the window counts as crawling, if it is taken farther
 * than CRAWL_FAR_SHARE of the window from where the run ends: the last steps of a run that
 * converges are short too, but that is arriving, not crawling.
 */
const CRAWL_SHARE = 0.002;
const CRAWL_FAR_SHARE = 0.02;
/** Fewer crawling steps than this are not worth a sentence. */
export const CRAWL_MIN = 5;

/**
 * How many steps of a path, drawn in the window `win`, are short (CRAWL_SHARE) while still far
 * (CRAWL_FAR_SHARE) from where the path ends: the crawl, where the gradient is small on the way.
 */
export function crawlSteps(points, win) {
  const short = CRAWL_SHARE * windowSpan(win);
  const far = CRAWL_FAR_SHARE * windowSpan(win);
  const end = points[points.length - 1];
  const distance = (p, q) => Math.hypot(...p.map((v, i) => v - q[i]));
  let n = 0;
  for (let k = 1; k < points.length; k++) {
    if (distance(points[k], points[k - 1]) < short && distance(points[k], end) > far) n++;
  }
  return n;
}
