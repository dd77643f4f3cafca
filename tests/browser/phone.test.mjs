// A phone (390 × 844): the plot stays in view while the student works the panels below, so
// the verdict, an optimizer's run and the quiz's feedback are seen together with the picture.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, watch, screenshot } from "./harness.mjs";

const h = useHarness();
const PHONE = { width: 390, height: 844 };

/** The element's box in the viewport: { top, bottom }. */
const boxOf = (page, selector) => page.locator(selector).evaluate((e) => ({ top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom }));

/** Whether the plot's canvas is wholly inside the viewport and `selector` is visible below it. */
async function seenTogether(page, selector) {
  const plot = await boxOf(page, "#surface");
  const other = await boxOf(page, selector);
  return {
    plotInView: plot.top >= 0 && plot.bottom <= PHONE.height,
    otherInView: other.top >= plot.bottom - 1 && other.top < PHONE.height,
    plot,
    other,
  };
}

test("phone: after a quiz answer, the picture (now with the level set and the critical points) and the feedback are on screen together", async () => {
  // Straight into quiz mode (the harness's open() waits for the explorer's verdict).
  const context = await h.browser.newContext({ viewport: PHONE, locale: "en-US" });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(`${h.url}#mode=quiz&level=1&seed=4`);
  await page.waitForFunction(() => document.querySelector("#quiz")?.dataset.state === "asking");
  await page.locator('.quiz-answer[data-answer="minimum"]').click();
  await page.waitForSelector("#quiz[data-state=right]");
  // The student scrolls on to read why.
  await page.locator(".quiz-reason").scrollIntoViewIfNeeded();
  const seen = await seenTogether(page, ".quiz-reason");
  assert.ok(seen.plotInView, `the plot is in view: ${JSON.stringify(seen.plot)}`);
  assert.ok(seen.otherInView, `the explanation is in view below it: ${JSON.stringify(seen.other)}`);
  assert.ok(await page.evaluate(() => window.scrollY) > 300, "the page did scroll");
  await screenshot(page, "phone-quiz-feedback");
  assert.deepEqual(errors, []);
});

test("phone: during an optimizer's run the plot and the run's status are on screen together; the verdict too", async () => {
  const { page, errors } = await h.open("", { viewport: PHONE });
  await page.locator("#verdict").scrollIntoViewIfNeeded();
  const verdict = await seenTogether(page, "#verdict .verdict-title");
  assert.ok(verdict.plotInView && verdict.otherInView, `verdict with the plot: ${JSON.stringify(verdict)}`);
  await page.locator(".optimizer-nudge").scrollIntoViewIfNeeded();
  await page.locator(".optimizer-nudge").click();
  // While it plays (300 steps at 60 a second), not only after.
  await page.waitForSelector(".optimizer-status[data-done=false]");
  const seen = await seenTogether(page, ".optimizer-status");
  assert.ok(seen.plotInView, `the plot is in view: ${JSON.stringify(seen.plot)}`);
  assert.ok(seen.otherInView, `the status is in view: ${JSON.stringify(seen.other)}`);
  await screenshot(page, "phone-optimizer-run");
  await page.waitForSelector(".optimizer-status[data-done=true]", { timeout: 15000 });
  assert.deepEqual(errors, []);
});

test("phone: a control focused with the keyboard lands below the plot, not under it", async () => {
  const { page, errors } = await h.open("", { viewport: PHONE });
  await page.locator(".optimizer-run").focus();
  const plot = await boxOf(page, "#surface");
  const run = await boxOf(page, ".optimizer-run");
  assert.ok(run.top >= plot.bottom, `the focused button (${run.top}) is below the plot (${plot.bottom})`);
  assert.deepEqual(errors, []);
});
