// Embedding: the compact layout (embed=1) from 320 px wide, the iframe that takes its
// content's height, the <hessian-explorer> element (several per page, independent, updated by
// its attributes, in the language of its attribute or of the page around it), and the example
// course page that shows both.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, watch, screenshot, openExampleWidgets } from "./harness.mjs";
import { surfaceColourCount } from "./canvas-reading.mjs";

const h = useHarness();

/** Opens the example course page and waits until both widgets show the lecture's saddle. */
async function openExample(viewport = { width: 1280, height: 800 }) {
  const context = await h.browser.newContext({ viewport, locale: "en-US" });
  const page = await context.newPage();
  const errors = watch(page);
  await openExampleWidgets(page, h.url);
  return { page, errors, context };
}

/** The Frame inside a <hessian-explorer> (its shadow root's iframe). */
async function elementFrame(page, selector) {
  const handle = await page.locator(`${selector} iframe`).elementHandle();
  return handle.contentFrame();
}

/**
 * Waits until an <iframe> is as tall as the document it shows (± 2 px), and returns both. The
 * frames show the page's own origin, so the host reads both heights at once.
 */
async function waitForFit(page, frameSelector) {
  const frameElement = await page.locator(frameSelector).elementHandle();
  const fitted = await page.waitForFunction(
    (frame) => {
      const doc = frame.contentDocument?.documentElement;
      if (!doc) return null;
      const sizes = { outer: frame.getBoundingClientRect().height, content: doc.getBoundingClientRect().height, scroll: doc.scrollHeight, client: doc.clientHeight };
      return Math.abs(sizes.outer - Math.ceil(sizes.content)) <= 2 && sizes.scroll <= sizes.client + 1 ? sizes : null;
    },
    frameElement,
    { timeout: 5000 },
  );
  return fitted.jsonValue();
}

test("embed=1 is a compact one-column layout that works 320 px wide", async () => {
  const { page, errors } = await h.open("#embed=1", { viewport: { width: 320, height: 640 } });
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains("embed")));
  assert.equal(await page.locator(".subtitle").isVisible(), false, "the header is slimmed");
  // Nothing wider than the frame: no sideways scroll bar.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
  const plot = await page.locator("#surface").boundingBox();
  const verdict = await page.locator("#verdict").boundingBox();
  assert.ok(plot.width >= 260, `plot ${plot.width} px wide`);
  assert.ok(verdict.y > plot.y + plot.height, "the panel comes below the plot");
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "saddle");
  // The verdict is the first card under the plot: the answer before the controls.
  const first = await page.evaluate(() => {
    const cards = [...document.querySelectorAll(".panel:not(.quiz) > .card")].filter((c) => c.offsetParent);
    cards.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    return cards[0].id;
  });
  assert.equal(first, "verdict");
  await screenshot(page, "embed-320", { fullPage: true });
  // Leaving embed (a hash edit) restores the full layout.
  await page.evaluate(() => {
    location.hash = "";
  });
  await page.waitForFunction(() => !document.documentElement.classList.contains("embed"));
  assert.deepEqual(errors, []);
});

