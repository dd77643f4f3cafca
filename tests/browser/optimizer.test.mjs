// Optimizers from θ′ on the lecture's loss: gradient descent started next to the saddle crawls
// (the loss stays at 1 for dozens of steps) and then falls into a valley; the path is drawn and
// animated (at once under prefers-reduced-motion); the step size matters; Newton's method goes
// TO the saddle (it is attracted by any critical point); "escape along u" walks out of the
// saddle with the loss falling from the first step.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, canvasPixels, screenshot } from "./harness.mjs";
import { STRINGS } from "../../www/i18n/i18n.js";

const h = useHarness();

const NEAR_SADDLE = "#p=0.001,0.0005";

async function run(page, method = "gd") {
  await page.locator(".optimizer-method").selectOption(method);
  await page.locator(".optimizer-run").click();
  const status = page.locator(".optimizer-status");
  const atOnce = (await status.getAttribute("data-done")) === "true";
  await page.waitForSelector(".optimizer-status[data-done=true]", { timeout: 15000 });
  return {
    atOnce,
    values: (await page.locator(".optimizer-chart").getAttribute("data-values")).split(",").map(Number),
    end: (await status.getAttribute("data-end")).split(",").map(Number),
    steps: Number(await status.getAttribute("data-steps")),
    text: await status.innerText(),
  };
}

test("gradient descent from next to the saddle crawls, then falls into a valley; the path is drawn", async () => {
  const { page, errors } = await h.open(NEAR_SADDLE);
  await page.emulateMedia({ reducedMotion: "reduce" });
  const before = await canvasPixels(page);
  const { values, end, steps, text, atOnce } = await run(page, "gd");
  assert.ok(atOnce, "prefers-reduced-motion: the whole path at once, no animation");
  assert.ok(await page.locator(".optimizer-chart").isVisible(), "the loss chart is shown");
  assert.equal(values.length, steps + 1);
  // The loss never rises and ends at the valley's 0 …
  for (let k = 1; k < values.length; k++) assert.ok(values[k] <= values[k - 1] + 1e-12, `step ${k}: ${values[k - 1]} → ${values[k]}`);
  assert.ok(values[values.length - 1] < 1e-6, `ends at 0: ${values.at(-1)}`);
  assert.ok(Math.abs(end[0] * end[1] - 1) < 1e-3, `in the valley w₁w₂ = 1: ${end}`);
  // … but first it crawls: twenty steps later the loss has hardly moved from the saddle's 1.
  assert.ok(values.slice(0, 20).every((v) => v > 0.99), `crawling: ${values.slice(0, 20)}`);
  assert.match(text, /crawled where the gradient is small/);
  assert.ok(text.includes(STRINGS.en.optimizerStop_converged));
  // The path is on the surface.
  assert.notEqual(await canvasPixels(page), before, "the path is drawn");
  await page.locator("#optimizer").scrollIntoViewIfNeeded();
  await screenshot(page, "optimizer-gd", { fullPage: true });
  assert.deepEqual(errors, []);
});

test("the run is animated step by step, and a larger step size takes fewer steps", async () => {
  const { page, errors } = await h.open(NEAR_SADDLE);
  // η = 0.02: all 300 steps, five seconds of animation (time to look, even on a busy machine).
  await page.locator(".optimizer-rate").fill("0.02");
  await page.locator(".optimizer-run").click();
  // Mid-run: the button offers Stop, and the status counts steps.
  assert.equal(await page.locator(".optimizer-run").innerText(), STRINGS.en.optimizerStop);
  await page.waitForFunction(() => document.querySelector(".optimizer-status").dataset.done, null, { timeout: 15000 });
  const status = page.locator(".optimizer-status");
  assert.equal(await status.getAttribute("data-done"), "false", `mid-run: ${await status.innerText()}`);
  const early = Number(await status.getAttribute("data-steps"));
  await page.waitForSelector(".optimizer-status[data-done=true]", { timeout: 30000 });
  const total = Number(await page.locator(".optimizer-status").getAttribute("data-steps"));
  assert.ok(early < total, `animated: ${early} then ${total}`);
  assert.equal(await page.locator(".optimizer-run").innerText(), STRINGS.en.optimizerRun);
  // η = 0.3 instead of 0.02: the valley in fewer steps.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.locator(".optimizer-rate").fill("0.3");
  assert.ok(Math.abs(10 ** Number(await page.locator(".optimizer-rate-slider").inputValue()) - 0.3) < 0.01, "the slider follows the box");
  const fast = await run(page, "gd");
  assert.ok(fast.steps < total, `η = 0.3: ${fast.steps} steps, η = 0.02: ${total}`);
  assert.ok(fast.values.at(-1) < 1e-6, `η = 0.3 reaches the valley: ${fast.values.at(-1)}`);
  // Momentum gets there too.
  const momentum = await run(page, "momentum");
  assert.ok(momentum.values.at(-1) < 0.01 && momentum.values.at(-1) < momentum.values[0], `momentum: ${momentum.values.at(-1)}`);
  assert.deepEqual(errors, []);
});

