// The error surface on a canvas: heatmap, holes, labelled contour lines and axes, kept in an
// offscreen layer; overlays (θ′, arrows, critical points) are painted on top each frame.
//
// Drawing is split so that dragging θ′ stays cheap: setField() and resize() re-render the
// base layer (the expensive part); draw() only copies it and calls the overlay painter.

import { createView } from "./view.js";
import { niceTicks, formatTick } from "./ticks.js";
import { colorize } from "./heatmap.js";
import { labelPlacements, pixelPolyline, gridToPixels } from "./contours.js";
import { formatNumber, prettyName } from "../i18n/format.js";
import { lineScale, fontScale } from "../canvas/projector.js";

/** Space around the plot for ticks and axis names, CSS px. */
export const MARGIN = Object.freeze({ left: 62, right: 14, top: 14, bottom: 52 });
/** Tick length, CSS px. */
const TICK = 6;
/** Target distance between ticks, CSS px. */
const TICK_SPACING = 80;
/** Contour labels: at least this far apart, in grid cells of a 256 grid (scaled for others). */
const LABEL_GAP = 44;
const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif';
// Fonts grow in projector mode (projector.js), so they are made when drawn.
const TICK_FONT = () => `${14 * fontScale()}px ${FONT}`;
const AXIS_FONT = () => `italic ${18 * fontScale()}px ${FONT}`;
const LABEL_FONT = () => `${12.5 * fontScale()}px ${FONT}`;
const COLORS = Object.freeze({
  background: "#ffffff",
  frame: "#3d4451",
  tickText: "#3d4451",
  contour: "rgba(255, 255, 255, 0.66)", // 0.6 × 1.1: the ink of the former 1.1 px lines at 1 px
  labelText: "#ffffff",
  labelHalo: "rgba(20, 20, 40, 0.65)",
  holeBase: "#b9bcc2",
  holeLine: "#8c9098",
  curve: "#31688e", // a viridis blue, for 1-parameter curves
  gridLine: "#e3e6ea",
});

