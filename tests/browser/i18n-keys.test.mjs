// Languages, in the browser: the page in both languages and in each mode with its dialogs
// open. t() shows a missing key as ⟦key⟧, so no ⟦ may appear in the text or in any
// aria-label, title or placeholder. The static scan of the code for keys is
// tests/js/i18n-keys.test.mjs.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, openEmbedDialog } from "./harness.mjs";

const h = useHarness();

/** Text, labels, titles and placeholders with a ⟦missing key⟧ marker, in the page and its shadow roots. */
function missingMarkers() {
  const found = [];
  const visit = (root) => {
    for (const node of root.querySelectorAll("*")) {
      for (const name of ["aria-label", "title", "placeholder", "alt", "aria-valuetext"]) {
        const value = node.getAttribute(name);
        if (value?.includes("⟦")) found.push(`${node.localName}[${name}]: ${value}`);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  visit(document);
  const text = document.body.innerText + document.title;
  for (const m of text.matchAll(/⟦[^⟧]*⟧/g)) found.push(m[0]);
  return found;
}

test("in both languages, explore and quiz mode, with the dialogs open, no key is missing", async () => {
  for (const lang of ["en", "zh"]) {
    const { page, errors } = await h.open(`#lang=${lang}&ov=crit,u,level,probe,taylor`);
    assert.deepEqual(await page.evaluate(missingMarkers), [], `${lang} explore`);
    await openEmbedDialog(page);
    assert.deepEqual(await page.evaluate(missingMarkers), [], `${lang} embed dialog`);
    await page.locator(".share-close").click();
    await page.locator(".mode-tab[data-mode=quiz]").click();
    await page.waitForFunction(() => document.querySelector("#quiz").dataset.state === "asking");
    assert.deepEqual(await page.evaluate(missingMarkers), [], `${lang} quiz`);
    const embedded = await h.open(`#lang=${lang}&embed=1&view=3d`);
    assert.deepEqual(await embedded.page.evaluate(missingMarkers), [], `${lang} embed, 3-D`);
    assert.deepEqual([...errors, ...embedded.errors], []);
  }
});
