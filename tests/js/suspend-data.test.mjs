// Where a student left off (www/lms/suspend-data.js): the seed, the position and the answers
// survive a round trip; over SCORM 1.2's 4096 characters the oldest answers lose their review
// details but never their grade; text that is not ours is no resume at all.
import test from "node:test";
import assert from "node:assert/strict";
import { encodeResume, decodeResume } from "../../www/lms/suspend-data.js";
import { decodeProgress } from "../../www/quiz/quiz-progress.js";

function progressOf(n) {
  const records = {};
  const order = [];
  for (let k = 0; k < n; k++) {
    const id = `g:3:123456:${k}`;
    records[id] = { formula: `(w1^2 - 1)^2 + w2^2 + ${k} w3 sin(w1 w2)`, data: [], point: [1, 0, 0.123456789], axes: ["w1", "w2"], window: { x0: -1.5, x1: 2.5, y0: -2, y1: 2 }, type: k % 5 === 4 ? "escape" : "classify", answer: "saddle", given: k % 5 === 4 ? { direction: [0.70710678118, -0.70710678118, 0], curvature: -2.000000001 } : "minimum", correct: k % 2 === 0, time: "2024-05-01T12:00:00.000Z", at: k + 1, shownAt: 1714564800000 };
    order.push(id);
  }
  return { right: Math.ceil(n / 2), answered: n, streak: 1, best: 2, records, order };
}

test("a round trip keeps the seed, the position and every answer, in order", () => {
  const progress = progressOf(3);
  const back = decodeResume(encodeResume({ seed: 123456, index: 2, progress }, 4096));
  assert.deepEqual([back.seed, back.index, back.progress.order], [123456, 2, progress.order]);
  const first = back.progress.records[progress.order[0]];
  assert.deepEqual([first.formula, first.point, first.given, first.correct, first.answer, first.type, first.time, first.window], [progress.records[progress.order[0]].formula, [1, 0, 0.123457], "minimum", true, "saddle", "classify", "2024-05-01T12:00:00.000Z", { x0: -1.5, x1: 2.5, y0: -2, y1: 2 }]);
  // What QuizProgress reads back from the LMS's storage is a valid progress.
  const read = decodeProgress(JSON.stringify(back.progress));
  assert.deepEqual([read.right, read.answered, read.order.length], [2, 3, 3]);
});

test("over the limit the oldest answers keep their grade and lose their review details; a set's seed is null", () => {
  const progress = progressOf(45);
  const text = encodeResume({ seed: null, index: 44, progress }, 4096);
  assert.ok(text.length <= 4096, `${text.length} characters`);
  const back = decodeResume(text);
  assert.equal(back.seed, null);
  assert.equal(back.progress.order.length, 45);
  const oldest = back.progress.records[progress.order[0]];
  const newest = back.progress.records[progress.order[44]];
  assert.deepEqual([oldest.formula, oldest.point, oldest.correct, oldest.given], ["", [], true, "minimum"]);
  assert.equal(newest.formula, progress.records[progress.order[44]].formula);
  assert.equal(decodeProgress(JSON.stringify(back.progress)).order.length, 45, "every answer still counts");
  assert.throws(() => encodeResume({ seed: 1, index: 0, progress: progressOf(400) }, 4096), /characters of suspend data/);
});

test("not ours: no resume", () => {
  for (const text of ["", "viewed=1,2,3|lastviewedslide=3", "{}", JSON.stringify({ v: 2, a: [] }), "null"]) assert.equal(decodeResume(text), null, text);
});
