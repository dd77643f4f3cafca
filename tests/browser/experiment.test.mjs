// The experiment (mode=experiment): a study from one link, run in a Web Worker, the same runs
// for the same link, progress, partial results and cancel, a run opened in the explorer on its
// critical point, a page that answers clicks and drags while a study runs, both languages.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, watch, ready, hashParams, waitForHash, screenshot, pixelOf } from "./harness.mjs";

const h = useHarness();

/** A quick study: 2–4–1 tanh on XOR's four corners, Newton's method (a few ms a run; most runs end at saddle points). */
const QUICK = "#mode=experiment&net=in:x1,x2;out:y;h:4;act:tanh;loss:se;bias:1;data:xor,1,4,0&study=runs:10;seed:1;method:newton;steps:5000";
/** A slow study: 1–10–1 tanh regression trained by Adam (tens of ms a run: seconds in all). */
const SLOW = "#mode=experiment&net=in:x;out:y;h:10;act:tanh;loss:se;bias:1;data:regression,1,20,0.1&study=runs:80;seed:1;method:adam;steps:5000";
/** A click or a drag must be answered, its frame drawn, within this while a study runs (the bound). */
const RESPONSE_MS = 50;

/** Opens the page at `hash` in a fresh context, once the core is loaded (the explorer's verdict is not drawn in experiment mode). */
async function open(hash, { viewport = { width: 1280, height: 800 }, locale = "en-US" } = {}) {
  const context = await h.browser.newContext({ viewport, locale });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(h.url + hash);
  await page.waitForSelector("body.ready", { timeout: 15000 });
  return { page, errors, context };
}

/** Waits until the experiment's status is `status` ("done", "running", "cancelled", …). */
function status(page, value, timeout = 60000) {
  return page.waitForFunction((v) => document.querySelector("#experiment").dataset.status === v, value, { timeout });
}

const rows = (page) => page.locator(".run-table tbody tr");

test("a small study from one link: runs by itself in a Web Worker, every run a row, the same for the same link", async () => {
  const first = await open(QUICK);
  await status(first.page, "done");
  assert.equal(await first.page.locator("#experiment").getAttribute("data-runner"), "worker");
  assert.equal(await rows(first.page).count(), 10);
  assert.match(await first.page.locator(".exp-status").innerText(), /Finished: 10 runs in [\d.]+ s, in a Web Worker/);
  assert.equal(await first.page.locator(".exp-progress").evaluate((p) => [p.value, p.max].join("/")), "10/10");
  // The counts add up to the runs, and the honest sentence counts the runs short of a critical point.
  const counts = await first.page.locator(".outcome-legend .outcome-count").allInnerTexts();
  assert.equal(counts.map(Number).reduce((a, b) => a + b, 0), 10);
  const notCritical = await first.page.locator('.run-table tbody tr[data-outcome="not_critical"]').count();
  const sentences = await first.page.locator(".exp-sentences").innerText();
  assert.match(sentences, new RegExp(`${10 - notCritical} of 10 runs reached a critical point`));
  if (notCritical > 0) assert.match(sentences, new RegExp(`${notCritical} of 10 runs did not reach a critical point`));
  // Every plot has a caption that starts with what the lecture (or the paper) concludes.
  for (const figure of ["scatter", "spectrum", "index"]) {
    const caption = await first.page.locator(`.exp-figure-${figure} .exp-caption`).innerText();
    assert.ok(caption.length > 80, `${figure}: ${caption}`);
  }
  const table = await first.page.locator(".run-table tbody").innerText();
  // The same link in a new context: the same table, and the same end point to the last digit.
  const second = await open(QUICK);
  await status(second.page, "done");
  assert.equal(await second.page.locator(".run-table tbody").innerText(), table);
  const pointOf = async (page) => {
    await page.locator('.run-table tbody tr[data-run="3"] button[data-action="open"]').click();
    await page.waitForFunction(() => !document.body.classList.contains("mode-experiment"));
    await ready(page);
    return hashParams(page.url()).get("p");
  };
  assert.equal(await pointOf(second.page), await pointOf(first.page));
  assert.deepEqual([...first.errors, ...second.errors], []);
  await first.context.close();
  await second.context.close();
});

