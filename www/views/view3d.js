// The 3-D view: the surface as a shaded mesh in Canvas 2D, rotatable by dragging (azimuth and
// elevation) or with the arrow keys, with θ′, the critical points and the quadratic Taylor
// model around θ′ as a translucent patch.
//
// Height is the colour position t(L) of the 2-D view's colour scale, not L itself: t is
// monotone, so minima, maxima and saddles keep their shape, the colours match the colour
// bar, and a loss that spans 0 … 25 with everything interesting below 2 (the lecture's) is
// not drawn as a flat sheet with spikes in the corners. The Taylor patch goes through the same
// t, so where it hugs the surface the model is good.

import { t as tr } from "../i18n/i18n.js";
import { prettyName, formatNumber } from "../i18n/format.js";
import { VIRIDIS, indexOf } from "../surface/colormap.js";
import { colorScale } from "../surface/levels.js";
import { projector, quadOrder, DEFAULT_CAMERA, normalCamera } from "./camera.js";
import { OVERLAY_COLORS, THETA_RADIUS } from "../marks/overlays.js";
import { drawMarker, markerShape, KIND_FILL } from "../marks/critical-map.js";
import { drawPath } from "../marks/path.js";
import { fitCanvas } from "../canvas/fit-canvas.js";

/** Mesh samples per side: 63 × 63 quads, cheap to sort and fill each frame. */
export const MESH = 64;
/** Samples per side of the Taylor patch, and its half-width as a share of the window. */
const PATCH = 13;
const PATCH_SHARE = 0.18;
const PATCH_FILL = "rgba(255, 111, 60, 0.38)";
const PATCH_LINE = "rgba(150, 50, 15, 0.55)";
/** Height of the top of the box relative to its half-width. */
const HEIGHT = 0.9;
/** Degrees per pixel of drag, and per arrow key press. */
const DRAG_SPEED = 0.5;
const KEY_STEP = 5;
/** A press that moves less than this is a click, not a turn; a click this close to a marker picks it. CSS px. */
const CLICK_SLOP = 4;
const PICK_RADIUS = 14;
const DEG = Math.PI / 180;
const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif';

