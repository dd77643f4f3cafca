// The page as a student uses it: the lecture's saddle, typing formulas, mistakes, dragging
// θ′, clicking critical points, the keyboard, the data table, more than two parameters.
//
// Run after ./build.sh build: node --test --test-concurrency=1 tests/browser/*.test.mjs
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, pixelOf, hashParams, waitForHash, canvasPixels } from "./harness.mjs";

const M = "\u2212"; // the page prints a typographic minus
const h = useHarness();

const verdict = (page) => page.locator("#verdict");
const eigenvalues = async (page) =>
  (await page.locator("#eigen td.lambda span:first-child").allInnerTexts()).map((s) => s.trim());

async function expectKind(page, kind, refined = kind) {
  await page.waitForFunction(
    ([k, r]) => {
      const v = document.querySelector("#verdict");
      return v.dataset.kind === k && v.dataset.refined === r;
    },
    [kind, refined],
    { timeout: 5000 },
  ).catch(() => {});
  assert.equal(await verdict(page).getAttribute("data-kind"), kind);
  assert.equal(await verdict(page).getAttribute("data-refined"), refined);
}

test("the default page is the lecture's saddle, eigenvalues −2 and 2", async () => {
  const { page, errors } = await h.open();
  await expectKind(page, "saddle");
  await assert.doesNotReject(verdict(page).getByText("Saddle point", { exact: true }).waitFor());
  assert.match(await verdict(page).innerText(), /Eigenvalues of both signs: a saddle point\. Moving along u \(the eigenvector of λ = −2\) lowers the loss\./);
  assert.deepEqual(await eigenvalues(page), [`${M}2`, "2"]);
  assert.equal(await page.getByLabel("Loss L(θ)").inputValue(), "(ŷ - w₁ w₂ x)^2");
  assert.equal(await page.getByRole("textbox", { name: "θ′ w1" }).inputValue(), "0");
  assert.equal(await page.getByRole("textbox", { name: "θ′ w2" }).inputValue(), "0");
  // The Hessian as the lecture writes it: [[0, −2], [−2, 0]].
  const h2 = await page.locator("#hessian td.num").allInnerTexts();
  assert.deepEqual(h2, ["0", `${M}2`, `${M}2`, "0"]);
  // The tolerances are on show.
  assert.match(
    await page.locator("#tolerances").innerText(),
    /Counts as zero: ‖g‖ ≤ 1 × 10⁻⁶ \(a critical point\); \|\u2060?λ\| ≤ 2 × 10⁻⁸ = 1 × 10⁻⁸ · max\(1, max\|\u2060?λ\|\)/,
  );
  // The plain page keeps a clean URL.
  assert.equal(new URL(page.url()).hash, "");
  // The surface is drawn: the corners (high loss) are bright, the saddle (L = 1) is not.
  const corner = await pixelColor(page, -1.95, 1.95);
  const centre = await pixelColor(page, 0.4, -0.4);
  assert.ok(luma(corner) > luma(centre) + 40, `corner ${corner} vs centre ${centre}`);
  assert.deepEqual(errors, []);
});

test("typing a formula updates the verdict on every keystroke", async () => {
  const { page, errors } = await h.open();
  const formula = page.getByLabel("Loss L(θ)");
  await formula.fill("");
  await formula.pressSequentially("w1^2 + w2^2");
  await expectKind(page, "minimum");
  assert.match(await verdict(page).innerText(), /All eigenvalues positive: a local minimum — every direction goes up\./);
  assert.deepEqual(await eigenvalues(page), ["2", "2"]);
  // Away from the minimum's centre: not a critical point, and the hash has the formula.
  await formula.fill("(w1 - 1)^2 + w2^2");
  await expectKind(page, "not_critical");
  assert.match(await verdict(page).innerText(), /The gradient is not zero: not a critical point; the loss goes down along −g\./);
  await waitForHash(page, "f", "(w1 - 1)^2 + w2^2");
  assert.match(page.url(), /f=\(w1%20-%201\)\^2%20\+%20w2\^2/, "'+' stays a plus in the hash");
  assert.deepEqual(errors, []);
});

