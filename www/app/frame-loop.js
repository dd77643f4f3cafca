// The page's one requestAnimationFrame loop: any number of requests between two frames give
// one frame, in which `render` redraws what the changes made stale.

export class FrameLoop {
  /** `render()` draws one frame. */
  constructor(render) {
    this.render = render;
    this.requested = false;
  }

  /** Asks for a frame (once, however often it is asked before the frame runs). */
  request() {
    if (this.requested) return;
    this.requested = true;
    requestAnimationFrame(() => {
      // Cleared first: a change made while rendering asks for the next frame.
      this.requested = false;
      this.render();
    });
  }
}
