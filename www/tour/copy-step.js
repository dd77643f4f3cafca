// "Copy as tour step": the explorer's view as one line of a teacher's tour,
//
//   {"caption":{"en":"","zh":""},"view":"f=w1^2-w2^2&p=0.5,0&ov=crit,u,probe"}
//
// to paste into the "steps" of a tour file and caption. The view holds only the keys a step
// may set (tour-parse.js's VIEW_KEYS), at their URL form; keys at their defaults are left out,
// as in a link. Without the Clipboard API the line is shown in a dialog, selected, as "Copy
// link" does (embed/share.js).

import { el, flashStatus } from "../panel/dom.js";
import { t, languageFor } from "../i18n/i18n.js";
import { joinSentences } from "../i18n/format.js";
import { formatHash, hashEntries } from "../app/url-state.js";
import { urlStateOf } from "../app/url-sync.js";
import { copyText } from "../embed/share.js";
import { VIEW_KEYS } from "./tour-parse.js";

/** How long the confirmation stays on screen, ms. */
const CONFIRM_MS = 3500;

/** The view part of the explorer's `state` (app/store.js) as a step's `view`: "p=0.5,0&ov=crit". */
export function stepView(state) {
  const hash = formatHash(urlStateOf(state, {}));
  return hashEntries(hash)
    .filter(([key]) => VIEW_KEYS.includes(key))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
}

/** The JSON line of a tour step showing `state`, its captions left for the teacher to write. */
export function stepLine(state) {
  return JSON.stringify({ caption: { en: "", zh: "" }, view: stepView(state) });
}

/** Wires `button` to copy the view of `getState()` as a tour step; `status` says it was copied. */
export function wireCopyStep(button, { getState, status }) {
  const say = flashStatus(status, CONFIRM_MS);
  button.addEventListener("click", async () => {
    const lang = languageFor(document.documentElement.lang);
    const line = stepLine(getState());
    if (await copyText(line, null)) {
      say(t(lang, "tourStepCopied"));
    } else {
      showLine(line, lang);
    }
  });
}

/** The line in a dialog, selected, for Ctrl+C when the page may not write to the clipboard. */
function showLine(line, lang) {
  document.querySelector("#tour-step-dialog")?.remove();
  const dialog = el("dialog", { class: "share-dialog", attrs: { id: "tour-step-dialog", "aria-labelledby": "tour-step-title" } });
  const close = el("button", { class: "small-button share-close", text: t(lang, "shareClose"), attrs: { type: "button" } });
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => dialog.remove());
  const field = el("textarea", { class: "share-snippet", attrs: { id: "tour-step-line", rows: 4, readonly: "", spellcheck: "false", "aria-describedby": "tour-step-hint" } });
  field.value = line;
  dialog.append(
    el("div", { class: "share-dialog-head" }, [el("h2", { text: t(lang, "tourStepHeading"), attrs: { id: "tour-step-title" } }), close]),
    el("section", { class: "share-block" }, [
      el("p", { class: "hint", text: joinSentences(lang, [t(lang, "tourStepHint"), t(lang, "shareCopyByHand")]), attrs: { id: "tour-step-hint" } }),
      field,
    ]),
  );
  document.body.append(dialog);
  dialog.showModal();
  field.focus();
  field.select();
}
