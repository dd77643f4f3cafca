// The quiz's conversation with an LMS over SCORM (1.2 or 2004, as the package was built):
// initialise, read where the student left off, report each answer as an interaction with
// the score and the status, commit, and finish when the student leaves. Without an API (the
// package opened outside an LMS) every call is skipped and the quiz runs as on its own.
//
// The quiz records answers in one place (quiz/quiz-progress.js); a ScormSession gives it a
// storage backed by cmi.suspend_data (so the progress is the LMS's, on any computer) and
// hears every new answer (report).

import { findScormApi } from "./scorm-api-finder.js";
import { SCORM, interactionValues, scoreValues, quizResult, masteryFromLms, timespan } from "./scorm-data.js";
import { encodeResume, decodeResume } from "./suspend-data.js";

export class ScormSession {
  /**
   * `config` is the package's (lms/scorm-config.js): { version, count, mastery, … }; `win`
   * the window to search the API from. `onStatus(status)` hears what to tell the student:
   * { state: "none" | "connected" | "review" | "failed" | "result", … }; `position()` says
   * where the quiz is now ({ seed, index }, or null when it cannot tell: the student is in the
   * explorer), for the suspend data.
   */
  constructor(config, win, { onStatus, position }) {
    this.config = config;
    this.words = SCORM[config.version];
    this.onStatus = onStatus;
    this.readPosition = position;
    this.api = findScormApi(win, config.version);
    this.started = Date.now();
    this.finished = false;
    this.resume = null; // { seed, index, progress } from the suspend data
    this.progress = null; // QuizProgress's state as last written
    this.position = { seed: null, index: 0 };
    this.interactions = 0;
    this.review = false;
    this.mastery = config.mastery ?? null;
    if (!this.api) {
      this.onStatus({ state: "none" });
      return;
    }
    if (!this.call("initialize", "")) {
      this.api = null; // the LMS refused: the quiz runs on its own, and says so
      return;
    }
    const mode = this.get("mode");
    this.review = mode === "review" || mode === "browse";
    this.resume = decodeResume(this.get("suspendData") ?? "");
    if (this.resume) this.position = { seed: this.resume.seed, index: this.resume.index };
    this.interactions = Number(this.get("interactionCount")) || 0;
    this.mastery = masteryFromLms(config.version, this.get("mastery")) ?? this.mastery;
    this.language = this.get("language") ?? "";
    this.onStatus({ state: this.review ? "review" : "connected" });
  }

  get connected() {
    return this.api !== null && !this.finished;
  }

  /** A Storage for QuizProgress: this attempt's answers, read from and written to the suspend data. */
  storage() {
    return {
      getItem: () => (this.resume ? JSON.stringify(this.resume.progress) : null),
      setItem: (_key, value) => {
        this.progress = JSON.parse(value);
        this.saveSuspendData();
      },
      removeItem: () => {
        this.progress = null;
      },
    };
  }

  /** Reports the answer `record` to question `id`, with the score and status so far; commits. */
  report(id, record) {
    if (!this.connected || this.review) return;
    this.saveSuspendData(); // with the position of the question just answered
    for (const [element, value] of interactionValues(this.config.version, this.interactions, id, record)) this.set(element, value);
    this.interactions += 1;
    const p = this.progress;
    const score = { right: p?.right ?? 0, answered: p?.answered ?? 0, total: this.config.count, mastery: this.mastery };
    for (const [element, value] of scoreValues(this.config.version, score)) this.set(element, value);
    this.call("commit", "");
    if (score.answered >= score.total) this.onStatus({ state: "result", ...quizResult(score), mastery: this.mastery });
  }

  /** Ends the session (the student leaves): exit, time, where they were; commit; finish. Once. */
  finish() {
    if (!this.connected) return;
    if (!this.review) {
      const done = (this.progress?.answered ?? 0) >= this.config.count;
      const exit = done ? (this.config.version === "1.2" ? "" : "normal") : "suspend";
      this.saveSuspendData();
      this.set(this.words.location, String(this.position.index));
      this.set(this.words.exit, exit);
      this.set(this.words.sessionTime, timespan(this.config.version, Date.now() - this.started));
      this.call("commit", "");
    }
    this.call("finish", "");
    this.finished = true;
  }

  /** Writes where the quiz is and the answers so far (not yet committed). */
  saveSuspendData() {
    if (!this.connected || this.review) return;
    this.position = this.readPosition() ?? this.position;
    if (!this.progress) return;
    try {
      this.set(this.words.suspendData, encodeResume({ ...this.position, progress: this.progress }, this.words.suspendLimit));
    } catch (error) {
      this.onStatus({ state: "failed", code: "suspend", message: error.message });
    }
  }

  // ---- the API -------------------------------------------------------------------------------

  /** Calls API function `name` (a key of SCORM[version]); false (and a status) when the LMS says it failed. */
  call(name, ...args) {
    let result;
    try {
      result = this.api[this.words[name]](...args);
    } catch (error) {
      this.onStatus({ state: "failed", code: "exception", message: error.message });
      return false;
    }
    if (String(result) === "true") return true;
    this.failed();
    return false;
  }

  get(element) {
    try {
      const value = this.api[this.words.getValue](this.words[element]);
      return value === undefined || value === null ? null : String(value);
    } catch {
      return null;
    }
  }

  set(element, value) {
    return this.call("setValue", element, value);
  }

  /** Tells the student what the LMS said went wrong. */
  failed() {
    let code = "";
    let message = "";
    try {
      code = String(this.api[this.words.lastError]());
      message = String(this.api[this.words.errorString](code));
    } catch {
      // An LMS whose error functions fail too: the code stays unknown.
    }
    this.onStatus({ state: "failed", code, message });
  }
}
