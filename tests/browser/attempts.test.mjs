// Class results without a server: at the end of a quiz (here a generated one of `count`
// questions) and from the progress card, a student downloads their answers as CSV in the
// page's language; each row's link opens that question in the explorer.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { quizQuestion } from "../../www/pkg/hessian_explorer.js";
import { useHarness, screenshot, ready, watch } from "./harness.mjs";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

const h = useHarness();

/** The rows of a CSV file (fields here hold no line breaks). */
function rows(text) {
  assert.ok(text.startsWith("\ufeff"), "a byte-order mark");
  return text
    .slice(1)
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map(([, f]) => (f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f)));
}

/** The page in quiz mode at `hash`, once it asks its first question. */
async function openQuiz(hash) {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(h.url + hash);
  await page.waitForSelector("#quiz[data-state=asking]", { timeout: 15000 });
  return { page, errors };
}

async function downloadCsv(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  assert.match(file.suggestedFilename(), /^hessian-explorer-answers-\d{4}-\d\d-\d\d\.csv$/);
  return rows(fs.readFileSync(await file.path(), "utf8"));
}

test("a quiz of two questions: the summary's CSV and the progress card's, each answer with its link", async () => {
  const [level, seed] = [2, 7];
  const questions = [0, 1].map((k) => quizQuestion(level, seed, k));
  const { page, errors } = await openQuiz(`#mode=quiz&level=${level}&seed=${seed}&count=2&lang=en`);
  assert.equal(await page.locator(".quiz-download").isDisabled(), true, "nothing to download yet");
  assert.equal(await page.locator(".quiz-number").innerText(), "Question 1 of 2");
  await page.click(`.quiz-answer[data-answer="${questions[0].answer}"]`);
  await page.waitForSelector("#quiz[data-state=right]");
  await page.click(".quiz-next");
  const wrong = ["minimum", "maximum", "saddle"].find((a) => a !== questions[1].answer);
  await page.click(`.quiz-answer[data-answer="${wrong}"]`);
  await page.waitForSelector("#quiz[data-state=wrong]");
  assert.equal(await page.locator(".quiz-next").count(), 0, "the last question: no next");
  await page.locator(".quiz-summary").waitFor();
  await screenshot(page, "attempts-summary");
  const set = await downloadCsv(page, ".quiz-download-set");
  assert.deepEqual(set[0], ["#", "Question link", "Formula", "Point θ′", "Answer given", "Right answer", "Correct", "Time"]);
  assert.equal(set.length, 3);
  assert.deepEqual(set.map((r) => r[6]), ["Correct", "yes", "no"]);
  assert.equal(set[1][2].replace(/^'/, ""), questions[0].formula);
  assert.equal(set[2][4], { minimum: "Local minimum", maximum: "Local maximum", saddle: "Saddle point" }[wrong]);
  assert.match(set[1][7], /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  const all = await downloadCsv(page, ".quiz-download");
  assert.deepEqual(all, set, "the progress holds the same two answers");

  // A row's link opens the question in the explorer.
  await page.goto(set[2][1]);
  await ready(page);
  await page.waitForFunction((formula) => document.querySelector("#formula").value === formula, questions[1].formula);
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), questions[1].analysis.kind);
  assert.deepEqual(errors, []);
});

test("in Chinese", async () => {
  const q = quizQuestion(2, 9, 0);
  const { page, errors } = await openQuiz("#mode=quiz&level=2&seed=9&lang=zh");
  await page.click(`.quiz-answer[data-answer="${q.answer}"]`);
  await page.waitForSelector("#quiz[data-state=right]");
  const table = await downloadCsv(page, ".quiz-download");
  assert.deepEqual(table[0], ["序号", "题目链接", "公式", "点 θ′", "你的答案", "正确答案", "是否正确", "时间"]);
  assert.equal(table[1][6], "是");
  assert.match(table[1][1], /lang=zh/);
  assert.deepEqual(errors, []);
});
