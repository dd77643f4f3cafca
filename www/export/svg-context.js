// A 2-D canvas context that writes SVG: the page's painters (the base layer's axes and
// contours, marks/scene.js and every mark, the legend) draw onto it exactly as they draw onto
// a canvas, and the picture comes out as vector paths and text. One drawing of every mark,
// two outputs; a separate SVG serializer of the scene would have to repeat each mark's
// geometry and drift from the canvas.
//
// It implements the part of CanvasRenderingContext2D the painters use: the state (styles,
// line widths and dashes, font and text alignment, transform, clip) with save/restore; paths
// of lines, rectangles and arcs; fill, stroke, clip; text; drawImage of a canvas (the heatmap,
// embedded once as a PNG and reused); a repeating pattern and a linear gradient. Paths are
// kept in the picture's units with the transform applied when they are built, as a canvas
// does, so a rotated label or a scaled context comes out right; arcs assume a transform
// without shear (rotations, translations and uniform scales: all the painters use).
//
// Text is measured by `measure(font, text, baseline)` (in the page: a real canvas context)
// and always written on its alphabetic baseline, so a viewer's own idea of "middle" or
// "top" never moves a label.

import { escapeMarkup } from "../app/markup.js";

/** Decimals kept in coordinates: a hundredth of a unit is invisible and keeps the file short. */
const DECIMALS = 2;

const STATE_DEFAULTS = Object.freeze({
  fillStyle: "#000000",
  strokeStyle: "#000000",
  lineWidth: 1,
  lineCap: "butt",
  lineJoin: "miter",
  miterLimit: 10,
  lineDash: Object.freeze([]),
  lineDashOffset: 0,
  font: "10px sans-serif",
  textAlign: "start",
  textBaseline: "alphabetic",
  imageSmoothingEnabled: true,
  imageSmoothingQuality: "low",
  matrix: Object.freeze([1, 0, 0, 1, 0, 0]),
  clip: null, // the id of the clipPath in force, or null
});

const n = (x) => String(Number(x.toFixed(DECIMALS)) + 0);

/** a · b for 2-D affine matrices [a, b, c, d, e, f] (canvas order). */
function multiply(m, o) {
  return [m[0] * o[0] + m[2] * o[1], m[1] * o[0] + m[3] * o[1], m[0] * o[2] + m[2] * o[3], m[1] * o[2] + m[3] * o[3], m[0] * o[4] + m[2] * o[5] + m[4], m[1] * o[4] + m[3] * o[5] + m[5]];
}

const matrixOf = (m) => (Array.isArray(m) ? m : [m.a, m.b, m.c, m.d, m.e, m.f]);
const matrixAttribute = (m) => `matrix(${m.map(n).join(" ")})`;

/**
 * "rgba(255, 255, 255, 0.3)" or "rgb(1 2 3)" → { color: "rgb(255,255,255)", opacity: 0.3 }: the
 * form every SVG reader knows (editors read neither CSS 4 nor an alpha in a colour); other
 * colours as given.
 */
function splitColor(style) {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(style);
  if (!m) return { color: style, opacity: 1 };
  return { color: `rgb(${m[1]},${m[2]},${m[3]})`, opacity: m[4] === undefined ? 1 : Number(m[4]) };
}

/** A canvas font ("bold italic 18px family, …") as SVG font attributes. */
function fontAttributes(font) {
  const m = /^((?:(?:bold|italic|normal|\d{3})\s+)*)([\d.]+)px\s+(.+)$/.exec(font);
  if (!m) return `font-size="10" font-family="sans-serif"`;
  const words = m[1].trim().split(/\s+/);
  const weight = words.includes("bold") ? ` font-weight="bold"` : "";
  const style = words.includes("italic") ? ` font-style="italic"` : "";
  return `font-size="${n(Number(m[2]))}" font-family="${escapeMarkup(m[3])}"${weight}${style}`;
}

/** A repeating image, as ctx.createPattern gives (its transform set by setTransform). */
class SvgPattern {
  constructor(image) {
    this.image = image;
    this.matrix = [1, 0, 0, 1, 0, 0];
  }
  setTransform(m) {
    this.matrix = matrixOf(m);
  }
}

