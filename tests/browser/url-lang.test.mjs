// Links and languages: a hash reproduces a view, bad values fall back with a visible notice,
// English and 简体中文 from the URL, the browser or the toggle.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, hashParams, waitForHash } from "./harness.mjs";

const h = useHarness();

const verdict = (page) => page.locator("#verdict");

test("#lang=zh shows Chinese in the lecture's terms; the toggle switches to English and back", async () => {
  const { page, errors } = await h.open("#lang=zh");
  assert.equal(await verdict(page).getAttribute("data-kind"), "saddle");
  assert.equal(await page.locator("html").getAttribute("lang"), "zh-Hans");
  const text = await verdict(page).innerText();
  assert.match(text, /鞍点（saddle point）/);
  assert.match(text, /特征值有正有负：鞍点（saddle point）。沿特征向量 u 方向走/);
  assert.ok(await page.getByRole("heading", { name: "海森矩阵探索器" }).isVisible());
  assert.ok(await page.getByLabel("loss 函数 L(θ)").isVisible());

  await page.getByRole("button", { name: "Switch to English（切换到英文）" }).click();
  await verdict(page).getByText("Saddle point", { exact: true }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  await waitForHash(page, "lang", "en");
  assert.ok(await page.getByRole("heading", { name: "Hessian Explorer" }).isVisible());

  // The core's error messages follow the language too.
  await page.getByLabel("Loss L(θ)").fill("sine(w1)");
  await page.locator("#formula-error").getByText(/unknown function 'sine'/).waitFor();
  await page.getByRole("button", { name: "切换到中文 (switch to Chinese)" }).click();
  await page.locator("#formula-error").getByText(/未知函数 'sine'（你是不是想写 'sin'？）/).waitFor();
  assert.equal(await page.locator(".formula-box mark").textContent(), "sine");
  await waitForHash(page, "lang", "zh");
  assert.deepEqual(errors, []);
});

test("the browser's language decides when the URL does not", async () => {
  const { page, errors } = await h.open("", { locale: "zh-CN" });
  assert.match(await verdict(page).innerText(), /鞍点/);
  assert.equal(hashParams(page.url()).get("lang"), undefined, "an automatic choice is not written to the URL");
  const en = await h.open("", { locale: "de-DE" });
  assert.match(await verdict(en.page).innerText(), /Saddle point/);
  assert.deepEqual([...errors, ...en.errors], []);
});

test("a hash with f, d, p, win reproduces the view", async () => {
  const { page, errors } = await h.open("#f=(y-w1*w2*x)^2&d=x:1,2;y:2,4&p=2,1&win=-1,3,-1,3");
  assert.equal(await page.getByLabel("Loss L(θ)").inputValue(), "(y-w1*w2*x)^2");
  assert.equal(await page.getByRole("textbox", { name: "y, row 2" }).inputValue(), "4");
  assert.equal(await page.getByRole("textbox", { name: "x, row 2" }).inputValue(), "2");
  assert.equal(await page.getByRole("textbox", { name: "θ′ w1" }).inputValue(), "2");
  assert.equal(await page.getByRole("textbox", { name: "θ′ w2" }).inputValue(), "1");
  // y = 2x is fitted exactly by w1·w2 = 2: a point of the valley of minima.
  assert.equal(await verdict(page).getAttribute("data-kind"), "inconclusive");
  assert.equal(await verdict(page).getAttribute("data-refined"), "minimum");
  assert.equal(await page.locator("#surface").getAttribute("data-window"), "-1,3,-1,3");
  assert.equal(await page.locator("#notices").isVisible(), false);
  // Another link: the page agrees with the first one opened in a fresh tab.
  const again = await h.open(new URL(page.url()).hash);
  assert.equal(await again.page.locator("#verdict").innerText(), await verdict(page).innerText());
  assert.deepEqual([...errors, ...again.errors], []);
});

test("bad values fall back to their defaults, each with a visible notice; unknown keys are ignored", async () => {
  const { page, errors } = await h.open("#p=0,abc&lang=fr&win=2,1,0,1&utm_source=mail");
  const notices = page.locator("#notices");
  assert.ok(await notices.isVisible());
  const text = await notices.innerText();
  assert.match(text, /The link's value for “p” \(0,abc\) is not valid, so the default is used\./);
  assert.match(text, /“lang” \(fr\)/);
  assert.match(text, /“win” \(2,1,0,1\)/);
  assert.doesNotMatch(text, /utm_source/);
  // The defaults: the lecture's saddle, in the window [−2, 2]².
  assert.equal(await verdict(page).getAttribute("data-kind"), "saddle");
  assert.equal(await page.locator("#surface").getAttribute("data-window"), "-2,2,-2,2");
  await page.getByRole("button", { name: "Dismiss" }).click();
  assert.equal(await notices.isVisible(), false);

  // θ′ of the wrong length, axes that are not parameters.
  const second = await h.open("#p=1,2,3&ax=a,b");
  const text2 = await second.page.locator("#notices").innerText();
  assert.match(text2, /θ′ = \(1, 2, 3\) does not have one number per parameter of the formula \(w₁, w₂\)/);
  assert.match(text2, /axes \(a,b\) are not two parameters of the formula, so w₁ and w₂ are used/);
  assert.equal(await second.page.locator("#verdict").getAttribute("data-kind"), "saddle");

  // A formula that does not compile: the mistake is shown, the lecture's example is drawn.
  const third = await h.open("#f=sine(w1)");
  assert.match(await third.page.locator("#notices").innerText(), /The link's formula has an error/);
  assert.equal(await third.page.getByLabel("Loss L(θ)").inputValue(), "sine(w1)");
  assert.match(await third.page.locator("#formula-error").innerText(), /did you mean 'sin'/);
  assert.equal(await third.page.locator("#verdict").getAttribute("data-kind"), "saddle");
  assert.deepEqual([...errors, ...second.errors, ...third.errors], []);
});

test("editing the hash by hand updates the page", async () => {
  const { page, errors } = await h.open();
  await page.evaluate(() => {
    location.hash = "#f=w1^2-w2^2&p=0,0";
  });
  await page.waitForFunction(() => document.querySelector("#formula").value === "w1^2-w2^2");
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "saddle");
  assert.match(await verdict(page).innerText(), /λ = −2/);
  await page.evaluate(() => {
    location.hash = "#f=w1^2%2Bw2^2&p=0,0";
  });
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "minimum");
  assert.deepEqual(errors, []);
});
