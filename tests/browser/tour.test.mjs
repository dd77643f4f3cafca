// The guided tour (www/tour/): the lecture presented with a clicker's keys in both languages on
// a projector, a link that opens a step, a student who explores inside a step and resets it, a
// teacher's tour from a file, a refused tour, one step embedded in notes, the animations with
// and without reduced motion, the caption announced, "copy as tour step", and a phone.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useHarness, watch, ready, pixelOf, hashParams, waitForHash } from "./harness.mjs";
import { LECTURE_TOUR } from "../../www/tour/lecture.js";

const h = useHarness();

const PROJECTOR = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const CLIPBOARD = ["clipboard-read", "clipboard-write"];
const EXAMPLE = JSON.parse(fs.readFileSync(new URL("../../www/tour-example.json", import.meta.url), "utf8"));

/**
 * What the engine must find at each step of the lecture, written here from the lecture (not
 * read from the tour): the verdict, and the eigenvalues where the caption states them.
 */
const LECTURE = [
  { kind: "minimum" }, // a local minimum of the double well, the saddle beside it
  { kind: "saddle", eigenvalues: [-2, 2] }, // the world's worst network at the origin
  { kind: "not_critical" }, // Taylor around a θ′ where g ≠ 0
  { kind: "saddle", eigenvalues: [-2, 2] }, // g = 0
  { kind: "saddle" }, // the sign of vᵀHv
  { kind: "minimum", eigenvalues: [1, 3] }, // eigenvalues decide: a bowl
  { kind: "saddle", eigenvalues: [-2, 2] }, // the worked example
  { kind: "inconclusive", refined: "minimum", eigenvalues: [0, 4] }, // the valleys
  { kind: "saddle", eigenvalues: [-2, 2] }, // escaping along u
  { kind: "saddle", eigenvalues: [-2, 2, 2] }, // many parameters
];

/** Opens `hash` and waits until the tour shows a step. */
async function openTour(hash, options) {
  const opened = await h.open(hash, options);
  await opened.page.locator("#tour[data-state=step]").waitFor();
  return opened;
}

/** Waits for step `n` (from 1) of `steps` and for its key numbers to be drawn. */
async function stepShown(page, n, steps = LECTURE.length) {
  await page.locator(`.tour-counter[data-step="${n}"][data-steps="${steps}"]`).waitFor({ state: "attached" });
  await page.waitForFunction(() => document.querySelector(".tour-numbers")?.dataset.kind);
}

/** The key numbers' verdict and eigenvalues, as the page shows them. */
async function keyNumbers(page) {
  const numbers = page.locator(".tour-numbers");
  const eigenvalues = (await numbers.getAttribute("data-eigenvalues")).split(",").map(Number);
  return { kind: await numbers.getAttribute("data-kind"), refined: await numbers.getAttribute("data-refined"), eigenvalues };
}

/** Checks that step `n` of the lecture shows what the lecture says, in `lang`. */
async function checkLectureStep(page, n, lang) {
  await stepShown(page, n);
  const step = LECTURE_TOUR.steps[n - 1];
  const expected = LECTURE[n - 1];
  await page.waitForFunction((kind) => document.querySelector(".tour-numbers").dataset.kind === kind, expected.kind);
  assert.equal(await page.locator(".tour-counter [aria-hidden]").innerText(), `${n} / ${LECTURE.length}`);
  assert.equal(await page.locator(".tour-caption").innerText(), step.caption[lang], `step ${n} caption`);
  assert.equal(await page.locator(".tour-heading").innerText(), step.heading[lang]);
  const shown = await keyNumbers(page);
  assert.equal(shown.kind, expected.kind, `step ${n}`);
  if (expected.refined) assert.equal(shown.refined, expected.refined);
  if (expected.eigenvalues) {
    assert.equal(shown.eigenvalues.length, expected.eigenvalues.length);
    shown.eigenvalues.forEach((v, k) => assert.ok(Math.abs(v - expected.eigenvalues[k]) < 1e-9, `step ${n}: λ ${shown.eigenvalues}`));
  }
  await waitForHash(page, "step", String(n));
  assert.equal(hashParams(page.url()).get("tour"), "lecture");
}