/** A linear gradient, as ctx.createLinearGradient gives. */
class SvgGradient {
  constructor(x0, y0, x1, y1) {
    this.line = [x0, y0, x1, y1];
    this.stops = [];
  }
  addColorStop(offset, color) {
    this.stops.push([offset, color]);
  }
}

export class SvgContext {
  /**
   * A picture `width` × `height` units (CSS px). `measure(font, text, baseline)` returns
   * { width, alphabetic } for the text in that font: its advance, and how far the alphabetic
   * baseline lies below the line that `baseline` ("middle", "top", …) names.
   */
  constructor(width, height, measure) {
    this.width = width;
    this.height = height;
    this.measure = measure;
    this.state = { ...STATE_DEFAULTS };
    this.stack = [];
    this.path = [];
    this.defs = [];
    this.body = [];
    this.ids = 0;
    this.images = new Map(); // image → its id in <defs>, so each is embedded once
    this.rootAttributes = {};
  }

  // ---- state -------------------------------------------------------------------------------

  save() {
    this.stack.push({ ...this.state });
  }
  restore() {
    if (this.stack.length) this.state = this.stack.pop();
  }

  setTransform(a, b, c, d, e, f) {
    this.state.matrix = typeof a === "object" ? matrixOf(a) : [a, b, c, d, e, f];
  }
  resetTransform() {
    this.state.matrix = [1, 0, 0, 1, 0, 0];
  }
  transform(a, b, c, d, e, f) {
    this.state.matrix = multiply(this.state.matrix, [a, b, c, d, e, f]);
  }
  translate(x, y) {
    this.transform(1, 0, 0, 1, x, y);
  }
  scale(x, y) {
    this.transform(x, 0, 0, y, 0, 0);
  }
  rotate(angle) {
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    this.transform(c, s, -s, c, 0, 0);
  }
  setLineDash(segments) {
    this.state.lineDash = Object.freeze([...segments]);
  }
  getLineDash() {
    return [...this.state.lineDash];
  }

  // ---- paths -------------------------------------------------------------------------------

  /** (x, y) in the picture's units under the current transform. */
  point(x, y) {
    const m = this.state.matrix;
    return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  }
  /** How much the current transform scales lengths (√|det|). */
  get unit() {
    const m = this.state.matrix;
    return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
  }

