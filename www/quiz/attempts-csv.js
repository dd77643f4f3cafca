// A student's attempts as CSV, to hand in where no LMS collects them: one row per answered
// question (its link, formula, θ′, the answer given, the right answer, whether it was right,
// when), headed and worded in the page's language. Pure.
//
// Written for spreadsheets: RFC 4180 quoting (a formula with commas or quotes stays one
// field), CRLF line ends, a byte-order mark so that Excel reads UTF-8 (Chinese, θ′, w₁), and
// no field that a spreadsheet would run as a formula: text starting with = + - @ or a tab is
// prefixed with an apostrophe (OWASP's advice against CSV injection).

import { t, STRINGS } from "../i18n/i18n.js";
import { formatVector, formatNumber } from "../i18n/format.js";
import { reviewHash } from "./review-link.js";

const BOM = "\ufeff";
const CRLF = "\r\n";
/** The columns, by their header's string key. */
const COLUMNS = ["csvNumber", "csvLink", "csvFormula", "csvPoint", "csvGiven", "csvAnswer", "csvCorrect", "csvTime"];

/** One field of a row: neutralised if a spreadsheet would evaluate it, quoted when needed. */
export function csvField(value) {
  let text = String(value ?? "");
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An answer's words in `lang` (the quiz's own label, else the answer as the quiz stores it). */
export function answerText(lang, answer) {
  const key = `quizAnswer_${answer}`;
  return (STRINGS[lang] ?? STRINGS.en)[key] !== undefined ? t(lang, key) : String(answer);
}

/** "2024-05-01 14:03:22" in the student's time zone, from an ISO time; "" when unknown. */
function localTime(iso) {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return "";
  const two = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/**
 * The CSV of `records` (progress records in the order answered: formula, data, point, axes,
 * window, type, answer, given, correct, time) in `lang`; each question's link opens it in the
 * explorer of the page at `pageUrl`.
 */
export function attemptsCsv(records, lang, pageUrl) {
  const base = String(pageUrl).split("#")[0];
  const rows = [COLUMNS.map((key) => t(lang, key))];
  records.forEach((r, k) => {
    const escape = r.type === "escape";
    const given = escape ? t(lang, "csvGivenDirection", { direction: formatVector(r.given.direction, 3), curvature: formatNumber(r.given.curvature) }) : answerText(lang, r.given);
    const answer = escape ? t(lang, "csvAnswerEscape") : answerText(lang, r.answer);
    rows.push([k + 1, base + reviewHash(r, lang), r.formula, formatVector(r.point), given, answer, t(lang, r.correct ? "csvYes" : "csvNo"), localTime(r.time)]);
  });
  return BOM + rows.map((row) => row.map(csvField).join(",")).join(CRLF) + CRLF;
}
