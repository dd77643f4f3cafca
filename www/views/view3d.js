// The 3-D view: the surface as a shaded mesh in Canvas 2D, rotatable by dragging (azimuth and
// elevation) or with the arrow keys, with the quadratic Taylor model around θ′ as a
// translucent patch, and the same marks as the 2-D view (the optimizer's path, the critical
// points, θ′) painted by the one scene painter.
//
// Height is the colour position t(L) of the 2-D view's colour scale, not L itself: t is
// monotone, so minima, maxima and saddles keep their shape, the colours match the colour
// bar, and a loss that spans 0 … 25 with everything interesting below 2 (the lecture's) is
// not drawn as a flat sheet with spikes in the corners. The Taylor patch goes through the same
// t, so where it hugs the surface the model is good.

import { t as tr } from "../i18n/i18n.js";
import { prettyName, formatNumber } from "../i18n/format.js";
import { gridArgs } from "../core/slice-args.js";
import { INK, PAPER, VIEW3D, canvasFont } from "../canvas/theme.js";
import { fitCanvas } from "../canvas/fit.js";
import { colorScale } from "../surface/levels.js";
import { quadraticModel } from "../analysis/quadratic-model.js";
import { criticalMarks } from "../marks/critical-points.js";
import { paintScene } from "../marks/scene.js";
import { projector, DEFAULT_CAMERA, normalCamera } from "./camera.js";
import { surfaceFaces, patchFaces, fillFaces } from "./mesh3d.js";
import { gridSide } from "../surface/grid-budget.js";

/** Mesh samples per side: 63 × 63 quads, cheap to sort and fill each frame. */
const MESH = 64;
/** Height of the top of the box relative to its half-width. */
const HEIGHT = 0.9;
/** Degrees per pixel of drag, and per arrow key press. */
const DRAG_SPEED = 0.5;
const KEY_STEP = 5;
/** A press that moves less than this is a click, not a turn; a click this close to a marker picks it. CSS px. */
const CLICK_SLOP = 4;
const PICK_RADIUS = 14;
const DEG = Math.PI / 180;

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
    this.lastSnapshot = null;
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
   * Called every frame with the page's snapshot (app/store.js) and the optimizer's paths so far
   * ([] for none): recomputes the mesh if stale, then draws.
   */
  update(s, paths = this.lastPaths) {
    this.lastSnapshot = s;
    this.lastPaths = paths;
    if (this.mode !== "3d" || !s.loss || s.field?.type !== "grid") return;
    const key = meshKey(s);
    if (!this.mesh || this.mesh.key !== key || this.mesh.loss !== s.loss) {
      const size = gridSide(s.cost, MESH); // fewer for an expensive loss (a large network's)
      const values = s.loss.grid(gridArgs(s.axes, s.win, s.theta, size));
      // The 2-D view's scale when there is one (same colours as the colour bar).
      this.mesh = { key, loss: s.loss, values, size, scale: s.field.scale ?? colorScale(values) };
    }
    this.draw(s);
  }

  redraw() {
    if (this.lastSnapshot) this.update(this.lastSnapshot);
  }

  draw(s) {
    const fitted = fitCanvas(this.canvas, 20);
    if (!fitted) return;
    const { ctx, width, height } = fitted;
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, width, height);
    const { values, scale } = this.mesh;
    if (!scale) return;
    const { win, ix, iy, loss } = s;
    // Model coordinates: x, y ∈ [−1, 1] across the window, z = HEIGHT·(2t − 1) ∈ [−HEIGHT, HEIGHT].
    const mx = (x) => (2 * (x - win.x0)) / (win.x1 - win.x0) - 1;
    const my = (y) => (2 * (y - win.y0)) / (win.y1 - win.y0) - 1;
    const mz = (v) => HEIGHT * (2 * scale.t(v) - 1);
    const project = projector(this.azimuth * DEG, this.elevation * DEG, width, height, HEIGHT);
    fillFaces(ctx, surfaceFaces(values, this.mesh.size, scale, project, mz));
    // The model on top of the surface, translucent: where the two agree the patch hugs the
    // surface, where they part the model has stopped being a good description. (Drawn after
    // the whole surface: a patch cut to pieces by the quads in front of it does not read.)
    const a = s.analysis;
    const defined = a && Number.isFinite(a.value);
    if (defined && a.hessian.length) {
      const toModel = (x, y, v) => [mx(x), my(y), mz(v)];
      ctx.fillStyle = VIEW3D.patchFill;
      ctx.strokeStyle = VIEW3D.patchLine;
      ctx.lineWidth = 0.8;
      fillFaces(ctx, patchFaces(quadraticModel(a, ix, iy), s.theta[ix], s.theta[iy], win, project, toModel), { own: false });
    }
    this.drawBox(ctx, project, s);
    // The marks, as on the 2-D view, at the height of their loss.
    const at = (p, value) => project(mx(p[ix]), my(p[iy]), mz(value ?? loss.value(p)));
    const scene = { critical: { ...criticalMarks(s.critical ?? [], at), trough: false } };
    scene.paths = (this.lastPaths ?? []).map((path) => ({
      points: path.points.flatMap((p, k) => (Number.isFinite(path.values[k]) ? [at(p, path.values[k])] : [])),
      method: path.method,
    }));
    if (defined) {
      const [x, y] = at(s.theta, a.value);
      scene.theta = { x, y, ring: false };
      // Where θ′ is drawn (CSS px), for tests and scripts that check the picture.
      this.canvas.dataset.theta = `${x.toFixed(1)},${y.toFixed(1)}`;
    }
    paintScene(ctx, scene);
    // Where each marker is, for picking and for tests and scripts: "saddle:x,y;minimum:x,y;…".
    this.markers = scene.critical.points;
    this.canvas.dataset.critical = String((s.critical ?? []).length);
    this.canvas.dataset.markers = this.markers.map((m) => `${m.shape}:${m.x.toFixed(1)},${m.y.toFixed(1)}`).join(";");
    ctx.font = canvasFont(13, { scaled: false });
    ctx.fillStyle = INK;
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
  drawBox(ctx, project, s) {
    const { win } = s;
    const { scale } = this.mesh;
    const corners = [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ];
    ctx.save();
    ctx.strokeStyle = VIEW3D.box;
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
    ctx.fillStyle = INK;
    ctx.textBaseline = "middle";
    ctx.font = canvasFont(12, { scaled: false });
    ctx.textAlign = "right";
    // The floor is L's lowest value; ticks above it (the bottom one would sit on the floor's
    // own labels). The labels left of the axis, unless they would leave the canvas (a narrow
    // phone): then all of them right of it.
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
    ctx.font = canvasFont(16, { italic: true, scaled: false });
    const [xName, yName] = s.axes.map(prettyName);
    label(xName, 0, -1.22, -HEIGHT);
    label(yName, 1.22, 0, -HEIGHT);
    const [lx, ly] = project(cx, cy, HEIGHT);
    ctx.fillText("L", lx, ly - 14);
    ctx.restore();
  }
}

/** What the mesh depends on: the window, the axes and the slice (the Loss is compared apart). */
function meshKey(s) {
  const axisIndex = new Set([s.ix, s.iy]);
  const fixed = s.theta.filter((_, k) => !axisIndex.has(k));
  return [s.win.x0, s.win.x1, s.win.y0, s.win.y1, s.axes.join(","), fixed.join(",")].join("|");
}
