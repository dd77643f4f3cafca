// The tour's panel beside the plot: the tour's title, the step's heading and caption (with a
// notice when the caption is not written in the page's language), the presenter's controls
// (Back, the counter "3 / 10", Next, reset this step, explore freely), the key numbers card,
// and the message of a tour that is refused. Knows the DOM, not the state: the controller
// (tour-controller.js) tells it what to show.
//
// Embedded (embed=1, one step between paragraphs of course notes) it keeps only what a reader
// needs: heading, caption, the key numbers, "reset this step" and a link to the whole tour.

import { el } from "../panel/dom.js";
import { t } from "../i18n/i18n.js";
import { KeyNumbers } from "./key-numbers.js";

export class TourPanel {
  /** `root`: the empty <aside>; `actions`: { back, next, reset, leave } called by the buttons. */
  constructor(root, actions) {
    this.root = root;
    this.title = el("p", { class: "tour-title" });
    this.heading = el("h2", { class: "tour-heading", attrs: { id: "tour-heading" } });
    this.caption = el("p", { class: "tour-caption", attrs: { id: "tour-caption" } });
    this.fallback = el("p", { class: "tour-fallback" });
    this.back = button("tour-back", actions.back);
    this.next = button("tour-next", actions.next);
    this.reset = button("tour-reset", actions.reset);
    this.leave = button("tour-leave", actions.leave);
    this.counterText = el("span", { attrs: { "aria-hidden": "true" } });
    this.counterLabel = el("span", { class: "visually-hidden" });
    this.counter = el("p", { class: "tour-counter" }, [this.counterLabel, this.counterText]);
    this.full = el("a", { class: "tour-full", attrs: { target: "_blank", rel: "noopener" } });
    this.controls = el("nav", { class: "tour-controls" }, [
      el("div", { class: "tour-steps" }, [this.back, this.counter, this.next]),
      el("div", { class: "tour-more" }, [this.reset, this.leave, this.full]),
    ]);
    this.keysHint = el("p", { class: "hint tour-keys" });
    this.card = el("section", { class: "card tour-card", attrs: { "aria-labelledby": "tour-heading" } }, [
      this.title,
      this.heading,
      this.caption,
      this.fallback,
      this.controls,
      this.keysHint,
    ]);
    this.numbersCard = el("section", { class: "card tour-numbers" });
    this.numbers = new KeyNumbers(this.numbersCard);
    this.status = el("p", { class: "card tour-status" });
    this.errorText = el("p", { class: "tour-error-text" });
    this.errorHeading = el("h2", { class: "tour-error-heading" });
    this.errorLeave = button("tour-error-leave", actions.leave);
    this.error = el("section", { class: "card tour-error", attrs: { role: "alert" } }, [this.errorHeading, this.errorText, this.errorLeave]);
    root.replaceChildren(this.status, this.error, this.card, this.numbersCard);
  }

  /** The tour is loading (a file): only a line that says so. */
  showLoading(lang) {
    this.show("loading");
    this.status.textContent = t(lang, "tourLoading");
  }

  /** The tour is refused: `message` says why (tour-parse.js's describeTourError). */
  showError(message, lang) {
    this.show("error");
    this.errorHeading.textContent = t(lang, "tourErrorHeading");
    this.errorText.textContent = message;
    this.errorLeave.textContent = t(lang, "tourErrorLeave");
  }

  /**
   * Step `index` (0-based) of `tour` in `lang`; `embedded`: the reader's layout; `fullHref`:
   * the page's link without the embed layout (for "open the whole tour").
   */
  showStep(tour, index, lang, { embedded, fullHref }) {
    this.show("step");
    this.root.setAttribute("aria-label", t(lang, "tourRegion"));
    const step = tour.steps[index];
    const count = tour.steps.length;
    this.root.classList.toggle("tour-embedded", embedded);
    this.title.textContent = tour.title ? tour.title[lang] : t(lang, "tourDefaultTitle");
    this.heading.textContent = step.heading ? step.heading[lang] : t(lang, "tourCounterLabel", { step: index + 1, steps: count });
    this.caption.textContent = step.caption[lang];
    this.caption.lang = step.caption.missing.includes(lang) ? otherLang(lang) : htmlLang(lang);
    this.fallback.hidden = !step.caption.missing.includes(lang);
    this.fallback.textContent = t(lang, "tourFallbackCaption");
    this.counter.dataset.step = String(index + 1);
    this.counter.dataset.steps = String(count);
    this.counterText.textContent = `${index + 1} / ${count}`;
    this.counterLabel.textContent = t(lang, "tourCounterLabel", { step: index + 1, steps: count });
    this.back.textContent = `← ${t(lang, "tourBack")}`;
    this.next.textContent = `${t(lang, "tourNext")} →`;
    this.back.disabled = index === 0;
    this.next.disabled = index === count - 1;
    this.reset.textContent = `⟲ ${t(lang, "tourReset")}`;
    this.leave.textContent = t(lang, "tourLeave");
    this.controls.setAttribute("aria-label", t(lang, "tourControls"));
    this.keysHint.textContent = t(lang, "tourKeysHint");
    // Embedded: one step of the notes, no presenter's chrome; a link to the whole tour instead.
    for (const node of [this.back, this.next, this.counter, this.leave, this.title]) node.hidden = embedded;
    // The keys once, on the first step: after that the room needs the space (and, projected,
    // the tour's title too: tour.css).
    this.keysHint.hidden = embedded || index > 0;
    this.card.classList.toggle("tour-later", index > 0);
    this.full.hidden = !embedded;
    this.full.textContent = `${t(lang, "tourOpenFull")} ↗`;
    this.full.href = fullHref;
  }

  /** Shows one of "loading", "error", "step". */
  show(state) {
    this.root.dataset.state = state;
    this.status.hidden = state !== "loading";
    this.error.hidden = state !== "error";
    this.card.hidden = state !== "step";
    this.numbersCard.hidden = state !== "step";
  }
}

function button(className, onClick) {
  const node = el("button", { class: `small-button ${className}`, attrs: { type: "button" } });
  node.addEventListener("click", onClick);
  return node;
}

/** The document language tag of a page language. */
function htmlLang(lang) {
  return lang === "zh" ? "zh-Hans" : "en";
}

/** The tag of the other language: a caption taken from it is marked so (screen readers read it right). */
function otherLang(lang) {
  return htmlLang(lang === "zh" ? "en" : "zh");
}
