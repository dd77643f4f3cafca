// The 3-D view's geometry, drawn in Canvas 2D: the surface's triangles shaded by their slope,
// the Taylor model's patch, each as faces sorted far to near (the painter's algorithm).
//
// Model coordinates: x, y ∈ [−1, 1] across the window, z ∈ [−h, h] up; `project` (camera.js)
// maps them to [px, py, depth].
//
// Each cell of the grid is cut into two triangles along the diagonal whose ends are closer in
// value: the one that runs along a valley floor or a ridge rather than across it, so a curved
// valley is drawn as a smooth trough, not as a saw-tooth of bent quads.

import { VIRIDIS, indexOf } from "../surface/colormap.js";
import { quadOrder } from "./camera.js";

/** Samples per side of the Taylor patch, and its half-width as a share of the window. */
const PATCH = 13;
const PATCH_SHARE = 0.18;

/**
 * The triangles of the mesh `values` (n × n over the window, values[i + j*n]) at heights
 * `height(v)`, each coloured by its mean value's colour position `scale.t` and shaded by its
 * slope, or in `cutColor` where all its corners are beyond the height range (`range.lo`,
 * `range.hi`: the cut-off part of a surface that runs off): [{ pts, depth, color, cut }].
 * Cells with an undefined corner are left out (a hole).
 */
export function surfaceFaces(values, n, scale, project, height, range, cutColor) {
  const P = new Array(n * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const v = values[i + j * n];
      P[i + j * n] = Number.isFinite(v) ? project(-1 + (2 * i) / (n - 1), -1 + (2 * j) / (n - 1), height(v)) : null;
    }
  }
  const beyond = (v) => v > range.hi || v < range.lo;
  const faces = [];
  const triangle = (k1, k2, k3) => {
    const pts = [P[k1], P[k2], P[k3]];
    const vs = [values[k1], values[k2], values[k3]];
    const cut = vs.every(beyond);
    const mean = (vs[0] + vs[1] + vs[2]) / 3;
    faces.push({ pts, depth: (pts[0][2] + pts[1][2] + pts[2][2]) / 3, color: cut ? cutColor : shaded(scale.t(mean), pts), cut });
  };
  for (let j = 0; j < n - 1; j++) {
    for (let i = 0; i < n - 1; i++) {
      const a = i + j * n;
      const b = a + 1;
      const c = a + n + 1;
      const d = a + n;
      if (!P[a] || !P[b] || !P[c] || !P[d]) continue;
      if (Math.abs(values[a] - values[c]) <= Math.abs(values[b] - values[d])) {
        triangle(a, b, c);
        triangle(a, c, d);
      } else {
        triangle(a, b, d);
        triangle(b, c, d);
      }
    }
  }
  return faces;
}

/**
 * The quads of the Taylor model q(dx, dy) (analysis/quadratic-model.js) over a square of
 * PATCH_SHARE of the window around θ′ = (tx, ty), the part inside the window only; `toModel(x,
 * y, v)` gives a point's model coordinates, or null outside the box (the model leaves it).
 */
export function patchFaces(q, tx, ty, win, project, toModel) {
  const hx = PATCH_SHARE * (win.x1 - win.x0);
  const hy = PATCH_SHARE * (win.y1 - win.y0);
  const grid = [];
  for (let j = 0; j < PATCH; j++) {
    for (let i = 0; i < PATCH; i++) {
      const dx = -hx + (2 * hx * i) / (PATCH - 1);
      const dy = -hy + (2 * hy * j) / (PATCH - 1);
      const x = tx + dx;
      const y = ty + dy;
      const inside = x >= win.x0 && x <= win.x1 && y >= win.y0 && y <= win.y1;
      const model = inside ? toModel(x, y, q(dx, dy)) : null;
      grid.push(model ? project(...model) : null);
    }
  }
  const faces = [];
  for (let j = 0; j < PATCH - 1; j++) {
    for (let i = 0; i < PATCH - 1; i++) {
      const k = i + j * PATCH;
      const pts = [grid[k], grid[k + 1], grid[k + PATCH + 1], grid[k + PATCH]];
      if (pts.some((p) => !p)) continue;
      faces.push({ pts, depth: pts.reduce((s, p) => s + p[2], 0) / 4 });
    }
  }
  return faces;
}

/**
 * Fills `faces` far to near, each in its own colour (stroked in it too: that closes the
 * hairline seams between neighbours), or all in the context's current styles (`own` false).
 */
export function fillFaces(ctx, faces, { own = true } = {}) {
  for (const f of quadOrder(faces)) {
    ctx.beginPath();
    ctx.moveTo(f.pts[0][0], f.pts[0][1]);
    for (let k = 1; k < f.pts.length; k++) ctx.lineTo(f.pts[k][0], f.pts[k][1]);
    ctx.closePath();
    if (own) {
      ctx.fillStyle = f.color;
      ctx.fill();
      ctx.strokeStyle = f.color;
      ctx.lineWidth = 0.6;
    } else {
      ctx.fill();
    }
    ctx.stroke();
  }
}

// The face's viridis colour, darkened by how far its screen normal faces away from the viewer:
// enough shading to read the shape, not so much that the colour scale is lost.
function shaded(t, [a, b, c]) {
  const k = 3 * indexOf(t);
  // Screen-space normal from two edges' cross product (x right, y down, z away).
  const ux = b[0] - a[0];
  const uy = b[1] - a[1];
  const uz = b[2] - a[2];
  const vx = c[0] - a[0];
  const vy = c[1] - a[1];
  const vz = c[2] - a[2];
  const nx = uy * vz - uz * vy;
  const ny = uz * vx - ux * vz;
  const nz = ux * vy - uy * vx;
  const len = Math.hypot(nx, ny, nz) || 1;
  const light = 0.62 + 0.38 * Math.abs((0.35 * nx - 0.55 * ny + nz * 0.76) / len);
  const r = Math.round(VIRIDIS[k] * light);
  const g = Math.round(VIRIDIS[k + 1] * light);
  const bl = Math.round(VIRIDIS[k + 2] * light);
  return `rgb(${r} ${g} ${bl})`;
}