export class Surface {
  /** @param {HTMLCanvasElement} canvas */
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext("2d");
    this.base = document.createElement("canvas"); // offscreen: heatmap + contours + axes
    this.heat = document.createElement("canvas"); // one pixel per grid point
    this.cssWidth = 0;
    this.cssHeight = 0;
    this.dpr = 1;
    this.field = null;
    this.hatch = null;
    this.heatImage = null; // the heatmap's pixels, kept between fields of the same size
  }

  /** Sets the canvas' CSS size and device pixel ratio, then re-renders the base layer. */
  resize(cssWidth, cssHeight, dpr) {
    this.cssWidth = Math.max(1, Math.round(cssWidth));
    this.cssHeight = Math.max(1, Math.round(cssHeight));
    this.dpr = dpr;
    for (const c of [this.canvas, this.base]) {
      c.width = Math.round(this.cssWidth * dpr);
      c.height = Math.round(this.cssHeight * dpr);
    }
    this.hatch = null;
    this.renderBase();
  }

  /** The plot rectangle in CSS px (inside the margins). */
  plotRect() {
    return {
      left: MARGIN.left,
      top: MARGIN.top,
      width: Math.max(1, this.cssWidth - MARGIN.left - MARGIN.right),
      height: Math.max(1, this.cssHeight - MARGIN.top - MARGIN.bottom),
    };
  }

  /** The current window ↔ pixel mapping (null before the first field). */
  get view() {
    return this.field ? createView(this.field.win, this.plotRect()) : null;
  }

  /**
   * Shows a new field and re-renders the base layer. A field is either
   *   { type: "grid", values, nx, ny, win, xName, yName, scale, levels, segments, lines }
   * (values[i + j*nx], i along x, endpoints included; segments from contourSegments, lines
   * the same chained into polylines per level) or
   *   { type: "curve", xs, ys, win, xName, yName }   (one parameter: L against it).
   */
  setField(field) {
    this.field = field;
    if (field.type === "grid") this.paintHeat(field);
    this.renderBase();
  }

  // The heatmap at grid resolution: one pixel per sample, transparent where undefined. Row
  // j = 0 is the bottom of the window, so it goes to the last image row. The canvas and its
  // ImageData are kept while the grid size stays (resizing a canvas clears and reallocates it).
  paintHeat({ values, nx, ny, scale }) {
    if (this.heat.width !== nx || this.heat.height !== ny) {
      this.heat.width = nx;
      this.heat.height = ny;
      this.heatImage = null;
    }
    const hctx = this.heat.getContext("2d");
    this.heatImage ??= hctx.createImageData(nx, ny);
    colorize(values, nx, ny, scale, new Uint32Array(this.heatImage.data.buffer));
    hctx.putImageData(this.heatImage, 0, 0);
  }

  renderBase() {
    const ctx = this.base.getContext("2d");
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.fillStyle = COLORS.background;
    ctx.fillRect(0, 0, this.cssWidth, this.cssHeight);
    const field = this.field;
    if (!field || this.cssWidth < 50 || this.cssHeight < 50) return;
    const view = createView(field.win, this.plotRect());
    if (field.type === "grid") {
      this.renderGrid(ctx, view, field);
    } else {
      this.renderCurve(ctx, view, field);
    }
    this.renderAxes(ctx, view, field);
  }

  renderGrid(ctx, view, field) {
    const { rect } = view;
    ctx.save();
    ctx.beginPath();
    ctx.rect(rect.left, rect.top, rect.width, rect.height);
    ctx.clip();
    this.renderHeat(ctx, view, field);
    this.renderContours(ctx, view, field);
    ctx.restore();
  }

  // The heatmap over the hatch (unless `hatch` is false), in the current clip.
  renderHeat(ctx, view, { nx, ny }, hatch = true) {
    const { rect } = view;
    // Holes first: wherever the heatmap is transparent, the hatch reads "undefined here".
    if (hatch) {
      ctx.fillStyle = this.hatchPattern(ctx);
      ctx.fillRect(rect.left, rect.top, rect.width, rect.height);
    }
    // Sample i sits at x_i = x0 + i·dx (endpoints included), so pixel i of the image is
    // centred there: the image spans half a cell beyond the window on each side.
    const cw = rect.width / (nx - 1);
    const ch = rect.height / (ny - 1);
    ctx.imageSmoothingEnabled = true;
    // "high" (a wider filter) only pays when the grid is stretched a lot (256 samples over a
    // 1000-device-pixel plot); near 1:1 bilinear looks the same at a third of the cost.
    ctx.imageSmoothingQuality = (rect.width * this.dpr) / nx > 1.5 ? "high" : "low";
    ctx.drawImage(this.heat, rect.left - cw / 2, rect.top - ch / 2, rect.width + cw, rect.height + ch);
  }

  renderContours(ctx, view, field) {
    const { segments, lines, levels, nx, ny } = field;
    if (!segments || segments.length === 0) return;
    const { rect } = view;
    const gx = (i) => rect.left + (i / (nx - 1)) * rect.width;
    const gy = (j) => rect.top + (1 - j / (ny - 1)) * rect.height;
    // Labels first, so the lines can leave a gap where a label sits.
    const scaleGrid = Math.max(nx, ny) / 256;
    const labels = labelPlacements(segments, nx, ny, {
      perLevel: 2,
      minGap: LABEL_GAP * scaleGrid,
      margin: 10 * scaleGrid,
    }).map((p) => {
      // The label's angle in pixels (y flipped), kept upright.
      let angle = Math.atan2(-(p.dy / (ny - 1)) * rect.height, (p.dx / (nx - 1)) * rect.width);
      if (angle > Math.PI / 2) angle -= Math.PI;
      if (angle < -Math.PI / 2) angle += Math.PI;
      return { x: gx(p.x), y: gy(p.y), angle, text: formatNumber(levels[p.level], 3) };
    });
    ctx.strokeStyle = COLORS.contour;
    // One CSS px, not a hair more: at a device pixel ratio of 1 Skia strokes a 1-px line as an
    // antialiased hairline, ~10× faster than a 1.1-px line filled as a polygon (6.6 → 0.5 ms
    // for the 25k segments of the ripples at 512²), and it looks the same.
    ctx.lineWidth = lineScale();
    ctx.lineJoin = "round";
    // Chained polylines join smoothly; each is a flat list. One path per level (one huge
    // translucent path rasterises several times slower), without the sub-pixel detail.
    const toPixels = gridToPixels(rect, nx, ny);
    let into = new Float64Array(4096); // one buffer for every line's points
    for (const level of lines) {
      const path = new Path2D();
      for (const line of level) {
        if (into.length < line.length) into = new Float64Array(line.length);
        const p = pixelPolyline(line, toPixels, 1 / this.dpr, into);
        path.moveTo(p[0], p[1]);
        for (let k = 2; k < p.length; k += 2) path.lineTo(p[k], p[k + 1]);
      }
      ctx.stroke(path);
    }
    // Then a gap in the lines where each label goes: the heatmap is painted again inside a box
    // around the label. (Clipping the lines with all boxes at once, even-odd, made Skia leave
    // its hairline fast path: 0.5 → 2.6 ms for the ripples' lines.) Without the hatch: on the
    // box's antialiased edge, heatmap over heatmap blends to itself, hatch would show as a
    // grey outline; and no contour line runs inside a hole.
    ctx.font = LABEL_FONT();
    for (const l of labels) {
      const w = ctx.measureText(l.text).width / 2 + 4;
      const h = 8;
      const c = Math.cos(l.angle);
      const s = Math.sin(l.angle);
      const corner = (u, v) => [l.x + u * c - v * s, l.y + u * s + v * c];
      ctx.save();
      ctx.beginPath();
      ctx.moveTo(...corner(-w, -h));
      ctx.lineTo(...corner(w, -h));
      ctx.lineTo(...corner(w, h));
      ctx.lineTo(...corner(-w, h));
      ctx.closePath();
      ctx.clip();
      this.renderHeat(ctx, view, field, false);
      ctx.restore();
    }
    // The labels: white on a soft dark halo, legible on both ends of viridis.
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    for (const l of labels) {
      ctx.save();
      ctx.translate(l.x, l.y);
      ctx.rotate(l.angle);
      ctx.lineWidth = 3 * fontScale();
      ctx.strokeStyle = COLORS.labelHalo;
      ctx.strokeText(l.text, 0, 0.5);
      ctx.fillStyle = COLORS.labelText;
      ctx.fillText(l.text, 0, 0.5);
      ctx.restore();
    }
  }

  renderCurve(ctx, view, { xs, ys }) {
    const { rect } = view;
    ctx.save();
    ctx.beginPath();
    ctx.rect(rect.left, rect.top, rect.width, rect.height);
    ctx.clip();
    this.renderGridLines(ctx, view);
    ctx.strokeStyle = COLORS.curve;
    ctx.lineWidth = 2.5;
    ctx.lineJoin = "round";
    ctx.beginPath();
    let pen = false;
    for (let k = 0; k < xs.length; k++) {
      if (!Number.isFinite(ys[k])) {
        pen = false; // a hole: the loss is undefined here
        continue;
      }
      const x = view.px(xs[k]);
      const y = view.py(ys[k]);
      if (pen) ctx.lineTo(x, y);
      else ctx.moveTo(x, y);
      pen = true;
    }
    ctx.stroke();
    ctx.restore();
  }

  renderGridLines(ctx, view) {
    const { rect, win } = view;
    ctx.strokeStyle = COLORS.gridLine;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const x of niceTicks(win.x0, win.x1, rect.width / TICK_SPACING).values) {
      const p = Math.round(view.px(x)) + 0.5;
      ctx.moveTo(p, rect.top);
      ctx.lineTo(p, rect.top + rect.height);
    }
    for (const y of niceTicks(win.y0, win.y1, rect.height / TICK_SPACING).values) {
      const p = Math.round(view.py(y)) + 0.5;
      ctx.moveTo(rect.left, p);
      ctx.lineTo(rect.left + rect.width, p);
    }
    ctx.stroke();
  }

  renderAxes(ctx, view, field) {
    const { rect, win } = view;
    ctx.strokeStyle = COLORS.frame;
    ctx.fillStyle = COLORS.tickText;
    ctx.lineWidth = 1;
    ctx.strokeRect(rect.left - 0.5, rect.top - 0.5, rect.width + 1, rect.height + 1);
    ctx.font = TICK_FONT();
    const xt = niceTicks(win.x0, win.x1, Math.max(2, rect.width / TICK_SPACING));
    const yt = niceTicks(win.y0, win.y1, Math.max(2, rect.height / TICK_SPACING));
    const bottom = rect.top + rect.height;
    ctx.beginPath();
    for (const x of xt.values) {
      const p = Math.round(view.px(x)) + 0.5;
      ctx.moveTo(p, bottom + 0.5);
      ctx.lineTo(p, bottom + TICK);
    }
    for (const y of yt.values) {
      const p = Math.round(view.py(y)) + 0.5;
      ctx.moveTo(rect.left - 0.5, p);
      ctx.lineTo(rect.left - TICK, p);
    }
    ctx.stroke();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    for (const x of xt.values) ctx.fillText(formatTick(x, xt.step), view.px(x), bottom + TICK + 3);
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    for (const y of yt.values) ctx.fillText(formatTick(y, yt.step), rect.left - TICK - 4, view.py(y));
    // Axis names: the parameters, written as the lecture writes them (w₁, w₂).
    ctx.font = AXIS_FONT();
    ctx.fillStyle = COLORS.frame;
    ctx.textAlign = "center";
    ctx.textBaseline = "alphabetic";
    ctx.fillText(prettyName(field.xName), rect.left + rect.width / 2, this.cssHeight - 8);
    ctx.save();
    ctx.translate(16, rect.top + rect.height / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = "middle";
    ctx.fillText(field.type === "grid" ? prettyName(field.yName) : field.yName, 0, 0);
    ctx.restore();
  }

  // A diagonal hatch on grey: "the loss is not defined here", distinct from every viridis colour.
  hatchPattern(ctx) {
    if (!this.hatch) {
      const size = Math.round(8 * this.dpr);
      const tile = document.createElement("canvas");
      tile.width = tile.height = size;
      const t = tile.getContext("2d");
      t.fillStyle = COLORS.holeBase;
      t.fillRect(0, 0, size, size);
      t.strokeStyle = COLORS.holeLine;
      t.lineWidth = 1.5 * this.dpr;
      t.beginPath();
      t.moveTo(-1, size + 1);
      t.lineTo(size + 1, -1);
      t.moveTo(-1, 1);
      t.lineTo(1, -1);
      t.moveTo(size - 1, size + 1);
      t.lineTo(size + 1, size - 1);
      t.stroke();
      this.hatch = tile;
    }
    const pattern = ctx.createPattern(this.hatch, "repeat");
    // The tile is in device pixels; undo the context's dpr scale for the pattern.
    pattern.setTransform(new DOMMatrix().scale(1 / this.dpr));
    return pattern;
  }

  /**
   * Composites the base layer and paints the overlays: `paint(ctx, view)` draws in CSS px,
   * clipped to the plot rectangle.
   */
  draw(paint) {
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(this.base, 0, 0);
    const view = this.view;
    if (!view || !paint) return;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.save();
    ctx.beginPath();
    ctx.rect(view.rect.left, view.rect.top, view.rect.width, view.rect.height);
    ctx.clip();
    paint(ctx, view);
    ctx.restore();
  }
}
