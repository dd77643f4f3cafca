// Brings the parts of the page outside the frame (texts, modes, layout classes, the formula box
// and its error, the data table, the loss source and the network builder) in line with the
// store's state. Each part is touched only when the values it shows change, so a drag of θ′
// costs nothing here.

import { applyStaticText } from "../i18n/static-text.js";
import { setProjector } from "../canvas/theme.js";
import { setEmbedded, setPanels } from "../embed/embed.js";
import { renderNotices } from "../panel/notices.js";
import { UNAVAILABLE_HERE } from "../views/eigen-slice.js";
import { NETWORK_EXAMPLES } from "../experiment/network-spec.js";
import { describeNetwork } from "../experiment/network-description.js";
import { isDataError } from "./loss.js";

export class PageSync {
  /** `$` finds an element; `parts` are the page's components by name (see main.js). */
  constructor($, store, parts) {
    this.$ = $;
    this.store = store;
    this.parts = parts;
    this.shown = new Map(); // part → the values it last showed
    this.lastNetwork = NETWORK_EXAMPLES[0].network; // the lecture's y = w₁·w₂·x: the formula's own loss as a network
  }

  /** Whether `values` differ from what `part` last showed (and records them). */
  changed(part, ...values) {
    const last = this.shown.get(part);
    if (last && last.every((v, k) => v === values[k])) return false;
    this.shown.set(part, values);
    return true;
  }

  /** Whether the page shows the experiment for the first time since it showed something else. */
  entersExperiment(mode) {
    return mode === "experiment" && this.shown.get("mode")?.[0] !== "experiment";
  }

  /** Brings the parts outside the frame (texts, modes, layout classes) in line with `s`. */
  sync(s) {
    const { dataEditor, quiz, overlayToggles, panel, view3d, eigenSlice, networkBuilder, lossSource, course, tour, formulaBox, formulaReading, nameRoles, plane } = this.parts;
    const changed = (part, ...values) => this.changed(part, ...values);
    const $ = this.$;
    if (changed("lang", s.lang)) {
      applyStaticText(s.lang);
      for (const part of [dataEditor, quiz, overlayToggles, panel, view3d, eigenSlice, networkBuilder, lossSource, course]) part?.setLang(s.lang);
    }
    if (changed("tourText", s.lang, s.embed)) tour.setLang(s.lang);
    if (changed("notices", s.notices, s.lang)) renderNotices($("#notices"), s.notices, s.lang, () => this.store.dismissNotices());
    if (changed("projector", s.projector)) {
      setProjector(s.projector);
      $("#projector-toggle").setAttribute("aria-pressed", String(s.projector));
      plane.repaint(); // the base layer's fonts and contour lines follow the mode
    }
    if (changed("embed", s.embed)) setEmbedded(s.embed);
    if (changed("panels", s.panels)) setPanels(s.panels);
    if (changed("overlays", s.overlays)) overlayToggles.set(s.overlays);
    if (changed("formula", s.formulaText)) formulaBox.setText(s.formulaText);
    if (changed("network", s.network, s.columns, s.lang, s.mode) && s.mode === "explore") this.showNetwork(s);
    if (changed("reading", s.formulaText, s.lang, s.coreLoaded) && s.coreLoaded) formulaReading.show(s.formulaText, s.lang);
    if (changed("compile", s.compileError, s.loss)) this.showCompileStatus(s);
    if (changed("loss", s.loss) && s.loss) {
      const used = new Set(s.loss.dataColumns);
      dataEditor.setUnused(s.columns.map((c) => c.name).filter((n) => !used.has(n)));
    }
    // The roles of the names of the Loss drawn (the last good one while the formula is wrong).
    nameRoles.update(s.loss, s.columns, s.lang);
    if (changed("layout", s.view, s.params.length, s.slice, s.mode)) {
      $("#slice-note").hidden = s.params.length <= 2;
      view3d.setMode(s.view, s.params.length > 1);
      const sliceShown = eigenSlice.setSlice(s.slice, { params: s.params.length, view: s.view, mode: s.mode });
      overlayToggles.setUnavailable(sliceShown ? UNAVAILABLE_HERE : []);
    }
    if (changed("mode", s.mode)) {
      const inQuiz = s.mode === "quiz";
      document.body.classList.toggle("mode-quiz", inQuiz);
      document.body.classList.toggle("mode-experiment", s.mode === "experiment");
      tour.sync(); // the header's tabs: the mode's, or the tour's while one is on
      if (inQuiz) quiz.activate();
      else quiz.deactivate();
    }
  }

  /** The explorer's loss source and, for a network, its builder (its errors are the builder's to show). */
  showNetwork(s) {
    const { lossSource, networkBuilder } = this.parts;
    lossSource.show(s.network ? "network" : "formula");
    document.body.classList.toggle("loss-network", Boolean(s.network));
    document.body.classList.toggle("network-table", Boolean(s.network) && s.network.data === null);
    if (!s.network) return;
    this.lastNetwork = s.network;
    networkBuilder.show(s.network, describeNetwork(s.network, s.columns, s.lang), s.columns);
  }

  /**
   * The formula's or the data's error where it was typed, or none; while there is one and a
   * last good surface is drawn, the picture is marked stale.
   */
  showCompileStatus(s) {
    const { formulaBox, dataEditor } = this.parts;
    const $ = this.$;
    const error = s.compileError;
    if (!error) {
      formulaBox.clearError();
      dataEditor.validate();
    } else if (isDataError(error)) {
      formulaBox.clearError();
      dataEditor.showCoreError(error.message);
    } else if (s.network) {
      formulaBox.clearError(); // the network builder says what is wrong with the network
      dataEditor.validate();
    } else {
      formulaBox.showError(error.message, error.start, error.end);
    }
    const stale = Boolean(error && s.loss);
    $("#formula-stale").hidden = !stale;
    document.body.classList.toggle("stale", stale);
  }
}
