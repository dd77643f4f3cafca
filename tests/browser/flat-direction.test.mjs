// The flat direction drawn: at a point of the lecture's valley, the eigenvector of λ = 0 (the
// direction along which the valley runs) is a long lavender row of dots with its words, on
// the plot and in the slice panel; at the saddle there is none.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, screenshot } from "./harness.mjs";
import { plotGeometry, toCanvas, colorsAt } from "./canvas-reading.mjs";

const h = useHarness();

/** The flat direction's lavender (MARK.flat, #d7b6ff), as drawn over the map. */
const isLavender = ([r, g, b]) => Math.abs(r - 0xd7) < 24 && Math.abs(g - 0xb6) < 24 && Math.abs(b - 0xff) < 24;

/**
 * How many pixels in a band across each point of the ray from θ′ along the pixel direction
 * (dx, dy), 20 to 110 px out, are lavender.
 */
async function lavenderAlong(page, theta, [dx, dy]) {
  const norm = Math.hypot(dx, dy);
  const [ux, uy] = [dx / norm, dy / norm];
  const points = [];
  for (let d = 20; d <= 110; d += 2) for (let across = -2; across <= 2; across++) points.push([theta[0] + ux * d - uy * across, theta[1] + uy * d + ux * across]);
  return (await colorsAt(page, points)).filter(isLavender).length;
}

test("at (1, 1) on the lecture's loss the flat axis is drawn along the valley, both ways, with its key; across it, nothing", async () => {
  const { page, errors } = await h.open("#p=1,1");
  const g = await plotGeometry(page);
  const theta = toCanvas(g, 1, 1);
  // The eigenvector of λ = 0 is (1, −1)/√2: right and down on the screen (y grows downwards).
  const along = await lavenderAlong(page, theta, [1, 1]);
  const back = await lavenderAlong(page, theta, [-1, -1]);
  const across = await lavenderAlong(page, theta, [1, -1]);
  assert.ok(along > 20 && back > 20, `lavender dots along the valley: ${along} and ${back}`);
  assert.equal(across, 0, "nothing lavender across the valley (the curved direction)");
  assert.equal(await page.locator(".key-flat").isVisible(), true);
  assert.equal((await page.locator(".key-flat").innerText()).trim(), "flat direction (λ ≈ 0)");
  // The slice panel along it: its option and its words.
  assert.equal(await page.locator("#slice-direction option:checked").innerText(), "eigenvector 1 (λ = 0): flat");
  assert.match(await page.locator(".slice-flat").innerText(), /^flat: the valley runs here: along this eigenvector the loss has no slope and no curvature at θ′/);
  await screenshot(page, "flat-direction");

  // At the saddle there is a way down (u), not a flat direction.
  await page.evaluate(() => (location.hash = "#p=0,0"));
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "saddle");
  const origin = toCanvas(g, 0, 0);
  assert.equal(await lavenderAlong(page, origin, [1, 1]), 0);
  assert.equal(await page.locator(".key-flat").isVisible(), false);
  assert.equal(await page.locator(".slice-flat").isVisible(), false);
  assert.deepEqual(errors, []);
});

test("the flat direction in Chinese, and with the eigen axes on: λ₁'s axis is the flat one", async () => {
  const { page, errors } = await h.open("#p=1,1&lang=zh&ov=level,crit,u,eig");
  const g = await plotGeometry(page);
  assert.ok((await lavenderAlong(page, toCanvas(g, 1, 1), [1, 1])) > 20);
  assert.equal((await page.locator(".key-flat").innerText()).trim(), "平坦方向（λ ≈ 0）");
  assert.match(await page.locator(".slice-flat").innerText(), /^平坦：山沟沿这里延伸：沿这个特征向量/);
  await screenshot(page, "flat-direction-zh");
  assert.deepEqual(errors, []);
});
