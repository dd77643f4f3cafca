// The surface near θ′ in words, for a screen reader (the canvas itself is a picture): the
// loss at θ′, in which of the eight compass directions of the slice it goes down, up or
// stays level one small step away, and the verdict. Pure apart from calling the Loss.
//
// At the lecture's saddle this reads "lower towards +w₁+w₂ and −w₁−w₂, higher towards
// +w₁−w₂ and −w₁+w₂, about the same along the axes": the cross of the level set, in words.

import { t } from "../i18n/i18n.js";
import { formatNumber, formatVector, joinSentences, joinList, joinClauses } from "../i18n/format.js";
import { verdictText } from "../panel/verdict.js";

/** A step is this share of the window's extent along each axis. */
export const STEP_SHARE = 0.05;
/** A change smaller than this (relative to max(1, |L|)) counts as level. */
const LEVEL_TOLERANCE = 1e-9;

/** The directions probed: [sign along x, sign along y]; only the first two for a curve. */
const DIRECTIONS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [-1, -1],
  [1, -1],
  [-1, 1],
];

/** "+w₁", "−w₂", "+w₁−w₂": a direction in the names of the axes. */
function directionName([sx, sy], names) {
  const part = (sign, name) => (sign === 0 ? "" : `${sign > 0 ? "+" : "−"}${name}`);
  return part(sx, names[0]) + part(sy, names[1] ?? "");
}

/**
 * The neighbours of θ′ in the slice: [{ name, value, change: "lower"|"higher"|"level"|"undefined" }].
 * `ix`, `iy` index the axis parameters in θ (iy < 0 for a single parameter).
 */
export function neighbours(loss, theta, ix, iy, win, names) {
  const center = loss.value(theta);
  const dx = STEP_SHARE * (win.x1 - win.x0);
  const dy = STEP_SHARE * (win.y1 - win.y0);
  const directions = iy < 0 ? DIRECTIONS.slice(0, 2) : DIRECTIONS;
  const tolerance = LEVEL_TOLERANCE * Math.max(1, Math.abs(center));
  return directions.map((direction) => {
    const point = [...theta];
    point[ix] += direction[0] * dx;
    if (iy >= 0) point[iy] += direction[1] * dy;
    let value;
    try {
      value = loss.value(point);
    } catch {
      value = NaN;
    }
    const diff = value - center;
    const change = !Number.isFinite(value) || !Number.isFinite(center) ? "undefined" : Math.abs(diff) <= tolerance ? "level" : diff < 0 ? "lower" : "higher";
    return { name: directionName(direction, names), value, change };
  });
}

/** The whole description in `lang`. `analysis` is the core's analyze(θ′). */
export function describeSurface({ loss, theta, ix, iy, win, names, analysis, lang }) {
  const list = (items) => joinList(lang, items);
  const around = neighbours(loss, theta, ix, iy, win, names);
  const sentences = [t(lang, "a11yNear", { point: formatVector(theta), value: formatNumber(analysis.value) })];
  const lower = around.filter((n) => n.change === "lower");
  const higher = around.filter((n) => n.change === "higher");
  const level = around.filter((n) => n.change === "level");
  const undefinedHere = around.filter((n) => n.change === "undefined");
  if (lower.length) sentences.push(t(lang, "a11yLower", { dirs: list(lower.map((n) => n.name)), value: formatNumber(Math.min(...lower.map((n) => n.value))) }));
  if (higher.length) sentences.push(t(lang, "a11yHigher", { dirs: list(higher.map((n) => n.name)), value: formatNumber(Math.max(...higher.map((n) => n.value))) }));
  if (level.length) sentences.push(t(lang, "a11yLevel", { dirs: list(level.map((n) => n.name)) }));
  if (undefinedHere.length) sentences.push(t(lang, "a11yUndefined", { dirs: list(undefinedHere.map((n) => n.name)) }));
  const steps =
    iy < 0
      ? t(lang, "a11yStep1", { x: names[0], dx: formatNumber(STEP_SHARE * (win.x1 - win.x0)) })
      : t(lang, "a11yStep", { x: names[0], y: names[1], dx: formatNumber(STEP_SHARE * (win.x1 - win.x0)), dy: formatNumber(STEP_SHARE * (win.y1 - win.y0)) });
  sentences.push(steps);
  const verdict = verdictText(analysis, lang);
  sentences.push(t(lang, "a11yVerdict", { verdict: joinClauses(lang, [verdict.title, verdict.tag]) }));
  return joinSentences(lang, sentences);
}

/** The short announcement after θ′ comes to rest: the verdict and the key numbers. */
export function announcement({ theta, analysis, lang }) {
  const verdict = verdictText(analysis, lang);
  const eigen = analysis.eigenvalues.length ? joinList(lang, analysis.eigenvalues.map((v) => formatNumber(v))) : "—";
  return t(lang, "a11yAnnounce", {
    verdict: joinClauses(lang, [verdict.title, verdict.tag]),
    point: formatVector(theta),
    value: formatNumber(analysis.value),
    gnorm: formatNumber(analysis.gradientNorm),
    eigen,
  });
}
