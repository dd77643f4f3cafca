// A core call that fails where it should not is a bug, and the page does not swallow it: it is
// logged as a console error (which fails any browser test, see harness.mjs) and shown to the
// reader as a notice, while the rest of the page goes on.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness } from "./harness.mjs";

const h = useHarness();

test("a failing core call: a console error and a notice; the explorer goes on", async () => {
  const { page, errors } = await h.open("");
  // Break one core call in the page, as a bug would: from now on the search for critical
  // points throws (the page's wasm module is the same instance, whatever imports it).
  await page.evaluate(async () => {
    const { Loss } = await import("./pkg/hessian_explorer.js");
    Loss.prototype.criticalPoints = () => {
      throw new Error("broken on purpose");
    };
  });
  await page.locator("#zoom-in").click(); // a new window: a new search
  await page.locator("#notices .notice").waitFor();
  assert.match(await page.locator("#notices").innerText(), /criticalPoints: broken on purpose/);
  assert.ok(errors.some((e) => /^console: criticalPoints:.*broken on purpose/.test(e)), errors.join("\n"));
  // The rest goes on: the surface and the verdict are still drawn.
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "saddle");
  assert.ok((await page.locator("#surface").getAttribute("data-window")).startsWith("-1.33333"));
  // Expected here; anywhere else the harness fails the test on it.
  errors.length = 0;
});
