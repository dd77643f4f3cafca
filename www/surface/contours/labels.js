// Where a contour line's value is written. Pure.

/**
 * Where to write each level's label: for every level, up to `perLevel` segment midpoints
 * (grid units, with the segment's direction dx, dy in grid units: the caller turns it into
 * an upright angle in its own pixel space), at least `minGap` grid units from each other and
 * from labels already placed, and at least `margin` grid units inside the grid. Longer
 * segments are preferred (a label on a tiny wiggle reads badly). Returns
 * [{ level: k, x, y, dx, dy }].
 */
export function labelPlacements(segments, nx, ny, { perLevel = 2, minGap = 40, margin = 12 } = {}) {
  const placed = [];
  const far = (x, y) => placed.every((p) => (p.x - x) ** 2 + (p.y - y) ** 2 >= minGap * minGap);
  segments.forEach((seg, k) => {
    // Candidates spread evenly along the level's segments (about 24 of them): deterministic,
    // so labels do not jump between redraws of the same surface.
    const candidates = [];
    const stride = 4 * Math.max(1, Math.floor(seg.length / 4 / 24));
    for (let s = 0; s + 3 < seg.length; s += stride) {
      const [x1, y1, x2, y2] = [seg[s], seg[s + 1], seg[s + 2], seg[s + 3]];
      const x = (x1 + x2) / 2;
      const y = (y1 + y2) / 2;
      if (x < margin || y < margin || x > nx - 1 - margin || y > ny - 1 - margin) continue;
      candidates.push({ x, y, dx: x2 - x1, dy: y2 - y1, length: Math.hypot(x2 - x1, y2 - y1) });
    }
    candidates.sort((a, b) => b.length - a.length);
    let count = 0;
    for (const c of candidates) {
      if (count >= perLevel) break;
      if (!far(c.x, c.y)) continue;
      placed.push({ level: k, x: c.x, y: c.y, dx: c.dx, dy: c.dy });
      count++;
    }
  });
  return placed;
}
