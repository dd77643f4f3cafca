// Where the explorer's loss comes from: a formula typed in, or a network built in the network
// builder (panel/network-builder.js). Two buttons, one pressed.

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";

const SOURCES = ["formula", "network"];

export class LossSource {
  /** `onChoose(source)`: "formula" or "network" was pressed. */
  constructor(root, onChoose) {
    this.root = root;
    this.label = el("span", { class: "loss-source-label" });
    this.buttons = SOURCES.map((source) => {
      const button = el("button", { class: "view-button", attrs: { type: "button", "data-source": source, "aria-pressed": "false" } });
      button.addEventListener("click", () => onChoose(source));
      return button;
    });
    root.replaceChildren(this.label, el("span", { class: "view-switch" }, this.buttons));
  }

  setLang(lang) {
    this.label.textContent = t(lang, "netSourceLabel");
    this.root.setAttribute("aria-label", t(lang, "netSourceLabel"));
    this.buttons[0].textContent = t(lang, "netSourceFormula");
    this.buttons[1].textContent = t(lang, "netSourceNetwork");
  }

  /** Marks the source in use. */
  show(source) {
    for (const b of this.buttons) b.setAttribute("aria-pressed", String(b.dataset.source === source));
  }
}