test("progress and partial results as runs arrive; cancel stops at once and keeps what finished", async () => {
  const { page, errors, context } = await open(SLOW);
  // Partial results: some rows, a progress bar part way, markers on the scatter, while it runs.
  await page.waitForFunction(() => Number(document.querySelector("#experiment").dataset.done) >= 3, null, { timeout: 30000 });
  assert.equal(await page.locator("#experiment").getAttribute("data-status"), "running");
  const partial = await rows(page).count();
  assert.ok(partial >= 3 && partial < 80, `${partial} rows while running`);
  assert.match(await page.locator(".exp-status").innerText(), /\d+ of 80 runs · [\d.]+ s/);
  const value = await page.locator(".exp-progress").evaluate((p) => p.value);
  assert.ok(value >= 3 && value < 80, `progress ${value}`);
  assert.ok(await page.locator(".exp-cancel").isEnabled());
  assert.ok(!(await page.locator(".exp-run").isEnabled()), "no second study while one runs");
  await page.locator(".exp-cancel").click();
  await status(page, "cancelled");
  // The status counts the runs that arrived; the table shows them in the next frame.
  const said = /Cancelled after (\d+) of 80 runs/.exec(await page.locator(".exp-status").innerText());
  assert.ok(said, "the status says how many runs finished");
  const kept = Number(said[1]);
  await page.waitForFunction((n) => document.querySelectorAll(".run-table tbody tr").length === n, kept);
  // Nothing arrives after the cancel: the worker is gone. (A negative check: it waits a while
  // on purpose, the time of several runs, for a row that must not come.)
  await page.waitForTimeout(600);
  assert.equal(await rows(page).count(), kept);
  // Run again: a fresh study from run 0.
  await page.locator(".exp-run").click();
  await status(page, "running");
  await page.waitForFunction(() => document.querySelector(".run-table tbody tr[data-run='0']"));
  await page.locator(".exp-cancel").click();
  await status(page, "cancelled");
  assert.deepEqual(errors, []);
  await context.close();
});

test("changing a setting drops the results; Run starts the new study; the settings are in the URL", async () => {
  const { page, errors, context } = await open(QUICK);
  await status(page, "done");
  await page.locator("#exp-runs").fill("4");
  await status(page, "idle");
  assert.equal(await rows(page).count(), 0, "the old runs are not shown for new settings");
  await waitForHash(page, "study", "runs:4;seed:1;method:newton;steps:5000");
  await page.locator("#exp-method").selectOption("gd");
  await waitForHash(page, "study", "runs:4;seed:1;method:gd;steps:5000");
  assert.match(await page.locator(".exp-method-hint").innerText(), /gradient descent/);
  await page.locator(".exp-run").click();
  await status(page, "done");
  assert.equal(await rows(page).count(), 4);
  // A bad number: marked, explained, nothing run.
  await page.locator("#exp-runs").fill("0");
  assert.equal(await page.locator("#exp-runs").getAttribute("aria-invalid"), "true");
  assert.ok(!(await page.locator(".exp-run").isEnabled()));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a run opens in the explorer on its critical point, sliced along its extreme eigenvectors, with u and “Escape along u”", async () => {
  const { page, errors, context } = await open(QUICK);
  await status(page, "done");
  const saddle = page.locator('.run-table tbody tr[data-outcome="saddle"]').first();
  const index = await saddle.getAttribute("data-run");
  // Selecting it shows its spectrum; the URL remembers which run is shown.
  await saddle.locator(".run-select").click();
  await waitForHash(page, "run", index === "0" ? undefined : index);
  assert.match(await page.locator(".exp-figure-spectrum .exp-caption").innerText(), new RegExp(`Run ${index}: 17 eigenvalues`));
  await page.locator(".exp-open-run").click();
  await ready(page);
  await waitForHash(page, "sl", "eigen");
  const hash = hashParams(page.url());
  assert.equal(hash.get("mode"), undefined, "explore mode");
  assert.equal(hash.get("net"), "in:x1,x2;out:y;h:4;act:tanh;loss:se;bias:1;data:xor,1,4,0");
  assert.ok((hash.get("ov") ?? "level,crit,u").split(",").includes("u"), "u is on (the default overlays have it)");
  assert.equal(hash.get("p").split(",").length, 17);
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "saddle");
  assert.ok(await page.locator("#eigen-slice").isVisible(), "the eigenvector slice is drawn");
  const lambdas = (await page.locator("#eigen-slice").getAttribute("data-lambdas")).split(",").map(Number);
  assert.ok(lambdas[0] < 0 && lambdas[1] > 0, `u₁ goes down, u₂ up: ${lambdas}`);
  const escape = page.locator(".optimizer-escape");
  assert.ok(await escape.isEnabled());
  await escape.click();
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "not_critical");
  assert.match(await page.locator(".optimizer-escape-result").innerText(), /\d/, "the loss it fell to");
  assert.deepEqual(errors, []);
  await context.close();
});

