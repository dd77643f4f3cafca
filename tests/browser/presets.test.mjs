// The presets menu: every example loads through the URL hash, shows its caption and the
// verdict the caption promises at its default point, in English and in Chinese; the
// three-parameter example shows sliders for the parameter off the axes and says the verdict
// uses the full 3×3 Hessian.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, hashParams, waitForHash, screenshot } from "./harness.mjs";
import { PRESETS } from "../../www/app/presets.js";
import { STRINGS } from "../../www/i18n/i18n.js";

const h = useHarness();

async function expectVerdict(page, { kind, refined }) {
  await page
    .waitForFunction(
      ([k, r]) => {
        const v = document.querySelector("#verdict");
        return v.dataset.kind === k && v.dataset.refined === r;
      },
      [kind, refined],
      { timeout: 5000 },
    )
    .catch(() => {});
  const v = page.locator("#verdict");
  assert.equal(await v.getAttribute("data-kind"), kind);
  assert.equal(await v.getAttribute("data-refined"), refined);
}

for (const lang of ["en", "zh"]) {
  test(`every preset loads and shows its verdict and caption (${lang})`, async () => {
    const { page, errors } = await h.open(lang === "zh" ? "#lang=zh" : "");
    const strings = STRINGS[lang];
    const select = page.locator("#preset-select");
    // The default page is the lecture's example, and the menu says so.
    assert.equal(await select.inputValue(), "lecture");
    assert.equal(await page.locator("#preset-caption").innerText(), strings.presets_lecture_caption);
    for (const preset of [...PRESETS.slice(1), PRESETS[0]]) {
      await select.selectOption(preset.id);
      await page.waitForFunction((f) => document.querySelector("#formula").value === f, preset.formula);
      // The formula box follows the hash at once; the caption and the verdict follow in the
      // next frame (two presets in a row may share a verdict: wait for the caption first).
      const caption = strings[`presets_${preset.id}_caption`];
      await page.waitForFunction((c) => document.querySelector("#preset-caption").textContent === c, caption).catch(() => {});
      assert.equal(await page.locator("#preset-caption").innerText(), caption);
      await expectVerdict(page, preset.expect);
      // The verdict's title is in the page's language.
      const title = strings[`kind_${preset.expect.kind}`];
      assert.equal(await page.locator("#verdict .verdict-title").innerText(), title);
      if (preset.expect.kind === "inconclusive") {
        assert.equal(
          await page.locator("#verdict .verdict-tag").innerText(),
          strings.refinedTag.replace("{refined}", strings[`refined_${preset.expect.refined}`]),
        );
      }
      // θ′ is the preset's point, and the link is shareable: the hash carries the formula.
      const point = await page.locator("#theta input.theta-input").evaluateAll((inputs) => inputs.map((i) => Number(i.value)));
      assert.deepEqual(point, preset.point, preset.id);
      const hash = hashParams(page.url());
      if (preset.id === "lecture") assert.equal(hash.get("f"), undefined);
      else assert.equal(hash.get("f"), preset.formula);
      assert.equal(hash.get("lang"), lang === "zh" ? "zh" : undefined, "the language is kept");
    }
    assert.deepEqual(errors, []);
  });
}

test("a shared preset link opens on the preset, and the regression shows its data table", async () => {
  const regression = PRESETS.find((p) => p.id === "regression");
  const { page, errors } = await h.open("");
  await page.locator("#preset-select").selectOption("regression");
  await expectVerdict(page, regression.expect);
  const link = page.url();
  const other = await h.open(new URL(link).hash);
  assert.equal(await other.page.locator("#preset-select").inputValue(), "regression");
  await expectVerdict(other.page, regression.expect);
  // Five rows of x and y in the data table, and the axes as the preset chose them (w across).
  const cells = await other.page.locator("#data table input").evaluateAll((inputs) => inputs.map((i) => i.value));
  for (const v of ["0", "4", "1.2", "9.2"]) assert.ok(cells.includes(v), `data has ${v}: ${cells}`);
  assert.equal(await other.page.locator("#surface").getAttribute("data-window"), "0,4,-1,3");
  // Editing the formula makes it the user's own loss.
  await other.page.getByLabel("Loss L(θ)").fill("mean((y - (w x + b))^2) + 0.1 w^2");
  await other.page.waitForFunction(() => document.querySelector("#preset-select").value === "custom");
  assert.equal(await other.page.locator("#preset-caption").innerText(), STRINGS.en.presetsCustomCaption);
  await screenshot(other.page, "presets-regression");
  assert.deepEqual(errors, []);
  assert.deepEqual(other.errors, []);
});

test("three parameters: a slider for the third, and the verdict uses the full 3×3 Hessian", async () => {
  const { page, errors } = await h.open("");
  await page.locator("#preset-select").selectOption("three");
  await expectVerdict(page, { kind: "saddle", refined: "saddle" });
  const note = page.locator("#full-hessian");
  assert.ok(await note.isVisible());
  assert.equal(await note.innerText(), "The verdict uses the full 3×3 Hessian (all 3 parameters), not just the slice drawn.");
  // z is off the axes: it has a slider, x and y do not.
  assert.equal(await page.getByRole("slider", { name: "θ′ z slider" }).count(), 1);
  assert.equal(await page.getByRole("slider", { name: "θ′ x slider" }).count(), 0);
  // Three eigenvalues: the slice looks like a minimum, the negative one is along z.
  const lambdas = await page.locator("#eigen td.lambda span:first-child").allInnerTexts();
  assert.deepEqual(lambdas, ["\u22122", "2", "2"]);
  // Moving the slider moves θ′'s z and the verdict follows (no longer a critical point).
  await page.getByRole("slider", { name: "θ′ z slider" }).fill("0.5");
  await expectVerdict(page, { kind: "not_critical", refined: "not_critical" });
  await screenshot(page, "presets-three");
  // In Chinese the line is Chinese.
  await page.locator("#lang-toggle").click();
  await page.waitForFunction(() => document.querySelector("#full-hessian").textContent.includes("完整"));
  assert.equal(await note.innerText(), "判断用的是完整的 3×3 海森矩阵（全部 3 个参数），不只是画出来的这个切面。");
  // With two parameters the line is gone.
  await page.locator("#preset-select").selectOption("saddle");
  await expectVerdict(page, { kind: "saddle", refined: "saddle" });
  assert.equal(await note.isVisible(), false);
  assert.deepEqual(errors, []);
});

