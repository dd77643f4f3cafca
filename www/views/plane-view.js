// The 2-D view: the surface over the two axis parameters (or the curve of L over one) on the
// page's main canvas, with the marks of a scene on top. The explorer and the quiz both draw
// through it, each with its own field and scene.
//
// Drawing is split so that dragging θ′ stays cheap: a new field or size paints the base layer
// again (the expensive part); a frame only copies it and paints the scene.

import { BaseLayer } from "../surface/base-layer.js";
import { drawColorbar } from "../surface/colorbar.js";
import { paintSceneIn } from "../marks/scene.js";

export class PlaneView {
  /**
   * @param {HTMLCanvasElement} canvas  the page's main canvas
   * @param {HTMLCanvasElement} colorbar  the colour bar under it
   */
  constructor(canvas, colorbar) {
    this.canvas = canvas;
    this.colorbar = colorbar;
    this.ctx = canvas.getContext("2d");
    this.base = new BaseLayer();
    /** The scene painted last (the pointer asks it where the probe's handle is). */
    this.scene = null;
  }

  get dpr() {
    return this.base.dpr;
  }

  /** The window ↔ pixel mapping of the field shown (null before the first). */
  get view() {
    return this.base.view;
  }

  get field() {
    return this.base.field;
  }

  /** Sets the canvas' CSS size and device pixel ratio; paints the base layer and colour bar again. */
  resize(cssWidth, cssHeight, dpr) {
    this.base.resize(cssWidth, cssHeight, dpr);
    this.canvas.width = this.base.canvas.width;
    this.canvas.height = this.base.canvas.height;
    this.paintColorbar();
  }

  /** Shows `field` (surface/field.js) unless it is the one shown: the base layer and the colour bar. */
  show(field) {
    if (field === this.base.field) return;
    this.base.setField(field);
    this.paintColorbar();
  }

  /** Paints the base layer again (projector mode changes its line widths and fonts). */
  repaint() {
    this.base.render();
  }

  paintColorbar() {
    const field = this.base.field;
    if (field) drawColorbar(this.colorbar, field.scale ?? null, field.levels ?? [], this.base.dpr);
  }

  /**
   * Composites the base layer, then paints `scene` (marks/scene.js; null: none) clipped to
   * the plot rectangle, and writes where the plot is for scripts and tests that click in
   * parameter units (data-plot: left, top, width, height in CSS px; data-window: the window).
   */
  draw(scene) {
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(this.base.canvas, 0, 0);
    this.scene = scene;
    const view = this.view;
    if (!view) return;
    if (scene) {
      ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
      paintSceneIn(ctx, scene, view.rect);
    }
    const { rect, win } = view;
    this.canvas.dataset.plot = [rect.left, rect.top, rect.width, rect.height].join(",");
    this.canvas.dataset.window = [win.x0, win.x1, win.y0, win.y1].join(",");
  }
}
