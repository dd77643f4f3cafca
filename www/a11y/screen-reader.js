// What a screen reader gets of the canvas: a text description of the surface near θ′ (the
// canvas points to it with aria-describedby) and a polite live region that announces the
// verdict and the key numbers. Both wait until θ′ has rested for REST_MS: dragging or holding
// an arrow key redraws every frame, and announcing every frame would drown the reader.

import { describeSurface, announcement } from "./surface-description.js";

/** θ′ counts as resting after this long without a redraw, ms. */
export const REST_MS = 500;

export class ScreenReaderText {
  /**
   * `description`: the visually hidden paragraph; `live`: the polite live region; `read()`:
   * the current view ({ loss, theta, ix, iy, win, names, analysis, lang }) or null when
   * there is nothing to describe (quiz mode, no surface yet).
   */
  constructor({ description, live, read }) {
    this.description = description;
    this.live = live;
    this.read = read;
    this.timer = 0;
    this.spoken = null; // the last announcement (or the first view's, never spoken)
  }

  /** Called on every redraw: (re)starts the wait for θ′ to rest. */
  changed() {
    // The first view drawn is the baseline: what the page opened with is described, not
    // announced, even if θ′ moves before it has rested once.
    if (this.spoken === null) {
      const view = this.read();
      if (view) this.spoken = announcement(view);
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle(), REST_MS);
  }

  /**
   * Speaks `text` once (a tour's caption when its step is shown) in place of the view's own
   * announcement: the view as it is now counts as said, so it is not spoken after it.
   */
  say(text) {
    const view = this.read();
    if (view) this.spoken = announcement(view);
    this.live.textContent = text;
  }

  settle() {
    const view = this.read();
    if (!view) return;
    this.description.textContent = describeSurface(view);
    const text = announcement(view);
    // Only a change is spoken: a redraw that changed nothing (a resize) says nothing again.
    if (text !== this.spoken) this.live.textContent = text;
    this.spoken = text;
  }
}
