// The map of critical points: every critical point in the window marked by kind (shape and
// colour), a legend that names and counts the kinds present, one marker per point even where
// the search finds a degenerate point many times over, and a click on a marker puts θ′ on it.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, pixelOf, waitForHash, screenshot } from "./harness.mjs";
import { STRINGS } from "../../www/i18n/i18n.js";
import { KIND_FILL } from "../../www/canvas/theme.js";

const h = useHarness();

/** The legend as [{ kind, count, text }]. */
async function legend(page) {
  await page.waitForFunction(() => document.querySelector("#critical-legend li"), null, { timeout: 5000 });
  return page.locator("#critical-legend li").evaluateAll((items) =>
    items.map((li) => ({ kind: li.dataset.kind, count: Number(li.dataset.count), text: li.textContent, icon: li.querySelector("svg > *:last-child").tagName })),
  );
}

/** The surface canvas's colour at a page pixel. */
async function surfaceColour(page, { x, y }) {
  return page.evaluate(
    ([x, y]) =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const canvas = document.querySelector("#surface");
          const box = canvas.getBoundingClientRect();
          const dpr = canvas.width / box.width;
          const data = canvas.getContext("2d").getImageData(Math.round((x - box.left) * dpr), Math.round((y - box.top) * dpr), 1, 1).data;
          resolve(Array.from(data.slice(0, 3)));
        }),
      ),
    [x, y],
  );
}

const hex = (h) => [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16));
const near = (a, b, tol = 12) => a.every((v, k) => Math.abs(v - b[k]) <= tol);

// Himmelblau's four minima, one maximum and four saddles (the core's points, rounded).
const HIMMELBLAU = {
  minimum: [
    [3, 2],
    [3.584, -1.848],
    [-3.779, -3.283],
    [-2.805, 3.131],
  ],
  maximum: [[-0.271, -0.923]],
  saddle: [
    [3.385, 0.074],
    [0.087, 2.884],
    [-3.073, -0.081],
    [-0.128, -1.954],
  ],
};

for (const lang of ["en", "zh"]) {
  test(`Himmelblau: the legend counts 4 minima, 1 maximum, 4 saddles, each marker in its shape and colour (${lang})`, async () => {
    const { page, errors } = await h.open(lang === "zh" ? "#lang=zh" : "");
    await page.locator("#preset-select").selectOption("himmelblau");
    await page.waitForFunction(() => document.querySelector("#critical-legend li[data-kind=maximum]"));
    const s = STRINGS[lang];
    const items = await legend(page);
    assert.deepEqual(
      items.map(({ kind, count, text, icon }) => ({ kind, count, text, icon })),
      [
        { kind: "minimum", count: 4, text: s.criticalMap_minimum_many.replace("{n}", "4"), icon: "circle" },
        { kind: "maximum", count: 1, text: s.criticalMap_maximum_one.replace("{n}", "1"), icon: "path" },
        { kind: "saddle", count: 4, text: s.criticalMap_saddle_many.replace("{n}", "4"), icon: "path" },
      ],
    );
    assert.equal(await page.locator("#critical-legend .critical-legend-title").innerText(), s.criticalMapTitle);
    // The legend's icons have the markers' fills: cyan minima, pink maximum, white saddles.
    const fills = await page.locator("#critical-legend li svg > *:last-child").evaluateAll((shapes) => shapes.map((n) => n.getAttribute("fill")));
    assert.deepEqual(fills, [KIND_FILL.minimum, KIND_FILL.maximum, KIND_FILL.saddle]);
    // On the surface, the centre of each marker (θ′ aside) has its kind's colour.
    for (const [kind, points] of Object.entries(HIMMELBLAU)) {
      for (const [x, y] of points) {
        if (x === 3 && y === 2) continue; // under θ′
        const colour = await surfaceColour(page, await pixelOf(page, x, y));
        assert.ok(near(colour, hex(KIND_FILL[kind])), `${kind} at (${x}, ${y}) is ${KIND_FILL[kind]}: ${colour}`);
      }
    }
    await screenshot(page, `critical-map-himmelblau-${lang}`);
    assert.deepEqual(errors, []);
  });
}