test("the whole lecture presented with a clicker's keys, in both languages, on a 1280 × 800 projector", async () => {
  const keys = ["PageDown", " ", "ArrowRight"];
  for (const lang of ["en", "zh"]) {
    const { page, errors } = await openTour(`#tour=lecture&lang=${lang}&proj=1`, { viewport: PROJECTOR });
    for (let n = 1; n <= LECTURE.length; n++) {
      await checkLectureStep(page, n, lang);
      // The projector layout: the plot over 60 % of the width, the caption, the controls and
      // the key numbers beside it, all in view.
      const plot = await page.locator("#plot").boundingBox();
      assert.ok(plot.width >= 0.6 * PROJECTOR.width, `step ${n}: the plot is ${plot.width} px wide`);
      for (const selector of [".tour-caption", ".tour-next", ".tour-numbers"]) {
        const box = await page.locator(selector).boundingBox();
        assert.ok(box && box.y >= 0 && box.y + box.height <= PROJECTOR.height, `${lang} step ${n}: ${selector} ends at ${box && box.y + box.height}`);
      }
      assert.ok(!(await page.locator("body").innerText()).includes("⟦"), "no string is missing");
      const size = await page.locator(".tour-caption").evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
      assert.ok(size >= 20, `the caption is read from the back of the room (${size} px)`);
      if (n < LECTURE.length) await page.keyboard.press(keys[n % keys.length]);
    }
    // The last step: Next is off, and so is the key.
    assert.equal(await page.locator(".tour-next").isDisabled(), true);
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageUp");
    await stepShown(page, 9);
    await page.keyboard.press("ArrowLeft");
    await checkLectureStep(page, 8, lang);
    await page.keyboard.press("Home");
    await checkLectureStep(page, 1, lang);
    assert.equal(await page.locator(".tour-back").isDisabled(), true);
    await page.keyboard.press("End");
    await checkLectureStep(page, 10, lang);
    assert.deepEqual(errors, []);
  }
});

test("a link opens step 6; the student explores inside it (θ′ dragged, arrow keys on the plot) and goes on", async () => {
  const { page, errors } = await openTour("#tour=lecture&step=6&lang=en");
  await checkLectureStep(page, 6, "en");
  // Dragging θ′ off the bowl's minimum: the key numbers follow, the step stays.
  const from = await pixelOf(page, 0, 0);
  const to = await pixelOf(page, 0.8, 0.4);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector(".tour-numbers").dataset.kind === "not_critical");
  assert.equal(await page.locator(".tour-counter").getAttribute("data-step"), "6");
  // The plot has the keyboard: the arrows move θ′, not the tour; PageDown still steps.
  const before = await page.locator("#theta .theta-inputs input").first().inputValue();
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction((v) => document.querySelector("#theta .theta-inputs input").value !== v, before);
  assert.equal(await page.locator(".tour-counter").getAttribute("data-step"), "6");
  assert.equal(hashParams(page.url()).get("p"), undefined, "a tour's URL holds the tour and the step, not the explorer's view");
  await page.keyboard.press("PageDown");
  await checkLectureStep(page, 7, "en");
  await page.locator(".tour-next").click();
  await checkLectureStep(page, 8, "en");
  // A link to a step the tour does not have: the last one, and a notice that says so.
  const beyond = await openTour("#tour=lecture&step=99&lang=en");
  await checkLectureStep(beyond.page, 10, "en");
  assert.equal(await beyond.page.locator("#notices .notice").innerText(), "The tour has 10 steps, so step 99 cannot be shown; showing step 10.");
  assert.deepEqual([...errors, ...beyond.errors], []);
});

test("reset this step brings the step's view back after a drag and a zoom", async () => {
  const { page, errors } = await openTour("#tour=lecture&step=7&lang=en");
  await checkLectureStep(page, 7, "en");
  const shownWindow = await page.locator("#surface").getAttribute("data-window");
  const from = await pixelOf(page, 0, 0);
  const to = await pixelOf(page, -1, 1);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector(".tour-numbers").dataset.kind === "not_critical");
  await page.locator("#zoom-out").click();
  await page.waitForFunction((w) => document.querySelector("#surface").dataset.window !== w, shownWindow);
  await page.getByRole("button", { name: "⟲ Reset this step" }).click();
  await page.waitForFunction(() => document.querySelector(".tour-numbers").dataset.kind === "saddle");
  await page.waitForFunction((w) => document.querySelector("#surface").dataset.window === w, shownWindow);
  assert.deepEqual(await page.locator("#theta .theta-inputs input").evaluateAll((inputs) => inputs.map((i) => i.value)), ["0", "0"]);
  assert.equal(await page.locator(".tour-counter").getAttribute("data-step"), "7");
  assert.deepEqual(errors, []);
});