test("Newton's method from next to the saddle goes TO the saddle: it is attracted by any critical point", async () => {
  const { page, errors } = await h.open(NEAR_SADDLE);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.locator(".optimizer-method").selectOption("newton");
  assert.ok(await page.locator(".optimizer-rate").isDisabled(), "Newton's method has no step size");
  const { values, end, text } = await run(page, "newton");
  assert.ok(Math.hypot(...end) < 1e-6, `ends at the saddle (0, 0), a thousand times nearer than it started: ${end}`);
  assert.ok(Math.abs(values.at(-1) - 1) < 1e-9, `where L = 1, not lower: ${values}`);
  assert.ok(text.includes(STRINGS.en.optimizerStop_converged));
  assert.deepEqual(errors, []);
});

for (const lang of ["en", "zh"]) {
  test(`escape along u: out of the saddle along the eigenvector of λ = −2, the loss falls at once (${lang})`, async () => {
    const { page, errors } = await h.open(`#lang=${lang}`);
    await page.emulateMedia({ reducedMotion: "reduce" });
    const escape = page.locator(".optimizer-escape");
    assert.equal(await escape.innerText(), STRINGS[lang].optimizerEscape);
    assert.ok(await escape.isEnabled(), "at the saddle the escape is offered");
    await escape.click();
    await page.waitForSelector(".optimizer-status[data-done=true]");
    // θ′ is no longer at a critical point (the panel shows it in the next frame) …
    await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "not_critical");
    // … it moved along u = ±(1, 1)/√2 …
    const [w1, w2] = await page.locator("#theta input.theta-input").evaluateAll((inputs) => inputs.map((i) => Number(i.value)));
    assert.ok(Math.abs(w1 - w2) < 1e-9 && Math.abs(w1) > 0.5, `along (1, 1): ${w1}, ${w2}`);
    // … the loss fell at every step, below the saddle's 1 …
    const note = page.locator(".optimizer-escape-result");
    assert.ok(Number(await note.getAttribute("data-after")) < Number(await note.getAttribute("data-before")));
    const values = (await page.locator(".optimizer-chart").getAttribute("data-values")).split(",").map(Number);
    assert.equal(values[0], 1);
    assert.ok(values.length > 5);
    for (let k = 1; k < values.length; k++) assert.ok(values[k] < values[k - 1], `step ${k}: ${values[k - 1]} → ${values[k]}`);
    assert.ok(values.at(-1) < 0.01, `down to the valley: ${values.at(-1)}`);
    // … and there is nothing left to escape from.
    assert.ok(await escape.isDisabled());
    await page.locator("#optimizer").scrollIntoViewIfNeeded();
    await screenshot(page, `optimizer-escape-${lang}`);
    assert.deepEqual(errors, []);
  });
}

test("one click for the lecture's demonstration: gradient descent from next to the saddle crawls (zh)", async () => {
  const { page, errors } = await h.open("#lang=zh");
  await page.emulateMedia({ reducedMotion: "reduce" });
  const nudge = page.locator(".optimizer-nudge");
  assert.equal(await nudge.innerText(), STRINGS.zh.optimizerNudge);
  await nudge.click();
  await page.waitForSelector(".optimizer-status[data-done=true]");
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "not_critical");
  const theta = await page.locator("#theta input.theta-input").evaluateAll((inputs) => inputs.map((i) => Number(i.value)));
  assert.deepEqual(theta, [0.001, 0.0005], "θ′ a hair off the saddle");
  assert.equal(await page.locator(".optimizer-method").inputValue(), "gd");
  const values = (await page.locator(".optimizer-chart").getAttribute("data-values")).split(",").map(Number);
  assert.ok(values.slice(0, 20).every((v) => v > 0.99) && values.at(-1) < 1e-6, `crawls, then falls: ${values.slice(0, 5)} … ${values.at(-1)}`);
  assert.match(await page.locator(".optimizer-status").innerText(), /训练走得很慢/);
  // Off the saddle the button is gone (there is no saddle to start next to).
  assert.equal(await nudge.isVisible(), false);
  assert.deepEqual(errors, []);
});
