// What "copy link" and "embed" hand out, built from the page's own URL. Pure (no DOM).
//
// The page keeps its whole view in the hash (app/url-sync.js), so the link is that URL:
// every key, including keys this module has never heard of (overlays, presets, …), goes
// along. Only two things change: the language is made explicit (a student abroad must see
// the teacher's language, not the browser's) and `embed` is set or dropped.
//
// Snippets are plain strings for a <textarea>: shown with .value, never parsed here. They are
// HTML for the *teacher's* page, so every attribute value is escaped.
//
// The single-file page (tools/bundle.mjs) is a file a teacher puts next to their notes: its
// snippets point at it by a relative address (`hessian-explorer.html#…`), and its element
// script is the classic `hessian-explorer.js` written beside it, which works from file:// too.

import { KEYS, DEFAULT_FORMULA, DEFAULT_DATA, encodeValue, hashEntries } from "../app/url-state.js";
import { formatData } from "../app/url-values.js";
import { formatPanels, samePanels } from "./panels.js";
import { escapeMarkup } from "../app/markup.js";

/**
 * Attribute names of <hessian-explorer> for the hash keys that have a friendlier name (or, like
 * tourUrl, a capital letter, which an HTML attribute cannot keep).
 */
export const ATTRIBUTE_FOR_KEY = { f: "formula", d: "data", p: "point", ax: "axes", win: "window", mode: "mode", lang: "lang", tourUrl: "tour-url" };

/** The height an iframe snippet starts at without a measured one, CSS px. */
const FIRST_HEIGHT = 720;
/** The single-file build's element script, written next to the page (tools/bundle.mjs). */
export const SINGLE_FILE_ELEMENT_SCRIPT = "hessian-explorer.js";

/**
 * `href` with `lang` explicit, `embed` on or off and, for an embed, its `panels` (left out
 * when they are the default); every other hash key is kept as is. `relative`: only the file's
 * name and the hash (the single-file page, linked from a page in the same folder).
 */
export function viewUrl(href, lang, { embed = false, panels = null, relative = false } = {}) {
  const url = new URL(href);
  const parts = hashEntries(url.hash).filter(([key]) => key !== "lang" && key !== "embed" && !(embed && key === "panels"));
  parts.push(["lang", encodeValue(lang)]);
  if (embed) parts.push(["embed", "1"]);
  if (embed && panels && !samePanels(panels, null)) parts.push(["panels", formatPanels(panels)]);
  url.hash = parts.map(([k, v]) => `${k}=${v}`).join("&");
  return relative ? fileName(url) + url.hash : url.href;
}

/** The page's file name in `url` ("hessian-explorer.html"), as a relative address. */
function fileName(url) {
  return url.pathname.split("/").pop() || "index.html";
}

/**
 * The <iframe> snippet: full column width, a first `height` (the measured one when known),
 * the embed's `panels`, and the optional auto-height script (left out with `resizer: false`,
 * for the single-file page that has no such file; its src is then `relative`).
 */
export function iframeSnippet(href, lang, title, { resizer = true, height = FIRST_HEIGHT, panels = null, relative = false } = {}) {
  const src = viewUrl(href, lang, { embed: true, panels, relative });
  const lines = [`<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="100%" height="${Math.ceil(height)}" loading="lazy"></iframe>`];
  if (resizer) lines.push(`<script type="module" src="${escapeMarkup(new URL("embed-resize.js", src.split("#")[0]).href)}"></script>`);
  return lines.join("\n");
}

/**
 * The <hessian-explorer> snippet for the view in `href`: one attribute per hash key (the
 * friendly name where there is one, else the key itself, so keys added later still work) and
 * the embed's `panels`. `singleFile`: the classic script written next to the single-file page.
 */
export function elementSnippet(href, lang, { panels = null, singleFile = false } = {}) {
  const url = new URL(href);
  const scriptTag = singleFile
    ? `<script src="${SINGLE_FILE_ELEMENT_SCRIPT}"></script>`
    : `<script type="module" src="${escapeMarkup(new URL("hessian-explorer.js", url.origin + url.pathname).href)}"></script>`;
  const known = new Set(KEYS.map((k) => k.key));
  const attributes = [];
  for (const [key, raw] of hashEntries(url.hash)) {
    if (key === "embed" || key === "lang" || key === "panels" || !known.has(key)) continue;
    let value;
    try {
      value = decodeURIComponent(raw);
    } catch {
      continue; // the page itself ignored it
    }
    attributes.push(`${ATTRIBUTE_FOR_KEY[key] ?? key}="${escapeMarkup(value)}"`);
  }
  // The formula is always written, so the teacher sees what to edit; the lecture's with its
  // table (a formula attribute without data means a formula without data).
  if (!attributes.some((a) => a.startsWith("formula="))) {
    if (!attributes.some((a) => a.startsWith("data="))) attributes.unshift(`data="${escapeMarkup(formatData(DEFAULT_DATA))}"`);
    attributes.unshift(`formula="${escapeMarkup(DEFAULT_FORMULA)}"`);
  }
  if (panels && !samePanels(panels, null)) attributes.push(`panels="${escapeMarkup(formatPanels(panels))}"`);
  attributes.push(`lang="${escapeMarkup(lang)}"`);
  return [scriptTag, `<hessian-explorer ${attributes.join(" ")}></hessian-explorer>`].join("\n");
}
