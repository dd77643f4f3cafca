// The notices above the layout: what the page could not use from a link (a bad value, a
// formula that does not compile, a θ′ of the wrong length) and core failures, with a button
// that dismisses them all.

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";

/** Shows `notices` ([{ key, vars }] of i18n strings) in `box` in `lang`; `onDismiss()` clears them. */
export function renderNotices(box, notices, lang, onDismiss) {
  box.replaceChildren(...notices.map((n) => el("p", { class: "notice" }, [el("span", { text: t(lang, n.key, n.vars) })])));
  if (notices.length) {
    const dismiss = el("button", { class: "notice-dismiss", text: t(lang, "noticeDismiss"), attrs: { type: "button" } });
    dismiss.addEventListener("click", onDismiss);
    box.append(dismiss);
  }
  box.hidden = notices.length === 0;
}
