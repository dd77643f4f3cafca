// The study's settings (www/experiment/study-spec.js): their URL text and the core's options
// for each run.
import test from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_STUDY, study, parseStudy, formatStudy, sameStudy, runOptions, MAX_RUNS } from "../../www/experiment/study-spec.js";
import { parseWholeIn as whole } from "../../www/app/url-values.js";

test("the URL text: written in full, read back, fields in any order, defaults for the rest", () => {
  assert.equal(formatStudy(DEFAULT_STUDY), "runs:50;seed:1;method:adam;steps:5000");
  const s = study({ runs: 12, seed: 7, method: "newton", steps: 100 });
  assert.deepEqual(parseStudy(formatStudy(s)), s);
  assert.deepEqual(parseStudy("method:gd;runs:3"), study({ runs: 3, method: "gd" }));
  assert.ok(sameStudy(parseStudy("seed:1"), DEFAULT_STUDY));
  assert.ok(!sameStudy(s, DEFAULT_STUDY));
  for (const bad of ["runs:0", `runs:${MAX_RUNS + 1}`, "runs:2.5", "seed:-1", "method:sgd", "steps:0", "steps:100001", "runs:3;runs:4", "epochs:3", ""]) {
    assert.throws(() => parseStudy(bad), Error, bad);
  }
});

test("each run's options: the study's seed and method, the run's index", () => {
  const s = study({ runs: 3, seed: 9, method: "gd", steps: 200 });
  assert.deepEqual(runOptions(s, 2), { seed: 9, run: 2, method: "gd", maxTrainSteps: 200 });
});

test("whole numbers: digits only, within the bounds", () => {
  assert.equal(whole("42", 1, 100), 42);
  for (const bad of ["", "4.0", "-1", "1e3", " 3", "0x10", "101"]) assert.throws(() => whole(bad, 1, 100), Error, bad);
});
