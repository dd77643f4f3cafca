// A picture of the explorer's surface for notes and slides: a caption (the formula, θ′ and the
// verdict), the surface with the overlays switched on and its axes, the colour bar, and a key
// of the marks, in the page's language. It is painted onto any 2-D context in CSS px, by the
// same painters as the page (surface/base-layer.js, marks/scene.js, the marks' own painters):
// a canvas at twice the size for "Save PNG", an SvgContext for "Save SVG".
//
// The picture has a fixed size (PICTURE_WIDTH), whatever the screen, so that a teacher's
// pictures from a phone and from a desktop look the same in the notes.

import { t } from "../i18n/i18n.js";
import { formatVector, prettyFormula, formatNumber } from "../i18n/format.js";
import { INK, PAPER, canvasFont } from "../canvas/theme.js";
import { BaseLayer } from "../surface/base-layer.js";
import { paintColorbar } from "../surface/colorbar.js";
import { ExplorerScene } from "../views/explorer-scene.js";
import { paintSceneIn } from "../marks/scene.js";
import { verdictText } from "../panel/verdict.js";
import { legendEntries, layoutLegend, paintLegend, LEGEND_ROW } from "./legend.js";

/** The picture's width, CSS px (the surface is this wide and as tall). */
export const PICTURE_WIDTH = 600;
/** Padding around the caption, the colour bar and the key, CSS px. */
const PAD = 16;
/** Caption lines: size and height, CSS px. */
const CAPTION_SIZE = 16;
const CAPTION_LINE = 24;
/** The colour bar's row: its label's width and the row's height, CSS px. */
const BAR_LABEL = 44;
const BAR_ROW = 40;

/**
 * The picture of the snapshot `s` (app/store.js) with the optimizer's `paths` (maybe none), at
 * `ratio` device pixels per CSS px for the raster parts (2 for a PNG, 1 for an SVG), its words
 * in `lang`. `measureCtx` measures text (any 2-D context). Returns { width, height, plot,
 * window, paint(ctx) } with `plot` the plot rectangle in the picture's CSS px.
 */
export function preparePicture(s, paths, lang, measureCtx, ratio) {
  const base = new BaseLayer();
  base.resize(PICTURE_WIDTH, PICTURE_WIDTH, ratio);
  base.setField(s.field);
  const view = base.view;
  const scene = new ExplorerScene().build(s, view, ratio, paths);

  const caption = captionLines(s, lang);
  const surfaceTop = PAD + caption.length * CAPTION_LINE + PAD / 2;
  const grid = s.field.type === "grid";
  const barTop = surfaceTop + PICTURE_WIDTH;
  const legendTop = barTop + (grid ? BAR_ROW : PAD / 2);
  const legend = layoutLegend(measureCtx, legendEntries(scene, s, lang), PICTURE_WIDTH - 2 * PAD);
  const height = legendTop + legend.rows * LEGEND_ROW + PAD;
  const { rect, win } = view;

  return {
    width: PICTURE_WIDTH,
    height,
    plot: { left: rect.left, top: surfaceTop + rect.top, width: rect.width, height: rect.height },
    window: win,
    paint(ctx) {
      ctx.fillStyle = PAPER;
      ctx.fillRect(0, 0, PICTURE_WIDTH, height);
      group(ctx, "caption", () => paintCaption(ctx, caption));
      ctx.save();
      ctx.translate(0, surfaceTop);
      group(ctx, "surface", () => base.paint(ctx));
      group(ctx, "marks", () => paintSceneIn(ctx, scene, rect));
      ctx.restore();
      if (grid) group(ctx, "colour-bar", () => paintBar(ctx, s.field, barTop, lang));
      group(ctx, "key", () => paintLegend(ctx, legend, PAD, legendTop));
    },
  };
}

/** A named group in an SVG (a layer in an editor); nothing on a canvas. */
function group(ctx, id, paint) {
  ctx.openGroup?.(id);
  paint();
  ctx.closeGroup?.();
}

/** The caption's lines: the loss (and its data), θ′ with the verdict, and the slice when n > 2. */
function captionLines(s, lang) {
  const used = new Set(s.loss.dataColumns);
  const data = s.columns
    .filter((c) => used.has(c.name))
    .map((c) => `${c.name} = ${c.values.length === 1 ? formatNumber(c.values[0]) : formatVector(c.values)}`)
    .join(", ");
  const formula = `L = ${prettyFormula(s.formulaText)}`;
  const lines = [data ? t(lang, "exportCaptionData", { formula, data }) : formula];
  const verdict = s.analysis ? verdictText(s.analysis, lang).title : "";
  lines.push(`θ′ = ${formatVector(s.theta)}${verdict ? ` · ${verdict}` : ""}`);
  if (s.params.length > 2) lines.push(t(lang, "sliceNote"));
  return lines;
}

function paintCaption(ctx, lines) {
  ctx.save();
  ctx.fillStyle = INK;
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  lines.forEach((line, k) => {
    ctx.font = canvasFont(k === 0 ? CAPTION_SIZE : CAPTION_SIZE - 1, { bold: k === 1 });
    ctx.fillText(fit(ctx, line, PICTURE_WIDTH - 2 * PAD), PAD, PAD + k * CAPTION_LINE + CAPTION_LINE / 2);
  });
  ctx.restore();
}

/** `text`, cut with an ellipsis to fit `width` px in the context's font. */
function fit(ctx, text, width) {
  if (ctx.measureText(text).width <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && ctx.measureText(`${chars.join("")}…`).width > width) chars.pop();
  return `${chars.join("")}…`;
}

/** "L(θ)" and the colour bar with its level labels. */
function paintBar(ctx, field, top, lang) {
  ctx.save();
  ctx.fillStyle = INK;
  ctx.font = canvasFont(13, { scaled: false });
  ctx.textAlign = "left";
  ctx.textBaseline = "top";
  ctx.fillText(t(lang, "legendLoss"), PAD, top + 10);
  ctx.translate(PAD + BAR_LABEL, top + 10);
  paintColorbar(ctx, PICTURE_WIDTH - 2 * PAD - BAR_LABEL, field.scale ?? null, field.levels ?? []);
  ctx.restore();
}
