// How everything drawn on a canvas looks: the font, the colours, and projector mode's scales.
// Pure but for reading projector mode from the class on <html>.
//
// Colours are chosen against viridis (purple … yellow): white with a dark outline reads on
// both ends, and the orange of θ′ and u appears nowhere in the map. Shapes, not only colours,
// tell kinds apart (colour-blind safe). The page's CSS has its own copy of the few colours
// that show in both (--orange is θ′'s): the canvas cannot read CSS variables cheaply per frame.

/** How much thicker lines get in projector mode. */
const LINE_SCALE = 1.7;
/** How much larger canvas text gets in projector mode. */
const FONT_SCALE = 1.3;
/** The class on <html> that switches projector mode on (the CSS follows it too). */
const PROJECTOR_CLASS = "projector";

/** The canvas' fonts: the page's stack (CSS --font) with the CJK font, so Chinese labels render. */
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif';

/** Ink on white: axes, ticks and the words of charts. */
export const INK = "#3d4451";
/** The canvases' background. */
export const PAPER = "#ffffff";
/** The dark edge around every mark, so that it reads on any colour of the map. */
export const OUTLINE = "#1b1e28";
/** θ′ and the way out u: an orange absent from viridis. */
export const ORANGE = "#ff6f3c";
/** Marks drawn in white (with the dark outline). */
export const WHITE = "#ffffff";

/** The marks over the surface (marks/). */
export const MARK = Object.freeze({
  theta: ORANGE,
  escape: ORANGE,
  downhill: WHITE,
  point: WHITE,
  valley: WHITE,
  valleyBand: "rgba(255, 255, 255, 0.3)",
  levelSet: "rgba(255, 255, 255, 0.95)",
  gradient: "#ffd23f",
  taylor: OUTLINE,
  taylorHalo: "rgba(255, 255, 255, 0.7)",
  probe: WHITE,
  path: WHITE,
  /** A flat direction (an eigenvector of λ ≈ 0 at a critical point): where a valley runs. */
  flat: "#d7b6ff",
});

/**
 * By the sign of an eigenvalue (or of vᵀHv): cyan where the loss curves up, pink where it
 * curves down, grey where it is flat. Eigen axes, the probe's reading and the eigenvector
 * slice's axes use them.
 */
export const SIGN_COLORS = Object.freeze({ positive: "#5ee6ff", negative: "#ff5fa2", zero: "#c8ccd4" });

/**
 * The fill of a critical point's marker by its shape, following the signs of its eigenvalues:
 * minima (all positive) cyan, maxima (all negative) pink, saddles (both) white, undecided grey.
 */
export const KIND_FILL = Object.freeze({
  minimum: SIGN_COLORS.positive,
  maximum: SIGN_COLORS.negative,
  saddle: WHITE,
  unknown: SIGN_COLORS.zero,
});

/** The surface's base layer (surface/). */
export const SURFACE = Object.freeze({
  contour: "rgba(255, 255, 255, 0.66)", // 0.6 × 1.1: the ink of the former 1.1 px lines at 1 px
  labelText: WHITE,
  labelHalo: "rgba(20, 20, 40, 0.65)",
  holeBase: "#b9bcc2",
  holeLine: "#8c9098",
  sliceContour: "rgba(255, 255, 255, 0.55)", // the eigenvector slice's unlabelled lines
  gridLine: "#e3e6ea",
  colorbarEdge: "rgba(0, 0, 0, 0.35)",
});

/** Curves of charts: the loss (a viridis blue) and its first- and second-order Taylor curves. */
export const CHART = Object.freeze({ loss: "#31688e", first: "#1f9d55", second: "#d62828" });

/** The 3-D view: its floor box, and the Taylor model's patch (θ′'s orange, translucent). */
export const VIEW3D = Object.freeze({
  box: "rgba(61, 68, 81, 0.6)",
  patchFill: "rgba(255, 111, 60, 0.38)",
  patchLine: "rgba(150, 50, 15, 0.55)",
  /** Where the surface runs beyond the box's range of L: a plain lid, not a colour of the scale. */
  cut: "#c9cdd6",
});

/** The error map's red (absent from viridis), as [r, g, b]. */
export const ERROR_RGB = Object.freeze([235, 40, 40]);

/**
 * A canvas font of `size` CSS px, grown by projector mode's FONT_SCALE unless `scaled` is
 * false (the 3-D view and the eigenvector slice keep their type size).
 */
export function canvasFont(size, { italic = false, bold = false, scaled = true } = {}) {
  const px = scaled ? size * fontScale() : size;
  return `${bold ? "bold " : ""}${italic ? "italic " : ""}${px}px ${FONT_FAMILY}`;
}

/** Whether projector mode is on: large type, thick lines for the back of a lecture hall. */
function isProjector() {
  return document.documentElement.classList.contains(PROJECTOR_CLASS);
}

/** Switches projector mode on or off (the class on <html>, which the CSS follows too). */
export function setProjector(on) {
  document.documentElement.classList.toggle(PROJECTOR_CLASS, Boolean(on));
}

/** The factor for canvas line widths (1 normally). */
export function lineScale() {
  return isProjector() ? LINE_SCALE : 1;
}

/** The factor for canvas font sizes (1 normally). */
export function fontScale() {
  return isProjector() ? FONT_SCALE : 1;
}