test("the plot is wider than tall: each step's window is widened to its shape, also when a 3-D step is turned to 2-D", async () => {
  const { page, errors } = await openTour("#tour=lecture&step=1&lang=en");
  await stepShown(page, 1);
  assert.equal(await page.locator("#view3d").isVisible(), true, "step 1 shows the error surface in 3-D");
  await page.locator("#view-switch button[data-view='2d']").click();
  await page.waitForFunction(() => document.querySelector("#surface").dataset.window !== "-2,2,-2,2");
  const unitsPerPixel = async () => {
    const [, , width, height] = (await page.locator("#surface").getAttribute("data-plot")).split(",").map(Number);
    const [x0, x1, y0, y1] = (await page.locator("#surface").getAttribute("data-window")).split(",").map(Number);
    return [(x1 - x0) / width, (y1 - y0) / height, y0, y1];
  };
  const [ux, uy, y0, y1] = await unitsPerPixel();
  assert.ok(Math.abs(ux / uy - 1) < 0.01, `one unit as long along both axes (${ux} vs ${uy})`);
  assert.deepEqual([y0, y1], [-2, 2], "the step's window stays in view");
  await page.keyboard.press("PageDown");
  await stepShown(page, 2);
  const [vx, vy] = await unitsPerPixel();
  assert.ok(Math.abs(vx / vy - 1) < 0.01);
  assert.deepEqual(errors, []);
});

test("a teacher's tour from a file next to the page plays, with its animation", async () => {
  const { page, errors } = await openTour("#tourUrl=tour-example.json&lang=zh");
  const steps = EXAMPLE.steps.length;
  await stepShown(page, 1, steps);
  assert.equal(await page.locator(".tour-title").innerText(), EXAMPLE.title.zh);
  assert.equal(await page.locator(".tour-caption").innerText(), EXAMPLE.steps[0].caption.zh);
  assert.equal((await keyNumbers(page)).kind, "minimum");
  await page.keyboard.press("PageDown");
  await stepShown(page, 2, steps);
  assert.equal(await page.locator(".tour-caption").innerText(), EXAMPLE.steps[1].caption.zh);
  // The probe turns: vᵀHv changes sign as v goes round.
  await page.waitForFunction(
    () => {
      const sign = document.querySelector(".tour-number-vhv [data-sign]")?.dataset.sign;
      (window.__signs ??= new Set()).add(sign);
      return window.__signs.has("up") && window.__signs.has("down");
    },
    null,
    { polling: "raf", timeout: 12000 },
  );
  await page.locator(".tour-next").click();
  await stepShown(page, 3, steps);
  const monkey = await keyNumbers(page);
  assert.deepEqual([monkey.kind, monkey.refined], ["inconclusive", "saddle"]);
  await waitForHash(page, "step", "3");
  assert.equal(hashParams(page.url()).get("tourUrl"), "tour-example.json");
  assert.deepEqual(errors, []);
});

test("an inline tour with a caption in one language: shown in the other with a notice", async () => {
  const tour = { steps: [{ caption: { en: "Only in English." }, view: "f=w1^2+w2^2&p=0,0" }] };
  const { page, errors } = await openTour(`#tour=${encodeURIComponent(JSON.stringify(tour))}&lang=zh`);
  await stepShown(page, 1, 1);
  assert.equal(await page.locator(".tour-caption").innerText(), "Only in English.");
  assert.equal(await page.locator(".tour-caption").getAttribute("lang"), "en");
  assert.equal(await page.locator(".tour-fallback").innerText(), "这一步没有中文说明，下面显示的是英文。");
  await page.locator("#lang-toggle").click();
  await page.locator(".tour-fallback").waitFor({ state: "hidden" });
  assert.equal(await page.locator(".tour-title").innerText(), "A tour");
  assert.deepEqual(errors, []);
});

