// The student's progress in quiz mode (www/quiz/quiz-progress.js): what survives a reload,
// and a store that is corrupt, foreign or failing. No browser, no wasm.
import test from "node:test";
import assert from "node:assert/strict";
import { QuizProgress, decodeProgress, STORAGE_KEY, MAX_RECORDS } from "../../www/quiz/quiz-progress.js";

/** A Storage in memory, shared by the QuizProgress objects made on it (like a reload). */
function memoryStorage() {
  const map = new Map();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => map.set(k, String(v)), removeItem: (k) => map.delete(k) };
}

const record = (correct, given = "saddle") => ({ correct, given, answer: "saddle", formula: "w1^2 - w2^2", data: [], point: [0, 0], axes: ["w1", "w2"], window: { x0: -2, x1: 2, y0: -2, y1: 2 }, type: "classify" });

test("progress: score, streak and mistakes survive a reload; an answer counts once; reset", () => {
  const storage = memoryStorage();
  const p = new QuizProgress(storage);
  p.record("a", record(true));
  p.record("b", record(false, "minimum"));
  p.record("c", record(true));
  p.record("c", record(false)); // a second answer to the same question is ignored
  const again = new QuizProgress(storage);
  assert.deepEqual([again.right, again.answered, again.streak], [2, 3, 1]);
  assert.deepEqual(again.mistakes().map((m) => [m.id, m.given]), [["b", "minimum"]]);
  assert.equal(again.recordOf("c").correct, true);
  again.forget(["b"]);
  assert.equal(new QuizProgress(storage).recordOf("b"), null);
  assert.equal(new QuizProgress(storage).answered, 3, "doing a set again keeps the score");
  again.reset();
  const cleared = new QuizProgress(storage);
  assert.deepEqual([cleared.right, cleared.answered, cleared.streak, cleared.mistakes().length], [0, 0, 0, 0]);
  assert.equal(storage.map.has(STORAGE_KEY), false);
});

test("progress: a corrupt, foreign or failing store starts afresh instead of breaking", () => {
  for (const text of ["{not json", "[1,2]", "null", '"x"', '{"right": -3, "answered": "many", "records": 5, "order": {}}', '{"right": 2, "records": {"a": {"correct": "yes"}}, "order": ["a"]}']) {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, text);
    const p = new QuizProgress(storage);
    assert.ok(p.right >= 0 && p.answered >= p.right, text);
    assert.deepEqual(p.mistakes(), [], text);
    p.record("x", record(false));
    assert.equal(new QuizProgress(storage).mistakes().length, 1, text);
  }
  const throwing = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("full"); }, removeItem: () => { throw new Error("denied"); } };
  const p = new QuizProgress(throwing);
  p.record("x", record(true));
  assert.equal(p.right, 1, "kept in memory");
  p.reset();
  assert.equal(p.right, 0);
  // Old answers are forgotten beyond MAX_RECORDS; the score still counts them.
  const big = new QuizProgress(memoryStorage());
  for (let k = 0; k < MAX_RECORDS + 5; k++) big.record(`q${k}`, record(false));
  assert.equal(big.mistakes().length, MAX_RECORDS);
  assert.equal(big.answered, MAX_RECORDS + 5);
  assert.equal(big.recordOf("q0"), null);
});

test("decodeProgress: our shape is read back, counters kept consistent; anything else is the empty state", () => {
  const empty = { right: 0, answered: 0, streak: 0, best: 0, records: {}, order: [] };
  assert.deepEqual(decodeProgress("{not json"), empty);
  assert.deepEqual(decodeProgress(null), empty);
  const state = decodeProgress(JSON.stringify({ right: 2, answered: 1, streak: 3, best: 1, records: { a: record(true) }, order: ["a", "a", 7] }));
  assert.deepEqual([state.right, state.answered, state.streak, state.best], [2, 2, 3, 3], "answered ≥ right, best ≥ streak");
  assert.deepEqual(state.order, ["a"], "each answered question once, ids are text");
  assert.equal(state.records.a.correct, true);
});

test("every answer kept, in order, with the time it was given; listeners hear new answers only", () => {
  const p = new QuizProgress(memoryStorage());
  const heard = [];
  p.onRecord((id, r) => heard.push([id, r.correct]));
  p.record("a", record(true));
  p.record("b", { ...record(false), time: "2024-05-01T12:00:00.000Z" });
  p.record("a", record(false)); // already answered: not recorded, not heard
  assert.deepEqual(heard, [["a", true], ["b", false]]);
  const attempts = p.attempts();
  assert.deepEqual(attempts.map((r) => r.id), ["a", "b"]);
  assert.ok(!Number.isNaN(Date.parse(attempts[0].time)), "the time of the answer");
  assert.equal(attempts[1].time, "2024-05-01T12:00:00.000Z");
});

test("progress: answers graded by the old rule ('inconclusive' for a point that is a minimum) are forgotten and leave the score", () => {
  const storage = memoryStorage();
  const valley = { ...record(false, "minimum"), answer: "inconclusive", formula: "(1 - w1 w2)^2", point: [-1, -1] };
  const old = { right: 3, answered: 5, streak: 0, best: 2, records: { a: record(true), v: valley, w: { ...valley, given: "inconclusive", correct: true } }, order: ["a", "v", "w"] };
  storage.setItem(STORAGE_KEY, JSON.stringify(old));
  const p = new QuizProgress(storage);
  assert.deepEqual([p.right, p.answered], [2, 3], "one right and one wrong answer of the old rule taken out");
  assert.equal(p.recordOf("v"), null, "the valley question is asked again");
  assert.equal(p.recordOf("w"), null);
  assert.deepEqual(p.mistakes(), []);
  assert.equal(p.recordOf("a").correct, true);
});
