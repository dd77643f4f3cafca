// Two readings of a path over the loss, for the optimizer card: the walk down along u from a
// saddle ("escape along u"), and how many steps of an optimizer's run crawled. Pure but for
// calling the Loss.

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

/**
 * θ′ walking along the unit direction `u` from `from` (where the loss is `value`), step after
 * step while the loss keeps falling, in a window whose smaller extent is `span`: { points,
 * values, distance }, or null when the loss does not fall along u at any step tried. The last
 * point is rounded to a tidy number (1.018, not 1.0182337649086284) when the loss there is
 * still below `value`.
 */
export function walkDown(loss, from, u, value, span) {
  const at = (t) => from.map((v, i) => v + t * u[i]);
  let step = ESCAPE_SHARE * span;
  for (let k = 0; k < ESCAPE_HALVINGS && !(loss.value(at(step)) < value); k++) step /= 2;
  const points = [[...from]];
  const values = [value];
  for (let k = 1; k <= ESCAPE_STEPS; k++) {
    const p = at(k * step);
    const v = loss.value(p);
    if (!(v < values[values.length - 1])) break;
    points.push(p);
    values.push(v);
  }
  if (points.length === 1) return null;
  const decimals = decimalsFor(ESCAPE_ROUNDING_SHARE * span);
  const tidy = points[points.length - 1].map((v) => roundTo(v, decimals) + 0);
  const tidyValue = loss.value(tidy);
  if (tidyValue < value) {
    points[points.length - 1] = tidy;
    values[values.length - 1] = tidyValue;
  }
  return { points, values, distance: step * (points.length - 1) };
}

/**
 * How many steps of a path are shorter than `short` while still farther than `far` from where
 * the path ends: the crawl, where the gradient is small on the way (a run's last, converging
 * steps are short too, and are not counted).
 */
export function crawlSteps(points, short, far) {
  const end = points[points.length - 1];
  const distance = (p, q) => Math.hypot(...p.map((v, i) => v - q[i]));
  let n = 0;
  for (let k = 1; k < points.length; k++) {
    if (distance(points[k], points[k - 1]) < short && distance(points[k], end) > far) n++;
  }
  return n;
}
