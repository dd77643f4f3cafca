// Quiz mode in the browser: the same link gives the same questions, answers are graded with
// reasons, progress survives a reload and can be reset, teacher sets (inline, from a file,
// broken), escape questions, Chinese, and reviewing a question in the explorer.
//
// The expected answers come from the generator itself, run in Node through www/pkg.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { quizQuestion } from "../../www/pkg/hessian_explorer.js";
import { useHarness, pixelOf, hashParams, waitForHash, screenshot } from "./harness.mjs";
import { prettyFormula } from "../../www/i18n/format.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

const h = useHarness();

/** Opens the page in a fresh context (empty localStorage) and waits for the quiz or explorer. */
async function open(hash, { viewport = { width: 1280, height: 800 }, context } = {}) {
  context ??= await h.browser.newContext({ viewport, locale: "en-US" });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
  await page.goto(h.url + hash);
  await settled(page);
  return { page, errors, context };
}

/** Waits until the page is ready and the quiz (in quiz mode) has a question or an error. */
async function settled(page) {
  await page.waitForSelector("body.ready", { timeout: 15000 });
  await page.waitForFunction(
    () => !document.body.classList.contains("mode-quiz") || ["asking", "right", "wrong", "error"].includes(document.querySelector("#quiz").dataset.state),
    null,
    { timeout: 15000 },
  );
}

const quiz = (page) => page.locator("#quiz");
const text = async (page, selector) => (await page.locator(selector).innerText()).trim();

test("#mode=quiz&level=2&seed=7: two browsers get the same question; one right, one wrong, reload keeps the score; reset clears it", async () => {
  const q0 = quizQuestion(2, 7, 0);
  const q1 = quizQuestion(2, 7, 1);
  const a = await open("#mode=quiz&level=2&seed=7");
  const b = await open("#mode=quiz&level=2&seed=7");
  const { page, errors } = a;
  assert.equal(await text(page, ".quiz-formula"), `L(w₁, w₂) = ${prettyFormula(q0.formula)}`);
  assert.equal(await quiz(page).getAttribute("data-question"), await quiz(b.page).getAttribute("data-question"));
  assert.equal(await text(b.page, ".quiz-prompt"), await text(page, ".quiz-prompt"));
  assert.equal(await text(page, ".quiz-prompt"), "What kind of point is θ′ = (1, 0)?");
  assert.equal(await page.locator(".quiz-level").inputValue(), "2");
  assert.equal(await page.locator(".panel:not(.quiz)").isVisible(), false, "the explorer's panel (and its verdict) is hidden");
  await screenshot(page, "quiz-asking");

  // Right.
  await page.click(`.quiz-answer[data-answer="${q0.answer}"]`);
  await page.waitForSelector("#quiz[data-state=right]");
  assert.equal(await text(page, ".quiz-verdict"), "Right!");
  assert.equal(await text(page, ".quiz-correct"), "The answer: Local minimum.");
  assert.equal(await text(page, ".quiz-reason"), "All eigenvalues positive: a local minimum — every direction goes up.");
  assert.deepEqual(await page.locator(".quiz-eigen td.lambda span:first-child").allInnerTexts(), ["2", "6"]);
  assert.match(await text(page, ".quiz-rule"), /All λ > 0: local minimum\. All λ < 0: local maximum\. Both signs: saddle point/);
  assert.equal(await text(page, ".quiz-score"), "Score 1 / 1");
  assert.equal(await text(page, ".quiz-streak"), "Streak 1");
  // A second click cannot score again.
  assert.equal(await page.locator(".quiz-answer").first().isDisabled(), true);

  // Wrong.
  await page.click(".quiz-next");
  await waitForHash(page, "q", "1");
  assert.equal(await text(page, ".quiz-formula"), `L(w₁, w₂) = ${prettyFormula(q1.formula)}`);
  assert.equal(await text(page, ".quiz-number"), "Question 2");
  const wrong = q1.answer === "saddle" ? "maximum" : "saddle";
  await page.click(`.quiz-answer[data-answer="${wrong}"]`);
  await page.waitForSelector("#quiz[data-state=wrong]");
  assert.equal(await text(page, ".quiz-verdict"), "Not quite.");
  assert.match(await text(page, ".quiz-feedback"), new RegExp(`You said: ${wrong === "saddle" ? "Saddle point" : "Local maximum"}\\.`));
  assert.equal(await text(page, ".quiz-score"), "Score 1 / 2");
  assert.equal(await text(page, ".quiz-streak"), "Streak 0");
  assert.equal(await page.locator(`.quiz-answer[data-answer="${q1.answer}"]`).getAttribute("class"), "quiz-answer is-correct");
  await screenshot(page, "quiz-wrong", { fullPage: true });

  // Reload: same question, still graded, same score, the mistake listed.
  await page.reload();
  await settled(page);
  assert.equal(await quiz(page).getAttribute("data-state"), "wrong");
  assert.equal(await text(page, ".quiz-formula"), `L(w₁, w₂) = ${prettyFormula(q1.formula)}`);
  assert.equal(await text(page, ".quiz-score"), "Score 1 / 2");
  assert.equal(await text(page, ".quiz-mistakes summary"), "Mistakes (1)");

  // Reset.
  await page.click(".quiz-reset");
  await page.waitForSelector("#quiz[data-state=asking]");
  assert.equal(await text(page, ".quiz-score"), "Score 0 / 0");
  assert.equal(await text(page, ".quiz-mistakes summary"), "Mistakes (0)");
  await page.reload();
  await settled(page);
  assert.equal(await text(page, ".quiz-score"), "Score 0 / 0");
  assert.deepEqual(errors, []);
  assert.deepEqual(b.errors, []);
});

