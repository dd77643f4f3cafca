// A canvas drawn in CSS pixels at the device's pixel ratio, so its lines and text are crisp on
// any screen. The charts and views that draw on their own canvas share this.

/**
 * Sizes `canvas`'s backing store to its CSS box × devicePixelRatio (only when that changed:
 * assigning a size clears the canvas and reallocates it) and returns its 2-D context, scaled
 * so that one unit is one CSS pixel, with the box's `width` and `height`; null while the box
 * is smaller than `minSize` CSS px (hidden, or not laid out yet).
 */
export function fitCanvas(canvas, minSize = 1) {
  const dpr = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (width < minSize || height < minSize) return null;
  const pixelsWide = Math.round(width * dpr);
  const pixelsHigh = Math.round(height * dpr);
  if (canvas.width !== pixelsWide || canvas.height !== pixelsHigh) {
    canvas.width = pixelsWide;
    canvas.height = pixelsHigh;
  }
  const ctx = canvas.getContext("2d");
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return { ctx, width, height };
}

/**
 * Calls `onResize()` whenever `box` changes size and whenever the device pixel ratio changes
 * (a zoom of the browser or a move to another screen, which resizes nothing).
 */
export function watchSize(box, onResize) {
  new ResizeObserver(onResize).observe(box);
  const watchPixelRatio = () => {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener(
      "change",
      () => {
        onResize();
        watchPixelRatio();
      },
      { once: true },
    );
  };
  watchPixelRatio();
}
