// The page's side of the browser benchmark (tests/bench/browser_bench.mjs): with ?bench=1
// in the URL, window.__hessianBench times the page's own code paths with performance.now().
// Nothing here runs for a normal visit.

/**
 * @param {{ store: object, update: () => void, rebuild: (size: number, mark: Function) => void }} paths
 *   store: the page's store (app/store.js), whose θ′ the drag moves; update: one θ′ update
 *   (analysis, composite with overlays, panel); rebuild: the surface at size × size (grid
 *   evaluation, colour scale, contours, heatmap, base layer) and its composite on the page's
 *   canvas, calling mark(stage, canvas?) after each stage (the canvas, if given, is flushed
 *   first so that its drawing is counted in that stage).
 */
export function installBench({ store, update, rebuild }) {
  // Reading one pixel waits for the canvas to be rasterised: without it the drawing
  // commands are only recorded, and their cost would land outside the timed span.
  const canvas = document.querySelector("#surface");
  const flush = () => canvas.getContext("2d").getImageData(0, 0, 1, 1);
  window.__hessianBench = {
    /** Moves θ′ along a small circle `count` times; returns the milliseconds of each update. */
    drag(count = 240) {
      const { ix, iy, theta: start, win } = store.snapshot();
      const centre = [...start];
      const { x0, x1, y0, y1 } = win;
      const times = [];
      for (let k = 0; k < count; k++) {
        const angle = (2 * Math.PI * k) / count;
        const theta = [...centre];
        theta[ix] = centre[ix] + 0.2 * (x1 - x0) * Math.cos(angle);
        theta[iy] = centre[iy] + 0.2 * (y1 - y0) * Math.sin(angle);
        store.setTheta(theta);
        const t0 = performance.now();
        update();
        flush();
        times.push(performance.now() - t0);
      }
      store.setTheta(centre);
      update();
      return times;
    },
    /**
     * Rebuilds the size × size surface `count` times; returns the milliseconds of each
     * (times) and, with `staged`, of each stage of each (stages: { name: [ms, …] }, in order).
     * Staged runs flush the canvases between stages, which costs a little: time totals
     * without it.
     */
    surface(size = 512, count = 20, staged = false) {
      const times = [];
      const stages = {};
      for (let k = 0; k < count; k++) {
        const t0 = performance.now();
        let last = t0;
        const mark = (stage, drawn) => {
          if (!staged) return;
          if (drawn) drawn.getContext("2d").getImageData(0, 0, 1, 1);
          const now = performance.now();
          (stages[stage] ??= []).push(now - last);
          last = now;
        };
        rebuild(size, mark);
        flush();
        times.push(performance.now() - t0);
      }
      return { times, stages };
    },
  };
}