test("a tour that does not parse is refused, naming the step and the problem (a formula's position) in both languages", async () => {
  const tour = {
    title: { en: "Broken", zh: "坏的" },
    steps: [
      { caption: { en: "Fine.", zh: "没问题。" }, view: "p=0,0" },
      { caption: { en: "Typo.", zh: "打错了。" }, view: "f=w1^^2+w2&p=0,0" },
    ],
  };
  const { page, errors } = await h.open(`#tour=${encodeURIComponent(JSON.stringify(tour))}&step=2&lang=en`);
  const error = page.locator(".tour-error");
  await error.waitFor();
  await waitForHash(page, "step", "2"); // the link stays as the teacher wrote it, to be fixed
  assert.equal(await error.getAttribute("role"), "alert");
  assert.match(await page.locator(".tour-error-text").innerText(), /^This tour cannot be played: step 2: the formula “w1\^\^2\+w2” has an error at characters 4–4: /);
  await page.locator("#lang-toggle").click();
  await page.locator(".tour-error-heading").getByText("这个导览无法播放").waitFor();
  assert.match(await page.locator(".tour-error-text").innerText(), /^这个导览无法播放：第 2 步：公式“w1\^\^2\+w2”在第 4–4 个字符有错误：/);
  assert.equal(await page.locator(".tour-card").isVisible(), false, "no step of a refused tour is shown");
  assert.ok(!(await page.locator("body").innerText()).includes("⟦"));
  // Out of it: the explorer, with its own URL.
  await page.getByRole("button", { name: "打开探索模式" }).click();
  await page.locator("#verdict").waitFor({ state: "visible" });
  await waitForHash(page, "tour", undefined);
  assert.deepEqual(errors, []);

  // A file that is not there: the request's 404 is expected, the message says so.
  const context = await h.browser.newContext({ viewport: PROJECTOR });
  const missing = await context.newPage();
  const missingErrors = watch(missing, { allow: /404|Failed to load resource/ });
  await missing.goto(h.url + "#tourUrl=no-such-tour.json&lang=en");
  await ready(missing);
  await missing.locator(".tour-error").waitFor();
  assert.match(await missing.locator(".tour-error-text").innerText(), /the file “no-such-tour.json” could not be loaded \(HTTP 404\)/);
  assert.ok(missingErrors.every((e) => /404|Failed to load resource/.test(e)));
  await context.close();
});

test("one step embedded in notes: its caption and what a reader needs, no presenter's chrome; the element takes tour and step", async () => {
  const { page, errors } = await openTour("#tour=lecture&step=3&embed=1&lang=en", { viewport: { width: 640, height: 900 } });
  await checkLectureStep(page, 3, "en");
  for (const selector of [".tour-back", ".tour-next", ".tour-counter", ".tour-leave", ".tour-keys", ".mode-tabs", "#projector-toggle"]) {
    assert.equal(await page.locator(selector).isVisible(), false, selector);
  }
  assert.equal(await page.locator(".tour-reset").isVisible(), true);
  const full = page.getByRole("link", { name: "Open the whole tour ↗" });
  const href = await full.getAttribute("href");
  assert.equal(hashParams(href).get("embed"), undefined);
  assert.equal(hashParams(href).get("step"), "3");
  await page.keyboard.press("PageDown");
  assert.equal(await page.locator(".tour-counter").getAttribute("data-step"), "3", "the reader's page scrolls; the step stays");

  // <hessian-explorer tour="lecture" step="4">, and a new step by its attribute.
  await page.goto(h.url + "examples/index.html");
  await page.waitForFunction(() => customElements.get("hessian-explorer"));
  await page.evaluate(() => {
    const widget = document.createElement("hessian-explorer");
    widget.id = "tour-step";
    for (const [name, value] of Object.entries({ tour: "lecture", step: "4", lang: "zh" })) widget.setAttribute(name, value);
    document.querySelector("#notes-en").append(widget);
  });
  await page.locator("#tour-step").scrollIntoViewIfNeeded();
  const frame = page.frameLocator("#tour-step iframe");
  await frame.locator('.tour-counter[data-step="4"]').waitFor({ state: "attached", timeout: 20000 });
  await frame.locator(".tour-caption").getByText(LECTURE_TOUR.steps[3].caption.zh).waitFor();
  assert.equal(await frame.locator(".tour-next").isVisible(), false);
  await page.evaluate(() => document.querySelector("#tour-step").setAttribute("step", "5"));
  await frame.locator(".tour-caption").getByText(LECTURE_TOUR.steps[4].caption.zh).waitFor();
  assert.deepEqual(errors, []);
});