test("the Quiz tab switches modes and writes a shareable seed into the URL; Explore switches back", async () => {
  const { page, errors } = await open("");
  await page.getByRole("tab", { name: "Quiz" }).click();
  await settled(page);
  await waitForHash(page, "mode", "quiz");
  const seed = hashParams(page.url()).get("seed");
  assert.match(seed, /^\d+$/);
  assert.equal(await text(page, ".quiz-formula"), `L(w₁, w₂) = ${prettyFormula(quizQuestion(1, Number(seed), 0).formula)}`);
  assert.equal(await page.getByRole("tab", { name: "Quiz" }).getAttribute("aria-selected"), "true");
  await page.getByRole("tab", { name: "Explore" }).click();
  await waitForHash(page, "mode", undefined);
  assert.equal(hashParams(page.url()).get("seed"), undefined, "explorer links stay clean");
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "saddle");
  assert.equal(await page.getByLabel("Loss L(θ)").isVisible(), true);
  assert.deepEqual(errors, []);
});

test("a wrong answer reviewed in the explorer: formula, point and verdict are the question's", async () => {
  const q = quizQuestion(2, 16, 1);
  assert.deepEqual([q.type, q.answer], ["classify", "maximum"]);
  const { page, errors } = await open("#mode=quiz&level=2&seed=16&q=1");
  await page.click(`.quiz-answer[data-answer="${q.answer === "saddle" ? "maximum" : "saddle"}"]`);
  await page.waitForSelector("#quiz[data-state=wrong]");
  await page.locator(".quiz-mistakes summary").click();
  await page.locator(".quiz-mistake-list .quiz-review").first().click();
  await page.waitForFunction(() => !document.body.classList.contains("mode-quiz"));
  await page.waitForFunction((kind) => document.querySelector("#verdict").dataset.kind === kind, q.answer);
  assert.equal(await page.getByLabel("Loss L(θ)").inputValue(), q.formula);
  // The point as the quiz showed it: tidied (−0.270844590667348 → −0.270844591), the same maximum.
  assert.equal(await page.getByRole("textbox", { name: "θ′ w1" }).inputValue(), "-0.270844591");
  assert.equal(await page.getByRole("textbox", { name: "θ′ w2" }).inputValue(), "-0.923038556");
  assert.equal(hashParams(page.url()).get("mode"), undefined);
  // Back to the quiz: the same set, the same question.
  await page.getByRole("tab", { name: "Quiz" }).click();
  await settled(page);
  await waitForHash(page, "seed", "16");
  assert.equal(hashParams(page.url()).get("level"), "2");
  assert.equal(hashParams(page.url()).get("q"), "1");
  assert.equal(await quiz(page).getAttribute("data-state"), "wrong");
  assert.deepEqual(errors, []);
});

