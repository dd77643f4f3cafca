// The 3-D view: the surface as a shaded mesh in Canvas 2D, rotatable by dragging (azimuth and
// elevation) or with the arrow keys, with the quadratic Taylor model around θ′ as a
// translucent patch, and the same marks as the 2-D view (the optimizer's path, the critical
// points, θ′) painted by the one scene painter.
//
// Height is L itself, linear, with linear ticks on the L axis, so a smooth valley looks
// smooth and curvature reads true. Where the surface runs far off (the lecture's corners
// reach 25 while everything of interest lies below 1.3), the box stops at a round value of L
// (views/height-range.js) and the view says so: what rises above is drawn as a grey lid. The
// colours are still the 2-D view's colour scale, so they match the colour bar.

import { t as tr } from "../i18n/i18n.js";
import { prettyName, formatNumber } from "../i18n/format.js";
import { gridArgs } from "../core/slice-args.js";
import { INK, PAPER, VIEW3D, canvasFont } from "../canvas/theme.js";
import { fitCanvas } from "../canvas/fit.js";
import { LabelPlacer } from "../canvas/label-placer.js";
import { formatTick } from "../surface/ticks.js";
import { gridSide } from "../core/slice-args.js";
import { heightRange } from "./height-range.js";
import { colorScale } from "../surface/levels.js";
import { quadraticModel } from "../analysis/quadratic-model.js";
import { criticalMarks } from "../marks/critical-points.js";
import { paintScene } from "../marks/scene.js";
import { projector, DEFAULT_CAMERA, normalCamera } from "./camera.js";
import { surfaceFaces, patchFaces, fillFaces } from "./mesh3d.js";

