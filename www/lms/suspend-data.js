// Where a student left off, kept by the LMS in cmi.suspend_data so that the quiz resumes there
// on any computer: the quiz's seed and position, and the answers so far (the quiz's progress,
// quiz/quiz-progress.js, in a compact form). Pure.
//
// SCORM 1.2 keeps only 4096 characters. Each answer is written with short keys and without
// what can be read again elsewhere (the order it was given in is the list's); when the whole
// still does not fit, the oldest answers lose their review details (formula, data, θ′, axes,
// window) one by one: the score, the answers and whether they were right always stay.

/** The format's version: a later format starts afresh rather than misreading this one. */
const VERSION = 1;

/** A record of quiz-progress.js → its compact form. */
function pack(r) {
  const packed = { g: r.given, c: r.correct ? 1 : 0, a: r.answer };
  if (r.type && r.type !== "classify") packed.y = r.type;
  if (r.time) packed.t = Math.round(new Date(r.time).getTime() / 1000);
  if (typeof r.formula === "string") packed.f = r.formula;
  if (Array.isArray(r.point)) packed.p = r.point;
  if (r.data?.length) packed.d = r.data.map((c) => [c.name, c.values]);
  if (r.axes) packed.x = r.axes;
  if (r.window) packed.w = [r.window.x0, r.window.x1, r.window.y0, r.window.y1];
  return packed;
}

/** The inverse of pack (a record whose details were dropped gets an empty formula and θ′). */
function unpack(p) {
  const record = { given: p.g, correct: p.c === 1, answer: p.a, type: p.y ?? "classify", formula: p.f ?? "", point: p.p ?? [] };
  if (p.t) record.time = new Date(p.t * 1000).toISOString();
  record.data = Array.isArray(p.d) ? p.d.map(([name, values]) => ({ name, values })) : [];
  if (p.x) record.axes = p.x;
  if (p.w) record.window = { x0: p.w[0], x1: p.w[1], y0: p.w[2], y1: p.w[3] };
  return record;
}

/** Numbers in the text as short as they read back the same (a direction's 17 digits cut to 6). */
function shorten(key, value) {
  return typeof value === "number" && !Number.isInteger(value) && key !== "t" ? Number(value.toPrecision(6)) : value;
}

/**
 * The suspend data for `resume` = { seed, index, progress } (progress: QuizProgress's state:
 * right, answered, streak, best, records, order), at most `limit` characters.
 */
export function encodeResume({ seed, index, progress }, limit) {
  const answers = progress.order.map((id) => [id, pack(progress.records[id])]);
  const text = () => JSON.stringify({ v: VERSION, s: seed, q: index, r: progress.right, n: progress.answered, k: progress.streak, b: progress.best, a: answers }, shorten);
  let out = text();
  // Too long: the oldest answers keep what grades them and lose what reviews them.
  for (let k = 0; out.length > limit && k < answers.length; k++) {
    const { g, c, a, y, t } = answers[k][1];
    answers[k][1] = { g, c, a, ...(y ? { y } : {}), ...(t ? { t } : {}) };
    out = text();
  }
  if (out.length > limit) throw new Error(`the answers need ${out.length} characters of suspend data; the LMS keeps ${limit}`);
  return out;
}

/**
 * { seed, index, progress } from suspend data, or null when there is none or it is not ours
 * (another version, another package): the quiz then starts afresh.
 */
export function decodeResume(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!raw || raw.v !== VERSION || !Array.isArray(raw.a)) return null;
  const progress = { right: raw.r, answered: raw.n, streak: raw.k, best: raw.b, records: {}, order: [] };
  for (const entry of raw.a) {
    if (!Array.isArray(entry) || typeof entry[0] !== "string" || !entry[1] || typeof entry[1] !== "object") continue;
    progress.records[entry[0]] = unpack(entry[1]);
    progress.order.push(entry[0]);
  }
  return { seed: Number.isSafeInteger(raw.s) ? raw.s : null, index: Number.isSafeInteger(raw.q) && raw.q >= 0 ? raw.q : 0, progress };
}
