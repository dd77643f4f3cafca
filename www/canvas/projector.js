// Projector mode: large type, thick lines, high contrast for the back of a lecture hall.
//
// The page's CSS follows a class on <html>; the canvas painters cannot see CSS, so they read
// lineScale() and fontScale() from here and multiply their widths and font sizes by it.

const CLASS = "projector";
/** How much thicker lines get in projector mode. */
const LINE_SCALE = 1.7;
/** How much larger canvas text gets in projector mode. */
const FONT_SCALE = 1.3;

/** Whether projector mode is on. */
export function isProjector() {
  return document.documentElement.classList.contains(CLASS);
}

/** Switches projector mode on or off (the class on <html>). */
export function setProjector(on) {
  document.documentElement.classList.toggle(CLASS, Boolean(on));
}

/** The factor for canvas line widths (1 normally). */
export function lineScale() {
  return isProjector() ? LINE_SCALE : 1;
}

/** The factor for canvas font sizes (1 normally). */
export function fontScale() {
  return isProjector() ? FONT_SCALE : 1;
}
