// The arguments of the core's calls over a plane slice (loss.grid, loss.criticalPoints): the
// two axis parameters, the window's ranges and θ′ for the parameters that stay fixed. Written
// here once so that every caller slices the same way. Pure.

/** { x, y, xRange, yRange, at }: the slice through `at` over `axes` = [x, y] within `win`. */
export function sliceArgs(axes, win, at) {
  return { x: axes[0], y: axes[1], xRange: [win.x0, win.x1], yRange: [win.y0, win.y1], at };
}

/** The arguments of loss.grid for that slice sampled `size` × `size`, endpoints included. */
export function gridArgs(axes, win, at, size) {
  return { ...sliceArgs(axes, win, at), nx: size, ny: size };
}

/** The fewest samples per side a picture is drawn with, whatever the loss's budget allows. */
const MIN_SIDE = 8;

/**
 * The side of a square grid of `loss` as close to `wanted` as its work budget allows (a large
 * data table costs work per point: loss.maxGridPoints and maxGridSide say how much), never
 * below MIN_SIDE (the core then refuses with its own message).
 */
export function gridSide(loss, wanted) {
  const affordable = Math.min(Math.floor(Math.sqrt(loss.maxGridPoints ?? Infinity)), loss.maxGridSide ?? Infinity);
  return Math.max(MIN_SIDE, Math.min(wanted, affordable));
}

/** A window { x0, x1, y0, y1 } from the ranges [x0, x1] and [y0, y1] (the quiz's questions carry ranges). */
export function windowOf(xRange, yRange) {
  return { x0: xRange[0], x1: xRange[1], y0: yRange[0], y1: yRange[1] };
}
