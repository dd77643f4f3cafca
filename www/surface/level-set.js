// The level set through θ′, L = L(θ′), of a grid field: one more contour, at θ′'s own value,
// computed every frame while θ′ moves (cheap: the field's blocks let it skip most of the grid).

import { contourSegments } from "./contours/march.js";
import { chainSegments } from "./contours/chain.js";
import { pixelPolyline, gridToPixels } from "./contours/polyline.js";

/**
 * The level set L = `value` of a grid field as pixel polylines over the plot rectangle `rect`,
 * points closer than one device pixel dropped: at a saddle, the lecture's cross.
 */
export function levelSetLines(field, value, rect, dpr) {
  const { values, nx, ny, blocks } = field;
  const [segments] = contourSegments(values, nx, ny, [value], blocks);
  const toPixels = gridToPixels(rect, nx, ny);
  return chainSegments(segments).map((line) => pixelPolyline(line, toPixels, 1 / dpr));
}
