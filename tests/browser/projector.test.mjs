// Projector mode, for the back of a lecture hall: one click away, in the URL (`proj=1`) so it
// survives a reload and can be shared; larger type, thicker lines on the canvas, darker
// secondary text; the verdict stays in view at 1280 × 800 in both languages.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, ready, hashParams, waitForHash, screenshot } from "./harness.mjs";
import { plotGeometry, toCanvas, colorsAt, along, range, isCyan } from "./canvas-reading.mjs";

const PROJECTOR = { width: 1280, height: 800 };
const h = useHarness();

/** Font size (px) of the verdict's title, of the body, and the luma of the secondary text. */
async function typeMetrics(page) {
  return page.evaluate(() => {
    const px = (sel, prop) => parseFloat(getComputedStyle(document.querySelector(sel))[prop]);
    const [r, g, b] = getComputedStyle(document.querySelector("#formula-hint")).color.match(/\d+/g).map(Number);
    return { title: px(".verdict-title", "fontSize"), body: px("body", "fontSize"), hint: px("#formula-hint", "fontSize"), hintLuma: 0.2126 * r + 0.7152 * g + 0.0722 * b };
  });
}

/**
 * The thickness in px of the λ > 0 eigen axis (cyan) across it, 40 px from θ′ = (0.5, 0.3):
 * the canvas's lines as the hall sees them.
 */
async function axisThickness(page) {
  const g = await plotGeometry(page);
  const [mx, my] = toCanvas(g, 0.5, 0.3);
  // The λ > 0 eigenvector of H = [[0.18, −1.4], [−1.4, 0.5]] at (0.5, 0.3) (see overlays.test.mjs).
  const l = 0.34 + Math.hypot(0.16, 1.4);
  const [vx, vy] = [1.4, 0.18 - l]; // (H − λI)v = 0, first row: 0.18 − λ, −1.4 → v ∝ (1.4, 0.18 − λ)
  const sx = g.width / (g.x1 - g.x0);
  const sy = g.height / (g.y1 - g.y0);
  const [dx, dy] = [vx * sx, -vy * sy];
  const n = Math.hypot(dx, dy);
  const [ux, uy] = [dx / n, dy / n];
  const [cx, cy] = [mx + ux * 40, my + uy * 40];
  const across = range(-10, 10).map((d) => d / 2); // half-pixel steps
  const colors = await colorsAt(page, along(cx, cy, -uy, ux, across));
  return colors.filter(isCyan).length / 2;
}

test("one click turns projector mode on: proj=1, larger type, thicker lines, darker text; it survives a reload", async () => {
  const { page, errors } = await h.open("#p=0.5,0.3&ov=eig", { viewport: PROJECTOR });
  const toggle = page.locator("#projector-toggle");
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  assert.equal(hashParams(page.url()).get("proj"), undefined);
  const plain = await typeMetrics(page);
  const thin = await axisThickness(page);

  await toggle.click();
  await waitForHash(page, "proj", "1");
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  const big = await typeMetrics(page);
  assert.ok(big.body >= plain.body * 1.2, `body type ${plain.body} → ${big.body} px`);
  assert.ok(big.title >= plain.title * 1.2, `verdict title ${plain.title} → ${big.title} px`);
  assert.ok(big.hint >= plain.hint * 1.2, `hint ${plain.hint} → ${big.hint} px`);
  assert.ok(big.hintLuma < plain.hintLuma - 20, `secondary text darker: luma ${plain.hintLuma} → ${big.hintLuma}`);
  const thick = await axisThickness(page);
  assert.ok(thin >= 2 && thick >= thin * 1.4, `canvas lines thicker: ${thin} → ${thick} px`);
  await screenshot(page, "projector-on");

  // A reload keeps it (the URL says proj=1).
  await page.reload();
  await ready(page);
  assert.equal(await page.locator("#projector-toggle").getAttribute("aria-pressed"), "true");
  assert.ok((await typeMetrics(page)).body >= plain.body * 1.2, "still large after a reload");
  assert.ok((await axisThickness(page)) >= thin * 1.4, "still thick after a reload");

  // One more click turns it off again: the URL forgets it, the page is as before.
  await page.locator("#projector-toggle").click();
  await waitForHash(page, "proj", undefined);
  const back = await typeMetrics(page);
  assert.equal(back.body, plain.body);
  assert.equal(await axisThickness(page), thin);
  assert.deepEqual(errors, []);
});

test("projector mode at 1280 × 800: surface, formula and verdict in view, no sideways scroll, in both languages", async () => {
  const all = [];
  for (const lang of ["en", "zh"]) {
    const { page, errors } = await h.open(`#proj=1&lang=${lang}`, { viewport: PROJECTOR });
    all.push(...errors);
    for (const selector of ["#surface", "#formula", "#verdict", "#projector-toggle"]) {
      const box = await page.locator(selector).boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= PROJECTOR.height, `${lang}: ${selector} ends at ${box && box.y + box.height}`);
    }
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement.scrollWidth, window.innerWidth]);
    assert.ok(scrollWidth <= innerWidth, `${lang}: scrollWidth ${scrollWidth}`);
    assert.equal(await page.locator("#projector-toggle").innerText(), lang === "en" ? "Projector" : "投影");
    await screenshot(page, `projector-${lang}-1280x800`);
  }
  assert.deepEqual(all, []);
});