/** Mesh samples per side: 63 × 63 cells of two triangles, cheap to sort and fill each frame. */
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
      const n = gridSide(s.loss, MESH); // fewer where the loss's budget affords fewer (a large network's)
      const values = s.loss.grid(gridArgs(s.axes, s.win, s.theta, n));
      // The 2-D view's colour scale when there is one (same colours as the colour bar).
      this.mesh = { key, loss: s.loss, values, n, scale: s.field.scale ?? colorScale(values), range: heightRange(values) };
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
    const { values, n, scale, range } = this.mesh;
    if (!scale || !range) return;
    const { win, ix, iy, loss } = s;
    // Model coordinates: x, y ∈ [−1, 1] across the window, z = L mapped linearly from
    // [range.lo, range.hi] onto [−HEIGHT, HEIGHT] (clamped: the cut part lies on the lid).
    const mx = (x) => (2 * (x - win.x0)) / (win.x1 - win.x0) - 1;
    const my = (y) => (2 * (y - win.y0)) / (win.y1 - win.y0) - 1;
    const zOf = (v) => HEIGHT * (2 * (v - range.lo) / (range.hi - range.lo) - 1);
    const mz = (v) => Math.max(-HEIGHT, Math.min(HEIGHT, zOf(v)));
    const project = projector(this.azimuth * DEG, this.elevation * DEG, width, height, HEIGHT);
    fillFaces(ctx, surfaceFaces(values, n, scale, project, mz, range, VIEW3D.cut));
    // The model on top of the surface, translucent: where the two agree the patch hugs the
    // surface, where they part the model has stopped being a good description. (Drawn after
    // the whole surface: a patch cut to pieces by the faces in front of it does not read.)
    const a = s.analysis;
    const defined = a && Number.isFinite(a.value);
    if (defined && a.hessian.length) {
      const toModel = (x, y, v) => (v >= range.lo && v <= range.hi ? [mx(x), my(y), zOf(v)] : null);
      ctx.fillStyle = VIEW3D.patchFill;
      ctx.strokeStyle = VIEW3D.patchLine;
      ctx.lineWidth = 0.8;
      fillFaces(ctx, patchFaces(quadraticModel(a, ix, iy), s.theta[ix], s.theta[iy], win, project, toModel), { own: false });
    }
    const labels = new LabelPlacer({ left: 0, top: 0, width, height });
    this.drawHint(ctx, width, labels);
    this.drawBox(ctx, project, s, labels);
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
    // The heights' range and whether it cuts the surface, for tests and scripts.
    this.canvas.dataset.range = `${range.lo},${range.hi}`;
    this.canvas.dataset.cut = [range.cutLow ? "low" : "", range.cutHigh ? "high" : ""].filter(Boolean).join(",");
  }

  /** The hint at the top left, one line if it fits, else one line per " · " part; kept clear of later labels. */
  drawHint(ctx, width, labels) {
    ctx.font = canvasFont(13, { scaled: false });
    ctx.fillStyle = INK;
    ctx.textAlign = "left";
    ctx.textBaseline = "top";
    const { range } = this.mesh;
    const parts = [tr(this.lang, "view3dHint")];
    if (range.cutHigh) parts.push(tr(this.lang, "view3dCutHigh", { value: formatTick(range.hi, range.ticks.step) }));
    if (range.cutLow) parts.push(tr(this.lang, "view3dCutLow", { value: formatTick(range.lo, range.ticks.step) }));
    // As many " · " parts on a line as fit (a phone gets one per line).
    const lines = [];
    for (const part of parts.join(" · ").split(" · ")) {
      const joined = lines.length ? `${lines[lines.length - 1]} · ${part}` : part;
      if (lines.length && ctx.measureText(joined).width <= width - 16) lines[lines.length - 1] = joined;
      else lines.push(part);
    }
    lines.forEach((line, k) => ctx.fillText(line, 8, 8 + 17 * k, width - 16));
    const widest = Math.min(width - 16, Math.max(...lines.map((l) => ctx.measureText(l).width)));
    labels.reserve({ left: 4, top: 4, width: widest + 8, height: 17 * lines.length + 8 });
  }

  /**
   * The floor square with the window's ends written at its edges, and a vertical L axis at the
   * corner furthest left on screen, ticked at round values of L (the heights are linear in L,
   * so the ticks are evenly spaced). Every label goes through `labels`: none is drawn over
   * another, whichever way the box is turned.
   */
  drawBox(ctx, project, s, labels) {
    const { win } = s;
    const { range } = this.mesh;
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
    ctx.font = canvasFont(12, { scaled: false });
    const zOf = (v) => HEIGHT * (2 * (v - range.lo) / (range.hi - range.lo) - 1);
    const ticks = [];
    for (const v of range.ticks.values) {
      const [px, py] = project(cx, cy, zOf(v));
      ctx.beginPath();
      ctx.moveTo(px - 4, py);
      ctx.lineTo(px, py);
      ctx.stroke();
      const text = formatTick(v, range.ticks.step);
      // Left of the axis, else right of it (a narrow phone, or a label in the way).
      if (labels.place(ctx, text, [{ x: px - 6, y: py, align: "right" }, { x: px + 6, y: py, align: "left" }])) ticks.push(`${v}:${py.toFixed(1)}`);
    }
    this.canvas.dataset.ticks = ticks.join(";");
    ctx.font = canvasFont(16, { italic: true, scaled: false });
    labels.place(ctx, "L", [
      { x: tx, y: ty - 16 },
      { x: tx + 16, y: ty - 16 },
      { x: tx - 16, y: ty - 16 },
    ]);
    ctx.font = canvasFont(12, { scaled: false });
    // The window's ends just outside the floor's edges, then the axis names a little further.
    const label = (text, x, y) => {
      const [px, py] = project(x, y, -HEIGHT);
      labels.place(ctx, text, [
        { x: px, y: py },
        { x: px, y: py + 14 },
        { x: px, y: py - 14 },
      ]);
    };
    label(formatNumber(win.x0, 3), -1, -1.14);
    label(formatNumber(win.x1, 3), 1, -1.14);
    label(formatNumber(win.y0, 3), 1.14, -1);
    label(formatNumber(win.y1, 3), 1.14, 1);
    ctx.font = canvasFont(16, { italic: true, scaled: false });
    const [xName, yName] = s.axes.map(prettyName);
    label(xName, 0, -1.24);
    label(yName, 1.24, 0);
    ctx.restore();
  }
}

/** What the mesh depends on: the window, the axes and the slice (the Loss is compared apart). */
function meshKey(s) {
  const axisIndex = new Set([s.ix, s.iy]);
  const fixed = s.theta.filter((_, k) => !axisIndex.has(k));
  return [s.win.x0, s.win.x1, s.win.y0, s.win.y1, s.axes.join(","), fixed.join(",")].join("|");
}
