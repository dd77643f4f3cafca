// What "copy link" and "embed" hand out, built from the page's own URL. Pure (no DOM).
//
// The page keeps its whole view in the hash (app/url-sync.js), so the link is that URL:
// every key, including keys this module has never heard of (overlays, presets, …), goes
// along. Only two things change: the language is made explicit (a student abroad must see
// the teacher's language, not the browser's) and `embed` is set or dropped.
//
// Snippets are plain strings for a <textarea>: shown with .value, never parsed here. They are
// HTML for the *teacher's* page, so every attribute value is escaped.

import { KEYS, DEFAULT_FORMULA, DEFAULT_DATA, encodeValue, hashEntries, formatData } from "../app/url-state.js";

/** Attribute names of <hessian-explorer> for the hash keys that have a friendlier name. */
export const ATTRIBUTE_FOR_KEY = { f: "formula", d: "data", p: "point", ax: "axes", win: "window", mode: "mode", lang: "lang" };

/** `href` with `lang` explicit and `embed` on or off; every other hash key is kept as is. */
export function viewUrl(href, lang, { embed = false } = {}) {
  const url = new URL(href);
  const parts = hashEntries(url.hash).filter(([key]) => key !== "lang" && key !== "embed");
  parts.push(["lang", encodeValue(lang)]);
  if (embed) parts.push(["embed", "1"]);
  url.hash = parts.map(([k, v]) => `${k}=${v}`).join("&");
  return url.href;
}

/**
 * The <iframe> snippet: full column width, a first height, and the optional auto-height
 * script (left out with `resizer: false`, for the single-file page that has no such file).
 */
export function iframeSnippet(href, lang, title, { resizer = true } = {}) {
  const src = viewUrl(href, lang, { embed: true });
  const lines = [`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="720" loading="lazy"></iframe>`];
  if (resizer) lines.push(`<script type="module" src="${escapeAttribute(new URL("embed-resize.js", src.split("#")[0]).href)}"></script>`);
  return lines.join("\n");
}

/**
 * The <hessian-explorer> snippet for the view in `href`: one attribute per hash key (the
 * friendly name where there is one, else the key itself, so keys added later still work).
 */
export function elementSnippet(href, lang) {
  const url = new URL(href);
  const script = new URL("hessian-explorer.js", url.origin + url.pathname).href;
  const known = new Set(KEYS.map((k) => k.key));
  const attributes = [];
  for (const [key, raw] of hashEntries(url.hash)) {
    if (key === "embed" || key === "lang" || !known.has(key)) continue;
    let value;
    try {
      value = decodeURIComponent(raw);
    } catch {
      continue; // the page itself ignored it
    }
    attributes.push(`${ATTRIBUTE_FOR_KEY[key] ?? key}="${escapeAttribute(value)}"`);
  }
  // The formula is always written, so the teacher sees what to edit; the lecture's with its
  // table (a formula attribute without data means a formula without data).
  if (!attributes.some((a) => a.startsWith("formula="))) {
    if (!attributes.some((a) => a.startsWith("data="))) attributes.unshift(`data="${escapeAttribute(formatData(DEFAULT_DATA))}"`);
    attributes.unshift(`formula="${escapeAttribute(DEFAULT_FORMULA)}"`);
  }
  attributes.push(`lang="${escapeAttribute(lang)}"`);
  return [`<script type="module" src="${escapeAttribute(script)}"></script>`, `<hessian-explorer ${attributes.join(" ")}></hessian-explorer>`].join("\n");
}

/** Text made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
