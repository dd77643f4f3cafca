// The optimizer's step size: a slider on a log scale beside a number box, each following the
// other. The box is what counts; anything but a positive number there reads as the default.

import { el } from "./dom.js";

/** Step sizes offered by the slider, and the default (the lecture's learning rate scale). */
const RATE_MIN = 0.001;
const RATE_MAX = 1;
export const RATE_DEFAULT = 0.1;

export class RateControl {
  constructor() {
    this.slider = el("input", {
      class: "optimizer-rate-slider",
      attrs: { type: "range", min: Math.log10(RATE_MIN), max: Math.log10(RATE_MAX), step: 0.01, value: Math.log10(RATE_DEFAULT) },
    });
    this.input = el("input", {
      class: "optimizer-rate",
      attrs: { type: "number", min: RATE_MIN, max: RATE_MAX, step: "any", value: RATE_DEFAULT, inputmode: "decimal" },
    });
    this.slider.addEventListener("input", () => {
      this.input.value = String(Number((10 ** Number(this.slider.value)).toPrecision(2)));
    });
    this.input.addEventListener("input", () => {
      const rate = Number(this.input.value);
      if (rate > 0) this.slider.value = Math.log10(rate);
    });
  }

  /** The step size chosen. */
  get value() {
    const rate = Number(this.input.value);
    return rate > 0 && Number.isFinite(rate) ? rate : RATE_DEFAULT;
  }

  /** Off for a method without a step size (Newton's). */
  set disabled(off) {
    this.slider.disabled = off;
    this.input.disabled = off;
  }
}
