// The SCORM package in an LMS: ./build.sh scorm's tool (tools/scorm.mjs) builds a package, the
// test unzips it (with Python's zipfile, a reader independent of our writer) next to a stand-in
// LMS (lms-host/: scorm-again's LMS-side SCORM 1.2 and 2004 runtimes, the package framed as an
// LMS frames it), and drives it as a student: a right answer, a wrong one, leaving and coming
// back (the quiz resumes from the suspend data), the last answer. What the LMS was told is read
// from scorm-again's data model: interactions, score, status, suspend data, exit, time.
//
// The expected answers come from the engine itself (a teacher's set: analyze at each point; a
// generated quiz: quizQuestion, through www/pkg in Node).
import test, { before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import init, { quizQuestion } from "../../www/pkg/hessian_explorer.js";
import { serve, launch, watch, failOnPageErrors, screenshot } from "./harness.mjs";
import { buildPackage } from "../../tools/scorm.mjs";
import { createView } from "../../www/surface/view.js";
import { setId } from "../../www/quiz/quiz-set.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** A teacher's set whose answers are known: a minimum, a saddle, and the way out of a saddle. */
const SET = [
  { formula: "w1^2 + w2^2", point: [0, 0] },
  { formula: "w1^2 - w2^2", point: [0, 0] },
  { formula: "(y - w1 w2 x)^2", data: { x: [1], y: [1] }, point: [0, 0], type: "escape" },
];

let dir;
let server;
let browser;
failOnPageErrors();

/** Builds a package with `args` into a folder served next to the stand-in LMS; returns the LMS's URL path. */
async function packageFolder(name, args) {
  const folder = path.join(dir, name);
  const zipFile = path.join(dir, `${name}.zip`);
  await buildPackage([...args, "--out", zipFile]);
  fs.mkdirSync(folder, { recursive: true });
  for (const file of fs.readdirSync(path.join(ROOT, "tests/browser/lms-host"))) fs.copyFileSync(path.join(ROOT, "tests/browser/lms-host", file), path.join(folder, file));
  fs.copyFileSync(path.join(ROOT, "node_modules/scorm-again/dist/esm/scorm-again.js"), path.join(folder, "scorm-again.js"));
  const listing = execFileSync("python3", ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2]); print(' '.join(z.namelist()))", zipFile, path.join(folder, "package")], { encoding: "utf8" });
  assert.deepEqual(listing.trim().split(" "), ["imsmanifest.xml", "index.html"], "the manifest at the root, the page beside it");
  return `${name}/`;
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hessian-scorm-"));
  fs.writeFileSync(path.join(dir, "set.json"), JSON.stringify(SET));
  // An LMS serves a package's files as they are, without the page's own strict CSP (the
  // package's page carries its script inline).
  server = await serve(dir + path.sep, { csp: null });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The stand-in LMS at `folder` for `version` and `mastery`; resolves when the quiz asks. */
async function openLms(folder, version, mastery) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(`${server.url}${folder}index.html?version=${version}&mastery=${mastery}`);
  const sco = page.frameLocator("#sco");
  await asking(sco);
  return { page, sco, errors, context };
}

async function asking(sco) {
  await sco.locator("#quiz[data-state=asking], #quiz[data-state=right], #quiz[data-state=wrong]").waitFor({ timeout: 20000 });
}

/** Clicks from θ′ along the parameter direction `d` on the quiz's surface inside the frame. */
async function clickAlong(page, sco, point, d) {
  const canvas = sco.locator("#surface");
  const box = await canvas.boundingBox();
  const [left, top, width, height] = (await canvas.getAttribute("data-plot")).split(",").map(Number);
  const [x0, x1, y0, y1] = (await canvas.getAttribute("data-window")).split(",").map(Number);
  const view = createView({ x0, x1, y0, y1 }, { left, top, width, height });
  await page.mouse.click(box.x + view.px(point[0] + 0.8 * d[0]), box.y + view.py(point[1] + 0.8 * d[1]));
}

const data = (page) => page.evaluate(() => window.lms.data());
const calls = (page, session) => page.evaluate((k) => window.lms.calls[k], session);