test("clicking a marked saddle puts θ′ on it: the θ′ inputs and the verdict say so", async () => {
  const { page, errors } = await h.open("");
  await page.locator("#preset-select").selectOption("himmelblau");
  // Himmelblau's window and legend (the lecture's page before it also has a saddle).
  await page.waitForFunction(() => document.querySelector("#surface").dataset.window === "-5,5,-5,5" && document.querySelector("#critical-legend li[data-kind=maximum]"));
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "minimum");
  const target = await pixelOf(page, 0.087, 2.884);
  await page.mouse.click(target.x + 4, target.y - 3); // a few pixels off: it snaps onto the saddle
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "saddle", null, { timeout: 5000 });
  const [x, y] = await page.locator("#theta input.theta-input").evaluateAll((inputs) => inputs.map((i) => Number(i.value)));
  assert.ok(Math.abs(x - 0.0867) < 0.001 && Math.abs(y - 2.884) < 0.001, `θ′ on the saddle: ${x}, ${y}`);
  assert.equal(await page.locator("#verdict .verdict-title").innerText(), STRINGS.en.kind_saddle);
  // And onto the maximum.
  const top = await pixelOf(page, -0.271, -0.923);
  await page.mouse.click(top.x, top.y);
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "maximum", null, { timeout: 5000 });
  assert.deepEqual(errors, []);
});

test("the lecture's window: two valleys of minima (lines, not dots) and one saddle; clicking a valley puts θ′ on it", async () => {
  const { page, errors } = await h.open("");
  const items = await legend(page);
  assert.deepEqual(
    items.map(({ kind, count }) => ({ kind, count })),
    [
      { kind: "valley_minimum", count: 2 },
      { kind: "saddle", count: 1 },
    ],
  );
  assert.equal(items[0].text, "2 valleys of minima");
  // The static white keys are quiz mode's; here the legend above replaces them.
  assert.equal(await page.locator(".keys .key-quiz").first().isVisible(), false);
  // The valley is drawn as a line in the minima's colour along w₁w₂ = 1 (here at w₁ = 1.25, w₂ = 0.8).
  const onValley = await pixelOf(page, 1.25, 0.8);
  assert.ok(near(await surfaceColour(page, onValley), hex(KIND_FILL.minimum), 30), "the valley line is cyan");
  await page.mouse.click(onValley.x + 2, onValley.y + 2);
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "inconclusive", null, { timeout: 5000 });
  const [w1, w2] = await page.locator("#theta input.theta-input").evaluateAll((inputs) => inputs.map((i) => Number(i.value)));
  assert.ok(Math.abs(w1 * w2 - 1) < 1e-6, `on the valley w₁w₂ = 1: ${w1}, ${w2}`);
  // Switching the critical points off hides the markers and the legend.
  await page.locator("[data-overlay=crit]").click();
  await page.waitForFunction(() => document.querySelector("#critical-legend").hidden);
  assert.ok(!near(await surfaceColour(page, await pixelOf(page, -1.25, -0.8)), hex(KIND_FILL.minimum), 30), "no valley line");
  await page.locator("[data-overlay=crit]").click();
  await page.waitForFunction(() => !document.querySelector("#critical-legend").hidden);
  assert.deepEqual(errors, []);
});

test("a degenerate point found many times is one marker: the monkey saddle and x² + y⁴", async () => {
  const { page, errors } = await h.open("#lang=zh");
  await page.locator("#preset-select").selectOption("monkey");
  // The monkey saddle's legend (the lecture's before it has a saddle too, and valleys).
  await page.waitForFunction(() => document.querySelector("#surface").dataset.window === "-1.5,1.5,-1.5,1.5" && !document.querySelector("#critical-legend li[data-kind=valley_minimum]"));
  assert.deepEqual(
    (await legend(page)).map(({ kind, count, text }) => ({ kind, count, text })),
    [{ kind: "saddle", count: 1, text: "1 个鞍点（saddle point）" }],
  );
  await page.locator("#preset-select").selectOption("quartic");
  await page.waitForFunction(() => document.querySelector("#critical-legend li[data-kind=minimum]"));
  assert.deepEqual(
    (await legend(page)).map(({ kind, count }) => ({ kind, count })),
    [{ kind: "minimum", count: 1 }],
  );
  // On a phone the legend wraps inside the screen.
  const phone = await h.open("#lang=zh", { viewport: { width: 390, height: 844 } });
  await phone.page.locator("#preset-select").selectOption("himmelblau");
  await phone.page.waitForFunction(() => document.querySelector("#critical-legend li[data-kind=maximum]"));
  const box = await phone.page.locator("#critical-legend").boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `the legend fits: ${JSON.stringify(box)}`);
  await phone.page.locator("#critical-legend").scrollIntoViewIfNeeded();
  await screenshot(phone.page, "critical-map-phone-zh");
  assert.deepEqual(errors, []);
  assert.deepEqual(phone.errors, []);
  await waitForHash(phone.page, "lang", "zh");
});
