// <hessian-explorer formula="(ŷ - w₁ w₂ x)^2" data="x:1;ŷ:1" point="0,0" mode="explore" lang="zh">
//
// One module script makes the element available; every instance is an independent widget.
// Each renders, in its shadow root, an <iframe> of this folder's index.html in the compact
// layout (`embed=1`), with the view in the frame's hash: the page already reads everything
// from the hash and reacts to hash changes, so an attribute change is a hash change, and the
// widgets cannot disturb each other or the host page (separate documents, separate state).
//
// Attributes: formula (f), data (d, "x:1,2;y:3,4"), point (p), axes (ax), window (win),
// mode, lang, panels (what it shows: embed/panels.js); any other key of the page's hash can
// be given under its own name (e.g. a key added by a later feature): tour and step show one
// step of a tour with its caption (<hessian-explorer tour="lecture" step="3">; tourUrl is the
// attribute tour-url). lang: the attribute, else the nearest lang="" around the element, else
// the browser's. Values are only ever text in a URL: the page checks them.

import { KEYS, encodeValue } from "./app/url-state.js";
import { ATTRIBUTE_FOR_KEY } from "./embed/share-links.js";
import { heightFrom } from "./embed/frame-height.js";
import { t, languageFor } from "./i18n/i18n.js";
import { PAGE } from "./embed/element-page.js";
/** Until the page reports its height: about the compact layout's height in a notes column. */
const FIRST_HEIGHT = "720px";

/** Hash key → attribute name, for every key the page knows except `embed` (always on here). */
const ATTRIBUTES = KEYS.filter((k) => k.key !== "embed").map((k) => [k.key, ATTRIBUTE_FOR_KEY[k.key] ?? k.key]);

const STYLE = `
:host { display: block; min-width: 280px; }
:host([hidden]) { display: none; }
iframe { display: block; width: 100%; border: 0; }
`;

let sheet = null;
// Constructed style sheets are CSSOM, not inline <style>: a strict CSP on the host allows them.
function styleSheet() {
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(STYLE);
  return sheet;
}

export class HessianExplorerElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES.map(([, name]) => name);
  }

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styleSheet()];
    this.frame = document.createElement("iframe");
    this.frame.style.height = FIRST_HEIGHT;
    this.frame.setAttribute("loading", "lazy");
    this.root = root; // the frame goes in with its first src (update): no extra history entry
    // Until its page has loaded (a lazy frame off screen has not even started), a new src is
    // the way to change it; after that, location.replace (see update).
    this.loaded = false;
    this.frame.addEventListener("load", () => {
      this.loaded = true;
    });
    this.onMessage = (event) => {
      // Only our own frame's messages, and only a well-formed height.
      if (event.source !== this.frame.contentWindow) return;
      const height = heightFrom(event.data);
      if (height !== null) this.frame.style.height = `${height}px`;
    };
  }

  connectedCallback() {
    // (Re)connected: a frame that moved with its element reloads, so it is given its src anew.
    this.shown = null;
    this.loaded = false;
    window.addEventListener("message", this.onMessage);
    this.update();
  }

  disconnectedCallback() {
    window.removeEventListener("message", this.onMessage);
  }

  attributeChangedCallback() {
    if (this.isConnected) this.update();
  }

  /** The widget's language: its own attribute, else the page around it, else the browser's. */
  get language() {
    const tag = this.getAttribute("lang") ?? this.parentElement?.closest("[lang]")?.getAttribute("lang") ?? navigator.language;
    return languageFor(tag);
  }

  /** The frame's hash for the current attributes. */
  hash() {
    const parts = [];
    for (const [key, name] of ATTRIBUTES) {
      const value = key === "lang" ? this.language : this.getAttribute(name);
      if (value !== null) parts.push(`${key}=${encodeValue(value)}`);
    }
    parts.push("embed=1");
    return `#${parts.join("&")}`;
  }

  update() {
    const url = new URL(PAGE);
    url.hash = this.hash();
    this.frame.title = t(this.language, "shareFrameTitle");
    if (!this.frame.isConnected) {
      this.frame.src = url.href;
      this.root.append(this.frame);
    } else if (this.shown === null || !this.loaded) {
      this.frame.src = url.href;
    } else if (this.shown !== url.href) {
      // Same document, new hash: the page applies it (hashchange) without reloading the core.
      // replace(), not a new src: an attribute change must not add an entry to the host
      // page's history (Back would step through the widget's states).
      this.frame.contentWindow.location.replace(url.href);
    }
    this.shown = url.href;
  }
}

if (!customElements.get("hessian-explorer")) customElements.define("hessian-explorer", HessianExplorerElement);