/** Clicks on the canvas from θ′ in the parameter direction d (2-D), 0.8 units away. */
async function clickDirection(page, point, d) {
  const p = await pixelOf(page, point[0] + 0.8 * d[0], point[1] + 0.8 * d[1]);
  await page.mouse.click(p.x, p.y);
}

test("escape questions: a click along u is right, one along a rising direction is wrong", async () => {
  const right = quizQuestion(1, 20, 0);
  assert.equal(right.type, "escape");
  const { page, errors } = await open("#mode=quiz&level=1&seed=20");
  assert.match(await text(page, ".quiz-prompt"), /is a saddle point\. Click on the surface in a direction from θ′ in which the loss goes down\./);
  assert.equal(await page.locator(".quiz-answer").count(), 0);
  await clickDirection(page, right.point, right.analysis.escape);
  await page.waitForSelector("#quiz[data-state=right]");
  // Along u = (1, 0) of λ = −6, as closely as a pixel allows.
  assert.match(await text(page, ".quiz-escape-result"), /^Along your direction v the loss goes down: vᵀHv = −(6|5\.99\d*) < 0\.$/);
  await screenshot(page, "quiz-escape-right");

  const wrong = quizQuestion(1, 44, 0);
  assert.equal(wrong.type, "escape");
  await page.goto(`${h.url}#mode=quiz&level=1&seed=44`);
  await page.reload();
  await settled(page);
  // The eigenvector of the positive eigenvalue goes up.
  await clickDirection(page, wrong.point, wrong.analysis.eigenvectors[1]);
  await page.waitForSelector("#quiz[data-state=wrong]");
  assert.match(await text(page, ".quiz-escape-result"), /does not go down: vᵀHv = 2 ≥ 0\. The eigenvector u of λ = −4 is a way down\./);
  assert.equal(await text(page, ".quiz-score"), "Score 1 / 2");

  // The keyboard: the arrow starts pointing right (+w₁), each ← turns it 15° anticlockwise.
  const keys = quizQuestion(1, 40, 0);
  assert.equal(keys.type, "escape");
  assert.deepEqual(keys.analysis.escape, [0, 1], "u points up, along +w₂");
  await page.goto(`${h.url}#mode=quiz&level=1&seed=40`);
  await page.reload();
  await settled(page);
  await page.locator("#surface").focus();
  for (let k = 0; k < 6; k++) await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#quiz[data-state=right]");
  assert.match(await text(page, ".quiz-escape-result"), /vᵀHv = −6 < 0/);
  assert.equal(await text(page, ".quiz-score"), "Score 2 / 3");
  assert.deepEqual(errors, []);
});

test("a teacher's set in the URL: questions in order, answers by the engine, a summary at the end", async () => {
  const set = JSON.stringify([
    { formula: "(y - w1 w2 x)^2", data: { x: [1], y: [1] }, point: [0, 0] },
    { formula: "w1^2 + w2^2 - w3^2", point: [0, 0, 0] },
  ]);
  const { page, errors } = await open(`#mode=quiz&set=${encodeURIComponent(set)}`);
  assert.equal(await text(page, ".quiz-number"), "Question 1 of 2");
  assert.equal(await text(page, ".quiz-set-info"), "A teacher's set: 2 questions.");
  assert.match(await text(page, ".quiz-data"), /x = \(1\); y = \(1\)/);
  await page.click('.quiz-answer[data-answer="saddle"]');
  await page.waitForSelector("#quiz[data-state=right]");
  await page.click(".quiz-next");
  await page.waitForSelector("#quiz[data-state=asking]");
  assert.equal(await text(page, ".quiz-number"), "Question 2 of 2");
  assert.match(await text(page, ".quiz-slice"), /only a slice through θ′ over w₁ and w₂.*Only the eigenvalues of the full Hessian decide\./);
  await page.click('.quiz-answer[data-answer="minimum"]');
  await page.waitForSelector("#quiz[data-state=wrong]");
  assert.equal(await text(page, ".quiz-correct"), "The answer: Saddle point.");
  assert.equal(await text(page, ".quiz-summary-line"), "The set: 1 of 2 right.");
  assert.equal(await page.locator(".quiz-next").count(), 0, "the set has ended");
  await page.click(".quiz-restart");
  await page.waitForSelector("#quiz[data-state=asking]");
  assert.equal(await text(page, ".quiz-number"), "Question 1 of 2");
  assert.deepEqual(errors, []);
});

