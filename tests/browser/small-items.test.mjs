// The smaller things a teacher or student noticed, each as they see it: θ′'s boxes after an
// escape, "‖g‖ = 0" without a redundant "≈ 0", the saddle's marker under θ′, the undefined key
// only where the loss has holes, why "escape along u" is off after "from next to the saddle",
// and a converging momentum run not called a crawl (while the lecture's crawl still is).
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, screenshot } from "./harness.mjs";
import { plotGeometry, toCanvas, colorsAt } from "./canvas-reading.mjs";

const h = useHarness();

const text = async (page, selector) => (await page.locator(selector).innerText()).trim();
const thetaBoxes = (page) => page.locator("#theta input.theta-input");

test("after “Escape along u” θ′'s boxes hold tidy numbers that fit; ‖g‖ = 0 reads without “≈ 0”", async () => {
  const { page, errors } = await h.open("");
  await page.emulateMedia({ reducedMotion: "reduce" });
  assert.equal(await text(page, "#gradient-norm"), "0", "exactly 0: nothing to add");
  await page.click(".optimizer-escape");
  await page.waitForSelector(".optimizer-status[data-done=true]");
  const boxes = await thetaBoxes(page).evaluateAll((inputs) => inputs.map((i) => ({ value: i.value, fits: i.scrollWidth <= i.clientWidth })));
  for (const b of boxes) {
    assert.ok(b.value.length <= 6, `tidy: ${b.value}`);
    assert.ok(b.fits, `${b.value} is not cut off`);
  }
  assert.match(await text(page, ".optimizer-escape-result"), /^Walked .* along u: L went from 1 to /);
  // A gradient that only counts as zero keeps its mark.
  await page.evaluate(() => (location.hash = "#p=1e-7,0"));
  await page.waitForFunction(() => document.querySelector("#gradient-norm").textContent.includes("10⁻"));
  assert.match(await text(page, "#gradient-norm"), /^2 × 10⁻⁷\s*≈ 0$/);
  assert.deepEqual(errors, []);
});

test("θ′ on the lecture's saddle: the saddle's diamond is drawn around θ′, not hidden under it", async () => {
  const { page, errors } = await h.open("");
  const g = await plotGeometry(page);
  const [cx, cy] = toCanvas(g, 0, 0);
  // The diamond's lower-left edge (away from u, off the level set's cross), in the saddle's white.
  const edge = [];
  for (let d = -1.5; d <= 1.5; d += 0.5) edge.push([cx - 8.8 + d, cy + 8.8 + d]);
  const white = (colors) => colors.filter(([r, g2, b]) => r > 235 && g2 > 235 && b > 235).length;
  assert.ok(white(await colorsAt(page, edge)) >= 2, "white diamond outline around θ′");
  await page.evaluate(() => (location.hash = "#ov=level,u"));
  await page.waitForFunction(() => !location.hash.includes("crit") && document.querySelector("#critical-legend").hidden);
  assert.equal(white(await colorsAt(page, edge)), 0, "without the critical points, nothing there");
  assert.deepEqual(errors, []);
});

test("the “undefined” key shows only when the loss is undefined somewhere in the window", async () => {
  const { page, errors } = await h.open("");
  assert.equal(await page.locator(".key-hole").isVisible(), false, "the lecture's loss is defined everywhere");
  await page.evaluate(() => (location.hash = "#f=log(x)+y^2&p=1,0"));
  await page.waitForFunction(() => !document.querySelector(".key-hole").hidden);
  assert.equal(await text(page, ".key-hole"), "undefined");
  assert.deepEqual(errors, []);
});

test("“from next to the saddle” says why “Escape along u” is off, and takes θ′ back in one click; the lecture's crawl is still a crawl", async () => {
  const { page, errors } = await h.open("");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.click(".optimizer-nudge");
  await page.waitForSelector(".optimizer-status[data-done=true]");
  assert.match(await text(page, ".optimizer-status"), /it crawled where the gradient is small\.$/, "the lecture's demonstration");
  assert.equal(await page.locator(".optimizer-escape").isDisabled(), true);
  assert.match(await page.locator(".optimizer-escape").getAttribute("title"), /needs θ′ at a saddle point/);
  assert.match(await text(page, ".optimizer-escape-why"), /^θ′ is now a hair off the saddle \(where that run started\), so “Escape along u” is off: it needs θ′ at the saddle\./);
  await screenshot(page, "escape-why");
  await page.click(".optimizer-back");
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "saddle");
  assert.equal(await page.locator(".optimizer-escape").isDisabled(), false);
  assert.equal(await page.locator(".optimizer-escape-why").isVisible(), false);
  assert.deepEqual(errors, []);
});

test("a momentum run that converges into the valley is not called a crawl", async () => {
  const { page, errors } = await h.open("#p=1.5,1.5");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.selectOption(".optimizer-method", "momentum");
  await page.click(".optimizer-run");
  await page.waitForSelector(".optimizer-status[data-done=true]");
  const status = await text(page, ".optimizer-status");
  assert.match(status, /Stopped: the gradient is zero, a critical point\.$/);
  assert.doesNotMatch(status, /crawl/);
  assert.deepEqual(errors, []);
});
