// What an embed shows (`panels=`, the element's `panels` attribute, the Embed dialog's choice):
// the default (surface, verdict, formula) within about 800 px of a 728 px notes column and
// within a 390 px phone's width; every panel shown or hidden as chosen; the dialog's live
// preview, its measured height, and snippets that carry the choice and the height.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, watch, screenshot, openExampleWidgets } from "./harness.mjs";
import { PANEL_IDS } from "../../www/embed/panels.js";
import { TALL, PREVIEW_WIDTHS } from "../../www/embed/panel-chooser.js";

const h = useHarness();

/** The elements each panel shows; every other panel's must be hidden. */
const SHOWS = {
  plot: "#surface",
  verdict: "#verdict",
  formula: "#formula",
  presets: "#presets",
  data: "#data",
  theta: "#theta",
  numbers: "#hessian",
  slice: "#slice-panel",
  optimizer: "#optimizer",
  overlays: "#overlay-toggles",
  legend: ".keys",
  export: "#save-png",
  quiz: ".mode-tabs",
};

/** The embed's height and whether anything sticks out sideways. */
async function measure(page) {
  return page.evaluate(() => ({ height: Math.ceil(document.documentElement.getBoundingClientRect().height), overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth }));
}

test("the default embed: surface, verdict and formula, ≤ 800 px tall in a 728 px column, within a 390 px phone", async () => {
  assert.deepEqual(Object.keys(SHOWS), [...PANEL_IDS]);
  const heights = {};
  for (const width of [PREVIEW_WIDTHS.notes, PREVIEW_WIDTHS.phone]) {
    for (const lang of ["en", "zh"]) {
      const { page, errors } = await h.open(`#embed=1&lang=${lang}`, { viewport: { width, height: 900 } });
      for (const [id, selector] of Object.entries(SHOWS)) {
        assert.equal(await page.locator(selector).first().isVisible(), ["plot", "verdict", "formula"].includes(id), `${width} px: ${id}`);
      }
      const { height, overflow } = await measure(page);
      heights[`${width} ${lang}`] = height;
      assert.equal(overflow, false, `${width} px: nothing wider than the frame`);
      if (width === PREVIEW_WIDTHS.notes) {
        assert.ok(height <= TALL, `${height} px in a ${width} px column`);
        // The cards beside the surface.
        const plot = await page.locator("#surface").boundingBox();
        const verdict = await page.locator("#verdict").boundingBox();
        assert.ok(verdict.x > plot.x + plot.width && verdict.y < plot.y + plot.height, "the verdict to the right of the surface");
      } else {
        assert.ok(height <= 900, `${height} px on a ${width} px phone: about one screen`);
      }
      await screenshot(page, `panels-default-${width}-${lang}`, { fullPage: true });
      assert.deepEqual(errors, []);
    }
  }
  console.log(`default embed heights (px): ${JSON.stringify(heights)}`);
});

test("every panel can be chosen; all of them is the former compact layout", async () => {
  const all = PANEL_IDS.join(",");
  const { page, errors } = await h.open(`#embed=1&lang=en&panels=${all}`, { viewport: { width: 728, height: 900 } });
  for (const selector of Object.values(SHOWS)) assert.equal(await page.locator(selector).first().isVisible(), true, selector);
  const everything = (await measure(page)).height;
  assert.ok(everything > 1.8 * TALL, `${everything} px with every panel`);
  // One at a time, by a hash change (as the element's attribute changes it).
  for (const id of ["numbers", "optimizer", "quiz"]) {
    await page.evaluate((panels) => {
      location.hash = `#embed=1&lang=en&panels=plot,${panels}`;
    }, id);
    await page.waitForFunction((panels) => document.documentElement.dataset.panels === `plot ${panels}`, id);
    for (const [other, selector] of Object.entries(SHOWS)) assert.equal(await page.locator(selector).first().isVisible(), other === "plot" || other === id, `plot,${id}: ${other}`);
  }
  // A panel list that is not one falls back to the default, with a notice.
  await page.evaluate(() => {
    location.hash = "#embed=1&lang=en&panels=plot,wings";
  });
  await page.locator("#notices").getByText("“panels”").waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.panels), "plot verdict formula");
  assert.deepEqual(errors, []);
});

