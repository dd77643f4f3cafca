// Accessibility: the keyboard reaches the surface and moves θ′; a polite live region speaks
// the verdict and the key numbers once θ′ rests (once, not every frame); the surface near θ′
// is described in words; "reduce motion" turns animations off; and an axe-core audit of the
// page in English and Chinese, explore and quiz, full and embedded, finds nothing serious.
import test from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { useHarness, hashParams, waitForHash, openEmbedDialog } from "./harness.mjs";
import { REST_MS } from "../../www/a11y/screen-reader.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * After the first announcement: one more rest of θ′ (REST_MS, and a margin) in which nothing
 * more may be announced. A check that something does NOT happen can only wait: the one fixed
 * wait of this file.
 */
function noSecondAnnouncement(page) {
  return page.waitForTimeout(REST_MS + 200);
}

const h = useHarness();

/** The live region's text, once it has settled (θ′ rests for 0.5 s before it speaks). */
const announced = (page) => page.locator("#announcer").textContent();

test("Tab reaches the surface, arrow keys move θ′, and the live region speaks once θ′ rests", async () => {
  const { page, errors } = await h.open("#p=0.5,0.5");
  // From the top of the page, Tab alone gets to the surface.
  let reached = false;
  for (let presses = 0; presses < 60 && !reached; presses++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.id === "surface");
  }
  assert.ok(reached, "the surface is in the tab order");
  // The first view is described but not announced: nothing has happened yet.
  await page.waitForFunction(() => document.querySelector("#surface-description").textContent !== "");
  assert.equal(await announced(page), "");

  // Count every change of the live region while the keys go down in quick succession.
  await page.evaluate(() => {
    window.__changes = 0;
    new MutationObserver(() => window.__changes++).observe(document.querySelector("#announcer"), { childList: true, characterData: true, subtree: true });
  });
  // Each step drawn (its URL written) before the next, all well within the rest of the one before.
  for (let k = 1; k <= 8; k++) {
    await page.keyboard.press("ArrowRight");
    await waitForHash(page, "p", `${Number((0.5 + 0.04 * k).toFixed(2))},0.5`);
  }
  await waitForHash(page, "p", "0.82,0.5");
  await page.waitForFunction(() => document.querySelector("#announcer").textContent !== "", null, { timeout: 3000 });
  await noSecondAnnouncement(page);
  assert.equal(await page.evaluate(() => window.__changes), 1, "one announcement for one rest, not one per step");
  assert.equal(await announced(page), "Not a critical point. θ′ = (0.82, 0.5). L = 0.3481, ‖g‖ = 1.133, eigenvalues 0.3674, 1.477.");
  // The description follows θ′ too.
  assert.match(await page.locator("#surface-description").textContent(), /^Near θ′ = \(0\.82, 0\.5\) the loss is 0\.3481\./);
  assert.equal(hashParams(page.url()).get("p"), "0.82,0.5");
  assert.deepEqual(errors, []);
});

test("moving θ′ changes no other visible live region: the announcer speaks alone, once", async () => {
  // Every overlay that writes text as θ′ moves is on (the probe's read-out, the slice panel).
  const { page, errors } = await h.open("#p=0.5,0.5&ov=crit,u,level,probe,taylor");
  await page.locator("#surface").focus();
  await page.evaluate(() => {
    window.__live = new Map();
    for (const region of document.querySelectorAll("[aria-live], [role=status], [role=alert]")) {
      const name = region.id || region.className;
      new MutationObserver(() => {
        // Only what a screen reader would hear: a region that is shown.
        if (region.offsetParent !== null || region.id === "announcer") window.__live.set(name, (window.__live.get(name) ?? 0) + 1);
      }).observe(region, { childList: true, characterData: true, subtree: true });
    }
  });
  for (let k = 0; k < 6; k++) await page.keyboard.press("ArrowUp");
  await waitForHash(page, "p", "0.5,0.74");
  await page.waitForFunction(() => document.querySelector("#announcer").textContent !== "", null, { timeout: 3000 });
  await noSecondAnnouncement(page);
  assert.deepEqual(await page.evaluate(() => Object.fromEntries(window.__live)), { announcer: 1 });
  assert.deepEqual(errors, []);
});