test("reduced motion: the probe stays put and the runs are drawn whole; otherwise both move", async () => {
  const vhv = (page) => page.locator(".tour-number-vhv .tour-number-value").innerText();
  const frames = (page, n) => page.evaluate((n) => new Promise((done) => {
    const next = (k) => (k === 0 ? done() : requestAnimationFrame(() => next(k - 1)));
    next(n);
  }), n);

  const still = await openTour("#tour=lecture&step=5&lang=en", { reducedMotion: "reduce" });
  await stepShown(still.page, 5);
  const first = await vhv(still.page);
  await frames(still.page, 40); // a negative check: forty frames in which the probe must not turn
  assert.equal(await vhv(still.page), first);
  await still.page.keyboard.press("End");
  await stepShown(still.page, 10);
  await still.page.keyboard.press("PageUp");
  await stepShown(still.page, 9);
  // Both runs at once: gradient descent's whole crawl, then the walk along u.
  assert.equal(await still.page.locator(".tour-run").count(), 2);
  assert.match(await still.page.locator(".tour-run-gd").innerText(), /^gradient descent: \d+ steps$/);
  assert.match(await still.page.locator(".tour-run-escape").innerText(), /^along u: \d+ steps$/);
  assert.equal(await still.page.locator(".optimizer-status").getAttribute("data-done"), "true");

  const moving = await openTour("#tour=lecture&step=5&lang=en", { reducedMotion: "no-preference" });
  await stepShown(moving.page, 5);
  const start = await vhv(moving.page);
  await moving.page.waitForFunction((v) => document.querySelector(".tour-number-vhv .tour-number-value").innerText !== v, start);
  await moving.page.keyboard.press("PageDown");
  await stepShown(moving.page, 6);
  await moving.page.keyboard.press("ArrowRight");
  await moving.page.keyboard.press("ArrowRight");
  await moving.page.keyboard.press("ArrowRight");
  await stepShown(moving.page, 9);
  // Gradient descent plays first, alone; the walk along u follows and both stay.
  await moving.page.locator(".tour-run-gd").waitFor();
  await moving.page.locator(".tour-run-escape").waitFor({ timeout: 15000 });
  assert.equal(await moving.page.locator(".tour-run").count(), 2);
  assert.deepEqual([...still.errors, ...moving.errors], []);
});

test("the caption is announced once, politely, when the step changes; every control is reachable by keyboard", async () => {
  const { page, errors } = await openTour("#tour=lecture&lang=en");
  await stepShown(page, 1);
  const live = page.locator("#announcer");
  assert.equal(await live.getAttribute("aria-live"), "polite");
  const description = await page.locator("#surface-description").textContent();
  await page.keyboard.press("PageDown");
  await stepShown(page, 2);
  const step = LECTURE_TOUR.steps[1];
  const said = `Step 2 of 10. ${step.heading.en}. ${step.caption.en}`;
  assert.equal(await live.textContent(), said);
  // Once θ′ has rested the surface is described again, and the verdict is not spoken over the caption.
  await page.waitForFunction((d) => document.querySelector("#surface-description").textContent !== d, description);
  assert.equal(await live.textContent(), said);

  // Tab reaches Back, Next, reset and "explore freely", and Enter presses them.
  const reached = new Set();
  await page.locator("#tour-tab").focus();
  for (let k = 0; k < 40 && reached.size < 4; k++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => document.activeElement?.className ?? "");
    for (const control of ["tour-back", "tour-next", "tour-reset", "tour-leave"]) if (name.includes(control)) reached.add(control);
  }
  assert.deepEqual([...reached].sort(), ["tour-back", "tour-leave", "tour-next", "tour-reset"]);
  await page.locator(".tour-next").focus();
  await page.keyboard.press("Enter");
  await stepShown(page, 3);
  // Space on a focused button presses it (Back here), it does not also step forward.
  await page.locator(".tour-back").focus();
  await page.keyboard.press(" ");
  await stepShown(page, 2);
  assert.deepEqual(errors, []);
});

