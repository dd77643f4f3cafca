// "Save PNG", "Save SVG" and "Copy LaTeX" under the surface: what a teacher takes from the
// explorer into notes and slides. The pictures are export/picture.js painted onto a canvas at
// twice the size or onto an SvgContext; the LaTeX is export/latex-snippet.js. Each works on the
// snapshot of the moment, in the page's language.

import { t } from "../i18n/i18n.js";
import { formulaTree } from "../core/wasm.js";
import { preparePicture } from "./picture.js";
import { SvgContext } from "./svg-context.js";
import { latexSnippet } from "./latex-snippet.js";
import { downloadBlob } from "./download.js";
import { flashStatus } from "../panel/dom.js";
import { copyText } from "../embed/share.js";

/** Device pixels per CSS px of a saved PNG: sharp on a projector and in print. */
export const PNG_RATIO = 2;
/** How long a confirmation stays, ms. */
const CONFIRM_MS = 4000;

/**
 * Wires the buttons in `root` (#export-tools). `snapshot()` is the store's snapshot, `paths(s)`
 * the optimizer's visible paths.
 */
export function initNotesTools(root, { snapshot, paths }) {
  const say = flashStatus(root.querySelector(".export-status"), CONFIRM_MS);
  const ready = () => {
    const s = snapshot();
    return s.analysis && s.field && s.loss ? s : null;
  };

  root.querySelector("#save-png").addEventListener("click", async () => {
    const s = ready();
    if (!s) return;
    const blob = await pngOf(s, paths(s));
    const file = fileName(s, "png");
    downloadBlob(blob, file);
    say(t(s.lang, "exportSaved", { file }));
  });

  root.querySelector("#save-svg").addEventListener("click", () => {
    const s = ready();
    if (!s) return;
    const file = fileName(s, "svg");
    downloadBlob(new Blob([svgOf(s, paths(s))], { type: "image/svg+xml" }), file);
    say(t(s.lang, "exportSaved", { file }));
  });

  root.querySelector("#copy-latex").addEventListener("click", async () => {
    const s = ready();
    if (!s) return;
    const text = latexOf(s);
    const field = root.querySelector(".export-latex");
    field.value = text;
    const copied = await copyText(text, null);
    // No clipboard here (an insecure context, a sandboxed frame): shown to copy by hand.
    field.hidden = copied;
    if (!copied) {
      field.focus();
      field.select();
    }
    say(t(s.lang, copied ? "exportLatexCopied" : "exportLatexByHand"));
  });
}

/** The picture as a PNG blob, at PNG_RATIO. */
function pngOf(s, paths) {
  const canvas = document.createElement("canvas");
  const picture = preparePicture(s, paths, s.lang, canvas.getContext("2d"), PNG_RATIO);
  canvas.width = picture.width * PNG_RATIO;
  canvas.height = Math.ceil(picture.height * PNG_RATIO);
  const ctx = canvas.getContext("2d");
  ctx.setTransform(PNG_RATIO, 0, 0, PNG_RATIO, 0, 0);
  picture.paint(ctx);
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}

/** The picture as SVG text; its root says where the plot and its window are (data-plot, data-window). */
function svgOf(s, paths) {
  const measurer = document.createElement("canvas").getContext("2d");
  const measure = (font, text, baseline) => {
    measurer.font = font;
    measurer.textBaseline = baseline;
    const m = measurer.measureText(text);
    return { width: m.width, alphabetic: -m.alphabeticBaseline };
  };
  const picture = preparePicture(s, paths, s.lang, measurer, 1);
  const svg = new SvgContext(picture.width, picture.height, measure);
  const { plot, window: win } = picture;
  svg.setRootAttribute("data-plot", [plot.left, plot.top, plot.width, plot.height].join(","));
  svg.setRootAttribute("data-window", [win.x0, win.x1, win.y0, win.y1].join(","));
  picture.paint(svg);
  return svg.toString();
}

/** The LaTeX of the snapshot's analysis. */
function latexOf(s) {
  let tree = null;
  try {
    tree = formulaTree(s.formulaText, s.lang);
  } catch {
    // The formula being typed does not parse: the snippet is for the loss shown, without its line.
  }
  const used = new Set(s.loss.dataColumns);
  return latexSnippet({ analysis: s.analysis, params: s.params, theta: s.theta, tree: s.compileError ? null : tree, columns: s.columns.filter((c) => used.has(c.name)), lang: s.lang });
}

/** "hessian-explorer-saddle.png": the verdict in the name, so a folder of pictures reads. */
function fileName(s, extension) {
  return `hessian-explorer-${s.analysis.kind.replace(/_/g, "-")}.${extension}`;
}