test("SCORM 1.2 with a teacher's set: right, wrong, leave and resume, escape; score, status, interactions, suspend data", async () => {
  const folder = await packageFolder("scorm12", ["--set", path.join(dir, "set.json"), "--mastery", "60", "--lang", "en"]);
  const { page, sco, errors, context } = await openLms(folder, "1.2", 60);
  assert.equal(await sco.locator(".lms-status").getAttribute("data-state"), "connected");
  assert.equal(await sco.locator(".quiz-number").innerText(), "Question 1 of 3");
  assert.equal(await sco.locator(".quiz-level").count() + (await sco.locator(".quiz-reset").isVisible() ? 1 : 0), 0, "the LMS fixes the questions: no level, no reset");
  await screenshot(page, "scorm12-asking");

  // Right: a minimum.
  await sco.locator('.quiz-answer[data-answer="minimum"]').click();
  await sco.locator("#quiz[data-state=right]").waitFor();
  let cmi = await data(page);
  const first = cmi.interactions[0];
  assert.equal(first.id, `s-${setId(JSON.stringify(SET))}-0`, "the question's id in the quiz (the set's and the index), as an identifier");
  assert.deepEqual([first.type, first.student_response, first.correct_responses[0].pattern, first.result, first.weighting], ["fill-in", "minimum", "minimum", "correct", "1"]);
  assert.match(first.time, /^\d\d:\d\d:\d\d$/);
  assert.match(first.latency, /^\d+:\d\d:\d\d(\.\d{1,2})?$/, "CMITimespan: the LMS may keep one decimal (.4 for .40)");
  assert.deepEqual([cmi.core.score.raw, cmi.core.score.min, cmi.core.score.max, cmi.core.lesson_status], ["33.33", "0", "100", "incomplete"]);
  assert.ok((await calls(page, 0)).some(([event]) => event === "LMSCommit"), "committed after the answer");

  // Wrong: a saddle called a minimum.
  await sco.locator(".quiz-next").click();
  await sco.locator('.quiz-answer[data-answer="minimum"]').click();
  await sco.locator("#quiz[data-state=wrong]").waitFor();
  cmi = await data(page);
  assert.deepEqual([cmi.interactions[1].student_response, cmi.interactions[1].correct_responses[0].pattern, cmi.interactions[1].result], ["minimum", "saddle", "wrong"]);
  assert.deepEqual([cmi.core.score.raw, cmi.core.lesson_status], ["33.33", "incomplete"]);
  const suspend = JSON.parse(cmi.suspend_data);
  assert.equal(suspend.q, 1, "the position: question 2");
  assert.deepEqual(suspend.a.map(([, a]) => [a.g, a.c]), [["minimum", 1], ["minimum", 0]]);

  // The student leaves and comes back: the LMS starts a new session from the stored data.
  await page.evaluate(() => window.lms.relaunch());
  const ended = await calls(page, 0);
  assert.deepEqual(ended.filter(([event, element]) => event === "LMSSetValue" && element === "cmi.core.exit").map(([, , value]) => value), ["suspend"]);
  assert.match(ended.find(([, element]) => element === "cmi.core.session_time")[2], /^\d{4}:\d\d:\d\d\.\d\d$/);
  assert.equal(ended.at(-1)[0], "LMSFinish", "finished last");
  await asking(sco);
  assert.equal(await sco.locator(".quiz-number").innerText(), "Question 2 of 3", "resumed where the student left off");
  assert.equal(await sco.locator("#quiz").getAttribute("data-state"), "wrong", "the answer given is still graded, not asked again");
  assert.equal(await sco.locator(".quiz-score").innerText(), "Score 1 / 2");

  // The last question: the way out of the lecture's saddle, clicked along u = (1, 1)/√2.
  await sco.locator(".quiz-next").click();
  await sco.locator("#quiz[data-state=asking]").waitFor();
  await clickAlong(page, sco, [0, 0], [Math.SQRT1_2, Math.SQRT1_2]);
  await sco.locator("#quiz[data-state=right]").waitFor();
  cmi = await data(page);
  const escape = cmi.interactions[0]; // this session's first interaction
  assert.deepEqual([escape.type, escape.correct_responses[0].pattern, escape.result], ["performance", "vHv<0", "correct"]);
  assert.match(escape.student_response, /^0\.7\d*,0\.7\d* vHv=-2\.0\d*$/);
  assert.deepEqual([cmi.core.score.raw, cmi.core.lesson_status], ["66.67", "passed"], "2 of 3 against a mastery of 60%");
  assert.match(await sco.locator(".lms-status").innerText(), /Result sent to your course: 67% · passed \(60% to pass\)/);
  await sco.locator(".quiz-summary").waitFor();
  await screenshot(page, "scorm12-result");

  // Leaving a finished quiz is a normal exit.
  await page.evaluate(() => window.lms.relaunch());
  assert.deepEqual((await calls(page, 1)).filter(([, element]) => element === "cmi.core.exit").map(([, , value]) => value), [""]);
  await asking(sco); // the finished quiz opens again, every answer graded
  assert.equal(await sco.locator(".lms-status").getAttribute("data-state"), "result");
  assert.deepEqual(errors, []);
  await context.close();
});

