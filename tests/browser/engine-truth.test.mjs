// What the engine now says, as the page shows it: why a point with a zero eigenvalue is what
// it is (or why nobody can tell), one marker per degenerate critical point, a flat region as
// one entry, and a call over the work budget said in words, in the user's language, never as
// a failure.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, screenshot } from "./harness.mjs";

const h = useHarness();

const text = async (page, selector) => (await page.locator(selector).innerText()).trim();

test("the verdict says how a degenerate point was decided, and why one stays open (en, zh)", async () => {
  const { page, errors } = await h.open("#f=(1-w1*w2)^2&p=1,1");
  assert.equal(await page.locator("#verdict").getAttribute("data-refined"), "minimum");
  assert.equal(await text(page, ".verdict-reason"), "How it was decided: the formula cannot be negative (a square, or a sum of them) and is 0 here, so no point is lower.");

  await page.evaluate(() => (location.hash = "#f=x^2-y^18&p=0,0"));
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.refined === "unknown");
  assert.equal(await page.locator(".verdict-reason").getAttribute("data-reason"), "flat_to_order");
  assert.equal(await text(page, ".verdict-reason"), "Why it stays open: along the flat direction, no term of the Taylor series up to order 16 stands clear of rounding error.");
  await page.click("#lang-toggle");
  await page.waitForFunction(() => document.querySelector(".verdict-reason").textContent.startsWith("为什么判断不了"));
  assert.equal(await text(page, ".verdict-reason"), "为什么判断不了：沿平坦的方向，泰勒级数直到 16 阶都没有一项明显大于舍入误差。");

  await page.evaluate(() => (location.hash = "#f=x^3-3x*y^2&p=0,0&lang=zh"));
  await page.waitForFunction(() => document.querySelector(".verdict-reason").dataset.reason === "leading_term");
  assert.equal(await text(page, ".verdict-reason"), "怎么判断的：沿平坦的方向，loss 的泰勒级数中第一个不为零的项（3 阶）的正负决定了结果。");

  // A point the second-order test decides has no such line.
  await page.evaluate(() => (location.hash = "#lang=en"));
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "saddle");
  assert.equal(await page.locator(".verdict-reason").isVisible(), false);
  assert.deepEqual(errors, []);
});

test("x² + y⁴ and the monkey saddle: one marker and a count of one; a dead ReLU's plateau is one flat region", async () => {
  const { page, errors } = await h.open("#f=x^2+y^4&win=-1.5,1.5,-1.5,1.5");
  const legend = page.locator("#critical-legend");
  await legend.locator(".critical-legend-item").first().waitFor();
  assert.deepEqual(await legend.locator(".critical-legend-item").allInnerTexts(), ["1 local minimum"]);

  await page.evaluate(() => (location.hash = "#f=x^3-3x*y^2&win=-1.5,1.5,-1.5,1.5"));
  await page.waitForFunction(() => document.querySelector("#critical-legend .critical-legend-item")?.dataset.kind === "saddle");
  assert.deepEqual(await legend.locator(".critical-legend-item").allInnerTexts(), ["1 saddle point"]);

  await page.evaluate(() => (location.hash = "#f=relu(w1)*relu(w2)&p=1,1"));
  await page.waitForFunction(() => document.querySelector("#critical-legend .critical-legend-item")?.dataset.kind === "region");
  assert.deepEqual(await legend.locator(".critical-legend-item").allInnerTexts(), ["1 flat region of critical points"]);
  assert.deepEqual(errors, []);
});

/** The lecture's loss over `rows` examples (x = y, spread over [0, 1)) as a hash. */
function manyRows(rows) {
  const xs = Array.from({ length: rows }, (_, k) => (k / rows).toFixed(4)).join(",");
  return `#f=(y-w1*w2*x)^2&d=x:${xs};y:${xs}`;
}

test("a data table too large to search for critical points: the surface is drawn at the resolution the budget allows, the refusal said under it in the user's language", async () => {
  const { page, errors } = await h.open(manyRows(3000));
  const note = page.locator("#limits");
  await note.waitFor();
  assert.match(await text(page, "#limits"), /^The critical points were not searched \(criticalPoints would take about \d+ steps of work, more than the 50000000 the page allows at once: use fewer data rows, a smaller grid or fewer steps\)\.$/);
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "saddle", "θ′ is still analysed");
  assert.ok(await page.locator("#surface").getAttribute("data-plot"), "the surface is drawn");
  await page.click("#lang-toggle");
  await page.waitForFunction(() => document.querySelector("#limits").textContent.startsWith("没有寻找驻点"));
  assert.match(await text(page, "#limits"), /^没有寻找驻点（criticalPoints 大约需要 \d+ 步计算，超过了页面一次允许的 50000000 步/);
  await screenshot(page, "limits-zh");
  // Back to a small table: the note goes.
  await page.evaluate(() => (location.hash = "#lang=zh"));
  await page.waitForFunction(() => document.querySelector("#limits").hidden);
  assert.deepEqual(errors, [], "a refusal over the budget is not a failure");
});