test("a set file next to the page (setUrl) loads; a broken set says which question and what, in both languages", async () => {
  const { page, errors } = await open("#mode=quiz&setUrl=quiz-example.json");
  assert.equal(await text(page, ".quiz-number"), "Question 1 of 5");
  assert.equal(await text(page, ".quiz-formula"), "L(w₁, w₂) = (y − w₁ w₂ x)^2");

  const broken = JSON.stringify([{ formula: "w1^2 + w2^2", point: [0, 0] }, { formula: "w1^2 + * w2", point: [0, 0] }]);
  await page.goto(`${h.url}#mode=quiz&set=${encodeURIComponent(broken)}`);
  await page.reload();
  await settled(page);
  assert.equal(await quiz(page).getAttribute("data-state"), "error");
  assert.match(await text(page, ".quiz-error"), /^The teacher's set cannot be used: question 2: the formula “w1\^2 \+ \* w2” has an error at characters 8–8: /);
  await page.click("#lang-toggle");
  await page.waitForFunction(() => document.querySelector(".quiz-error")?.innerText.startsWith("老师的题组无法使用"));
  assert.match(await text(page, ".quiz-error"), /第 2 题：公式“w1\^2 \+ \* w2”在第 8–8 个字符有错误：/);
  await page.goto(`${h.url}#mode=quiz&lang=zh&set=${encodeURIComponent('[{"formula": "w1^2"}]')}`);
  await page.reload();
  await settled(page);
  assert.match(await text(page, ".quiz-error"), /第 1 题：“point”必须是一串数字/);
  assert.deepEqual(errors, []);
});

test("generated sets: a summary after every ten questions, with the mistakes to review", async () => {
  const q = quizQuestion(1, 0, 9);
  assert.equal(q.type, "classify");
  const { page, errors } = await open("#mode=quiz&level=1&seed=0&q=9");
  assert.equal(await text(page, ".quiz-number"), "Question 10");
  await page.click(`.quiz-answer[data-answer="${q.answer === "saddle" ? "minimum" : "saddle"}"]`);
  await page.waitForSelector("#quiz[data-state=wrong]");
  assert.equal(await text(page, ".quiz-summary-line"), "Questions 1–10: 0 of the 1 answered are right.");
  assert.equal(await page.locator(".quiz-summary .quiz-review").count(), 1);
  await page.click(".quiz-next");
  await page.waitForSelector("#quiz[data-state=asking]");
  assert.equal(await page.locator(".quiz-summary").count(), 0);
  assert.deepEqual(errors, []);
});

test("lang=zh: the question, answers and explanation in Chinese with the lecture's terms; phone width", async () => {
  const { page, errors } = await open("#mode=quiz&level=2&seed=7&lang=zh", { viewport: { width: 390, height: 844 } });
  assert.equal(await text(page, ".quiz-number"), "第 1 题");
  assert.equal(await text(page, ".quiz-prompt"), "θ′ = (1, 0) 是什么样的点？");
  assert.equal(await page.getByRole("tab", { name: "测验" }).getAttribute("aria-selected"), "true");
  assert.equal(await text(page, '.quiz-answer[data-answer="saddle"]'), "鞍点（saddle point）");
  await page.click('.quiz-answer[data-answer="minimum"]');
  await page.waitForSelector("#quiz[data-state=right]");
  assert.equal(await text(page, ".quiz-verdict"), "答对了！");
  assert.match(await text(page, ".quiz-reason"), /所有特征值都是正的：局部最小值（local minima）/);
  assert.match(await text(page, ".quiz-rule"), /有正有负：鞍点（saddle point）/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "no horizontal scroll on a phone");
  await screenshot(page, "quiz-phone-zh", { fullPage: true });
  assert.deepEqual(errors, []);
});
