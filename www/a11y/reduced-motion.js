// Whether the reader asked for less motion (the system's "reduce motion" setting). CSS
// transitions and animations are switched off in a11y.css; script animations (an optimizer
// run, a camera move) call this and jump to their end state instead of animating.

const QUERY = "(prefers-reduced-motion: reduce)";

/** True when animations should be skipped; read each time, so a change of setting applies at once. */
export function prefersReducedMotion() {
  return typeof matchMedia === "function" && matchMedia(QUERY).matches;
}
