// What the quiz tells an LMS, in SCORM 1.2's words or SCORM 2004's: the API's function names,
// the data model's elements, the time formats, and the values for an answer (an interaction),
// the score and the status. Pure: lms/scorm.js sends what these functions return.
//
// The question's type and the student's answer are the quiz's, passed through as opaque
// strings: an escape question (a direction) is a "performance" (1.2) or "other" (2004)
// interaction, every other type one answer from a list: "fill-in" in 1.2 (whose "choice"
// only admits single characters), "choice" in 2004.

/** The two versions' vocabularies. */
export const SCORM = Object.freeze({
  "1.2": Object.freeze({
    initialize: "LMSInitialize",
    finish: "LMSFinish",
    getValue: "LMSGetValue",
    setValue: "LMSSetValue",
    commit: "LMSCommit",
    lastError: "LMSGetLastError",
    errorString: "LMSGetErrorString",
    suspendData: "cmi.suspend_data",
    location: "cmi.core.lesson_location",
    entry: "cmi.core.entry",
    mode: "cmi.core.lesson_mode",
    exit: "cmi.core.exit",
    sessionTime: "cmi.core.session_time",
    language: "cmi.student_preference.language",
    mastery: "cmi.student_data.mastery_score",
    interactionCount: "cmi.interactions._count",
    /** Characters cmi.suspend_data holds (CMIString4096). */
    suspendLimit: 4096,
  }),
  2004: Object.freeze({
    initialize: "Initialize",
    finish: "Terminate",
    getValue: "GetValue",
    setValue: "SetValue",
    commit: "Commit",
    lastError: "GetLastError",
    errorString: "GetErrorString",
    suspendData: "cmi.suspend_data",
    location: "cmi.location",
    entry: "cmi.entry",
    mode: "cmi.mode",
    exit: "cmi.exit",
    sessionTime: "cmi.session_time",
    language: "cmi.learner_preference.language",
    mastery: "cmi.scaled_passing_score",
    interactionCount: "cmi.interactions._count",
    /** Characters cmi.suspend_data holds (SPM of characterstring(64000)). */
    suspendLimit: 64000,
  }),
});

const two = (n) => String(n).padStart(2, "0");

/** A duration in ms as 1.2's CMITimespan ("0000:01:02.50") or 2004's ISO 8601 ("PT1M2.5S"). */
export function timespan(version, ms) {
  const centi = Math.max(0, Math.round(ms / 10));
  const seconds = Math.floor(centi / 100) % 60;
  const minutes = Math.floor(centi / 6000) % 60;
  const hours = Math.floor(centi / 360000);
  const fraction = centi % 100;
  if (version === "1.2") return `${String(hours).padStart(4, "0")}:${two(minutes)}:${two(seconds)}.${two(fraction)}`;
  const s = `${seconds}${fraction ? `.${two(fraction).replace(/0$/, "")}` : ""}`;
  return `PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${s}S`;
}

/** A moment as 1.2's CMITime ("14:03:22", the time of day) or 2004's timestamp ("2024-05-01T14:03:22"), both in local time. */
export function timestamp(version, date) {
  const time = `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
  if (version === "1.2") return time;
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${time}`;
}

/** An identifier both versions accept (letters, digits, - and _), from the quiz's own. */
export function identifier(text) {
  return String(text).replace(/[^A-Za-z0-9_-]/g, "-").slice(0, 250) || "-";
}

/** Text for a free-text element: one line, at most `max` characters. */
function line(text, max) {
  return String(text).replace(/\s+/g, " ").slice(0, max);
}

/**
 * The [element, value] pairs that report answer `record` (a progress record: type, given,
 * answer, correct, time, shownAt, formula, point) of question `id` as interaction `n`.
 * Order matters: a 2004 LMS checks a response against the type set before it.
 */
