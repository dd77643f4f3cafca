// Contour polylines from grid units to pixels. Pure.

/**
 * A polyline [i, j, i, j, …] in grid units mapped to pixels by x = x0 + i·sx, y = y0 + j·sy,
 * dropping every point within `tolerance` px of the last point kept (the first and last
 * points are always kept). A 512² grid gives ~1 px segments; points closer than a device
 * pixel cost raster time (and dash computation) without changing a pixel. Returns a
 * Float64Array [x, y, x, y, …]: a new one, or a view of `into` when it is given and long
 * enough (for a caller that uses the points at once and then draws the next line, no array
 * per line). The map is four numbers, not two functions: a call per point cost more than the
 * rest of the loop.
 */
export function pixelPolyline(line, { x0, sx, y0, sy }, tolerance, into = null) {
  const out = into && into.length >= line.length ? into : new Float64Array(line.length);
  let lx = x0 + line[0] * sx;
  let ly = y0 + line[1] * sy;
  out[0] = lx;
  out[1] = ly;
  let n = 2;
  const last = line.length - 2;
  const t2 = tolerance * tolerance;
  for (let s = 2; s <= last; s += 2) {
    const x = x0 + line[s] * sx;
    const y = y0 + line[s + 1] * sy;
    if (s < last && (x - lx) * (x - lx) + (y - ly) * (y - ly) < t2) continue;
    out[n++] = x;
    out[n++] = y;
    lx = x;
    ly = y;
  }
  return out.subarray(0, n);
}

/**
 * The map from grid units (i, j) to pixels for pixelPolyline: sample (0, 0) at the bottom
 * left corner of `rect`, sample (nx − 1, ny − 1) at its top right (y grows downwards).
 */
export function gridToPixels(rect, nx, ny) {
  return { x0: rect.left, sx: rect.width / (nx - 1), y0: rect.top + rect.height, sy: -rect.height / (ny - 1) };
}
