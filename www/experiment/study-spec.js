// The study's settings (how many runs, from which seed, brought to a critical point how), with
// their compact text for the URL (`study=`). Pure. With the network (network-spec.js) they
// are the whole study: the same link gives the same runs, to the last bit.
//
// In the URL: study=runs:50;seed:1;method:adam;steps:5000 (fields in any order, each optional).

import { parseWholeIn } from "../app/url-values.js";

/**
 * How a run reaches a critical point (core: loss.experimentRun's `method`): trained by Adam
 * or gradient descent until ‖g‖ is small, as the lecture does, or Newton's method on ∇L from
 * the start, which is drawn to critical points of every index (Dauphin et al., 2014).
 */
export const METHODS = ["adam", "gd", "newton"];
/** At most this many runs in one study (500 runs of the default network take about 20 s). */
export const MAX_RUNS = 500;
/** ‖g‖ at or below which a run's end point is a critical point (the core's default polish tolerance). */
export const CRITICAL_TOLERANCE = 1e-10;
/** The core's limit on training steps (README, "Limits"). */
export const MAX_TRAIN_STEPS = 100000;

export const DEFAULT_STUDY = study({});

/** A frozen study with every field filled in. */
export function study({ runs = 50, seed = 1, method = "adam", steps = 5000 }) {
  return Object.freeze({ runs, seed, method, steps });
}

/** The options of the core's experimentRun for run `run` of `s` (its other options: the core's defaults). */
export function runOptions(s, run) {
  return { seed: s.seed, run, method: s.method, maxTrainSteps: s.steps };
}

export function sameStudy(a, b) {
  return a.runs === b.runs && a.seed === b.seed && a.method === b.method && a.steps === b.steps;
}

/** The study's compact text (see the top of this file). */
export function formatStudy(s) {
  return `runs:${s.runs};seed:${s.seed};method:${s.method};steps:${s.steps}`;
}

/** The study written by formatStudy. Throws on bad text. */
export function parseStudy(text) {
  const out = {};
  for (const part of text.split(";")) {
    const colon = part.indexOf(":");
    const name = colon < 0 ? part : part.slice(0, colon).trim();
    const value = colon < 0 ? "" : part.slice(colon + 1).trim();
    if (name in out) throw new Error(`${name} given twice`);
    if (name === "runs") out.runs = parseWholeIn(value, 1, MAX_RUNS);
    else if (name === "seed") out.seed = parseWholeIn(value, 0, Number.MAX_SAFE_INTEGER);
    else if (name === "steps") out.steps = parseWholeIn(value, 1, MAX_TRAIN_STEPS);
    else if (name === "method" && METHODS.includes(value)) out.method = value;
    else throw new Error(`bad field ${part}`);
  }
  return study(out);
}

