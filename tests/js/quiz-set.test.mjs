// A teacher's quiz set (www/quiz/quiz-set.js): parsing, validation, and the error messages in
// both languages, with the questions built by the core through the built wasm.
//
// Run: node --test tests/js/quiz-set.test.mjs (needs www/pkg, no browser).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { Loss } from "../../www/pkg/hessian_explorer.js";
import { parseSet, buildQuestions, describeSetError, QuizSetError, MAX_SET, setId } from "../../www/quiz/quiz-set.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

const createLoss = (formula, columns) =>
  new Loss(formula, { data: Object.fromEntries(columns.map((c) => [c.name, c.values])), lang: "en" });

/** The error a set throws, described in both languages. */
function failure(text, build = false) {
  try {
    const items = parseSet(text);
    if (build) buildQuestions(items, createLoss);
  } catch (error) {
    assert.ok(error instanceof QuizSetError, `a QuizSetError, got ${error}`);
    return { key: error.key, en: describeSetError(error, "en"), zh: describeSetError(error, "zh") };
  }
  assert.fail(`no error for ${text}`);
}

test("set: JSON list, { questions }, and the short form parse to the same items", () => {
  const json = '[{"formula": "(y - w1 w2 x)^2", "data": {"x": [1], "y": [1]}, "point": [0, 0]}, {"formula": "w1^2 - w2^2", "point": [0, 0], "type": "escape"}]';
  const items = parseSet(json);
  assert.deepEqual(items[0], { formula: "(y - w1 w2 x)^2", data: [{ name: "x", values: [1] }, { name: "y", values: [1] }], point: [0, 0], axes: null, window: null, type: "classify" });
  assert.equal(items[1].type, "escape");
  assert.deepEqual(parseSet(`{"questions": ${json}}`), items);
  const compact = parseSet("(y - w1 w2 x)^2@0,0@x:1;y:1 | w1^2 - w2^2@0,0");
  assert.deepEqual(compact[0], items[0]);
  assert.equal(compact[1].formula, "w1^2 - w2^2");
  assert.notEqual(setId(json), setId(json + " "));
});

test("set: the engine computes each answer; axes and window are honoured", () => {
  const questions = buildQuestions(
    parseSet(JSON.stringify([
      { formula: "(y - w1 w2 x)^2", data: { x: [1], y: [1] }, point: [0, 0] },
      { formula: "w1^2 + w2^4", point: [0, 0] },
      { formula: "w1^2 + w2^2 - w3^2", point: [0, 0, 0], axes: ["w1", "w2"], window: [-1, 1, -3, 3] },
      { formula: "w1^2 + w2^2", point: [1, 0] },
      { formula: "-(w1^2 + w2^2)", point: [0, 0], axes: ["w2", "w1"] },
    ])),
    createLoss,
  );
  // Graded by what the point is: w1² + w2⁴ at the origin is a minimum (its second-order test
  // is inconclusive, and the explanation says how it was decided).
  assert.deepEqual(questions.map((q) => q.answer), ["saddle", "minimum", "saddle", "not_critical", "maximum"]);
  assert.deepEqual(questions.map((q) => q.decidedBy), ["eigenvalues", "higher_order", "eigenvalues", "gradient", "eigenvalues"]);
  assert.deepEqual([questions[2].xRange, questions[2].yRange], [[-1, 1], [-3, 3]]);
  assert.deepEqual([questions[4].x, questions[4].y, questions[4].xRange], ["w2", "w1", [-2, 2]]);
  assert.deepEqual(questions[0].analysis.eigenvalues, [-2, 2]);
});

