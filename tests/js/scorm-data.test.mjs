// What the quiz tells an LMS (www/lms/scorm-data.js), in each version's words and formats:
// time spans and stamps, identifiers, the values of an answer, the score and status.
import test from "node:test";
import assert from "node:assert/strict";
import { SCORM, timespan, timestamp, identifier, interactionValues, scoreValues, quizResult, masteryFromLms } from "../../www/lms/scorm-data.js";

test("time: 1.2's CMITimespan and CMITime, 2004's ISO 8601 duration and timestamp", () => {
  assert.deepEqual([0, 12300, 62500, 3_723_450].map((ms) => timespan("1.2", ms)), ["0000:00:00.00", "0000:00:12.30", "0000:01:02.50", "0001:02:03.45"]);
  assert.deepEqual([0, 12300, 62500, 3_723_450].map((ms) => timespan("2004", ms)), ["PT0S", "PT12.3S", "PT1M2.5S", "PT1H2M3.45S"]);
  const date = new Date(2024, 4, 1, 9, 3, 7);
  assert.equal(timestamp("1.2", date), "09:03:07");
  assert.equal(timestamp("2004", date), "2024-05-01T09:03:07");
  assert.equal(identifier("s:1r5bue8:12"), "s-1r5bue8-12");
  assert.equal(SCORM["1.2"].suspendLimit, 4096);
});

const classify = { type: "classify", given: "minimum", answer: "not_critical", correct: false, time: new Date(2024, 4, 1, 9, 0, 12).toISOString(), shownAt: new Date(2024, 4, 1, 9, 0, 0).getTime(), formula: "w1^2", point: [0.5, 0] };
const escape = { type: "escape", given: { direction: [0.6, -0.8], curvature: -1.25 }, answer: "saddle", correct: true, time: classify.time, formula: "w1 w2", point: [0, 0] };

test("an answer in 1.2: fill-in (or performance for a direction), wrong/correct, time and latency", () => {
  assert.deepEqual(Object.fromEntries(interactionValues("1.2", 3, "g:1:7:2", classify)), {
    "cmi.interactions.3.id": "g-1-7-2",
    "cmi.interactions.3.type": "fill-in",
    "cmi.interactions.3.student_response": "minimum",
    "cmi.interactions.3.correct_responses.0.pattern": "not_critical",
    "cmi.interactions.3.result": "wrong",
    "cmi.interactions.3.weighting": "1",
    "cmi.interactions.3.time": "09:00:12",
    "cmi.interactions.3.latency": "0000:00:12.00",
  });
  const values = Object.fromEntries(interactionValues("1.2", 0, "q", escape));
  assert.deepEqual([values["cmi.interactions.0.type"], values["cmi.interactions.0.student_response"], values["cmi.interactions.0.correct_responses.0.pattern"], values["cmi.interactions.0.result"]], ["performance", "0.6000,-0.8000 vHv=-1.2500", "vHv<0", "correct"]);
  assert.equal(values["cmi.interactions.0.latency"], undefined, "no time shown: no latency");
});

test("an answer in 2004: choice or other, incorrect/correct, the type before the response, a description", () => {
  const pairs = interactionValues("2004", 0, "g:1:7:2", classify);
  const keys = pairs.map(([k]) => k.replace("cmi.interactions.0.", ""));
  assert.ok(keys.indexOf("type") < keys.indexOf("learner_response") && keys.indexOf("type") < keys.indexOf("correct_responses.0.pattern"));
  const values = Object.fromEntries(pairs);
  assert.deepEqual([values["cmi.interactions.0.type"], values["cmi.interactions.0.learner_response"], values["cmi.interactions.0.result"], values["cmi.interactions.0.latency"], values["cmi.interactions.0.timestamp"]], ["choice", "minimum", "incorrect", "PT12S", "2024-05-01T09:00:12"]);
  assert.equal(values["cmi.interactions.0.description"], "w1^2 @ θ′ = (0.5, 0)");
  assert.equal(Object.fromEntries(interactionValues("2004", 0, "q", escape))["cmi.interactions.0.type"], "other");
});

test("score and status: a percentage, the verdict only when every question is answered", () => {
  const score = (version, right, answered, mastery = 60) => Object.fromEntries(scoreValues(version, { right, answered, total: 3, mastery }));
  assert.deepEqual(score("1.2", 1, 1), { "cmi.core.score.raw": "33.33", "cmi.core.score.min": "0", "cmi.core.score.max": "100", "cmi.core.lesson_status": "incomplete" });
  assert.equal(score("1.2", 2, 3)["cmi.core.lesson_status"], "passed");
  assert.equal(score("1.2", 1, 3)["cmi.core.lesson_status"], "failed");
  assert.equal(score("1.2", 1, 3, null)["cmi.core.lesson_status"], "completed");
  assert.deepEqual(score("2004", 2, 3), {
    "cmi.score.raw": "66.67",
    "cmi.score.min": "0",
    "cmi.score.max": "100",
    "cmi.score.scaled": "0.6667",
    "cmi.progress_measure": "1",
    "cmi.completion_status": "completed",
    "cmi.success_status": "passed",
  });
  assert.equal(score("2004", 2, 2)["cmi.success_status"], "unknown", "not finished: no verdict yet");
  assert.equal(Object.fromEntries(scoreValues("2004", { right: 3, answered: 3, total: 3, mastery: 100 }))["cmi.success_status"], "passed", "exactly the mastery passes");
});

test("the LMS's pass mark: 1.2 in percent, 2004 scaled; none when it gives none", () => {
  assert.deepEqual([masteryFromLms("1.2", "80"), masteryFromLms("2004", "0.8"), masteryFromLms("1.2", ""), masteryFromLms("2004", null), masteryFromLms("1.2", "x")], [80, 80, null, null, null]);
});

test("one result for the page and the LMS: 6 of 7 shows 86 % and fails a pass mark of 86, in the header as in the gradebook", () => {
  assert.deepEqual(quizResult({ right: 6, total: 7, mastery: 86 }), { score: 86, passed: false });
  assert.deepEqual(quizResult({ right: 6, total: 7, mastery: 85 }), { score: 86, passed: true });
  assert.deepEqual(quizResult({ right: 3, total: 5, mastery: 60 }), { score: 60, passed: true });
  assert.deepEqual(quizResult({ right: 3, total: 5, mastery: null }), { score: 60, passed: null });
  const status = Object.fromEntries(scoreValues("1.2", { right: 6, answered: 7, total: 7, mastery: 86 }));
  assert.equal(status["cmi.core.lesson_status"], "failed");
});
