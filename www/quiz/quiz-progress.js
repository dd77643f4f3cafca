// The student's progress in quiz mode, kept in localStorage so it survives reloads: score,
// streak, and each answered question (so a reload shows it graded instead of scoring it
// twice, and the mistakes can be reviewed). No DOM.
//
// The store is read defensively: a missing, corrupt or foreign value (another version, a
// hand edit) starts afresh rather than breaking the page; storage that throws (private
// browsing, a full quota, a sandboxed frame) falls back to memory for this visit.

/** The localStorage key; the version suffix lets a later format start cleanly. */
export const STORAGE_KEY = "hessian-explorer.quiz.v1";
/** Answered questions remembered (oldest forgotten first); the score is kept regardless. */
export const MAX_RECORDS = 500;

function emptyState() {
  return { right: 0, answered: 0, streak: 0, best: 0, records: {}, order: [] };
}

/** A Storage-like object: localStorage if it works, else a Map for this visit. */
function defaultStorage() {
  try {
    const probe = `${STORAGE_KEY}.probe`;
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    const memory = new Map();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, String(v)), removeItem: (k) => memory.delete(k) };
  }
}

// A whole number ≥ 0, else 0: every counter passes through here when read back.
const count = (v) => (Number.isSafeInteger(v) && v >= 0 ? v : 0);

/**
 * Reads the stored text; anything that is not our shape gives the empty state. Answers to a
 * "what kind of point?" question whose answer was "inconclusive" were graded by an old, false
 * rule (a point of the lecture's valley is a minimum): they are forgotten, and taken out of
 * the score, so the question is asked again and graded by what the point is.
 */
export function decodeProgress(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return emptyState();
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return emptyState();
  const state = emptyState();
  state.right = count(raw.right);
  state.answered = Math.max(count(raw.answered), state.right);
  state.streak = count(raw.streak);
  state.best = Math.max(count(raw.best), state.streak);
  const records = raw.records && typeof raw.records === "object" ? raw.records : {};
  const order = Array.isArray(raw.order) ? raw.order : [];
  for (const id of order) {
    const r = records[id];
    if (typeof id !== "string" || !r || typeof r !== "object" || typeof r.correct !== "boolean" || id in state.records) continue;
    if (typeof r.formula !== "string" || !Array.isArray(r.point)) continue;
    if (r.answer === "inconclusive") {
      state.answered = Math.max(0, state.answered - 1);
      if (r.correct) state.right = Math.max(0, state.right - 1);
      continue;
    }
    state.records[id] = r;
    state.order.push(id);
  }
  return state;
}

export class QuizProgress {
  constructor(storage = defaultStorage()) {
    this.storage = storage;
    this.state = this.read();
    this.listeners = [];
  }

  /** Calls `listener(id, record)` after each new answer is recorded (lms/scorm.js reports it). */
  onRecord(listener) {
    this.listeners.push(listener);
  }

  read() {
    try {
      return decodeProgress(this.storage.getItem(STORAGE_KEY));
    } catch {
      return emptyState();
    }
  }

  write() {
    try {
      this.storage.setItem(STORAGE_KEY, JSON.stringify(this.state));
    } catch {
      // Quota or a revoked permission: the progress lives on in memory for this visit.
    }
  }

  get right() {
    return this.state.right;
  }
  get answered() {
    return this.state.answered;
  }
  get streak() {
    return this.state.streak;
  }

  /** The record of question `id` if it was answered: { correct, given, answer, … }. */
  recordOf(id) {
    return this.state.records[id] ?? null;
  }

  /**
   * Records an answer once: a question already answered keeps its first answer (so a reload
   * or a second click cannot improve the score). `record` has correct (boolean), given,
   * answer, and what is needed to review it: formula, data, point, axes, window, type; the
   * time it was given (ISO) is added. Returns the record kept.
   */
  record(id, record) {
    const old = this.recordOf(id);
    if (old) return old;
    const s = this.state;
    s.answered += 1;
    if (record.correct) {
      s.right += 1;
      s.streak += 1;
      s.best = Math.max(s.best, s.streak);
    } else {
      s.streak = 0;
    }
    s.records[id] = { ...record, at: s.answered, time: record.time ?? new Date().toISOString() };
    s.order.push(id);
    while (s.order.length > MAX_RECORDS) delete s.records[s.order.shift()];
    this.write();
    const kept = s.records[id];
    for (const listener of this.listeners) listener(id, kept);
    return kept;
  }

  /** Every answer kept, oldest first: [{ id, …record }]. */
  attempts() {
    return this.state.order.map((id) => ({ id, ...this.state.records[id] }));
  }

  /** The mistakes, oldest first: [{ id, …record }]. */
  mistakes() {
    return this.attempts().filter((r) => !r.correct);
  }

  /**
   * Forgets the answers of the questions `ids` (to do a set again); the score and streak
   * stay, as a record of what was done.
   */
  forget(ids) {
    const drop = new Set(ids);
    this.state.order = this.state.order.filter((id) => !drop.has(id));
    for (const id of drop) delete this.state.records[id];
    this.write();
  }

  /** Clears everything: score, streak, answers, mistakes. */
  reset() {
    this.state = emptyState();
    try {
      this.storage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing stored to clear.
    }
  }
}