test("the Tour tab starts the lecture; Explore freely leaves it with the view; the Quiz tab leaves it too", async () => {
  const { page, errors } = await h.open("#lang=en");
  await page.getByRole("tab", { name: "Tour" }).click();
  await stepShown(page, 1);
  assert.equal(await page.locator("#tour-tab").getAttribute("aria-selected"), "true");
  assert.equal(await page.locator(".mode-tab[data-mode=explore]").getAttribute("aria-selected"), "false");
  await waitForHash(page, "tour", "lecture");
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await checkLectureStep(page, 3, "en");
  await page.getByRole("button", { name: "Explore freely" }).click();
  await page.locator("#formula").waitFor({ state: "visible" });
  await waitForHash(page, "tour", undefined);
  assert.equal(hashParams(page.url()).get("p"), "0.5,-0.5", "the step's view, in the explorer's URL");
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "not_critical");
  assert.equal(await page.locator(".mode-tab[data-mode=explore]").getAttribute("aria-selected"), "true");
  await page.getByRole("tab", { name: "Tour" }).click();
  await stepShown(page, 1);
  await page.locator(".mode-tab[data-mode=quiz]").click();
  await page.waitForFunction(() => document.querySelector("#quiz").dataset.state === "asking");
  assert.equal(await page.locator("#tour").isVisible(), false);
  await waitForHash(page, "tour", undefined);
  assert.deepEqual(errors, []);
});

test("copy as tour step: the JSON line of this view, which plays as a step once captioned; without a clipboard, a dialog", async () => {
  const { page, errors } = await h.open("#f=w1^2-w2^2&p=0.5,0&ov=crit,probe&lang=en", { permissions: CLIPBOARD });
  await page.getByRole("button", { name: "Copy as tour step" }).click();
  await page.locator("#share-status").getByText("Tour step copied", { exact: false }).waitFor();
  const step = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual(step, { caption: { en: "", zh: "" }, view: "f=w1^2-w2^2&p=0.5,0&ov=crit,probe" });
  step.caption.en = "Half a unit from the saddle.";
  const other = await openTour(`#tour=${encodeURIComponent(JSON.stringify({ steps: [step] }))}&lang=en`);
  await stepShown(other.page, 1, 1);
  assert.equal((await keyNumbers(other.page)).kind, "not_critical");
  assert.equal(await other.page.locator("#verdict").getAttribute("data-kind"), await page.locator("#verdict").getAttribute("data-kind"));

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
  });
  await page.getByRole("button", { name: "Copy as tour step" }).click();
  const field = page.locator("#tour-step-line");
  await field.waitFor();
  const value = await field.inputValue();
  assert.deepEqual(JSON.parse(value).view, "f=w1^2-w2^2&p=0.5,0&ov=crit,probe");
  assert.deepEqual(await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart, document.activeElement.selectionEnd]), ["tour-step-line", 0, value.length]);
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("#tour-step-dialog"));
  assert.deepEqual([...errors, ...other.errors], []);
});

test("a phone, 390 px: every step without sideways scroll, Back and Next always at hand, the caption under the plot", async () => {
  const { page, errors } = await openTour("#tour=lecture&lang=zh", { viewport: PHONE });
  for (let n = 1; n <= LECTURE.length; n++) {
    await checkLectureStep(page, n, "zh");
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement.scrollWidth, window.innerWidth]);
    assert.ok(scrollWidth <= innerWidth, `step ${n}: scrollWidth ${scrollWidth}`);
    const next = await page.locator(".tour-next").boundingBox();
    assert.ok(next.y + next.height <= PHONE.height && next.y >= 0, `step ${n}: Next at ${next.y}`);
    const [plot, caption] = await Promise.all([page.locator("#plot").boundingBox(), page.locator(".tour-caption").boundingBox()]);
    assert.ok(caption.y > plot.y + plot.height, "the caption follows the plot");
    if (n < LECTURE.length) await page.locator(".tour-next").click();
  }
  assert.deepEqual(errors, []);
});