test("SCORM 2004 with generated questions: interactions, scaled score, completion and success, resume", async () => {
  const [level, seed, count] = [2, 7, 2];
  const questions = Array.from({ length: count }, (_, k) => quizQuestion(level, seed, k));
  const folder = await packageFolder("scorm2004", ["--scorm", "2004", "--level", String(level), "--seed", String(seed), "--questions", String(count), "--mastery", "75"]);
  const { page, sco, errors, context } = await openLms(folder, "2004", 75);
  assert.equal(await sco.locator(".quiz-number").innerText(), `Question 1 of ${count}`);

  /** Answers question `k` right or wrong, as the engine says. */
  const answer = async (k, right) => {
    const q = questions[k];
    if (q.type === "escape") {
      const direction = right ? q.analysis.escape : q.analysis.eigenvectors.at(-1);
      await clickAlong(page, sco, q.point, [direction[questions[k].params.indexOf(q.x)], direction[questions[k].params.indexOf(q.y)]]);
    } else {
      const wrong = ["minimum", "maximum", "saddle", "not_critical"].find((a) => a !== q.answer);
      await sco.locator(`.quiz-answer[data-answer="${right ? q.answer : wrong}"]`).click();
    }
    await sco.locator(`#quiz[data-state=${right ? "right" : "wrong"}]`).waitFor();
  };

  await answer(0, false);
  let cmi = await data(page);
  const first = cmi.interactions[0];
  assert.equal(first.id, `g-${level}-${seed}-0`);
  assert.equal(first.result, "incorrect");
  assert.match(first.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  assert.match(first.latency, /^PT(\d+H)?(\d+M)?\d+(\.\d+)?S$/);
  assert.match(first.description, new RegExp(`@ θ′ = \\(`));
  if (questions[0].type !== "escape") assert.equal(first.correct_responses[0].pattern, questions[0].answer);
  assert.deepEqual([cmi.score.raw, cmi.score.scaled, cmi.progress_measure, cmi.completion_status, cmi.success_status], ["0", "0", "0.5", "incomplete", "unknown"]);

  await page.evaluate(() => window.lms.relaunch());
  await asking(sco);
  assert.equal(await sco.locator("#quiz").getAttribute("data-state"), "wrong", "resumed on the answered question");
  assert.equal((await calls(page, 0)).find(([, element]) => element === "cmi.exit")[2], "suspend");
  assert.match((await calls(page, 0)).find(([, element]) => element === "cmi.session_time")[2], /^PT/);
  await sco.locator(".quiz-next").click();
  await answer(1, true);
  cmi = await data(page);
  assert.equal(cmi.interactions[0].result, "correct");
  assert.deepEqual([cmi.score.raw, cmi.score.scaled, cmi.score.min, cmi.score.max], ["50", "0.5", "0", "100"]);
  assert.deepEqual([cmi.progress_measure, cmi.completion_status, cmi.success_status], ["1", "completed", "failed"], "1 of 2 against 75%");
  assert.match(await sco.locator(".lms-status").innerText(), /50% · not passed \(75% to pass\)/);
  await page.evaluate(() => window.lms.relaunch());
  assert.equal((await calls(page, 1)).find(([, element]) => element === "cmi.exit")[2], "normal");
  await asking(sco);
  assert.deepEqual(errors, []);
  await context.close();
});

test("opened without an LMS the package's quiz runs on its own and says so", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(`${server.url}scorm12/package/index.html`);
  await page.locator("#quiz[data-state=asking]").waitFor({ timeout: 20000 });
  assert.equal(await page.locator(".lms-status").getAttribute("data-state"), "none");
  assert.equal(await page.locator(".lms-status").innerText(), "Not connected to a course: your answers stay in this browser.", "the package's --lang en");
  await page.locator('.quiz-answer[data-answer="minimum"]').click();
  await page.locator("#quiz[data-state=right]").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
