// Flat polylines on a canvas path: [x, y, x, y, …] in CSS px, as the contour code makes them.

/** Adds each polyline of `lines` to the context's current path (a moveTo, then lineTos). */
export function tracePolylines(ctx, lines) {
  for (const line of lines) {
    ctx.moveTo(line[0], line[1]);
    for (let i = 2; i < line.length; i += 2) ctx.lineTo(line[i], line[i + 1]);
  }
}