test("the element's panels attribute", async () => {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
  const page = await context.newPage();
  const errors = watch(page);
  await openExampleWidgets(page, h.url);
  await page.evaluate(() => {
    const widget = document.createElement("hessian-explorer");
    widget.id = "numbers-only";
    widget.setAttribute("formula", "w1^2 - w2^2");
    widget.setAttribute("panels", "numbers,verdict");
    widget.setAttribute("lang", "en");
    document.querySelector("#notes-en").prepend(widget);
  });
  const frame = page.frameLocator("#numbers-only iframe");
  await frame.locator("#verdict[data-kind=saddle]").waitFor({ timeout: 20000 });
  assert.equal(await frame.locator("#surface").isVisible(), false);
  assert.equal(await frame.locator("#hessian").isVisible(), true);
  await page.locator("#numbers-only").evaluate((w) => w.setAttribute("panels", "plot"));
  await frame.locator("#surface").waitFor();
  assert.equal(await frame.locator("#verdict").isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the Embed dialog: choose panels, see the embed and its height, copy snippets that carry both", async () => {
  for (const lang of ["en", "zh"]) {
    const { page, errors } = await h.open(`#f=w1^2 - w2^2&lang=${lang}`);
    await page.click("#embed-open");
    const readout = page.locator(".panels-height");
    const preview = page.frameLocator(".panels-preview-frame");
    // The embed reports its height whenever it changes (the verdict's words arrive after the
    // first paint); a height is read once the preview has its verdict and the readout says
    // the height the preview's page has now.
    const measured = async () => {
      await preview.locator("#verdict[data-kind=saddle]").waitFor();
      await page.waitForFunction(() => {
        const said = document.querySelector(".panels-height")?.dataset.height;
        const framed = document.querySelector(".panels-preview-frame")?.contentDocument?.documentElement;
        return said && framed && Number(said) === Math.ceil(framed.getBoundingClientRect().height);
      });
      return Number(await readout.getAttribute("data-height"));
    };
    const first = await measured();
    assert.ok(first <= TALL, `default: ${first} px`);
    assert.match(await readout.innerText(), lang === "en" ? new RegExp(`^${first} px tall at 728 px wide\\.$`) : new RegExp(`^宽 728 px 时高 ${first} px。$`));
    // The preview is the embed itself: it says the same height as the page it frames.
    assert.equal(await page.locator(".panels-preview-frame").evaluate((f) => Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height)), first);
    assert.match(await page.locator("#share-iframe").inputValue(), new RegExp(`embed=1[^"]*" title="[^"]+" width="100%" height="${first}"`));
    assert.doesNotMatch(await page.locator("#share-iframe").inputValue(), /panels=/, "the default needs no panels key");
    await screenshot(page, `panels-dialog-${lang}`);

    await page.locator("#panel-numbers").check();
    await page.locator("#panel-formula").uncheck();
    await page.waitForFunction((before) => Number(document.querySelector(".panels-height")?.dataset.height) !== before, first);
    const withNumbers = await measured();
    assert.equal(await preview.locator("#hessian").isVisible(), true);
    assert.equal(await preview.locator("#formula").isVisible(), false);
    assert.match(await page.locator("#share-iframe").inputValue(), new RegExp(`panels=plot,verdict,numbers" [^>]*height="${withNumbers}"`));
    assert.match(await page.locator("#share-element").inputValue(), /<hessian-explorer formula="w1\^2 - w2\^2" panels="plot,verdict,numbers" lang="(en|zh)">/);
    if (withNumbers > TALL) assert.match(await readout.innerText(), lang === "en" ? /taller than a screen/ : /比一屏还高/);

    // On a phone's width the same embed is taller (one column).
    await page.locator("#panels-width-phone").check();
    await page.waitForFunction(() => document.querySelector(".panels-preview")?.dataset.width === "390" && document.querySelector(".panels-height")?.dataset.height);
    assert.ok((await measured()) > withNumbers, "one column on a phone");
    // The last panel cannot be unchecked: an embed shows something.
    for (const id of ["plot", "verdict"]) await page.locator(`#panel-${id}`).uncheck();
    await page.locator("#panel-numbers").click();
    assert.equal(await page.locator("#panel-numbers").isChecked(), true);
    assert.equal(await page.locator(".panels-list input:checked").count(), 1);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector("#share-dialog"));
    assert.deepEqual(errors, []);
  }
});