export function interactionValues(version, n, id, record) {
  const at = (field) => `cmi.interactions.${n}.${field}`;
  const escape = record.type === "escape";
  const response = escape ? `${record.given.direction.map((c) => c.toFixed(4)).join(",")} vHv=${record.given.curvature.toFixed(4)}` : String(record.given);
  const pattern = escape ? "vHv<0" : String(record.answer);
  const time = new Date(record.time ?? Date.now());
  const latency = Number.isFinite(record.shownAt) ? time.getTime() - record.shownAt : null;
  if (version === "1.2") {
    return [
      [at("id"), identifier(id)],
      [at("type"), escape ? "performance" : "fill-in"],
      [at("student_response"), line(response, 255)],
      [at("correct_responses.0.pattern"), line(pattern, 255)],
      [at("result"), record.correct ? "correct" : "wrong"],
      [at("weighting"), "1"],
      [at("time"), timestamp(version, time)],
      ...(latency !== null && latency >= 0 ? [[at("latency"), timespan(version, latency)]] : []),
    ];
  }
  const choice = (text) => identifier(text);
  return [
    [at("id"), identifier(id)],
    [at("type"), escape ? "other" : "choice"],
    [at("timestamp"), timestamp(version, time)],
    [at("weighting"), "1"],
    [at("learner_response"), escape ? line(response, 4000) : choice(response)],
    [at("correct_responses.0.pattern"), escape ? pattern : choice(pattern)],
    [at("result"), record.correct ? "correct" : "incorrect"],
    ...(latency !== null && latency >= 0 ? [[at("latency"), timespan(version, latency)]] : []),
    [at("description"), line(`${record.formula} @ θ′ = (${record.point.join(", ")})`, 250)],
  ];
}

/**
 * The result of `right` right answers out of `total` against `mastery` (percent to pass, or
 * null: no pass mark): { score } as a whole percent for the page to show, and { passed } judged
 * on the exact share, as the LMS is told (6 of 7 is 86 % shown, and fails a pass mark of 86).
 */
export function quizResult({ right, total, mastery }) {
  const percent = total > 0 ? (100 * right) / total : 0;
  return { score: Math.round(percent), passed: mastery === null ? null : percent >= mastery - 1e-9 };
}

/**
 * The score and status after `right` right answers out of `answered`, of `total` questions,
 * against `mastery` (percent to pass, or null: no pass mark) as [element, value] pairs.
 * Raw score is a percentage (0–100, what gradebooks show); 2004 adds the scaled score and the
 * progress. The verdict comes when every question is answered.
 */
export function scoreValues(version, { right, answered, total, mastery }) {
  const scaled = total > 0 ? right / total : 0;
  const raw = String(Math.round(scaled * 10000) / 100);
  const done = answered >= total;
  const { passed } = quizResult({ right, total, mastery });
  if (version === "1.2") {
    const status = !done ? "incomplete" : passed === null ? "completed" : passed ? "passed" : "failed";
    return [
      ["cmi.core.score.raw", raw],
      ["cmi.core.score.min", "0"],
      ["cmi.core.score.max", "100"],
      ["cmi.core.lesson_status", status],
    ];
  }
  return [
    ["cmi.score.raw", raw],
    ["cmi.score.min", "0"],
    ["cmi.score.max", "100"],
    ["cmi.score.scaled", String(Math.round(scaled * 10000) / 10000)],
    ["cmi.progress_measure", String(Math.round(Math.min(1, answered / Math.max(1, total)) * 10000) / 10000)],
    ["cmi.completion_status", done ? "completed" : "incomplete"],
    ["cmi.success_status", !done || passed === null ? "unknown" : passed ? "passed" : "failed"],
  ];
}

/** The pass mark in percent from the LMS's value (1.2: 0–100; 2004: scaled −1…1), or null when it gives none. */
export function masteryFromLms(version, value) {
  if (value === null || value === undefined || String(value).trim() === "") return null;
  const number = Number(value);
  if (!Number.isFinite(number)) return null;
  return version === "1.2" ? number : number * 100;
}
