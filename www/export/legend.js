// The key under a saved picture: one entry for each kind of mark the picture shows (θ′, the
// critical points counted by kind, the valleys, the level set, u or −g, g, the eigen axes by
// sign, the Taylor model, its error, the probe, an optimizer's path, holes), each drawn by the
// mark's own painter at a small size, and its words in the page's language.

import { t } from "../i18n/i18n.js";
import { INK, KIND_FILL, MARK, SURFACE, ERROR_RGB, canvasFont } from "../canvas/theme.js";
import { cssColorAt } from "../surface/colormap.js";
import { criticalCounts } from "../analysis/critical-points.js";
import { drawTheta } from "../marks/theta.js";
import { drawCriticalPoint } from "../marks/critical-points.js";
import { drawValley } from "../marks/valley.js";
import { drawLevelSet } from "../marks/level-set.js";
import { drawArrow } from "../marks/arrow.js";
import { drawEigenAxes } from "../marks/eigen-axes.js";
import { drawPath } from "../marks/path.js";

/** The key's symbol box and the gap after its text, CSS px. */
const SYMBOL = 30;
const GAP = 18;
/** A row of the key, CSS px, and its text size. */
export const LEGEND_ROW = 30;
const TEXT_SIZE = 14;
/** The colour map's middle: white marks read on it as they do on the surface. */
const CHIP_COLOR = cssColorAt(0.45);

/**
 * The entries for the scene `scene` (marks/scene.js) of the snapshot `s` (app/store.js):
 * [{ text, draw(ctx, x, y), chip }] where (x, y) is the centre of the symbol's box and `chip`
 * asks for a patch of the colour map behind a white mark.
 */
export function legendEntries(scene, s, lang) {
  const entries = [{ text: t(lang, "legendTheta"), draw: (ctx, x, y) => drawTheta(ctx, x, y) }];
  if (scene.critical) {
    for (const { kind, count } of criticalCounts(s.critical)) {
      const text = t(lang, count === 1 ? `criticalMap_${kind}_one` : `criticalMap_${kind}_many`, { n: count });
      if (kind.startsWith("valley")) {
        const color = KIND_FILL[kind === "valley_other" ? "unknown" : kind.slice("valley_".length)];
        entries.push({ text, draw: (ctx, x, y) => drawValley(ctx, [[x - 11, y + 6], [x, y + 1], [x + 11, y - 6]], color) });
      } else if (kind === "slice") {
        entries.push({ text, draw: (ctx, x, y) => drawCriticalPoint(ctx, x, y, "minimum", { hollow: true, fill: MARK.point }) });
      } else {
        entries.push({ text, draw: (ctx, x, y) => drawCriticalPoint(ctx, x, y, kind, { fill: KIND_FILL[kind] }) });
      }
    }
  }
  if (scene.levelSet) entries.push({ text: t(lang, "legendLevelSet"), chip: true, draw: (ctx, x, y) => drawLevelSet(ctx, [[x - 12, y, x + 12, y]]) });
  for (const arrow of scene.arrows ?? []) {
    const key = { u: "legendEscape", "−g": "legendDownhill", g: "exportLegendGradient" }[arrow.label];
    if (key) entries.push({ text: t(lang, key), chip: arrow.color === MARK.downhill, draw: (ctx, x, y) => drawArrow(ctx, { x: x - 24, y, dx: 1, dy: 0, color: arrow.color, length: 38 }) });
  }
  if (scene.eigenAxes) {
    for (const sign of ["positive", "negative", "zero"]) {
      if (!scene.eigenAxes.axes.some((axis) => axis.sign === sign)) continue;
      const axis = { dx: 1, dy: 0, half: 12, sign, label: "" };
      entries.push({ text: t(lang, `exportLegendEigen_${sign}`), draw: (ctx, x, y) => drawEigenAxes(ctx, { x, y, axes: [axis], avoid: null }, null) });
    }
  }
  if (scene.taylor) entries.push({ text: t(lang, "overlay_taylor"), draw: (ctx, x, y) => swatch(ctx, x, y, MARK.taylor, [4, 3]) });
  if (scene.errorMap) entries.push({ text: t(lang, "overlay_err"), draw: (ctx, x, y) => swatch(ctx, x, y, `rgba(${ERROR_RGB.join(", ")}, 0.7)`, null) });
  if (scene.probe) entries.push({ text: t(lang, "overlay_probe"), chip: true, draw: (ctx, x, y) => swatch(ctx, x, y, MARK.probe, [2, 4]) });
  if (scene.path) entries.push({ text: t(lang, "exportLegendPath"), draw: (ctx, x, y) => drawPath(ctx, [[x - 12, y + 4], [x - 4, y - 2], [x + 4, y + 1], [x + 12, y - 4]], scene.path.method) });
  if (s.field.type === "grid" && s.field.values.some((v) => !Number.isFinite(v))) {
    entries.push({ text: t(lang, "legendHole"), draw: (ctx, x, y) => swatch(ctx, x, y, SURFACE.holeBase, null) });
  }
  return entries;
}

/** A patch of the colour map behind a white mark, which would not show on the paper. */
function chip(ctx, x, y) {
  ctx.save();
  ctx.fillStyle = CHIP_COLOR;
  ctx.fillRect(x - SYMBOL / 2, y - 9, SYMBOL, 18);
  ctx.restore();
}

/** A short line or a small block of colour, for entries whose mark has no small form. */
function swatch(ctx, x, y, color, dash) {
  ctx.save();
  if (dash) {
    ctx.setLineDash(dash);
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x - 13, y);
    ctx.lineTo(x + 13, y);
    ctx.stroke();
  } else {
    ctx.fillStyle = color;
    ctx.fillRect(x - 12, y - 7, 24, 14);
  }
  ctx.restore();
}

/**
 * Where each entry goes in a key `width` px wide, measured with `ctx`: entries flow left to
 * right and wrap. Returns { rows, placed: [{ entry, x, y }] } with (x, y) the symbol's centre
 * relative to the key's top left.
 */
export function layoutLegend(ctx, entries, width) {
  ctx.save();
  ctx.font = canvasFont(TEXT_SIZE);
  const placed = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const size = SYMBOL + 6 + ctx.measureText(entry.text).width + GAP;
    if (x > 0 && x + size > width) {
      x = 0;
      row += 1;
    }
    placed.push({ entry, x: x + SYMBOL / 2, y: row * LEGEND_ROW + LEGEND_ROW / 2 });
    x += size;
  }
  ctx.restore();
  return { rows: entries.length ? row + 1 : 0, placed };
}

/** Paints a laid-out key with its top left at (left, top). */
export function paintLegend(ctx, { placed }, left, top) {
  for (const { entry, x, y } of placed) {
    ctx.save();
    if (entry.chip) chip(ctx, left + x, top + y);
    entry.draw(ctx, left + x, top + y);
    ctx.restore();
    ctx.save();
    ctx.font = canvasFont(TEXT_SIZE);
    ctx.fillStyle = INK;
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    ctx.fillText(entry.text, left + x + SYMBOL / 2 + 6, top + y);
    ctx.restore();
  }
}
