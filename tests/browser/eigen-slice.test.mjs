// The slice along two eigenvectors (3+ parameters) is consistent with the rest of the page:
// the overlays that live in its plane are drawn on it, the others are marked unavailable
// with the reason; θ′'s boxes say how each parameter moves along u₁ and u₂ rather than "x
// axis"; eigenvalues under the zero rule print as 0.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, screenshot } from "./harness.mjs";

const h = useHarness();

const THREE = "#f=x^2 %2B y^2 - z^2 %2B x y z&ax=x,y&p=0.3,0.2,0.1";
const roles = (page) => page.locator("#theta .theta-role").allInnerTexts();

test("eigenvector slice: level set and −g drawn on it, critical points and the Taylor overlays unavailable with the reason; θ′'s rows say u₁ · u₂", async () => {
  const { page, errors } = await h.open(`${THREE}&sl=eigen&ov=level,crit,u,taylor`);
  const slice = page.locator("#eigen-slice");
  await page.waitForFunction(() => document.querySelector("#eigen-slice").dataset.overlays !== undefined);
  assert.equal(await slice.getAttribute("data-overlays"), "level,u", "the level set and the way down (−g here) are drawn");
  const crit = page.locator('.overlay-toggle[data-overlay="crit"]');
  assert.match(await crit.getAttribute("class"), /is-unavailable/);
  assert.match(await crit.getAttribute("title"), /^Not drawn in the slice along two eigenvectors/);
  assert.equal(
    (await page.locator(".overlay-unavailable-note").innerText()).trim(),
    "In the slice along two eigenvectors, these are not drawn: critical points, Taylor model. They are computed in a slice along two axes (“Slice along: two axes” shows them).",
  );
  // θ′'s rows: no axis is a parameter here.
  assert.equal(await page.locator("#theta .axes").isVisible(), false);
  assert.deepEqual(await roles(page), ["u₁ −0.048 · u₂ 0.69", "u₁ −0.073 · u₂ 0.72", "u₁ 1 · u₂ 0.086"]);
  assert.ok(!(await page.locator("#theta").innerText()).includes("x axis"));
  await screenshot(page, "eigen-slice-overlays");

  // Back to the axes: every overlay available again, the roles are the axes.
  await page.getByRole("button", { name: "two axes" }).click();
  await page.waitForFunction(() => !document.querySelector('.overlay-toggle[data-overlay="crit"]').classList.contains("is-unavailable"));
  assert.equal(await page.locator(".overlay-unavailable-note").isVisible(), false);
  // The toggles follow the switch at once; θ′'s rows in the next frame.
  await page.waitForFunction(() => document.querySelector("#theta .theta-role")?.textContent === "x axis").catch(() => {});
  assert.deepEqual(await roles(page), ["x axis", "y axis", "fixed"]);
  assert.deepEqual(errors, []);
});

test("eigenvector slice: an eigenvalue under the zero rule prints as 0, and a flat direction is drawn in its own colour", async () => {
  // (1 − xyz)² at (1, 1, 1): the core's smallest eigenvalue is −4.4 × 10⁻¹⁶, which counts as 0.
  const { page, errors } = await h.open("#f=(1-x*y*z)^2&p=1,1,1&sl=eigen&ax=x,y");
  const slice = page.locator("#eigen-slice");
  await page.waitForFunction(() => document.querySelector("#eigen-slice").getAttribute("aria-label")?.includes("u₁"));
  const label = await slice.getAttribute("aria-label");
  assert.match(label, /u₁ \(λ = 0\):/);
  assert.doesNotMatch(label, /10⁻/);
  assert.match(await page.locator("#slice-direction option").first().innerText(), /^eigenvector 1 \(λ = 0\): flat$/);
  // The u₁ axis (across, through the centre) is the flat direction's lavender.
  const [left, top, width, height] = (await slice.getAttribute("data-plot")).split(",").map(Number);
  const colour = await page.evaluate(
    ([x, y]) => {
      const canvas = document.querySelector("#eigen-slice");
      const dpr = canvas.width / canvas.clientWidth;
      const row = canvas.getContext("2d").getImageData(Math.round(x * dpr), Math.round((y - 2) * dpr), Math.round(40 * dpr), Math.round(4 * dpr)).data;
      const found = [];
      for (let k = 0; k < row.length; k += 4) found.push([row[k], row[k + 1], row[k + 2]]);
      return found;
    },
    [left + width * 0.2, top + height / 2],
  );
  assert.ok(colour.some(([r, g, b]) => Math.abs(r - 0xd7) < 30 && Math.abs(g - 0xb6) < 30 && b > 225), "lavender dashes across, along u₁");
  assert.deepEqual(errors, []);
});
