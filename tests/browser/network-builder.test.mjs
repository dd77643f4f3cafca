// The network builder: a network as the explorer's loss, from examples or put together, with
// its parameter count, its formula when small, the core's errors, a link that reproduces it,
// and the 2–16–16–1 network (337 parameters) analysed in one go.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, ready, hashParams, waitForHash, screenshot } from "./harness.mjs";

const h = useHarness();

const TINY = "in:x;out:y;h:2;act:tanh;loss:se;bias:1;data:lecture,1,1,0";
const MOONS = "in:x1,x2;out:y;h:16,16;act:tanh;loss:ce;bias:1;data:moons,1,100,0.1";

const builder = (page) => page.locator("#network-builder");
const size = (page) => builder(page).locator(".net-size").innerText();

test("from a formula to a network: the lecture's loss as a network, then the 1–2–1 tanh network's formula, size and verdict", async () => {
  const { page, errors } = await h.open();
  await page.locator('#loss-source [data-source="network"]').click();
  await builder(page).locator(".net-formula").getByText("(y - w2_1_1*(w1_1_1*x))^2", { exact: true }).waitFor();
  assert.ok(!(await page.locator("#formula").isVisible()), "the formula box gives way to the builder");
  assert.match(await size(page), /^2 parameters · 1 data rows$/);
  await waitForHash(page, "net", "in:x;out:y;h:1;act:linear;loss:se;bias:0;data:lecture,1,1,0");

  await builder(page).locator("#net-example").selectOption("tiny");
  await waitForHash(page, "net", TINY);
  const formula = await builder(page).locator(".net-formula").innerText();
  assert.equal(formula, "(y - (w2_1_1*tanh(w1_1_1*x + b1_1) + w2_1_2*tanh(w1_2_1*x + b1_2) + b2_1))^2");
  assert.match(await size(page), /^7 parameters · 1 data rows$/);
  assert.equal(await page.locator("#theta .theta-input").count(), 7);
  assert.match(await page.locator("#full-hessian").innerText(), /7×7 Hessian/);
  const kind = await page.locator("#verdict").getAttribute("data-kind");
  assert.ok(["minimum", "maximum", "saddle", "inconclusive", "not_critical"].includes(kind), kind);
  // The explorer's tools work on it: the 3-D view draws it, with θ′ on it.
  await page.locator('#view-switch [data-view="3d"]').click();
  await page.waitForFunction(() => document.querySelector("#view3d").dataset.theta);
  await page.locator('#view-switch [data-view="2d"]').click();
  // The link reproduces it: the network, θ′ (its seeded start), the verdict.
  const url = page.url();
  const p = hashParams(url).get("p");
  assert.equal(p.split(",").length, 7, "θ′ starts at the network's seeded start, written in the link");
  const again = await h.open(new URL(url).hash);
  assert.equal(await again.page.locator("#network-builder .net-formula").innerText(), formula);
  assert.equal(hashParams(again.page.url()).get("p"), p);
  assert.equal(await again.page.locator("#verdict").getAttribute("data-kind"), kind);
  // Back to the formula: the lecture's, with its own θ′.
  await page.locator('#loss-source [data-source="formula"]').click();
  await waitForHash(page, "net", undefined);
  await page.locator("#verdict[data-kind=saddle]").waitFor();
  assert.equal(await page.locator("#formula").inputValue(), "(ŷ - w₁ w₂ x)^2");
  assert.deepEqual([...errors, ...again.errors], []);
});