export class View3D {
  /**
   * @param {HTMLCanvasElement} canvas  the 3-D canvas (in the plot box, hidden in 2-D)
   * @param {HTMLElement} switchBox  holds the "2-D | 3-D" buttons
   * @param {(view: "2d" | "3d") => void} onView  the user chose a view
   * @param {(camera: { azimuth: number, elevation: number }) => void} onCamera  the user turned it
   * @param {(point: number[]) => void} onPick  a click (not a drag) on a critical point's marker
   */
  constructor(canvas, switchBox, onView, onCamera, onPick) {
    this.canvas = canvas;
    this.switchBox = switchBox;
    this.onView = onView;
    this.onCamera = onCamera;
    this.onPick = onPick;
    this.markers = []; // [{ x, y, point, shape }] where the critical points were drawn, CSS px
    this.setCamera(DEFAULT_CAMERA);
    this.mode = "2d";
    this.mesh = null; // { key, values, scale }
    this.lastApp = null;
    this.lastPath = null;
    this.lang = "en";
    this.buttons = ["2d", "3d"].map((view) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "view-button";
      button.dataset.view = view;
      button.addEventListener("click", () => onView(view));
      return button;
    });
    switchBox.replaceChildren(...this.buttons);
    this.listen();
    new ResizeObserver(() => this.redraw()).observe(canvas);
  }

  listen() {
    let drag = null;
    this.canvas.addEventListener("pointerdown", (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      this.canvas.focus();
      drag = { x: event.clientX, y: event.clientY, azimuth: this.azimuth, elevation: this.elevation };
      this.canvas.setPointerCapture(event.pointerId);
    });
    this.canvas.addEventListener("pointermove", (event) => {
      if (!drag) return;
      this.rotate(drag.azimuth - (event.clientX - drag.x) * DRAG_SPEED, drag.elevation + (event.clientY - drag.y) * DRAG_SPEED);
    });
    const end = (event) => {
      const click = drag && event.type === "pointerup" && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < CLICK_SLOP;
      drag = null;
      if (this.canvas.hasPointerCapture(event.pointerId)) this.canvas.releasePointerCapture(event.pointerId);
      if (click) this.pick(event);
    };
    this.canvas.addEventListener("pointerup", end);
    this.canvas.addEventListener("pointercancel", end);
    this.canvas.addEventListener("keydown", (event) => {
      const moves = { ArrowLeft: [KEY_STEP, 0], ArrowRight: [-KEY_STEP, 0], ArrowUp: [0, KEY_STEP], ArrowDown: [0, -KEY_STEP] };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      this.rotate(this.azimuth + move[0], this.elevation + move[1]);
    });
  }

  /** A click on (or within PICK_RADIUS of) a critical point's marker puts θ′ on that point. */
  pick(event) {
    const box = this.canvas.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    let best = null;
    let bestDistance = PICK_RADIUS;
    for (const m of this.markers) {
      const d = Math.hypot(m.x - x, m.y - y);
      if (d <= bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    if (best) this.onPick(best.point);
  }

  /** The user turned the view: azimuth in degrees (any), elevation clamped (see normalCamera). */
  rotate(azimuth, elevation) {
    const camera = normalCamera(azimuth, elevation);
    if (camera.azimuth === this.azimuth && camera.elevation === this.elevation) return;
    this.setCamera(camera);
    this.onCamera(camera); // the page's next frame draws the turned view (update)
  }

  /** Puts the camera where a link or the page says (no callback). */
  setCamera({ azimuth, elevation }) {
    this.azimuth = azimuth;
    this.elevation = elevation;
    this.canvas.dataset.azimuth = String(azimuth);
    this.canvas.dataset.elevation = String(elevation);
  }

  setLang(lang) {
    this.lang = lang;
    this.buttons[0].textContent = tr(lang, "view3dButton2d");
    this.buttons[1].textContent = tr(lang, "view3dButton3d");
    this.switchBox.setAttribute("aria-label", tr(lang, "view3dSwitch"));
    this.canvas.setAttribute("aria-label", tr(lang, "view3dLabel"));
    this.redraw();
  }

  /** Shows the 2-D or the 3-D view; `available` is false for a one-parameter loss. */
  setMode(mode, available) {
    this.mode = available ? mode : "2d";
    this.buttons[1].disabled = !available;
    for (const b of this.buttons) b.setAttribute("aria-pressed", String(b.dataset.view === this.mode));
    this.canvas.hidden = this.mode !== "3d";
    document.body.classList.toggle("view-3d", this.mode === "3d");
  }

  /**
   * Called every frame with the page's state and the optimizer's path so far (or null):
   * recomputes the mesh if stale, then draws.
   */
  update(app, path = this.lastPath) {
    this.lastApp = app;
    this.lastPath = path;
    if (this.mode !== "3d" || !app.loss || app.field?.type !== "grid") return;
    const key = meshKey(app);
    if (!this.mesh || this.mesh.key !== key || this.mesh.loss !== app.loss) {
      const values = app.loss.grid({
        x: app.axes[0],
        y: app.axes[1],
        xRange: [app.win.x0, app.win.x1],
        yRange: [app.win.y0, app.win.y1],
        nx: MESH,
        ny: MESH,
        at: app.theta,
      });
      // The 2-D view's scale when there is one (same colours as the colour bar).
      this.mesh = { key, loss: app.loss, values, scale: app.field.scale ?? colorScale(values) };
    }
    this.draw(app);
  }

  redraw() {
    if (this.lastApp) this.update(this.lastApp);
  }

  draw(app) {
    const fitted = fitCanvas(this.canvas, 20);
    if (!fitted) return;
    const { ctx, width, height } = fitted;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, width, height);
    const { values, scale } = this.mesh;
    if (!scale) return;
    const { win } = app;
    const [ix, iy] = app.axes.map((a) => app.params.indexOf(a));
    // Model coordinates: x, y ∈ [−1, 1] across the window, z = HEIGHT·(2t − 1) ∈ [−HEIGHT, HEIGHT].
    const mx = (x) => (2 * (x - win.x0)) / (win.x1 - win.x0) - 1;
    const my = (y) => (2 * (y - win.y0)) / (win.y1 - win.y0) - 1;
    const mz = (v) => HEIGHT * (2 * scale.t(v) - 1);
    const project = projector(this.azimuth * DEG, this.elevation * DEG, width, height, HEIGHT);

    const faces = [];
    // The surface's quads, coloured by their mean value and shaded by their slope.
    const n = MESH;
    const P = new Array(n * n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const v = values[i + j * n];
        P[i + j * n] = Number.isFinite(v) ? project(-1 + (2 * i) / (n - 1), -1 + (2 * j) / (n - 1), mz(v)) : null;
      }
    }
    for (let j = 0; j < n - 1; j++) {
      for (let i = 0; i < n - 1; i++) {
        const k = i + j * n;
        const a = P[k];
        const b = P[k + 1];
        const c = P[k + n + 1];
        const d = P[k + n];
        if (!a || !b || !c || !d) continue;
        const mean = (values[k] + values[k + 1] + values[k + n + 1] + values[k + n]) / 4;
        faces.push({ pts: [a, b, c, d], depth: (a[2] + b[2] + c[2] + d[2]) / 4, color: shaded(scale.t(mean), a, b, c, d) });
      }
    }
    // The quadratic model around θ′: L + dᵀg + ½ dᵀHd over the axis plane.
    const an = app.analysis;
    const patch = [];
    if (an && Number.isFinite(an.value) && an.hessian.length) {
      const hx = PATCH_SHARE * (win.x1 - win.x0);
      const hy = PATCH_SHARE * (win.y1 - win.y0);
      const q = (dx, dy) =>
        an.value + dx * an.gradient[ix] + dy * an.gradient[iy] + 0.5 * (dx * dx * an.hessian[ix][ix] + 2 * dx * dy * an.hessian[ix][iy] + dy * dy * an.hessian[iy][iy]);
      const grid = [];
      for (let j = 0; j < PATCH; j++) {
        for (let i = 0; i < PATCH; i++) {
          const dx = -hx + (2 * hx * i) / (PATCH - 1);
          const dy = -hy + (2 * hy * j) / (PATCH - 1);
          const x = app.theta[ix] + dx;
          const y = app.theta[iy] + dy;
          const inside = x >= win.x0 && x <= win.x1 && y >= win.y0 && y <= win.y1;
          grid.push(inside ? project(mx(x), my(y), mz(q(dx, dy))) : null);
        }
      }
      for (let j = 0; j < PATCH - 1; j++) {
        for (let i = 0; i < PATCH - 1; i++) {
          const k = i + j * PATCH;
          const pts = [grid[k], grid[k + 1], grid[k + PATCH + 1], grid[k + PATCH]];
          if (pts.some((p) => !p)) continue;
          patch.push({ pts, depth: pts.reduce((s, p) => s + p[2], 0) / 4 });
        }
      }
    }
    for (const f of quadOrder(faces)) {
      ctx.beginPath();
      ctx.moveTo(f.pts[0][0], f.pts[0][1]);
      for (let k = 1; k < 4; k++) ctx.lineTo(f.pts[k][0], f.pts[k][1]);
      ctx.closePath();
      ctx.fillStyle = f.color;
      ctx.fill();
      // The same colour stroked closes the hairline seams between neighbouring quads.
      ctx.strokeStyle = f.color;
      ctx.lineWidth = 0.6;
      ctx.stroke();
    }
    // The model on top of the surface, translucent: where the two agree the patch hugs the
    // surface, where they part the model has stopped being a good description. (Drawn after
    // the whole surface: a patch cut to pieces by the quads in front of it does not read.)
    ctx.fillStyle = PATCH_FILL;
    ctx.strokeStyle = PATCH_LINE;
    ctx.lineWidth = 0.8;
    for (const f of quadOrder(patch)) {
      ctx.beginPath();
      ctx.moveTo(f.pts[0][0], f.pts[0][1]);
      for (let k = 1; k < 4; k++) ctx.lineTo(f.pts[k][0], f.pts[k][1]);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
    }
    this.drawBox(ctx, project, app);
    // The optimizer's path over the surface, at the loss of each step.
    const path = this.lastPath;
    if (path && path.points.length) {
      const pixels = path.points.flatMap((p, k) => (Number.isFinite(path.values[k]) ? [project(mx(p[ix]), my(p[iy]), mz(path.values[k]))] : []));
      drawPath(ctx, pixels, path.method);
    }
    // Markers on top: the critical points, then θ′.
    const critical = app.critical ?? [];
    this.markers = [];
    this.canvas.dataset.critical = String(critical.length);
    for (const cp of critical) {
      if (cp.curve) {
        ctx.save();
        ctx.strokeStyle = KIND_FILL[markerShape(cp)];
        ctx.lineWidth = 3;
        ctx.beginPath();
        cp.curve.forEach((p, k) => {
          const [x, y] = project(mx(p[ix]), my(p[iy]), mz(app.loss.value(p)));
          if (k === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        });
        ctx.stroke();
        ctx.restore();
        continue;
      }
      const [x, y] = project(mx(cp.point[ix]), my(cp.point[iy]), mz(cp.value ?? app.loss.value(cp.point)));
      drawMarker(ctx, x, y, markerShape(cp), { hollow: cp.kind === "not_critical" });
      this.markers.push({ x, y, point: cp.point, shape: markerShape(cp) });
    }
    // Where each marker is, for tests and scripts: "saddle:x,y;minimum:x,y;…".
    this.canvas.dataset.markers = this.markers.map((m) => `${m.shape}:${m.x.toFixed(1)},${m.y.toFixed(1)}`).join(";");
    if (an && Number.isFinite(an.value)) {
      const [x, y] = project(mx(app.theta[ix]), my(app.theta[iy]), mz(an.value));
      // Where θ′ is drawn (CSS px), for tests and scripts that check the picture.
      this.canvas.dataset.theta = `${x.toFixed(1)},${y.toFixed(1)}`;
      ctx.beginPath();
      ctx.arc(x, y, THETA_RADIUS - 1, 0, 2 * Math.PI);
      ctx.fillStyle = OVERLAY_COLORS.outline;
      ctx.fill();
      ctx.beginPath();
      ctx.arc(x, y, THETA_RADIUS - 3, 0, 2 * Math.PI);
      ctx.fillStyle = OVERLAY_COLORS.theta;
      ctx.fill();
    }
    ctx.font = `13px ${FONT}`;
    ctx.fillStyle = "#3d4451";
    ctx.textAlign = "left";
    ctx.textBaseline = "top";
    // The hint on one line if it fits, else one line per " · " part (a phone).
    const hint = tr(this.lang, "view3dHint");
    const lines = ctx.measureText(hint).width <= width - 16 ? [hint] : hint.split(" · ");
    lines.forEach((line, k) => ctx.fillText(line, 8, 8 + 17 * k, width - 16));
  }

  /**
   * The floor square with the window's ends written at its edges, and a vertical L axis at the
   * corner furthest left on screen, ticked in true loss values (the height is the colour
   * position t(L), so the ticks are where the colour bar has them, not evenly spaced in L).
   */
  drawBox(ctx, project, app) {
    const { win } = app;
    const { scale } = this.mesh;
    const corners = [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ];
    ctx.save();
    ctx.strokeStyle = "rgba(61, 68, 81, 0.6)";
    ctx.lineWidth = 1;
    ctx.beginPath();
    corners.forEach(([x, y], k) => {
      const [px, py] = project(x, y, -HEIGHT);
      if (k === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    });
    ctx.closePath();
    ctx.stroke();
    // The vertical axis where it cannot hide behind the surface's silhouette for long: the
    // corner on the left of the picture.
    const [cx, cy] = corners.reduce((best, c) => (project(c[0], c[1], 0)[0] < project(best[0], best[1], 0)[0] ? c : best));
    const [bx, by] = project(cx, cy, -HEIGHT);
    const [tx, ty] = project(cx, cy, HEIGHT);
    ctx.beginPath();
    ctx.moveTo(bx, by);
    ctx.lineTo(tx, ty);
    ctx.stroke();
    ctx.fillStyle = "#3d4451";
    ctx.textBaseline = "middle";
    ctx.font = `12px ${FONT}`;
    ctx.textAlign = "right";
    // The floor is L's lowest value; ticks above it (the bottom one would sit on the floor's
    // own labels).
    // The labels left of the axis, unless they would leave the canvas (a narrow phone): then
    // all of them right of it.
    const widest = Math.max(...[0.25, 0.5, 0.75, 1].map((t) => ctx.measureText(formatNumber(scale.v(t), 3)).width));
    const fits = bx - 6 - widest >= 2 && tx - 6 - widest >= 2;
    for (const t of [0.25, 0.5, 0.75, 1]) {
      const v = scale.v(t);
      const [px, py] = project(cx, cy, HEIGHT * (2 * t - 1));
      ctx.beginPath();
      ctx.moveTo(px - 4, py);
      ctx.lineTo(px, py);
      ctx.stroke();
      const text = formatNumber(v, 3);
      ctx.textAlign = fits ? "right" : "left";
      ctx.fillText(text, fits ? px - 6 : px + 6, py);
    }
    // The window's ends, just outside the floor's edges.
    ctx.textAlign = "center";
    const label = (text, x, y, z) => {
      const [px, py] = project(x, y, z);
      ctx.fillText(text, px, py);
    };
    label(formatNumber(win.x0, 3), -1, -1.14, -HEIGHT);
    label(formatNumber(win.x1, 3), 1, -1.14, -HEIGHT);
    label(formatNumber(win.y0, 3), 1.14, -1, -HEIGHT);
    label(formatNumber(win.y1, 3), 1.14, 1, -HEIGHT);
    ctx.font = `italic 16px ${FONT}`;
    const [xName, yName] = app.axes.map(prettyName);
    label(xName, 0, -1.22, -HEIGHT);
    label(yName, 1.22, 0, -HEIGHT);
    const [lx, ly] = project(cx, cy, HEIGHT);
    ctx.fillText("L", lx, ly - 14);
    ctx.restore();
  }
}

/** What the mesh depends on: the formula's loss object, the window, the axes and the slice. */
function meshKey(app) {
  const axisIndex = new Set(app.axes.map((a) => app.params.indexOf(a)));
  const fixed = app.theta.filter((_, k) => !axisIndex.has(k));
  return [app.win.x0, app.win.x1, app.win.y0, app.win.y1, app.axes.join(","), fixed.join(",")].join("|");
}

// The quad's viridis colour, darkened by how far its screen normal faces away from the viewer:
// enough shading to read the shape, not so much that the colour scale is lost.
function shaded(t, a, b, c, d) {
  const k = 3 * indexOf(t);
  // Screen-space normal's z from the diagonals' cross product (x right, y down, z away).
  const ux = c[0] - a[0];
  const uy = c[1] - a[1];
  const uz = c[2] - a[2];
  const vx = d[0] - b[0];
  const vy = d[1] - b[1];
  const vz = d[2] - b[2];
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

