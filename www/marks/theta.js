// The θ′ marker: where training stopped, the point everything else is about.

import { OUTLINE, WHITE, MARK, lineScale } from "../canvas/theme.js";

/** Radius of the θ′ marker's white ring, CSS px (times √ of projector mode's line scale). */
export const THETA_RADIUS = 9;

/**
 * θ′ at (x, y): an orange disc in a white ring with a dark outline. With `ring: false` (the
 * 3-D view) it is the orange disc in its outline only, at the plain size: a point on the
 * shaded mesh, which the white ring would cover.
 */
export function drawTheta(ctx, x, y, { ring = true } = {}) {
  if (ring) {
    const r = THETA_RADIUS * Math.sqrt(lineScale());
    disc(ctx, x, y, r + 2, OUTLINE);
    disc(ctx, x, y, r, WHITE);
    disc(ctx, x, y, r - 3, MARK.theta);
  } else {
    disc(ctx, x, y, THETA_RADIUS - 1, OUTLINE);
    disc(ctx, x, y, THETA_RADIUS - 3, MARK.theta);
  }
}

function disc(ctx, x, y, r, color) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = color;
  ctx.fill();
}