test("the example page: the iframe and the element fit their content (no inner scroll bar), at 1280 and 390 px", async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const { page, errors, context } = await openExample(viewport);
    const frame = await waitForFit(page, "#frame-en");
    assert.ok(frame.outer > 720 || frame.outer < 700, "the frame's height came from its content, not the attribute");
    await waitForFit(page, "#element-zh iframe");
    // Nothing in the notes overflows sideways either.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${viewport.width} px`);
    await screenshot(page, `example-${viewport.width}`, { fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("the example page: English by iframe, Chinese by element; an attribute change updates only that widget", async () => {
  const { page, errors, context } = await openExample();
  const en = page.frameLocator("#frame-en");
  const zh = page.frameLocator("#element-zh iframe");
  assert.equal(await en.locator("html").getAttribute("lang"), "en");
  // The element has no lang attribute: it takes the section's lang="zh-Hans".
  assert.equal(await zh.locator("html").getAttribute("lang"), "zh-Hans");
  assert.match(await zh.locator("#verdict").innerText(), /鞍点（saddle point）/);
  assert.match(await en.locator("#verdict").innerText(), /Saddle point/);
  // Both draw the surface: the canvas holds the colour map, not a blank.
  for (const frame of [await (await page.locator("#frame-en").elementHandle()).contentFrame(), await elementFrame(page, "#element-zh")]) {
    const colours = await surfaceColourCount(frame);
    assert.ok(colours > 50, `${frame.url()}: ${colours} colours`);
  }

  const historyBefore = await page.evaluate(() => history.length);
  await page.getByRole("button", { name: "局部最小值：w₁² + w₂²" }).click();
  await zh.locator("#verdict[data-kind=minimum]").waitFor();
  assert.equal(await page.evaluate(() => history.length), historyBefore, "an attribute change adds no entry to the host's history");
  assert.equal(await zh.locator("#formula").inputValue(), "w1^2 + w2^2");
  assert.equal(await page.getByRole("button", { name: "局部最小值：w₁² + w₂²" }).getAttribute("aria-pressed"), "true");
  assert.equal(await en.locator("#verdict").getAttribute("data-kind"), "saddle", "the iframe is not touched");
  await page.getByRole("button", { name: "鞍点：w₁² − w₂²" }).click();
  await zh.locator("#verdict[data-kind=saddle]").waitFor();
  assert.equal(await zh.locator("#formula").inputValue(), "w1^2 - w2^2");
  assert.deepEqual(errors, []);
  await context.close();
});

test("several elements on one page are independent; attributes of later features (mode, ov, view) reach the widget", async () => {
  const { page, errors, context } = await openExample();
  await page.evaluate(() => {
    const add = (id, attributes) => {
      const widget = document.createElement("hessian-explorer");
      widget.id = id;
      for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
      document.querySelector("#notes-en").append(widget);
    };
    add("second", { formula: "w1^2 + w2^2", point: "0.5,0.5", lang: "en" });
    add("third", { formula: "w1^2 - w2^2", lang: "zh", ov: "crit", view: "3d" });
    add("fourth", { mode: "quiz", level: "2", seed: "7", lang: "en" });
  });
  for (const id of ["second", "third", "fourth"]) await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  const second = page.frameLocator("#second iframe");
  await second.locator("#verdict[data-kind=not_critical]").waitFor({ timeout: 20000 });
  const third = page.frameLocator("#third iframe");
  await third.locator("#verdict[data-kind=saddle]").waitFor({ timeout: 20000 });
  assert.equal(await third.locator("html").getAttribute("lang"), "zh-Hans", "lang attribute beats the page's lang");
  assert.equal(await third.locator("#view3d").isVisible(), true, "view=3d");
  assert.equal(await third.locator("#overlay-toggles [aria-pressed=true]").count(), 1, "ov=crit: one overlay on");
  const fourth = page.frameLocator("#fourth iframe");
  await fourth.locator("#quiz[data-state=asking]").waitFor({ timeout: 20000 });
  assert.match(await fourth.locator(".quiz-prompt").innerText(), /What kind of point is θ′/);

  // Moving θ′ in one widget (keyboard on its surface) leaves the others alone.
  const frame = await elementFrame(page, "#second");
  await second.locator("#surface").focus();
  await second.locator("#surface").press("ArrowRight");
  await frame.waitForFunction(() => /p=0\.54,0\.5(&|$)/.test(location.hash));
  assert.equal(await page.frameLocator("#element-zh iframe").locator("#theta input").first().inputValue(), "0");
  assert.equal(await page.locator("#second").getAttribute("point"), "0.5,0.5", "the host's attribute is the teacher's, not the student's");

  // A height message from anywhere but the element's own frame is ignored.
  const before = await page.locator("#second iframe").evaluate((f) => f.style.height);
  await page.evaluate(() => window.postMessage({ type: "hessian-explorer:height", height: 33 }, "*"));
  await frame.evaluate(() => window.parent.postMessage({ type: "hessian-explorer:height", height: "33" }, "*"));
  // Messages are handled in the order they were posted: once a marker posted after them has
  // arrived, the host has handled (and ignored) both.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const marker = "test:after-the-height-messages";
        window.addEventListener("message", function arrived(event) {
          if (event.data !== marker) return;
          window.removeEventListener("message", arrived);
          resolve();
        });
        window.postMessage(marker, "*");
      }),
  );
  assert.equal(await page.locator("#second iframe").evaluate((f) => f.style.height), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an element's language: its lang attribute, else the page around it, else the browser's; changing lang updates it", async () => {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(h.url + "examples/index.html");
  await page.waitForFunction(() => customElements.get("hessian-explorer"));
  // A page that declares no language at all: the browser's (zh-CN) decides.
  await page.evaluate(() => {
    document.documentElement.removeAttribute("lang");
    const widget = document.createElement("hessian-explorer");
    widget.id = "bare";
    document.body.prepend(widget);
  });
  const bare = page.frameLocator("#bare iframe");
  await bare.locator("#verdict[data-kind=saddle]").waitFor({ timeout: 20000 });
  assert.equal(await bare.locator("html").getAttribute("lang"), "zh-Hans");
  assert.equal(await page.locator("#bare iframe").getAttribute("title"), "海森矩阵探索器：可以互动的误差曲面（error surface）");
  await page.locator("#bare").evaluate((widget) => widget.setAttribute("lang", "en"));
  await bare.locator("html[lang=en]").waitFor();
  await bare.locator("#verdict").getByText("Saddle point", { exact: true }).waitFor();
  assert.equal(await page.locator("#bare iframe").getAttribute("title"), "Hessian Explorer: an interactive loss surface");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an element changed while off screen stays lazy (nothing loads) and shows the new state when scrolled to", async () => {
  const { page, errors, context } = await openExample({ width: 1280, height: 800 });
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    const spacer = document.createElement("div");
    spacer.className = "spacer";
    spacer.style.height = "6000px";
    const widget = document.createElement("hessian-explorer");
    widget.id = "later";
    widget.setAttribute("formula", "w1^2 - w2^2");
    widget.setAttribute("lang", "en");
    document.querySelector(".notes").append(spacer, widget);
  });
  await page.locator("#later").evaluate((widget) => widget.setAttribute("formula", "w1^2 + w2^2"));
  // A check that something does NOT happen can only wait: a frame that wrongly loaded while
  // off screen would have started within this time.
  await page.waitForTimeout(300);
  // Off screen, a lazy frame loads nothing: a page with many widgets starts only the visible ones.
  assert.equal(await page.locator("#later iframe").evaluate((frame) => frame.contentWindow.location.href), "about:blank");
  await page.locator("#later").scrollIntoViewIfNeeded();
  const later = page.frameLocator("#later iframe");
  await later.locator("#verdict[data-kind=minimum]").waitFor({ timeout: 20000 });
  assert.equal(await later.locator("#formula").inputValue(), "w1^2 + w2^2");
  assert.deepEqual(errors, []);
  await context.close();
});
