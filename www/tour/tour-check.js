// A parsed tour checked by the engine, step by step, before it is played: the formula must
// compile over its data (an error is reported with its position), θ′ must have one number per
// parameter, the axes must be parameters, what the step claims (`verdict`) must be what the
// engine finds at θ′, and an animation must have what it animates. A tour is refused as a
// whole at its first bad step: a class must not meet the mistake halfway through.

import { compileLoss, chooseAxes } from "../app/loss.js";
import { t } from "../i18n/i18n.js";
import { formatVector, joinClauses } from "../i18n/format.js";
import { verdictText } from "../panel/verdict.js";
import { TourError } from "./tour-parse.js";

/** Checks every step of `tour` (parseTour's result) with the core; returns it, or throws TourError. */
export function checkTour(tour) {
  tour.steps.forEach((step, k) => checkStep(step, k + 1));
  return tour;
}

function checkStep(step, n) {
  const { state } = step;
  let loss;
  try {
    loss = compileLoss(state.formula, state.data, "en");
  } catch (error) {
    if (error.code === "no_params") throw new TourError("tourStepNoParams", { n, formula: state.formula });
    const message = { en: error.en ?? error.message, zh: error.zh ?? error.message };
    if (typeof error.start === "number") {
      // Characters counted from 1, as a reader counts them (the core's start/end are offsets).
      throw new TourError("tourStepFormula", { n, formula: state.formula, start: error.start + 1, end: Math.max(error.end, error.start + 1), message });
    }
    throw new TourError("tourStepData", { n, message });
  }
  try {
    const params = loss.params;
    if (state.point && state.point.length !== params.length) {
      throw new TourError("tourStepPointLength", { n, got: state.point.length, count: params.length, params: params.join(", ") });
    }
    if (state.axes && chooseAxes(params, state.axes).join(",") !== state.axes.join(",")) {
      throw new TourError("tourStepAxes", { n, axes: state.axes.join(", "), params: params.join(", ") });
    }
    const theta = state.point ?? params.map(() => 0);
    const analysis = loss.analyze(theta);
    const found = { en: verdictTitle(analysis, "en"), zh: verdictTitle(analysis, "zh") };
    if (step.verdict && analysis.kind !== step.verdict && analysis.refined !== step.verdict) {
      const claimed = { en: t("en", `kind_${step.verdict}`), zh: t("zh", `kind_${step.verdict}`) };
      throw new TourError("tourStepVerdict", { n, claimed, found, point: formatVector(theta) });
    }
    if (step.animate === "probe" && (params.length < 2 || !state.overlays.includes("probe"))) throw new TourError("tourStepProbe", { n });
    if (step.animate === "escape" && !(analysis.escape && analysis.refined === "saddle")) throw new TourError("tourStepEscape", { n, found });
  } finally {
    loss.free();
  }
}

/** "Inconclusive, after a higher-order look: minimum" in `lang`. */
function verdictTitle(analysis, lang) {
  const v = verdictText(analysis, lang);
  return joinClauses(lang, [v.title, v.tag]);
}
