// Text on the surface: bold, on a dark halo, legible on any part of the colour map.

import { OUTLINE, canvasFont, fontScale } from "../canvas/theme.js";

/**
 * `text` at (x, y) in `color`; `size` in CSS px (grown in projector mode). Centred text with
 * `bounds` (the plot rectangle) is moved inside it rather than cut off at an edge.
 */
export function drawLabel(ctx, text, x, y, color, { size = 18, italic = true, align = "center", bounds = null } = {}) {
  ctx.save();
  ctx.font = canvasFont(size, { bold: true, italic });
  ctx.textAlign = align;
  ctx.textBaseline = "middle";
  if (bounds && align === "center") {
    // The glyphs' own box around the middle (measured with the baseline set), plus the halo.
    const m = ctx.measureText(text);
    const halo = 2 * fontScale() + 2;
    const half = m.width / 2 + halo;
    const above = (m.actualBoundingBoxAscent ?? (size * fontScale()) / 2) + halo;
    const below = (m.actualBoundingBoxDescent ?? (size * fontScale()) / 2) + halo;
    x = Math.min(bounds.left + bounds.width - half, Math.max(bounds.left + half, x));
    y = Math.min(bounds.top + bounds.height - below, Math.max(bounds.top + above, y));
  }
  ctx.lineJoin = "round";
  ctx.lineWidth = 4 * fontScale();
  ctx.strokeStyle = OUTLINE;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
  ctx.restore();
}
