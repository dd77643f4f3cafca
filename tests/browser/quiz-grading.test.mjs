// The quiz grades by what the point is, asks "can the eigenvalues alone decide?" as its own
// question, and deals its answers evenly: checked by answering as a student does and reading
// what the page says.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { quizQuestion } from "../../www/pkg/hessian_explorer.js";
import { useHarness, watch, screenshot } from "./harness.mjs";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

const h = useHarness();

/** Opens the quiz at `hash` in a fresh context (no progress) and waits for its question. */
async function openQuiz(hash, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await h.browser.newContext({ viewport, locale: "en-US" });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(h.url + hash);
  await page.waitForSelector("body.ready");
  await page.waitForFunction(() => ["asking", "right", "wrong", "error"].includes(document.querySelector("#quiz").dataset.state));
  return { page, errors };
}

const text = async (page, selector) => (await page.locator(selector).innerText()).trim();
const setHash = (questions) => `#mode=quiz&set=${encodeURIComponent(JSON.stringify(questions))}`;

test("a point of the lecture's valley, (1 − w₁w₂)² at (−1, −1), answered “local minimum”, is graded right, and the explanation says how it was decided", async () => {
  const { page, errors } = await openQuiz(setHash([{ formula: "(1 - w1 w2)^2", point: [-1, -1] }]));
  assert.equal(await text(page, ".quiz-prompt"), "What kind of point is θ′ = (−1, −1)?");
  assert.equal(await text(page, ".quiz-set-info"), "A teacher's set: 1 question.");
  assert.deepEqual(await page.locator(".quiz-answer").allInnerTexts(), ["Local minimum", "Local maximum", "Saddle point", "Not a critical point"]);
  await page.click('.quiz-answer[data-answer="minimum"]');
  await page.waitForSelector("#quiz[data-state=right]");
  assert.equal(await text(page, ".quiz-verdict"), "Right!");
  assert.equal(await text(page, ".quiz-correct"), "The answer: Local minimum.");
  assert.match(await text(page, ".quiz-reason"), /^An eigenvalue is zero, so the second-order test cannot decide; a higher-order look along the flat direction shows it is a minimum/);
  assert.equal(await text(page, ".quiz-decided-by"), "How it was decided: the formula cannot be negative (a square, or a sum of them) and is 0 here, so no point is lower.");
  assert.match(await text(page, ".quiz-rule"), /Some λ ≈ 0 and the rest of one sign: the eigenvalues alone cannot decide/);
  assert.equal(await text(page, ".quiz-score"), "Score 1 / 1");
  await screenshot(page, "quiz-valley-right");
  assert.deepEqual(errors, []);
});

test("“Can the eigenvalues alone decide?”: a generated question and a teacher's, graded yes / no with the reason, in English and Chinese", async () => {
  const q = quizQuestion(3, 7, 0);
  assert.deepEqual([q.type, q.answer], ["decide", "yes"]);
  const { page, errors } = await openQuiz("#mode=quiz&level=3&seed=7");
  assert.match(await text(page, ".quiz-prompt"), /^Can the eigenvalues of H alone decide what kind of point θ′ = \(.*\) is\?$/);
  assert.deepEqual(await page.locator(".quiz-answer").allInnerTexts(), ["Yes: their signs decide", "No: a zero eigenvalue leaves it open"]);
  await page.click('.quiz-answer[data-answer="yes"]');
  await page.waitForSelector("#quiz[data-state=right]");
  assert.equal(await text(page, ".quiz-decide"), "Yes: no eigenvalue is zero, or two have opposite signs, so the signs alone decide.");

  // A teacher's decide question on the valley: the eigenvalues cannot decide.
  await page.evaluate((hash) => (location.hash = hash), setHash([{ formula: "(1 - w1 w2)^2", point: [1, 1], type: "decide" }]) + "&lang=zh");
  await page.waitForFunction(() => document.querySelector("#quiz").dataset.state === "asking");
  assert.equal(await text(page, ".quiz-prompt"), "只看 H 的特征值，能判断 θ′ = (1, 1) 是什么样的点吗？");
  await page.click('.quiz-answer[data-answer="yes"]');
  await page.waitForSelector("#quiz[data-state=wrong]");
  assert.equal(await text(page, ".quiz-correct"), "正确答案：不能：有特征值是零，还判断不了。");
  assert.match(await text(page, ".quiz-decide"), /^不能：有特征值是零，其余的特征值同号，二阶检验无法判断/);
  assert.match(await text(page, ".quiz-decided-by"), /^怎么判断的：从公式的形式看 loss 不可能是负的/);
  await page.locator(".quiz-mistakes summary").click();
  assert.match(await text(page, ".quiz-progress .quiz-mistake-list li"), /只看特征值能判断吗？你的答案是能：看特征值的正负就能判断；正确答案是不能/);
  await screenshot(page, "quiz-decide-zh");
  assert.deepEqual(errors, []);
});