test("the menu on a phone", async () => {
  const { page, errors } = await h.open("", { viewport: { width: 390, height: 844 } });
  await page.locator("#preset-select").selectOption("monkey");
  await expectVerdict(page, { kind: "inconclusive", refined: "saddle" });
  const box = await page.locator("#preset-select").boundingBox();
  assert.ok(box.width <= 390 && box.x >= 0, `select fits: ${JSON.stringify(box)}`);
  await screenshot(page, "presets-phone", { fullPage: true });
  assert.deepEqual(errors, []);
});

test("three parameters sliced along two eigenvectors: the saddle that the x–y slice hides", async () => {
  const { page, errors } = await h.open("");
  const switchBox = page.locator("#slice-switch");
  assert.equal(await switchBox.isVisible(), false, "two parameters: no slice switch");
  await page.locator("#preset-select").selectOption("three");
  // The three-parameter loss is in (the lecture's page before it is a saddle too).
  await page.waitForFunction(() => document.querySelectorAll("#theta input.theta-input").length === 3);
  await expectVerdict(page, { kind: "saddle", refined: "saddle" });
  assert.ok(await switchBox.isVisible());
  const slice = page.locator("#eigen-slice");
  assert.equal(await slice.isVisible(), false, "the axes slice first");
  await page.getByRole("button", { name: "two eigenvectors" }).click();
  await waitForHash(page, "sl", "eigen");
  assert.ok(await slice.isVisible());
  assert.equal(await page.getByRole("button", { name: "two eigenvectors" }).getAttribute("aria-pressed"), "true");
  // Across: u₁ of λ = −2 (z), up: u₂ of λ = 2. The loss falls both ways across and rises both
  // ways up: the saddle, where the x–y slice showed a bowl.
  await page.waitForFunction(() => document.querySelector("#eigen-slice").dataset.lambdas);
  assert.equal(await slice.getAttribute("data-lambdas"), "-2,2");
  const centre = Number(await slice.getAttribute("data-centre"));
  const across = (await slice.getAttribute("data-along-u1")).split(",").map(Number);
  const up = (await slice.getAttribute("data-along-u2")).split(",").map(Number);
  assert.equal(centre, 0);
  assert.ok(across.every((v) => v < centre), `down along u₁: ${across}`);
  assert.ok(up.every((v) => v > centre), `up along u₂: ${up}`);
  assert.match(await slice.getAttribute("aria-label"), /u₁ \(λ = −2\): z/);
  // The verdict is the same full 3×3 one, and says so.
  await expectVerdict(page, { kind: "saddle", refined: "saddle" });
  assert.ok(await page.locator("#full-hessian").isVisible());
  // A click half-way to the left edge moves θ′ down along u₁ = ±z: x and y stay 0.
  const box = await slice.boundingBox();
  const [left, top, width, height] = (await slice.getAttribute("data-plot")).split(",").map(Number);
  await page.mouse.click(box.x + left + width / 4, box.y + top + height / 2);
  await expectVerdict(page, { kind: "not_critical", refined: "not_critical" });
  const theta = await page.locator("#theta input.theta-input").evaluateAll((inputs) => inputs.map((i) => Number(i.value)));
  const half = Number(await slice.getAttribute("data-half"));
  assert.ok(Math.abs(theta[0]) < 0.01 && Math.abs(theta[1]) < 0.01, `x, y stay at 0 (to a pixel): ${theta}`);
  assert.ok(Math.abs(Math.abs(theta[2]) - half / 2) < 0.02, `z = ±${half / 2}: ${theta}`);
  assert.ok(Number(await page.locator("#value").innerText().then((s) => s.replace("\u2212", "-"))) < 0, "the loss fell below the saddle's 0");
  for (let k = 0; k < 3; k++) await page.locator("#theta input.theta-input").nth(k).fill("0");
  await expectVerdict(page, { kind: "saddle", refined: "saddle" });
  // The picture has pixels, and moving θ′ with the boxes redraws it around the new θ′.
  const pixels = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(document.querySelector("#eigen-slice").toDataURL())))));
  const before = await pixels();
  await page.getByRole("slider", { name: "θ′ z slider" }).fill("0.5");
  await expectVerdict(page, { kind: "not_critical", refined: "not_critical" });
  assert.notEqual(await pixels(), before);
  await screenshot(page, "presets-three-eigen");
  // In Chinese, and back to the axes.
  await page.locator("#lang-toggle").click();
  await page.getByRole("button", { name: "两个坐标轴" }).click();
  await waitForHash(page, "sl", undefined);
  assert.equal(await slice.isVisible(), false);
  assert.ok(await page.locator("#surface").isVisible());
  assert.deepEqual(errors, []);
});
