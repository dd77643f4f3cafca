// "Copy link" and "Embed" in the header. The link is the page's own URL (see share-links.js);
// the embed dialog shows two snippets in read-only text areas, each with a copy button.
// Nothing here parses HTML: snippets are strings put into .value, labels go in as text.

import { el, flashStatus } from "../panel/dom.js";
import { t, languageFor } from "../i18n/i18n.js";
import { parseHash } from "../app/url-state.js";
import { viewUrl, iframeSnippet, elementSnippet } from "./share-links.js";
import { embedPanels } from "./panels.js";
import { PanelChooser, PREVIEW_WIDTHS } from "./panel-chooser.js";

/** How long "Copied" stays on screen, ms. */
const CONFIRM_MS = 2500;

const pageLang = () => languageFor(document.documentElement.lang);
// The single-file page (tools/bundle.mjs) is a file next to the teacher's notes: its links and
// snippets point at it by a relative address, and its element script is the one written beside it.
const isSingleFile = () => document.documentElement.dataset.build === "single-file";

/**
 * Copies `text`; resolves to true if it is on the clipboard. Without the Clipboard API (an
 * insecure context such as some LMS previews, or file://) the text is selected in `field`
 * instead, so that Ctrl+C finishes the job, and false is returned.
 */
export async function copyText(text, field) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (field) {
      field.focus();
      field.select();
    }
    return false;
  }
}

/** Wires the header's two buttons (#copy-link, #embed-open); `status` speaks the outcome. */
export function initShare({ copyButton, embedButton, status }) {
  const flash = flashStatus(status, CONFIRM_MS);
  const say = (key) => flash(t(pageLang(), key));

  copyButton.addEventListener("click", async () => {
    const link = viewUrl(location.href, pageLang(), { relative: isSingleFile() });
    const copied = await copyText(link, null);
    if (copied) {
      say(isSingleFile() ? "shareLinkCopiedRelative" : "shareLinkCopied");
    } else {
      // No clipboard: show the link in the dialog, selected, to copy by hand.
      openDialog({ link });
      say("shareCopyByHand");
    }
  });

  embedButton.addEventListener("click", () => openDialog({}));

  // Built each time it opens, in the page's language of the moment, from the current URL.
  function openDialog({ link }) {
    const lang = pageLang();
    document.querySelector("#share-dialog")?.remove();
    const dialog = el("dialog", { class: "share-dialog", attrs: { id: "share-dialog", "aria-labelledby": "share-dialog-title" } });
    const close = el("button", { class: "small-button share-close", text: t(lang, "shareClose"), attrs: { type: "button" } });
    close.addEventListener("click", () => dialog.close());
    const blocks = [];
    if (link) blocks.push(snippetBlock(lang, "share-link", "shareLinkHeading", isSingleFile() ? "shareLinkHintRelative" : "shareLinkHint", link, 2));
    // The single-file page has no embed-resize.js beside it: its iframe keeps the height measured here.
    const singleFile = isSingleFile();
    const frameBlock = snippetBlock(lang, "share-iframe", "shareIframeHeading", singleFile ? "shareSingleFileHint" : "shareIframeHint", "", 5);
    const elementBlock = snippetBlock(lang, "share-element", "shareElementHeading", singleFile ? "shareSingleFileElementHint" : "shareElementHint", "", 5);
    const snippets = (panels, height) => {
      frameBlock.querySelector("textarea").value = iframeSnippet(location.href, lang, t(lang, "shareFrameTitle"), { resizer: !singleFile, relative: singleFile, panels, height: height ?? undefined });
      elementBlock.querySelector("textarea").value = elementSnippet(location.href, lang, { panels, singleFile });
    };
    const panels = embedPanels(parseHash(location.hash).state.panels);
    snippets(panels, null);
    // Opened to embed: the choice of panels with its live preview. (Opened for the link, where
    // the clipboard failed, the snippets follow the view as it is.)
    let chooser = null;
    if (!link) {
      let notesHeight = null; // the embed's height in a notes column, once the preview has said
      chooser = new PanelChooser({
        lang,
        panels,
        previewUrl: (chosen) => viewUrl(location.href, lang, { embed: true, panels: chosen }),
        onChange: (chosen, height) => {
          if (chooser.width === PREVIEW_WIDTHS.notes || height === null) notesHeight = height;
          snippets(chosen, notesHeight);
        },
      });
      blocks.push(chooser.element);
    }
    dialog.addEventListener("close", () => {
      chooser?.close();
      dialog.remove();
    });
    blocks.push(frameBlock, elementBlock);
    dialog.append(
      el("div", { class: "share-dialog-head" }, [el("h2", { text: t(lang, link ? "shareLinkHeading" : "shareEmbedHeading"), attrs: { id: "share-dialog-title" } }), close]),
      ...blocks,
    );
    document.body.append(dialog);
    dialog.showModal();
    chooser?.layoutPreview(); // now that the dialog has a width to fit the preview into
    if (link) {
      const field = dialog.querySelector("textarea");
      field.focus();
      field.select();
    }
  }

  function snippetBlock(lang, id, headingKey, hintKey, text, rows) {
    const field = el("textarea", { class: "share-snippet", attrs: { id, rows, readonly: "", spellcheck: "false", "aria-describedby": `${id}-hint` } });
    field.value = text;
    const copy = el("button", { class: "small-button", text: t(lang, "shareCopy"), attrs: { type: "button" } });
    const done = el("span", { class: "share-done", attrs: { role: "status" } });
    copy.addEventListener("click", async () => {
      const copied = await copyText(field.value, field);
      done.textContent = t(lang, copied ? "shareCopied" : "shareCopyByHand");
    });
    return el("section", { class: "share-block" }, [
      el("label", { class: "card-title", text: t(lang, headingKey), attrs: { for: id } }),
      el("p", { class: "hint", text: t(lang, hintKey), attrs: { id: `${id}-hint` } }),
      field,
      el("div", { class: "share-actions" }, [copy, done]),
    ]);
  }
}
