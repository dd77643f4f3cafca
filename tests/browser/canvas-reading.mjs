// Reading what the surface canvas shows, for the overlay, navigation and projector tests:
// where a parameter point is drawn, the colours of pixels there, and the core's own numbers
// (a Loss built in the page from the same wasm) to compare the page's read-outs against.
//
// Positions are CSS px relative to the canvas's top-left corner ("canvas px"); the canvas is
// read at the device pixel ratio it is drawn at. The mapping is the page's own
// (surface/view.js), not a copy.

import { createView } from "../../www/surface/view.js";

/** The plot rectangle and window the canvas announces (data-plot, data-window). */
export async function plotGeometry(page) {
  const canvas = page.locator("#surface");
  const [left, top, width, height] = (await canvas.getAttribute("data-plot")).split(",").map(Number);
  const [x0, x1, y0, y1] = (await canvas.getAttribute("data-window")).split(",").map(Number);
  return { left, top, width, height, x0, x1, y0, y1 };
}

/** The page's view (surface/view.js) for geometry `g`. */
function viewOf(g) {
  return createView({ x0: g.x0, x1: g.x1, y0: g.y0, y1: g.y1 }, { left: g.left, top: g.top, width: g.width, height: g.height });
}

/** Canvas px of the parameter point (x, y) under geometry `g`. */
export function toCanvas(g, x, y) {
  const view = viewOf(g);
  return [view.px(x), view.py(y)];
}

/** The parameter point under canvas px (px, py) for geometry `g`. */
export function toParams(g, px, py) {
  const view = viewOf(g);
  return [view.x(px), view.y(py)];
}

/** Page coordinates (for the mouse) of canvas px (px, py). */
export async function toPage(page, px, py) {
  const box = await page.locator("#surface").boundingBox();
  return { x: box.x + px, y: box.y + py };
}

/**
 * [r, g, b] of the canvas at each canvas-px point of `points`, read after the next frame
 * (so a change just made is drawn).
 */
export async function colorsAt(page, points) {
  return page.evaluate(
    (pts) =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const canvas = document.querySelector("#surface");
            const scale = canvas.width / canvas.clientWidth;
            const ctx = canvas.getContext("2d");
            resolve(
              pts.map(([x, y]) => {
                const d = ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
                return [d[0], d[1], d[2]];
              }),
            );
          }),
        ),
      ),
    points,
  );
}

/** Points from canvas px (x, y) along the unit pixel direction (ux, uy), at the given distances. */
export function along(x, y, ux, uy, distances) {
  return distances.map((d) => [x + ux * d, y + uy * d]);
}

/** Integers from `a` to `b` (inclusive) in steps of `step`. */
export function range(a, b, step = 1) {
  const out = [];
  for (let v = a; v <= b; v += step) out.push(v);
  return out;
}

// Colour classes of the overlays' marks (overlays.js), chosen so that no viridis colour of the
// surface falls into them: viridis never has blue above ~150 with red below 150, nor a red
// above 220 with blue above 130.
export const isYellowMark = ([r, g, b]) => r > 220 && g > 180 && b < 110 && r - b > 140; // g arrow #ffd23f
export const isCyan = ([r, g, b]) => b > 220 && g > 190 && r < 150; // λ > 0 #5ee6ff
export const isPink = ([r, g, b]) => r > 220 && b > 130 && g < 140; // λ < 0 #ff5fa2
export const isDark = ([r, g, b]) => r < 60 && g < 60 && b < 70; // outlines, Taylor contours #1b1e28
export const isWhite = ([r, g, b]) => r > 235 && g > 235 && b > 235;

/**
 * The core's analysis of `formula` over `columns` at `theta`, and optionally L along v at
 * the given t, computed in the page by a fresh Loss (the same wasm the page uses).
 * `formula`/`columns` null: the page's default (the lecture's example).
 */
export async function coreNumbers(page, { formula = null, columns = null, theta, v = null, ts = [], search = null }) {
  return page.evaluate(
    async ({ formula, columns, theta, v, ts, search }) => {
      const { loadCore, createLoss } = await import("./core/wasm.js");
      const state = await import("./app/url-state.js");
      await loadCore();
      const loss = createLoss(formula ?? state.DEFAULT_FORMULA, columns ?? state.DEFAULT_DATA, "en");
      try {
        const a = loss.analyze(theta);
        const line = v ? ts.map((t) => loss.value(theta.map((x, k) => x + t * v[k]))) : [];
        const critical = search
          ? loss.criticalPoints({ x: loss.params[0], y: loss.params[1], xRange: search.slice(0, 2), yRange: search.slice(2), at: theta }).map((cp) => cp.point)
          : [];
        return {
          params: loss.params,
          value: a.value,
          gradient: Array.from(a.gradient),
          hessian: a.hessian.map((row) => Array.from(row)),
          eigenvalues: Array.from(a.eigenvalues),
          eigenvectors: a.eigenvectors.map((e) => Array.from(e)),
          line,
          critical,
        };
      } finally {
        loss.free();
      }
    },
    { formula, columns, theta, v, ts, search },
  );
}

/** A number as the page prints it (typographic minus, "× 10⁻⁶" not handled: keep to plain numbers). */
export function parsePrinted(text) {
  return Number(text.trim().replace(/\u2212/g, "-"));
}


/**
 * How many distinct colours a sample of the #surface canvas holds in `target` (a Page or a
 * Frame): a drawn colour map has hundreds, a blank canvas one.
 */
export function surfaceColourCount(target) {
  return target.evaluate(() => {
    const c = document.querySelector("#surface");
    const data = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return seen.size;
  });
}