/**
 * The answers a student meets in the first `count` questions of (`level`, `seed`), as the
 * page reveals them: after a click on an answer the right one is marked; an escape question
 * (no answer buttons, a direction to click) is a saddle.
 */
async function answersSeen(page, level, seed, count) {
  const seen = [];
  const go = (q) => page.evaluate((hash) => (location.hash = hash), `#mode=quiz&level=${level}&seed=${seed}&q=${q}`);
  await go(0);
  for (let k = 0; k < count; k++) {
    await page
      .waitForFunction((n) => document.querySelector("#quiz").dataset.state === "asking" && document.querySelector(".quiz-number")?.textContent === `Question ${n}`, k + 1, { timeout: 60000 })
      .catch(async (error) => {
        const seen = await page.evaluate(() => [document.querySelector("#quiz").dataset.state, document.querySelector(".quiz-number")?.textContent, location.hash]);
        throw new Error(`level ${level} seed ${seed} question ${k + 1}: ${seen.join(" | ")} (${error.message})`);
      });
    if ((await page.locator(".quiz-answer").count()) === 0) {
      seen.push("escape");
      await go(k + 1);
      continue;
    }
    await page.locator(".quiz-answer").first().click();
    await page.waitForSelector(".quiz-answer.is-correct");
    seen.push(await page.locator(".quiz-answer.is-correct").getAttribute("data-answer"));
    await page.click(".quiz-next");
  }
  return seen;
}

test("answers are dealt evenly per level, as the student meets them: none more than half, no run longer than two", async () => {
  const { page, errors } = await openQuiz("#mode=quiz&level=1&seed=1");
  const expected = {
    1: ["minimum", "maximum", "saddle", "not_critical", "escape"],
    2: ["minimum", "maximum", "saddle", "escape"],
    3: ["minimum", "maximum", "saddle", "not_critical", "yes", "no"],
    4: ["minimum", "maximum", "saddle"],
  };
  for (const level of [1, 2, 3, 4]) {
    const all = [];
    for (const seed of [11, 12]) {
      const seen = await answersSeen(page, level, seed, 8);
      all.push(...seen);
      for (let k = 2; k < seen.length; k++) {
        assert.ok(!(seen[k] === seen[k - 1] && seen[k] === seen[k - 2]), `level ${level} seed ${seed}: three ${seen[k]} in a row: ${seen}`);
      }
    }
    const counts = new Map();
    for (const a of all) counts.set(a, (counts.get(a) ?? 0) + 1);
    for (const [answer, n] of counts) assert.ok(n <= all.length / 2, `level ${level}: ${answer} ${n} of ${all.length}`);
    for (const answer of expected[level]) assert.ok(counts.has(answer), `level ${level} asks ${answer}: ${[...counts]}`);
    assert.ok(!counts.has("inconclusive"), `level ${level}`);
  }
  assert.deepEqual(errors, []);
});

test("a teacher's set that cannot be used: no question count, no score, no stale surface, a sentence on the plot", async () => {
  // First a good set, answered, so a score exists to be left out.
  const { page, errors } = await openQuiz(setHash([{ formula: "w1^2 + w2^2", point: [0, 0] }]));
  await page.click('.quiz-answer[data-answer="minimum"]');
  await page.waitForSelector("#quiz[data-state=right]");
  await page.evaluate((hash) => (location.hash = hash), setHash([{ formula: "w1^2", point: [0, 0] }]));
  await page.waitForSelector("#quiz[data-state=error]");
  assert.match(await text(page, ".quiz-error"), /question 1: the formula needs at least two parameters/);
  assert.equal(await text(page, ".quiz-set-info"), "A teacher's set");
  assert.equal(await page.locator(".quiz-number").count(), 0, "no “Question 1 of 0”");
  assert.equal(await page.locator(".quiz-score").count(), 0, "no score carried over from the last set");
  assert.equal(await text(page, ".quiz-empty-note"), "No question to show: the teacher's set cannot be used (see the message about the set).");
  assert.equal(await page.locator("#surface").evaluate((c) => getComputedStyle(c).visibility), "hidden");
  await page.click(".quiz-leave");
  await page.waitForSelector("#quiz[data-state=asking]");
  assert.equal(await page.locator("#surface").evaluate((c) => getComputedStyle(c).visibility), "visible");
  assert.equal(await page.locator(".quiz-empty-note").isVisible(), false);
  assert.deepEqual(errors, []);
});
