// The page's fixed words in a language: every element marked data-i18n (its text) or
// data-i18n-label (its aria-label and title) in index.html, the document's language and
// title, and the language toggle, which names the other language in that language.

import { t } from "./i18n.js";

/** Writes the fixed words of the page in `lang`. */
export function applyStaticText(lang) {
  document.documentElement.lang = lang === "zh" ? "zh-Hans" : "en";
  document.title = t(lang, "pageTitle");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(lang, node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-label]")) {
    node.setAttribute("aria-label", t(lang, node.dataset.i18nLabel));
    node.title = t(lang, node.dataset.i18nLabel);
  }
  const toggle = document.querySelector("#lang-toggle");
  toggle.textContent = t(lang, "langToggle");
  toggle.setAttribute("aria-label", t(lang, "langToggleLabel"));
  toggle.lang = lang === "zh" ? "en" : "zh-Hans";
}