test("set: every problem names the question and what is wrong, in English and Chinese", () => {
  const cases = [
    ["[1,", "quizSetNotJson", /not valid JSON/, /不是有效的 JSON/],
    ['{"x": 1}', "quizSetNotList", /a list of questions/, /题目的列表/],
    ["[]", "quizSetEmpty", /no questions/, /没有题目/],
    ["[5]", "quizSetItemNotObject", /question 1 is not an object/, /第 1 题不是/],
    ['[{"formula": "w1^2+w2^2", "point": [0,0]}, {"formula": "w1", "point": [0], "pont": 1}]', "quizSetUnknownField", /question 2 has an unknown field “pont”/, /第 2 题有不认识的字段“pont”/],
    ['[{"point": [0,0]}]', "quizSetNoFormula", /question 1 has no “formula”/, /第 1 题没有“formula”/],
    ['[{"formula": "w1^2", "point": "0,0"}]', "quizSetBadPoint", /question 1: “point” must be a list of numbers/, /“point”必须是一串数字/],
    ['[{"formula": "w1^2", "point": [0], "data": {"x": [1, 2], "y": [1]}}]', "quizSetBadData", /same length/, /等长/],
    ['[{"formula": "w1^2", "point": [0], "axes": ["w1", "w1"]}]', "quizSetBadAxes", /two different parameter names/, /两个不同的参数名/],
    ['[{"formula": "w1^2", "point": [0], "window": [1, 0, 0, 1]}]', "quizSetBadWindow", /x0 < x1/, /x0 < x1/],
    ['[{"formula": "w1^2", "point": [0], "type": "guess"}]', "quizSetBadType", /"classify", "decide" or "escape"/, /"classify"、"decide" 或 "escape"/],
    ["w1^2 + w2^2", "quizSetCompact", /formula@point/, /公式@点/],
    [JSON.stringify(Array.from({ length: MAX_SET + 1 }, () => ({ formula: "w1", point: [0] }))), "quizSetTooMany", /at most 200/, /最多只能有 200 题/],
  ];
  for (const [text, key, en, zh] of cases) {
    const f = failure(text);
    assert.equal(f.key, key, text);
    assert.match(f.en, /^The teacher's set cannot be used: /);
    assert.match(f.en, en, text);
    assert.match(f.zh, /^老师的题组无法使用：/);
    assert.match(f.zh, zh, text);
  }
});

test("set: the engine's objections: formula errors with their position, shapes, undefined points", () => {
  const bad = failure('[{"formula": "w1^2 + w2^2", "point": [0, 0]}, {"formula": "w1^2 + * w2", "point": [0, 0]}]', true);
  assert.equal(bad.key, "quizSetFormula");
  assert.match(bad.en, /question 2: the formula “w1\^2 \+ \* w2” has an error at characters 8–8: \S/);
  assert.match(bad.zh, /第 2 题：公式“w1\^2 \+ \* w2”在第 8–8 个字符有错误：/);
  assert.notEqual(bad.en.split(": ").at(-1), bad.zh.split("：").at(-1), "the core's message in each language");
  const cases = [
    ['[{"formula": "w1^2", "point": [0]}]', "quizSetParams", /at least two parameters/],
    ['[{"formula": "w1^2 + w2^2", "point": [0, 0, 0]}]', "quizSetPointLength", /the point \(0, 0, 0\) needs one number per parameter of the formula \(w1, w2\)/],
    ['[{"formula": "w1^2 + w2^2", "point": [1]}]', "quizSetPointLength", /the point \(1\) needs one number per parameter/],
    ['[{"formula": "w1^2 + w2^2", "point": [1, 0], "type": "decide"}]', "quizSetDecideNotCritical", /a “decide” question needs a critical point/],
    ['[{"formula": "w1^2 - w2^18", "point": [0, 0]}]', "quizSetUnknown", /cannot tell what kind of point this is, so it cannot grade an answer: along the flat direction, no term/],
    ['[{"formula": "w1^2 + w2^2", "point": [0, 0], "axes": ["w1", "b"]}]', "quizSetAxesUnknown", /the axes w1, b are not two parameters/],
    ['[{"formula": "log(w1) + w2", "point": [0, 0]}]', "quizSetUndefined", /not defined at the point/],
    ['[{"formula": "w1^2 + w2^2", "point": [0, 0], "type": "escape"}]', "quizSetEscapeNotSaddle", /needs a saddle point with a negative eigenvalue, but the point is: Local minimum/],
  ];
  for (const [text, key, en] of cases) {
    const f = failure(text, true);
    assert.equal(f.key, key, text);
    assert.match(f.en, en, text);
    assert.doesNotMatch(f.zh, /⟦/);
  }
});

test("set: a decide question is graded by whether the second-order test decides; classify by what the point is", () => {
  const questions = buildQuestions(
    parseSet(JSON.stringify([
      { formula: "(1 - w1 w2)^2", point: [-1, -1] },
      { formula: "(1 - w1 w2)^2", point: [-1, -1], type: "decide" },
      { formula: "(1 - w1 w2)^2", point: [0, 0], type: "decide" },
    ])),
    createLoss,
  );
  assert.deepEqual(questions.map((q) => [q.type, q.answer, q.kind, q.decidedBy]), [
    ["classify", "minimum", "minimum", "higher_order"],
    ["decide", "no", "minimum", "higher_order"],
    ["decide", "yes", "saddle", "eigenvalues"],
  ]);
});
