// How finely a surface is sampled when the loss is expensive. A two-parameter formula costs a
// few steps of the tape per point, so every grid is full size; a network's loss costs its
// layers' steps times its data rows per point (about 67 000 for a 2–16–16–1 network on 100
// rows), and a 256 × 256 grid of it would take seconds. The grid then gets as many points as
// a fixed budget of tape steps allows, never fewer than MIN_SIDE per side. Pure.

/** Tape steps × points one surface may cost: 0.1–0.3 s of wasm on the 2-core reference machine. */
const STEP_BUDGET = 1.5e8;
/** The coarsest grid drawn, samples per side (the picture is upscaled smoothly). */
const MIN_SIDE = 48;

/**
 * Samples per side for a grid of a loss costing `stepsPerPoint` (0 or unknown: cheap) whose
 * full size is `maxSide`.
 */
export function gridSide(stepsPerPoint, maxSide) {
  if (!(stepsPerPoint > 0)) return maxSide;
  const side = Math.floor(Math.sqrt(STEP_BUDGET / stepsPerPoint));
  return Math.max(Math.min(MIN_SIDE, maxSide), Math.min(maxSide, side));
}
