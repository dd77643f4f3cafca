// The surface's picture under the marks: the heatmap with its holes, the labelled contour
// lines and the axes (or, for one parameter, the curve of L), painted into an offscreen canvas.
// It is the expensive part of a picture, so it is painted again only for a new field or size;
// a frame (a θ′ move) only copies it (views/plane-view.js).

import { PAPER, SURFACE, CHART } from "../canvas/theme.js";
import { createView } from "./view.js";
import { colorize } from "./heatmap.js";
import { MARGIN, paintAxes, paintGridLines } from "./axes.js";
import { paintContourLines } from "./contour-lines.js";

/** The hatch tile's side, CSS px. */
const HATCH_SIZE = 8;
/** Below this size (CSS px) there is no room for a picture: only the background is painted. */
const MIN_SIZE = 50;

export class BaseLayer {
  constructor() {
    this.canvas = document.createElement("canvas"); // heatmap + contours + axes, at the device's pixels
    this.heat = document.createElement("canvas"); // one pixel per grid point
    this.cssWidth = 0;
    this.cssHeight = 0;
    this.dpr = 1;
    this.field = null;
    this.hatch = null;
    this.heatImage = null; // the heatmap's pixels, kept between fields of the same size
  }

  /** Sets the size in CSS px and the device pixel ratio, then paints again. */
  resize(cssWidth, cssHeight, dpr) {
    this.cssWidth = Math.max(1, Math.round(cssWidth));
    this.cssHeight = Math.max(1, Math.round(cssHeight));
    this.dpr = dpr;
    this.canvas.width = Math.round(this.cssWidth * dpr);
    this.canvas.height = Math.round(this.cssHeight * dpr);
    this.hatch = null;
    this.render();
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

  /** The field's window ↔ pixel mapping (null before the first field). */
  get view() {
    return this.field ? createView(this.field.win, this.plotRect()) : null;
  }

  /**
   * Shows a new field and paints again. A field is either
   *   { type: "grid", values, nx, ny, win, xName, yName, scale, levels, segments, lines }
   * (surface/field.js: values[i + j*nx], i along x, endpoints included) or
   *   { type: "curve", xs, ys, win, xName, yName }   (one parameter: L against it).
   */
  setField(field) {
    this.field = field;
    if (field.type === "grid") this.paintHeat(field);
    this.render();
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

  /** Paints the layer again (projector mode's line widths and fonts changed, say). */
  render() {
    const ctx = this.canvas.getContext("2d");
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    this.paint(ctx);
  }

  /**
   * Paints the layer onto `ctx` in CSS px from its origin: its own canvas, or a picture to
   * save (export/picture.js: a canvas at twice the size, or an SVG context).
   */
  paint(ctx) {
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, this.cssWidth, this.cssHeight);
    const field = this.field;
    if (!field || this.cssWidth < MIN_SIZE || this.cssHeight < MIN_SIZE) return;
    const view = createView(field.win, this.plotRect());
    const { rect } = view;
    ctx.save();
    ctx.beginPath();
    ctx.rect(rect.left, rect.top, rect.width, rect.height);
    ctx.clip();
    if (field.type === "grid") {
      this.paintHeatInto(ctx, view, field, true);
      paintContourLines(ctx, view, field, this.dpr, (c) => this.paintHeatInto(c, view, field, false));
    } else {
      paintGridLines(ctx, view);
      paintCurve(ctx, view, field);
    }
    ctx.restore();
    paintAxes(ctx, view, field, this.cssHeight);
  }

  // The heatmap over the hatch (unless `hatch` is false), in the current clip.
  paintHeatInto(ctx, view, { nx, ny }, hatch) {
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

  // A diagonal hatch on grey: "the loss is not defined here", distinct from every viridis colour.
  hatchPattern(ctx) {
    if (!this.hatch) {
      const size = Math.round(HATCH_SIZE * this.dpr);
      const tile = document.createElement("canvas");
      tile.width = tile.height = size;
      const t = tile.getContext("2d");
      t.fillStyle = SURFACE.holeBase;
      t.fillRect(0, 0, size, size);
      t.strokeStyle = SURFACE.holeLine;
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
}

/** L against the one parameter, broken where the loss is undefined. */
function paintCurve(ctx, view, { xs, ys }) {
  ctx.strokeStyle = CHART.loss;
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
}