  beginPath() {
    this.path = [];
  }
  moveTo(x, y) {
    const [px, py] = this.point(x, y);
    this.path.push(`M${n(px)} ${n(py)}`);
  }
  lineTo(x, y) {
    const [px, py] = this.point(x, y);
    this.path.push(`${this.path.length ? "L" : "M"}${n(px)} ${n(py)}`);
  }
  closePath() {
    if (this.path.length) this.path.push("Z");
  }
  rect(x, y, w, h) {
    this.moveTo(x, y);
    this.lineTo(x + w, y);
    this.lineTo(x + w, y + h);
    this.lineTo(x, y + h);
    this.closePath();
  }
  arc(x, y, r, start, end, anticlockwise = false) {
    const m = this.state.matrix;
    const rotation = Math.atan2(m[1], m[0]);
    const radius = r * this.unit;
    const [cx, cy] = this.point(x, y);
    const at = (angle) => [cx + radius * Math.cos(angle + rotation), cy + radius * Math.sin(angle + rotation)];
    let sweep = anticlockwise ? start - end : end - start;
    const full = sweep >= 2 * Math.PI;
    sweep = full ? 2 * Math.PI : ((sweep % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    const [sx, sy] = at(start);
    this.path.push(`${this.path.length ? "L" : "M"}${n(sx)} ${n(sy)}`);
    const flag = anticlockwise ? 0 : 1;
    // SVG draws no arc whose ends meet: a full circle is two halves.
    const direction = anticlockwise ? -1 : 1;
    const pieces = full ? [start + direction * Math.PI, start + direction * 2 * Math.PI] : [start + direction * sweep];
    for (const angle of pieces) {
      const [ex, ey] = at(angle);
      const large = !full && sweep > Math.PI ? 1 : 0;
      this.path.push(`A${n(radius)} ${n(radius)} 0 ${large} ${flag} ${n(ex)} ${n(ey)}`);
    }
  }

  // ---- painting ----------------------------------------------------------------------------

  fill(rule = "nonzero") {
    if (!this.path.length) return;
    this.emit(`<path d="${this.path.join("")}"${this.paint("fill", this.state.fillStyle)}${rule === "evenodd" ? ' fill-rule="evenodd"' : ""}/>`);
  }

  stroke() {
    if (!this.path.length) return;
    const s = this.state;
    const k = this.unit;
    const dash = s.lineDash.length ? ` stroke-dasharray="${s.lineDash.map((d) => n(d * k)).join(" ")}" stroke-dashoffset="${n(s.lineDashOffset * k)}"` : "";
    const join = s.lineJoin === "miter" ? ` stroke-miterlimit="${n(s.miterLimit)}"` : ` stroke-linejoin="${s.lineJoin}"`;
    const cap = s.lineCap === "butt" ? "" : ` stroke-linecap="${s.lineCap}"`;
    this.emit(`<path d="${this.path.join("")}" fill="none"${this.paint("stroke", s.strokeStyle)} stroke-width="${n(s.lineWidth * k)}"${join}${cap}${dash}/>`);
  }

  /** Narrows the clip to the current path (and what was clipped before). */
  clip(rule = "nonzero") {
    const id = `c${++this.ids}`;
    const outer = this.state.clip ? ` clip-path="url(#${this.state.clip})"` : "";
    this.defs.push(`<clipPath id="${id}"${outer}><path d="${this.path.join("")}"${rule === "evenodd" ? ' clip-rule="evenodd"' : ""}/></clipPath>`);
    this.state.clip = id;
  }

  fillRect(x, y, w, h) {
    const saved = this.path;
    this.beginPath();
    this.rect(x, y, w, h);
    this.fill();
    this.path = saved;
  }
  strokeRect(x, y, w, h) {
    const saved = this.path;
    this.beginPath();
    this.rect(x, y, w, h);
    this.stroke();
    this.path = saved;
  }
  /** Clearing to transparent: what is under it is simply not drawn, so only the picture's own background counts. */
  clearRect() {}

  fillText(text, x, y) {
    this.text(text, x, y, this.paint("fill", this.state.fillStyle));
  }
  strokeText(text, x, y) {
    const s = this.state;
    const join = s.lineJoin === "miter" ? "" : ` stroke-linejoin="${s.lineJoin}"`;
    this.text(text, x, y, ` fill="none"${this.paint("stroke", s.strokeStyle)} stroke-width="${n(s.lineWidth)}"${join}`);
  }
  measureText(text) {
    return { width: this.measure(this.state.font, String(text), this.state.textBaseline).width };
  }

  /** Draws `image` (a canvas) stretched over (x, y, w, h), or at its own size from (x, y). */
  drawImage(image, x, y, w = image.width, h = image.height) {
    let id = this.images.get(image);
    if (!id) {
      id = `i${++this.ids}`;
      this.images.set(image, id);
      const smooth = this.state.imageSmoothingEnabled ? "" : ' style="image-rendering:pixelated"';
      this.defs.push(`<image id="${id}" width="1" height="1" preserveAspectRatio="none"${smooth} xlink:href="${image.toDataURL("image/png")}"/>`);
    }
    const m = multiply(this.state.matrix, [w, 0, 0, h, x, y]);
    this.emit(`<use xlink:href="#${id}" transform="${matrixAttribute(m)}"/>`);
  }

  createPattern(image) {
    return new SvgPattern(image);
  }
  createLinearGradient(x0, y0, x1, y1) {
    return new SvgGradient(x0, y0, x1, y1);
  }

  // ---- output ------------------------------------------------------------------------------

  /** Sets an attribute of the <svg> element (e.g. data-plot for those who read the picture). */
  setRootAttribute(name, value) {
    this.rootAttributes[name] = value;
  }

  /** Opens a group (a layer in an SVG editor) named `id`; closeGroup ends it. */
  openGroup(id) {
    this.body.push(`<g id="${escapeMarkup(id)}">`);
  }
  closeGroup() {
    this.body.push("</g>");
  }

  /** The picture as an SVG document. */
  toString() {
    const extra = Object.entries(this.rootAttributes).map(([k, v]) => ` ${k}="${escapeMarkup(v)}"`).join("");
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${n(this.width)}" height="${n(this.height)}" viewBox="0 0 ${n(this.width)} ${n(this.height)}"${extra}>`,
      `<defs>${this.defs.join("")}</defs>`,
      ...this.body,
      "</svg>",
      "",
    ].join("\n");
  }

  // ---- helpers -----------------------------------------------------------------------------

  emit(element) {
    if (!this.state.clip) {
      this.body.push(element);
      return;
    }
    const clip = ` clip-path="url(#${this.state.clip})"`;
    // A clip applies in the user space of the element it is set on, its own transform
    // included: an element with a transform is clipped from a group around it instead.
    this.body.push(element.includes(" transform=") ? `<g${clip}>${element}</g>` : element.replace(/^<(\w+)/, `<$1${clip}`));
  }

  /** ` fill="…"` (or stroke) with its opacity, for a colour, a pattern or a gradient. */
  paint(kind, style) {
    if (style instanceof SvgPattern) return ` ${kind}="url(#${this.patternId(style)})"`;
    if (style instanceof SvgGradient) return ` ${kind}="url(#${this.gradientId(style)})"`;
    const { color, opacity } = splitColor(String(style));
    return ` ${kind}="${escapeMarkup(color)}"${opacity < 1 ? ` ${kind}-opacity="${n(opacity)}"` : ""}`;
  }

  patternId(pattern) {
    const id = `p${++this.ids}`;
    const { width, height } = pattern.image;
    const m = multiply(this.state.matrix, pattern.matrix);
    this.defs.push(
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${width}" height="${height}" patternTransform="${matrixAttribute(m)}">` +
        `<image width="${width}" height="${height}" xlink:href="${pattern.image.toDataURL("image/png")}"/></pattern>`,
    );
    return id;
  }

  gradientId(gradient) {
    const id = `g${++this.ids}`;
    const [x1, y1, x2, y2] = gradient.line;
    const stops = gradient.stops
      .map(([offset, style]) => {
        const { color, opacity } = splitColor(style);
        return `<stop offset="${n(offset)}" stop-color="${escapeMarkup(color)}"${opacity < 1 ? ` stop-opacity="${n(opacity)}"` : ""}/>`;
      })
      .join("");
    this.defs.push(
      `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" gradientTransform="${matrixAttribute(this.state.matrix)}">${stops}</linearGradient>`,
    );
    return id;
  }

  /** A <text> at (x, y) in the current transform, on its alphabetic baseline, aligned as set. */
  text(text, x, y, paint) {
    const s = this.state;
    const value = String(text);
    const { alphabetic } = this.measure(s.font, value, s.textBaseline);
    const anchor = { center: "middle", right: "end", end: "end" }[s.textAlign] ?? "start";
    const m = multiply(s.matrix, [1, 0, 0, 1, x, y + alphabetic]);
    this.emit(`<text transform="${matrixAttribute(m)}" ${fontAttributes(s.font)}${anchor === "start" ? "" : ` text-anchor="${anchor}"`}${paint}>${escapeMarkup(value)}</text>`);
  }
}

// Getters and setters for the painters' style properties (ctx.fillStyle = …), kept in the state.
for (const key of ["fillStyle", "strokeStyle", "lineWidth", "lineCap", "lineJoin", "miterLimit", "lineDashOffset", "font", "textAlign", "textBaseline", "imageSmoothingEnabled", "imageSmoothingQuality"]) {
  Object.defineProperty(SvgContext.prototype, key, {
    get() {
      return this.state[key];
    },
    set(value) {
      this.state[key] = value;
    },
  });
}