test("putting one together: layers, biases, activation (ReLU warned), data and inputs; what the core refuses is explained", async () => {
  const { page, errors } = await h.open(`#net=in:x;out:y;h:2;act:tanh;loss:se;bias:1;data:regression,1,20,0.1`);
  assert.match(await size(page), /^7 parameters · 20 data rows$/);
  await builder(page).locator('input[data-layer="0"]').fill("3");
  await builder(page).getByText("10 parameters · 20 data rows").waitFor();
  await builder(page).locator(".net-hidden .small-button").click(); // + Layer: a second layer of 4
  await waitForHash(page, "net", "in:x;out:y;h:3,4;act:tanh;loss:se;bias:1;data:regression,1,20,0.1");
  assert.match(await size(page), /^27 parameters/); // 1·3 + 3 + 3·4 + 4 + 4 + 1
  await builder(page).locator('button[data-remove="1"]').click();
  await builder(page).locator("#net-bias").uncheck();
  await builder(page).getByText("6 parameters · 20 data rows").waitFor(); // 1·3 + 3·1
  // A bad width: marked, explained, nothing changed.
  await builder(page).locator('input[data-layer="0"]').fill("0");
  assert.equal(await builder(page).locator('input[data-layer="0"]').getAttribute("aria-invalid"), "true");
  assert.match(await builder(page).locator(".net-input-error").innerText(), /whole number from 1 to 256/);
  await builder(page).locator('input[data-layer="0"]').fill("3");
  // ReLU only with its warning.
  const warning = builder(page).locator(".net-warning");
  assert.ok(!(await warning.isVisible()));
  await builder(page).locator("#net-activation").selectOption("relu");
  await warning.waitFor();
  assert.match(await warning.innerText(), /zero or undefined almost everywhere/);
  await builder(page).locator("#net-activation").selectOption("tanh");
  // Cross-entropy needs 0/1 targets: the core says so, the picture stays (marked stale).
  await builder(page).locator("#net-loss").selectOption("cross_entropy");
  await builder(page).locator(".net-error").getByText(/0 or 1|0\/1|binary/i).waitFor();
  assert.ok(await page.evaluate(() => document.body.classList.contains("stale")));
  await builder(page).locator("#net-loss").selectOption("squared_error");
  await page.waitForFunction(() => !document.body.classList.contains("stale"));
  // Another dataset: its columns as inputs; one input left out.
  await builder(page).locator("#net-data").selectOption("xor");
  await builder(page).getByText(/· 4 data rows/).waitFor();
  assert.deepEqual(await builder(page).locator(".net-inputs input").evaluateAll((boxes) => boxes.map((b) => [b.dataset.input, b.checked])), [
    ["x1", true],
    ["x2", true],
  ]);
  await builder(page).locator('.net-inputs input[data-input="x2"]').uncheck();
  await waitForHash(page, "net", "in:x1;out:y;h:3;act:tanh;loss:se;bias:0;data:xor,1,4,0");
  // The explorer's own data table: shown, edited, and the network's loss follows.
  await builder(page).locator("#net-data").selectOption("table");
  await waitForHash(page, "net", "in:x;out:ŷ;h:3;act:tanh;loss:se;bias:0;data:table");
  assert.ok(await page.locator("#data").isVisible());
  const before = await page.locator("#value").innerText();
  await page.locator("#data .cell").nth(1).fill("3"); // ŷ = 3 instead of 1
  await page.waitForFunction((v) => document.querySelector("#value").textContent !== v, before);
  assert.deepEqual(errors, []);
});

test("the 2–16–16–1 network (337 parameters) is analysed in one go, its numbers summarized", async () => {
  const t0 = Date.now();
  const { page, errors } = await h.open(`#net=${MOONS}`);
  const seconds = (Date.now() - t0) / 1000;
  console.log(`# 2–16–16–1 (337 parameters, 100 rows) opened and analysed in ${seconds.toFixed(1)} s (page load included)`);
  assert.ok(seconds < 15, `${seconds} s`);
  assert.match(await size(page), /^337 parameters · 100 data rows$/);
  assert.match(await builder(page).locator(".net-formula-label").innerText(), /too many to write out as a formula/);
  assert.match(await page.locator("#full-hessian").innerText(), /337×337 Hessian/);
  assert.match(await page.locator("#hessian").innerText(), /337 × 337: too large to print/);
  assert.equal(await page.locator("#eigen .eigen-list li").count(), 337);
  assert.match(await page.locator("#critical-legend").innerText(), /not searched for with 337 parameters/);
  // The eigenvector slice of it.
  await page.locator('#slice-switch [data-slice="eigen"]').click();
  await waitForHash(page, "sl", "eigen");
  await page.waitForFunction(() => document.querySelector("#eigen-slice").dataset.lambdas);
  assert.deepEqual(errors, []);
});

test("the builder in both languages, on a projector-sized screen and a phone", async () => {
  for (const [lang, viewport] of [
    ["en", { width: 1280, height: 800 }],
    ["zh", { width: 1280, height: 800 }],
    ["en", { width: 390, height: 844 }],
    ["zh", { width: 390, height: 844 }],
  ]) {
    const { page, errors } = await h.open(`#net=in:x1,x2;out:y;h:7;act:relu;loss:se;bias:1;data:xor,1,16,0.2&lang=${lang}`, { viewport });
    const text = await builder(page).innerText();
    assert.doesNotMatch(text, /⟦/);
    assert.match(text, lang === "zh" ? /29 个参数 · 16 笔数据/ : /29 parameters · 16 data rows/);
    assert.match(text, lang === "zh" ? /海森矩阵几乎处处是零或没有定义/ : /zero or undefined almost everywhere/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow} px wider than the window`);
    await builder(page).scrollIntoViewIfNeeded();
    await screenshot(page, `network-builder-${lang}-${viewport.width}`);
    await ready(page);
    assert.deepEqual(errors, []);
  }
});