test("a bad formula is explained, its span marked, the surface kept; fixing it recovers", async () => {
  const { page, errors } = await h.open();
  const before = await canvasPixels(page);
  const formula = page.getByLabel("Loss L(θ)");
  await formula.fill("sine(w1) + w2^2");
  const message = page.locator("#formula-error");
  await message.waitFor({ state: "visible" });
  assert.match(await message.innerText(), /unknown function 'sine' \(did you mean 'sin'\?\)/);
  assert.equal(await formula.getAttribute("aria-invalid"), "true");
  // The culprit is marked in the box, exactly "sine".
  const mark = page.locator(".formula-box mark");
  assert.equal(await mark.textContent(), "sine");
  assert.ok(await mark.isVisible());
  // The last good surface and verdict stay.
  await expectKind(page, "saddle");
  assert.equal(await canvasPixels(page), before, "the surface is unchanged");
  assert.ok(await page.getByText("The picture still shows the last formula that worked.").isVisible());
  // Fixing it: no error, a new surface, a new verdict (g = (cos 0, 0) = (1, 0)).
  await formula.fill("sin(w1) + w2^2");
  await message.waitFor({ state: "hidden" });
  await expectKind(page, "not_critical");
  assert.equal(await formula.getAttribute("aria-invalid"), null);
  assert.equal(await page.locator(".formula-box mark").count(), 0);
  assert.notEqual(await canvasPixels(page), before, "the surface is redrawn");
  // An unclosed parenthesis points at the parenthesis.
  await formula.fill("(w1 + w2");
  await message.waitFor({ state: "visible" });
  assert.equal(await page.locator(".formula-box mark").textContent(), "(");
  assert.deepEqual(errors, []);
});

test("dragging θ′ with the mouse: saddle → not critical, the hash follows", async () => {
  const { page, errors } = await h.open();
  const from = await pixelOf(page, 0, 0);
  const to = await pixelOf(page, 0.5, 0.3);
  const historyBefore = await page.evaluate(() => history.length);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await expectKind(page, "not_critical");
  await page.waitForFunction(() => location.hash.includes("p="));
  const [w1, w2] = hashParams(page.url()).get("p").split(",").map(Number);
  assert.ok(Math.abs(w1 - 0.5) < 0.02 && Math.abs(w2 - 0.3) < 0.02, `p = ${w1},${w2}`);
  // The inputs show the same θ′.
  assert.equal(Number(await page.getByRole("textbox", { name: "θ′ w1" }).inputValue()), w1);
  assert.equal(Number(await page.getByRole("textbox", { name: "θ′ w2" }).inputValue()), w2);
  // Dragging replaces the history entry instead of adding one per frame.
  assert.equal(await page.evaluate(() => history.length), historyBefore);
  assert.deepEqual(errors, []);
});

test("clicking a valley of critical points, or typing θ′ = (1, 1): inconclusive, refined to a minimum", async () => {
  const { page, errors } = await h.open();
  const near = await pixelOf(page, 1, 1);
  await page.mouse.click(near.x + 3, near.y - 2); // a few pixels off: it snaps onto the valley
  await expectKind(page, "inconclusive", "minimum");
  const [w1, w2] = hashParams(page.url()).get("p").split(",").map(Number);
  assert.ok(Math.abs(w1 * w2 - 1) < 1e-6, `on the valley w1·w2 = 1: ${w1}, ${w2}`);
  const text = await verdict(page).innerText();
  assert.match(text, /Inconclusive/);
  assert.match(text, /An eigenvalue is zero, so the second-order test cannot decide; a higher-order look along the flat direction shows it is a minimum/);
  assert.ok(await page.locator("#eigen .approx-zero").first().isVisible(), "λ ≈ 0 is marked");

  // Back to the saddle by clicking it (it snaps to exactly the origin).
  const origin = await pixelOf(page, 0, 0);
  await page.mouse.click(origin.x + 4, origin.y + 3);
  await expectKind(page, "saddle");
  await waitForHash(page, "p", undefined); // θ′ = (0, 0) exactly is the default: no p

  // Typing θ′.
  await page.getByRole("textbox", { name: "θ′ w1" }).fill("1");
  await page.getByRole("textbox", { name: "θ′ w2" }).fill("1");
  await expectKind(page, "inconclusive", "minimum");
  await waitForHash(page, "p", "1,1");
  assert.deepEqual(await eigenvalues(page), ["0", "4"]);
  // A bad number is flagged and ignored.
  const box = page.getByRole("textbox", { name: "θ′ w1" });
  await box.fill("1x");
  assert.equal(await box.getAttribute("aria-invalid"), "true");
  await expectKind(page, "inconclusive", "minimum");
  assert.deepEqual(errors, []);
});

