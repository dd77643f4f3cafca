// The probe's controls under the plot: an angle input (degrees) and the read-out of vᵀHv for
// the unit vector v: its sign says whether the loss curves up or down along v. The probe on the
// surface is marks/probe.js; its math analysis/probe.js.

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { formatNumber } from "../i18n/format.js";

/** `onAngle(radians)` is called when the student types an angle. */
export class ProbeBox {
  constructor(root, onAngle) {
    this.root = root;
    this.lang = "en";
    this.label = el("label", { class: "probe-label", attrs: { for: "probe-angle" } });
    this.input = el("input", {
      class: "probe-angle",
      attrs: { id: "probe-angle", type: "number", min: "-360", max: "360", step: "5", inputmode: "decimal", "aria-describedby": "probe-readout" },
    });
    this.unit = el("span", { class: "probe-unit", text: "°" });
    this.vector = el("span", { class: "probe-vector" });
    // Not a live region: it changes with every frame while θ′ moves, which would drown a
    // screen reader (screen-reader.js speaks once θ′ rests). The angle input points to it.
    this.readout = el("p", { class: "probe-readout", attrs: { id: "probe-readout" } });
    this.formula = el("span", { class: "probe-vhv" });
    this.words = el("span", { class: "probe-words" });
    this.readout.append(this.formula, " ", this.words);
    root.replaceChildren(el("div", { class: "probe-row" }, [this.label, this.input, this.unit, this.vector]), this.readout);
    this.input.addEventListener("input", () => {
      const degrees = Number(this.input.value);
      if (this.input.value.trim() !== "" && Number.isFinite(degrees)) onAngle((degrees * Math.PI) / 180);
    });
  }

  /** Shows the probe for angle φ, v and vᵀHv; `sign` from curvatureSign. */
  update({ angle, v, ix, iy, vhv, sign, names }, lang) {
    this.lang = lang;
    this.label.textContent = t(lang, "probeAngle");
    if (document.activeElement !== this.input) {
      const degrees = Math.round(((angle * 180) / Math.PI) * 10) / 10;
      this.input.value = String(degrees);
    }
    this.vector.textContent = `v = (${formatNumber(v[ix], 3)}, ${formatNumber(v[iy], 3)}) ${t(lang, "probeAlong", { x: names[0], y: names[1] })}`;
    this.formula.textContent = `vᵀHv = ${formatNumber(vhv, 4)}`;
    this.words.textContent = t(lang, `probe_${sign}`);
    this.readout.dataset.sign = sign;
    this.readout.dataset.vhv = String(vhv);
  }
}