test("the description of the lecture's saddle reads like its level-set cross, in English and Chinese", async () => {
  const { page, errors } = await h.open("#lang=en");
  assert.deepEqual((await page.locator("#surface").getAttribute("aria-describedby")).split(" ").includes("surface-description"), true);
  await page.waitForFunction(() => document.querySelector("#surface-description").textContent !== "");
  assert.equal(
    await page.locator("#surface-description").textContent(),
    "Near θ′ = (0, 0) the loss is 1. One step towards +w₁+w₂, −w₁−w₂ it is lower (down to 0.9216). " +
      "Towards +w₁−w₂, −w₁+w₂ it is higher (up to 1.082). Towards +w₁, −w₁, +w₂, −w₂ it stays about the same. " +
      "A step is 0.2 in w₁ and 0.2 in w₂. Verdict: Saddle point.",
  );
  const zh = await h.open("#lang=zh&f=w1^2%2Bw2^2");
  await zh.page.waitForFunction(() => document.querySelector("#surface-description").textContent !== "");
  assert.equal(
    await zh.page.locator("#surface-description").textContent(),
    "在 θ′ = (0, 0) 附近，loss 是 0。往 +w₁、−w₁、+w₂、−w₂、+w₁+w₂、−w₁−w₂、+w₁−w₂、−w₁+w₂ 走一步，loss 变大（最高到 0.08）。" +
      "一步是 w₁ 方向 0.2、w₂ 方向 0.2。结论：局部最小值（local minima）。",
  );
  assert.deepEqual([...errors, ...zh.errors], []);
});

test("prefers-reduced-motion: CSS transitions off, the helper says so, the optimizer jumps to its end", async () => {
  const probe = async (page) =>
    page.evaluate(async () => {
      const button = document.querySelector("#zoom-in");
      button.style.transition = "opacity 2s";
      const { prefersReducedMotion } = await import("./a11y/reduced-motion.js");
      return { duration: getComputedStyle(button).transitionDuration, helper: prefersReducedMotion() };
    });
  // The button's label right after the click, in the same task: "Stop" while a run animates.
  const runState = (page) =>
    page.evaluate(() => {
      const button = document.querySelector(".optimizer-run");
      button.click();
      return button.textContent;
    });
  const reduced = await h.open("#p=1.5,-1", { reducedMotion: "reduce" });
  assert.deepEqual(await probe(reduced.page), { duration: "0s", helper: true });
  assert.equal(await runState(reduced.page), "Run", "the run ends at once: no Stop button to wait for");
  const moving = await h.open("#p=1.5,-1", { reducedMotion: "no-preference" });
  assert.deepEqual(await probe(moving.page), { duration: "2s", helper: false });
  assert.equal(await runState(moving.page), "Stop", "without the setting the run animates");
  assert.deepEqual([...reduced.errors, ...moving.errors], []);
});

test("colour is never the only signal: a graded quiz marks the right answer ✓ and the wrong one ✗", async () => {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(h.url + "#mode=quiz&level=1&seed=4");
  await page.waitForFunction(() => document.querySelector("#quiz")?.dataset.state === "asking", null, { timeout: 15000 });
  // Level 1, seed 4, question 1 is a local minimum; answer "local maximum".
  await page.getByRole("button", { name: "Local maximum" }).click();
  await page.waitForFunction(() => document.querySelector("#quiz").dataset.state === "wrong");
  const marks = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll(".quiz-answer")].map((b) => [b.textContent, getComputedStyle(b, "::before").content])),
  );
  assert.equal(marks["Local minimum"], '"✓ "');
  assert.equal(marks["Local maximum"], '"✗ "');
  assert.equal(marks["Saddle point"], "none");
  await context.close();
});

/** Runs axe-core in the page; returns the serious and critical violations, and how many rules passed. */
async function audit(page) {
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    const bad = result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
    const other = result.violations.map((v) => `${v.id} (${v.impact})`);
    return { bad, other, passes: result.passes.length };
  });
}

test("axe-core finds no serious or critical violation: en and zh, explore and quiz, embedded, dialog open, phone width", async () => {
  const cases = [
    { hash: "#lang=en" },
    { hash: "#lang=zh" },
    { hash: "#lang=en&mode=quiz" },
    { hash: "#lang=zh&mode=quiz" },
    { hash: "#lang=en&ov=crit,u,level,probe,taylor,err" },
    { hash: "#lang=zh&embed=1", viewport: { width: 390, height: 844 } },
    { hash: "#lang=en&embed=1" },
    { hash: "#lang=en", dialog: true },
  ];
  const report = [];
  for (const { hash, viewport, dialog } of cases) {
    const context = await h.browser.newContext({ viewport: viewport ?? { width: 1280, height: 800 }, locale: "en-US" });
    // An init script is not subject to the page's CSP (addScriptTag would be: no inline script).
    await context.addInitScript({ path: AXE });
    const page = await context.newPage();
    await page.goto(h.url + hash);
    await page.waitForSelector("body.ready", { timeout: 15000 });
    if (hash.includes("mode=quiz")) await page.waitForFunction(() => document.querySelector("#quiz").dataset.state === "asking");
    else await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind);
    if (dialog) {
      await openEmbedDialog(page);
    }
    const { bad, other, passes } = await audit(page);
    assert.ok(passes > 20, `axe ran its rules (${passes} passed)`);
    assert.deepEqual(bad, [], `${hash}${dialog ? " (dialog)" : ""}`);
    report.push(`${hash}${dialog ? " dialog" : ""}: ${other.length ? other.join(", ") : "clean"}`);
    await context.close();
  }
  // Minor and moderate findings are listed (not failed) for whoever reads the log.
  console.log(report.join("\n"));
});