test(`the page answers within ${RESPONSE_MS} ms while a study runs: clicks on the experiment, a drag on the explorer`, async () => {
  const { page, errors, context } = await open(SLOW);
  await page.waitForFunction(() => Number(document.querySelector("#experiment").dataset.done) >= 1, null, { timeout: 30000 });
  // Each answer, timed twice. The page's work: its handlers (from the first listener, capturing
  // on window, to the last, bubbling on window) plus the frame that shows the effect (from the
  // frame's start to a frame callback asked for after the page's own). And the wall time from
  // the input event to that moment, which adds the waits for the thread and for the next frame.
  // On a 2-core machine shared by many processes the operating system alone stops the page's
  // thread for a tenth of a second now and then, with or without a study (the notes of issue 15
  // measure both), so three answers in four are held to the bound, and every one is printed.
  await page.evaluate(() => {
    window.__answers = [];
    const timed = (event) => event.type === "click" || event.buttons !== 0;
    for (const type of ["click", "pointermove"]) {
      window.addEventListener(type, (event) => timed(event) && (event.handlersStart = performance.now()), { capture: true });
      window.addEventListener(type, (event) => {
        if (!timed(event)) return;
        const handlers = performance.now() - event.handlersStart;
        requestAnimationFrame((frameStart) => {
          const now = performance.now();
          window.__answers.push({ type, work: handlers + (now - frameStart), wall: now - event.timeStamp });
        });
      });
    }
  });
  const clickAt = async (selector) => {
    const box = await page.locator(selector).boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  for (let k = 0; k < 3; k++) {
    await clickAt('.exp-ratio-switch [data-ratio="nonzero"]'); // the scatter redrawn on the other ratio
    await clickAt('.exp-ratio-switch [data-ratio="all"]');
  }
  await clickAt(".run-table tbody tr:first-child .run-select"); // a run selected: every plot redrawn
  assert.equal(await page.locator("#experiment").getAttribute("data-status"), "running", "the study ran all along");
  // The explorer while the study goes on in the background: drag θ′ on the lecture's loss (its
  // saddle at the origin). Showing the explorer and its formula are one-offs: not timed. (The
  // explorer's own frame for a network costs more, study or not: see the notes of issue 15.)
  await page.locator(".mode-tab[data-mode=explore]").click();
  await ready(page);
  await page.locator('#loss-source [data-source="formula"]').click();
  await page.locator("#verdict[data-kind=saddle]").waitFor();
  await page.evaluate(() => (window.__answers = window.__answers.slice(0, 7))); // the seven clicks above
  const { x: cx, y: cy } = await pixelOf(page, 0, 0);
  const before = hashParams(page.url());
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(cx + 8 * k, cy - 5 * k);
  await page.mouse.up();
  await page.waitForURL((url) => hashParams(url.href).get("p") !== before.get("p"));
  assert.equal(hashParams(page.url()).get("win"), before.get("win"), "θ′ was dragged, the view did not pan");
  await page.waitForFunction(() => window.__answers.filter((a) => a.type === "pointermove").length >= 5);
  const answers = await page.evaluate(() => window.__answers);
  assert.ok(Number(await page.locator("#experiment").getAttribute("data-done")) < 80, "measured while the study was still running");
  const clicks = answers.filter((a) => a.type === "click");
  const drags = answers.filter((a) => a.type === "pointermove");
  assert.ok(clicks.length >= 7, `${clicks.length} clicks timed`); // the seven, and the drag's own click on release
  const list = (xs, key) => xs.map((a) => a[key].toFixed(0)).join(" ");
  console.log(`# while a study runs, ms: clicks' work ${list(clicks, "work")} (wall ${list(clicks, "wall")}); drag frames' work ${list(drags, "work")} (wall ${list(drags, "wall")})`);
  for (const key of ["work", "wall"]) {
    const sorted = answers.map((a) => a[key]).sort((a, b) => a - b);
    const threeInFour = sorted[Math.floor(0.75 * (sorted.length - 1))];
    assert.ok(threeInFour <= RESPONSE_MS, `${key}: a quarter of the answers took more than ${threeInFour.toFixed(1)} ms`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("both languages: every label, caption and explanation, and a study that goes on across a switch", async () => {
  for (const [lang, viewport] of [
    ["en", { width: 1280, height: 800 }],
    ["zh", { width: 1280, height: 800 }],
    ["en", { width: 390, height: 844 }],
    ["zh", { width: 390, height: 844 }],
  ]) {
    const { page, errors, context } = await open(`${QUICK}&lang=${lang}`, { viewport });
    await status(page, "done");
    const text = await page.locator("#experiment").innerText();
    assert.doesNotMatch(text, /⟦/, "no missing string");
    if (lang === "zh") {
      assert.match(text, /最小值比例（minimum ratio）实验/);
      assert.match(text, /驻点/);
      assert.match(await page.locator(".exp-figure-scatter .exp-caption").innerText(), /课程的结论/);
      assert.doesNotMatch(await page.locator(".exp-figure-scatter figcaption").innerText(), /The lecture/);
    } else {
      assert.match(text, /The minimum-ratio experiment/);
    }
    // No part wider than the screen but the table, which scrolls in its own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow} px wider than the window`);
    await screenshot(page, `experiment-${lang}-${viewport.width}`, { fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
  // The language switched while a study runs: it goes on, its words follow.
  const { page, errors, context } = await open(SLOW);
  await page.waitForFunction(() => Number(document.querySelector("#experiment").dataset.done) >= 1, null, { timeout: 30000 });
  await page.locator("#lang-toggle").click();
  await page.locator(".exp-status").getByText(/已完成 \d+ \/ 80 次/).waitFor();
  assert.equal(await page.locator("#experiment").getAttribute("data-status"), "running");
  await page.locator(".exp-cancel").click();
  await status(page, "cancelled");
  assert.match(await page.locator(".exp-status").innerText(), /取消/);
  assert.deepEqual(errors, []);
  await context.close();
});
