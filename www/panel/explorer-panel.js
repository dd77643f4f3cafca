// The explorer's panel and the read-outs under the plot, drawn from a snapshot each frame: the
// verdict, the numbers, θ′'s inputs, the preset menu, the optimizer card, the critical-point
// legend, the probe's box, the slice panel and the overlays' text. Each part skips its work
// when what it shows has not changed.

import { t } from "../i18n/i18n.js";
import { flatLabel } from "../marks/eigen-axes.js";
import { formatVector, prettyName } from "../i18n/format.js";
import { probeState } from "../analysis/probe.js";
import { renderVerdict } from "./verdict.js";
import { renderNumbers } from "./numbers.js";
import { ThetaControls } from "./theta-controls.js";
import { PresetMenu } from "./preset-menu.js";
import { OptimizerCard } from "./optimizer-card.js";
import { CriticalLegend } from "./critical-legend.js";
import { renderFullHessianNote } from "./full-hessian-note.js";
import { ProbeBox } from "./probe-box.js";
import { SlicePanel, sliceDirections } from "./slice-panel.js";
import { OverlayReadout } from "./overlay-readout.js";
import { eigenSliceShown } from "../views/eigen-slice.js";

/** The slice panel's t runs over ± this share of the window's smaller extent. */
const SLICE_SPAN = 0.35;

/** The sliders of fixed parameters reach ± the window's largest bound (at least θ′'s value). */
function sliderRange(win) {
  return Math.max(Math.abs(win.x0), Math.abs(win.x1), Math.abs(win.y0), Math.abs(win.y1));
}

export class ExplorerPanel {
  /**
   * `$` finds the page's elements; `store` (app/store.js) receives what the controls change;
   * `requestFrame` asks for a frame (an optimizer run animates).
   */
  constructor($, store, requestFrame) {
    this.canvas = $("#surface");
    this.verdict = $("#verdict");
    this.numbers = {
      value: $("#value"),
      gradient: $("#gradient"),
      gradientNorm: $("#gradient-norm"),
      hessian: $("#hessian"),
      eigen: $("#eigen"),
      tolerances: $("#tolerances"),
    };
    this.thetaControls = new ThetaControls($("#theta"), {
      onValue: (k, value) => store.setTheta(store.state.theta.map((v, i) => (i === k ? value : v))),
      onAxes: (axes) => store.update({ axes }),
    });
    this.thetaKey = null;
    this.presets = new PresetMenu($("#presets"));
    this.optimizer = new OptimizerCard($("#optimizer"), { snapshot: () => store.snapshot(), setTheta: (theta) => store.setTheta(theta), redraw: requestFrame });
    this.legend = new CriticalLegend($("#critical-legend"));
    this.fullHessian = $("#full-hessian");
    this.probeRoot = $("#probe-box");
    this.probe = new ProbeBox(this.probeRoot, (angle) => store.setProbeAngle(angle));
    this.slice = new SlicePanel($("#slice-panel"), (id) => store.update({ sliceDirection: id }));
    this.readout = new OverlayReadout($("#overlay-readout"), $("#error-scale"));
  }

  setLang(lang) {
    this.presets.setLang(lang);
    this.optimizer.setLang(lang);
  }

  /** Shows the snapshot `s` (app/store.js); `errorTop` is the error map's scale top (or null). */
  update(s, errorTop) {
    const a = s.analysis;
    const grid = s.field.type === "grid";
    renderVerdict(this.verdict, a, s.lang);
    renderNumbers(this.numbers, a, s.params, s.lang);
    // θ′'s inputs are built again for new parameters, axes, slice or language; else only their values change.
    const eigen = eigenSliceShown(s);
    const thetaKey = [s.params, s.axes.join(","), s.lang, eigen];
    if (!this.thetaKey || thetaKey.some((k, i) => k !== this.thetaKey[i])) {
      this.thetaKey = thetaKey;
      this.thetaControls.setParams(s.params, s.axes, s.theta, s.lang, sliderRange(s.win), eigen);
      this.rolesFor = null;
    }
    this.thetaControls.update(s.theta);
    const n = a.eigenvectors?.length ?? 0;
    // The roles follow the analysis (the store keeps one object until Loss, θ′ or tolerances change).
    if (eigen && n > 1 && this.rolesFor !== a) {
      this.rolesFor = a;
      this.thetaControls.setSliceRoles(a.eigenvectors[0], a.eigenvectors[n - 1]);
    }
    this.presets.show(s.formulaText, s.columns);
    this.optimizer.update(s);
    this.legend.update(s.critical, s.lang, grid && s.overlays.includes("crit"), { skipped: s.criticalSkipped, params: s.params.length });
    renderFullHessianNote(this.fullHessian, s.params.length, s.lang);
    const point = formatVector(s.theta);
    const [xName, yName] = s.axes.map(prettyName);
    this.canvas.setAttribute("aria-label", grid ? t(s.lang, "canvasLabel", { x: xName, y: yName, point }) : t(s.lang, "canvasLabel1", { x: xName, point }));
    this.updateDirections(s, errorTop);
  }

  /** The probe's read-out, the slice panel and the overlays' text. */
  updateDirections(s, errorTop) {
    const on = new Set(s.overlays);
    const grid = s.field.type === "grid";
    const probe = grid ? probeState(s.analysis, s.probeAngle, s.theta.length, s.ix, s.iy) : null;
    this.probeRoot.hidden = !probe || !on.has("probe");
    if (probe && on.has("probe")) this.probe.update({ ...probe, names: s.axes.map(prettyName) }, s.lang);
    const { win } = s;
    const span = SLICE_SPAN * (grid ? Math.min(win.x1 - win.x0, win.y1 - win.y0) : win.x1 - win.x0);
    this.readout.update(on, s.analysis, { errorTop, grid }, s.lang);
    // The slice's directions are the analysis's eigenvectors (n² numbers for n parameters): built
    // again only when what they come from changed, not on every frame of a turn or a run.
    const probeV = on.has("probe") ? (probe?.v ?? null) : null;
    const sliceKey = [s.analysis, s.loss, probeV?.join(","), s.sliceDirection, span, s.lang];
    if (this.sliceKey && sliceKey.every((k, i) => k === this.sliceKey[i])) return;
    this.sliceKey = sliceKey;
    this.slice.update({
      loss: s.loss,
      theta: s.theta,
      analysis: s.analysis,
      directions: sliceDirections(s.analysis, probeV, s.lang, flatLabel(s.analysis, s.lang)),
      chosen: s.sliceDirection,
      span,
      lang: s.lang,
    });
  }
}
