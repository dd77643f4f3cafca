// The embed dialog's choice of what the embed shows: a checkbox per panel (embed/panels.js), a
// live preview of the embed at the width it will have (a 728 px notes column, or a 390 px
// phone), scaled to fit the dialog, and the height it takes there, as the embedded page itself
// reports it (embed/embed.js). The snippets follow every change (onChange).

import { el } from "../panel/dom.js";
import { t } from "../i18n/i18n.js";
import { heightFrom } from "./frame-height.js";
import { PANEL_IDS } from "./panels.js";

/** The widths a preview can take, CSS px: a notes column on a desktop, a phone. */
export const PREVIEW_WIDTHS = Object.freeze({ notes: 728, phone: 390 });
/** An embed taller than this in a notes column reads as a page of its own, CSS px. */
export const TALL = 800;
/** The preview's box in the dialog is at most this tall; taller previews scroll, CSS px. */
const PREVIEW_MAX_HEIGHT = 440;

export class PanelChooser {
  /**
   * `lang`, the `panels` chosen so far, `previewUrl(panels)` the embed's address for a choice,
   * `onChange(panels, height)` told of every choice and of each height the preview reports
   * (null until it has).
   */
  constructor({ lang, panels, previewUrl, onChange }) {
    Object.assign(this, { lang, previewUrl, onChange });
    this.panels = [...panels];
    this.width = PREVIEW_WIDTHS.notes;
    this.height = null;
    this.frame = el("iframe", { class: "panels-preview-frame", attrs: { title: t(lang, "panelsPreviewTitle") } });
    // A picture of the embed, not a second one to use: out of the tab order and of what a
    // screen reader reads (the height is said in words above it).
    this.box = el("div", { class: "panels-preview", attrs: { inert: "" } }, [this.frame]);
    this.readout = el("p", { class: "panels-height", attrs: { role: "status" } });
    this.onMessage = (event) => {
      if (event.source !== this.frame.contentWindow) return;
      const height = heightFrom(event.data);
      if (height === null) return;
      this.height = height;
      this.layoutPreview();
      this.onChange(this.panels, this.height);
    };
    window.addEventListener("message", this.onMessage);
    this.element = el("section", { class: "share-block panels-chooser" }, [
      el("h3", { class: "card-title", text: t(lang, "panelsHeading") }),
      el("p", { class: "hint", text: t(lang, "panelsHint") }),
      this.checkboxes(),
      this.widths(),
      this.readout,
      this.box,
    ]);
    this.frame.src = previewUrl(this.panels);
    this.layoutPreview();
  }

  /** Stops listening (the dialog closed). */
  close() {
    window.removeEventListener("message", this.onMessage);
  }

  checkboxes() {
    const list = el("div", { class: "panels-list", attrs: { role: "group", "aria-label": t(this.lang, "panelsHeading") } });
    for (const id of PANEL_IDS) {
      const box = el("input", { attrs: { type: "checkbox", value: id, id: `panel-${id}` } });
      box.checked = this.panels.includes(id);
      box.addEventListener("change", () => {
        const chosen = [...list.querySelectorAll("input:checked")].map((b) => b.value);
        if (chosen.length === 0) {
          box.checked = true; // an embed shows something: the last panel stays
          return;
        }
        this.choose(chosen);
      });
      list.append(el("label", { class: "panels-item", attrs: { for: `panel-${id}` } }, [box, ` ${t(this.lang, `panel_${id}`)}`]));
    }
    return list;
  }

  widths() {
    const group = el("div", { class: "panels-widths", attrs: { role: "radiogroup", "aria-label": t(this.lang, "panelsWidthLabel") } });
    for (const [name, width] of Object.entries(PREVIEW_WIDTHS)) {
      const radio = el("input", { attrs: { type: "radio", name: "panels-width", value: name, id: `panels-width-${name}` } });
      radio.checked = width === this.width;
      radio.addEventListener("change", () => {
        this.width = width;
        this.height = null;
        this.layoutPreview();
      });
      group.append(el("label", { attrs: { for: `panels-width-${name}` } }, [radio, ` ${t(this.lang, `panelsWidth_${name}`, { width })}`]));
    }
    return group;
  }

  choose(panels) {
    this.panels = panels;
    this.height = null;
    this.onChange(this.panels, null);
    // Same document, new hash: the preview applies it without loading the core again.
    this.frame.contentWindow.location.replace(this.previewUrl(panels));
    this.layoutPreview();
  }

  /** The preview at its true width, scaled down to the dialog's; the height said in words. */
  layoutPreview() {
    const available = this.box.clientWidth || this.width;
    const scale = Math.min(1, available / this.width);
    const height = this.height ?? PREVIEW_WIDTHS.notes;
    this.frame.style.width = `${this.width}px`;
    this.frame.style.height = `${height}px`;
    this.frame.style.transform = `scale(${scale})`;
    this.box.style.height = `${Math.min(PREVIEW_MAX_HEIGHT, Math.ceil(height * scale))}px`;
    this.box.dataset.width = String(this.width);
    if (this.height === null) {
      this.readout.textContent = t(this.lang, "panelsMeasuring");
      delete this.readout.dataset.height;
    } else {
      const key = this.width === PREVIEW_WIDTHS.notes && this.height > TALL ? "panelsHeightTall" : "panelsHeight";
      this.readout.textContent = t(this.lang, key, { height: this.height, width: this.width });
      this.readout.dataset.height = String(this.height);
    }
  }
}
