// Text on the surface: bold, on a dark halo, legible on any part of the colour map.

import { OUTLINE, canvasFont, fontScale } from "../canvas/theme.js";

/**
 * `text` at (x, y) in `color`; `size` in CSS px (grown in projector mode). Centred text with
 * `bounds` (the plot rectangle) is moved inside it rather than cut off at an edge.
 */
export function drawLabel(ctx, text, x, y, color, { size = 18, italic = true, align = "center", bounds = null } = {}) {
  ctx.save();
  ctx.font = canvasFont(size, { bold: true, italic });
  if (bounds && align === "center") {
    const half = ctx.measureText(text).width / 2 + 4;
    const h = (size * fontScale()) / 2 + 3;
    x = Math.min(bounds.left + bounds.width - half, Math.max(bounds.left + half, x));
    y = Math.min(bounds.top + bounds.height - h, Math.max(bounds.top + h, y));
  }
  ctx.textAlign = align;
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 4 * fontScale();
  ctx.strokeStyle = OUTLINE;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
  ctx.restore();
}
