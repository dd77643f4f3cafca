// The page fits a projector (1280 × 800) and a phone (390 px wide) without horizontal
// scrolling, in both languages and with an error showing; screenshots of each go to
// tests/browser/artifacts/ (git-ignored) for a person to look at. With
// UPDATE_README_SCREENSHOT=1 the default page at 1280 × 800 is also written to
// docs/screenshot.png (committed, so not rewritten on every run).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { useHarness, screenshot } from "./harness.mjs";

const README_SHOT = fileURLToPath(new URL("../../docs/screenshot.png", import.meta.url));
const PROJECTOR = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const h = useHarness();

async function noHorizontalScroll(page, what) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement.scrollWidth, window.innerWidth]);
  assert.ok(scrollWidth <= innerWidth, `${what}: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`);
}

// Everything that matters at first sight is on screen without scrolling on a projector:
// the surface, the formula and the verdict.
async function aboveTheFold(page, selectors, height) {
  for (const selector of selectors) {
    const box = await page.locator(selector).boundingBox();
    assert.ok(box && box.y + box.height <= height, `${selector} ends at ${box && box.y + box.height} > ${height}`);
  }
}

test("projector, 1280 × 800: no horizontal scroll; surface, formula and verdict in view", async () => {
  const { page, errors } = await h.open("", { viewport: PROJECTOR, deviceScaleFactor: 2 });
  await noHorizontalScroll(page, "en");
  await aboveTheFold(page, ["#surface", "#formula", "#verdict"], PROJECTOR.height);
  // Drawn at the device pixel ratio: the canvas has twice the pixels of its CSS box.
  const [w, cw] = await page.locator("#surface").evaluate((c) => [c.width, c.clientWidth]);
  assert.equal(w, 2 * cw);
  await screenshot(page, "default-en-1280x800");
  if (process.env.UPDATE_README_SCREENSHOT) {
    const plain = await h.open("", { viewport: PROJECTOR, locale: "en-US" });
    await fs.mkdir(fileURLToPath(new URL("../../docs/", import.meta.url)), { recursive: true });
    await plain.page.screenshot({ path: README_SHOT });
  }

  const zh = await h.open("#lang=zh", { viewport: PROJECTOR });
  await noHorizontalScroll(zh.page, "zh");
  await aboveTheFold(zh.page, ["#surface", "#formula", "#verdict"], PROJECTOR.height);
  await screenshot(zh.page, "default-zh-1280x800");

  const error = await h.open("#p=0.5,0.3", { viewport: PROJECTOR });
  await error.page.getByLabel("Loss L(θ)").fill("(ŷ - w₁ w₂ x)^2 + sine(w₁");
  await error.page.locator("#formula-error").waitFor({ state: "visible" });
  await noHorizontalScroll(error.page, "error");
  await screenshot(error.page, "error-1280x800");
  assert.deepEqual([...errors, ...zh.errors, ...error.errors], []);
});

test("phone, 390 × 844: one column, no horizontal scroll, in both languages and with a wide table", async () => {
  const { page, errors } = await h.open("", { viewport: PHONE, deviceScaleFactor: 3 });
  await noHorizontalScroll(page, "en");
  const canvas = await page.locator("#surface").boundingBox();
  assert.ok(canvas.width >= 300 && canvas.x >= 0 && canvas.x + canvas.width <= PHONE.width, `canvas ${JSON.stringify(canvas)}`);
  await screenshot(page, "phone-en-390", { fullPage: true });

  const zh = await h.open("#lang=zh&p=0.6,-0.4", { viewport: PHONE });
  await noHorizontalScroll(zh.page, "zh");
  await screenshot(zh.page, "phone-zh-390", { fullPage: true });

  // Five parameters (not e: that is Euler's number) and six data columns: wide tables scroll inside their box, not the page.
  const wide = await h.open(
    "#f=mean((y-(a*x%2Bb*z%2Bc*u%2Bd*v%2Bk*s))^2)&d=x:1,2;z:3,4;u:5,6;v:7,8;s:9,10;y:1,1&p=0.1,0.2,0.3,0.4,0.5",
    { viewport: PHONE },
  );
  await noHorizontalScroll(wide.page, "wide");
  await screenshot(wide.page, "phone-wide-390", { fullPage: true });
  assert.deepEqual([...errors, ...zh.errors, ...wide.errors], []);
});