test("arrow keys nudge θ′ when the surface has focus", async () => {
  const { page, errors } = await h.open();
  await page.locator("#surface").focus();
  await page.keyboard.press("ArrowRight");
  await expectKind(page, "not_critical");
  await waitForHash(page, "p", "0.04,0");
  await page.keyboard.press("ArrowLeft");
  await expectKind(page, "saddle");
  await page.keyboard.press("Shift+ArrowUp");
  await waitForHash(page, "p", "0,0.4");
  assert.deepEqual(errors, []);
});

test("the data table: edit a number, flag a bad one, add a row", async () => {
  const { page, errors } = await h.open();
  const cell = page.getByRole("textbox", { name: "ŷ, row 1" });
  await cell.fill("2");
  // L = (2 − w1·w2)²: H(0) = [[0, −4], [−4, 0]].
  await page.waitForFunction(() => document.querySelector("#eigen td.lambda")?.textContent.startsWith("\u22124"));
  assert.deepEqual(await eigenvalues(page), [`${M}4`, "4"]);
  await waitForHash(page, "d", "x:1;ŷ:2");
  await cell.fill("two");
  assert.equal(await cell.getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("#data .data-error").innerText(), /“two” in column ŷ, row 1 is not a number/);
  assert.deepEqual(await eigenvalues(page), [`${M}4`, "4"], "the last good data stays");
  await cell.fill("1");
  await page.getByRole("button", { name: "+ Row" }).click();
  await page.getByRole("textbox", { name: "x, row 2" }).fill("2");
  await page.getByRole("textbox", { name: "ŷ, row 2" }).fill("2");
  // Mean of (1 − w1w2)² and (2 − 2w1w2)²: H(0) = [[0, −5], [−5, 0]].
  await waitForHash(page, "d", "x:1,2;ŷ:1,2");
  assert.deepEqual(await eigenvalues(page), [`${M}5`, "5"]);
  await page.getByRole("button", { name: "Remove row 2" }).click();
  await waitForHash(page, "d", undefined);
  assert.deepEqual(await eigenvalues(page), [`${M}2`, "2"]);
  assert.deepEqual(errors, []);
});

test("three parameters: choose the axes, fix the third with its slider", async () => {
  const { page, errors } = await h.open("#f=w1^2%20%2B%20w2^2%20%2B%20w3^2&p=0,0,1");
  await expectKind(page, "not_critical"); // w3 = 1: ∂L/∂w3 = 2
  assert.ok(await page.getByText("A slice: the other parameters are fixed at θ′.").isVisible());
  const slider = page.getByRole("slider", { name: "θ′ w3 slider" });
  assert.ok(await slider.isVisible());
  const before = await canvasPixels(page);
  await page.getByRole("textbox", { name: "θ′ w3" }).fill("0");
  await expectKind(page, "minimum");
  assert.notEqual(await canvasPixels(page), before, "changing a fixed parameter redraws the slice");
  await page.getByLabel("y axis").selectOption("w3");
  await waitForHash(page, "ax", "w1,w3");
  assert.ok(await page.getByRole("slider", { name: "θ′ w2 slider" }).isVisible());
  assert.deepEqual(errors, []);
});

// ---- helpers -------------------------------------------------------------------------------

// The colour the page shows at parameter point (x, y), from a screenshot of the canvas.
async function pixelColor(page, x, y) {
  const at = await pixelOf(page, x, y);
  const box = await page.locator("#surface").boundingBox();
  return page.evaluate(
    ([px, py]) => {
      const canvas = document.querySelector("#surface");
      const scale = canvas.width / canvas.clientWidth;
      const d = canvas.getContext("2d").getImageData(Math.round(px * scale), Math.round(py * scale), 1, 1).data;
      return [d[0], d[1], d[2]];
    },
    [at.x - box.x, at.y - box.y],
  );
}

function luma([r, g, b]) {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
