// Quiz mode: the controller. It picks the question (the core's seeded generator, or a
// teacher's set), draws its surface in the explorer's 2-D view (views/plane-view.js) with its
// own scene (quiz-scene.js), grades the answer, keeps the progress, and tells the page when
// the URL should be written.
//
// The page's frame loop stays in charge of the canvas: in quiz mode it calls quiz.frame()
// instead of drawing the explorer, and the explorer's pointer handling steps aside so that
// quiz.pointerdown() gets the clicks.

import { createLoss, generateQuestion } from "../core/wasm.js";
import { windowOf } from "../core/slice-args.js";
import { reportCoreFailure } from "../core/failures.js";
import { t } from "../i18n/i18n.js";
import { formatVector, prettyName } from "../i18n/format.js";
import { surfaceField } from "../surface/field.js";
import { curvature } from "../analysis/curvature.js";
import { tidyPoint } from "../analysis/tidy-point.js";
import { findCriticalPoints } from "../analysis/critical-points.js";
import { quizScene, questionAxes } from "./quiz-scene.js";
import { EscapeAim } from "./escape-aim.js";
import { parseSet, buildQuestions, describeSetError, setId, QuizSetError } from "./quiz-set.js";
import { QuizProgress } from "./quiz-progress.js";
import { QuizPanel } from "./quiz-panel.js";
import { fetchSiteFile } from "../app/site-file.js";
import { reviewHash } from "./review-link.js";
import { downloadAttempts } from "./attempts-download.js";
import { el } from "../panel/dom.js";

/** Generated sets are endless: a summary every this many questions. */
const BLOCK = 10;
/** Seeds picked for a link without one: short enough to read out in class. */
const SEED_RANGE = 1_000_000;

export class QuizMode {
  /**
   * @param opts { plane (the 2-D view, views/plane-view.js), root (the quiz <aside>),
   *   schedule() (asks for a frame), urlChanged() (asks for the URL to be written),
   *   progress (optional QuizProgress) }
   */
  constructor({ plane, root, schedule, urlChanged, progress = new QuizProgress() }) {
    Object.assign(this, { plane, canvas: plane.canvas, schedule, urlChanged, progress });
    this.panel = new QuizPanel(root, {
      onLevel: (level) => this.go({ level, index: 0 }),
      onLeaveSet: () => this.leaveSet(),
      onAnswer: (kind) => this.answer(kind),
      onNext: () => this.go({ index: this.index + 1 }),
      onReview: (item) => this.review(item),
      onReset: () => this.reset(),
      onRestartSet: () => this.restartSet(),
      onDownload: (records) => downloadAttempts(records, this.lang),
    });
    this.active = false;
    this.lang = "en";
    this.level = 1;
    this.seed = null;
    this.index = 0;
    this.limit = null; // the link's `count`: generated questions then end after this many
    this.setText = null; // the `set` of the URL
    this.setUrl = null; // the `setUrl` of the URL
    this.set = null; // { id, questions } once built
    this.setError = null; // a QuizSetError
    this.loading = false;
    this.question = null;
    this.point = null; // θ′ as shown (tidied)
    this.loss = null;
    this.field = null;
    this.critical = [];
    this.notice = null;
    this.loadToken = 0;
    // Said on the plot when there is no question to draw (a teacher's set that cannot be used).
    this.stage = this.canvas.closest(".stage");
    this.emptyNote = el("p", { class: "quiz-empty-note", attrs: { role: "status" } });
    this.canvas.parentElement.append(this.emptyNote);
    this.aim = new EscapeAim(this.canvas, {
      aiming: () => this.aiming,
      theta: () => {
        const view = this.plane.view;
        const [ix, iy] = questionAxes(this.question);
        return [view.px(this.question.point[ix]), view.py(this.question.point[iy])];
      },
      view: () => this.plane.view,
      moved: () => this.schedule(),
      chosen: (angle) => this.gradeDirection(angle),
    });
  }

  // ---- from and to the URL -------------------------------------------------------------------

  /**
   * Takes the quiz's part of a parsed URL state (level, seed, q, set, setUrl). An explorer
   * link says nothing about the quiz: after "review in the explorer" the Quiz tab returns to
   * the same place.
   */
  configure(state) {
    if (state.mode !== "quiz") return;
    this.level = state.quizLevel;
    this.seed = state.quizSeed;
    this.index = state.quizIndex;
    this.limit = state.quizCount;
    const setChanged = state.quizSet !== this.setText || state.quizSetUrl !== this.setUrl;
    this.setText = state.quizSet;
    this.setUrl = state.quizSetUrl;
    if (setChanged) {
      this.set = null;
      this.setError = null;
    }
    if (this.active) this.load();
  }

  /** The quiz's fields for the URL; none outside quiz mode, so explorer links stay clean. */
  urlState() {
    if (!this.active) return {};
    return { quizLevel: this.level, quizSeed: this.seed, quizIndex: this.index, quizCount: this.limit, quizSet: this.setText, quizSetUrl: this.setUrl };
  }

  setLang(lang) {
    this.lang = lang;
    if (this.active) this.render();
  }

  activate() {
    if (this.active) return;
    this.active = true;
    this.load();
  }

  deactivate() {
    this.active = false;
    this.stage.classList.remove("quiz-empty");
  }

  // ---- questions -----------------------------------------------------------------------------

  get isSet() {
    return this.setText !== null || this.setUrl !== null;
  }

  /** How many questions there are: a set's, or the link's `count` of generated ones (null: endless). */
  get count() {
    return this.isSet ? (this.set?.questions.length ?? 0) : this.limit;
  }

  /** Loads the current question (building the teacher's set first if needed), then draws. */
  async load() {
    const token = ++this.loadToken;
    if (this.isSet) {
      if (!this.set && !this.setError) {
        this.loading = true;
        this.render();
        try {
          const text = this.setText ?? (await fetchSet(this.setUrl));
          this.set = { id: setId(this.setText ?? `url:${this.setUrl}`), questions: buildQuestions(parseSet(text), (f, columns) => createLoss(f, columns, "en")) };
        } catch (error) {
          if (!(error instanceof QuizSetError)) reportCoreFailure("quiz set", error);
          this.setError = error;
        }
        this.loading = false;
        if (token !== this.loadToken) return;
      }
      if (this.setError) {
        this.showQuestion(null);
        return;
      }
      this.index = Math.min(this.index, this.set.questions.length - 1);
      this.showQuestion(this.set.questions[this.index]);
    } else {
      if (this.seed === null) this.seed = Math.floor(Math.random() * SEED_RANGE);
      if (this.limit !== null) this.index = Math.min(this.index, this.limit - 1);
      this.showQuestion({ ...generateQuestion(this.level, this.seed, this.index), data: [] });
    }
    this.urlChanged();
  }

  showQuestion(question) {
    this.question = question;
    this.loss?.free();
    this.loss = null;
    this.field = null;
    this.critical = [];
    this.shownAt = Date.now(); // for the time taken to answer (lms/scorm.js reports it)
    if (question) {
      this.loss = createLoss(question.formula, question.data, this.lang);
      // A teacher's point is shown as written; a generated one is tidied (see tidyPoint).
      this.point = this.isSet ? [...question.point] : tidyPoint(this.loss, question.point, question.analysis.kind);
      const axes = [question.x, question.y];
      const win = windowOf(question.xRange, question.yRange);
      this.field = surfaceField(this.loss, axes, win, question.point);
      try {
        this.critical = findCriticalPoints(this.loss, axes, win, question.point);
      } catch (error) {
        reportCoreFailure("criticalPoints", error);
      }
    }
    this.aim.reset();
    this.render();
    this.schedule();
  }

  /** The question's id in the progress store: the same question anywhere has the same id. */
  questionId(index = this.index) {
    return this.isSet ? `s:${this.set?.id}:${index}` : `g:${this.level}:${this.seed}:${index}`;
  }

  go({ level = this.level, index = this.index }) {
    this.level = level;
    this.index = Math.max(0, index);
    this.notice = null;
    this.load();
  }

  leaveSet() {
    this.setText = null;
    this.setUrl = null;
    this.set = null;
    this.setError = null;
    this.go({ index: 0 });
  }

  restartSet() {
    if (!this.count) return;
    this.progress.forget(Array.from({ length: this.count }, (_, k) => this.questionId(k)));
    this.go({ index: 0 });
  }

  // ---- answers -------------------------------------------------------------------------------

  /** What the review needs to open the question in the explorer, stored with the answer. */
  reviewable() {
    const q = this.question;
    return { formula: q.formula, data: q.data, point: this.point, axes: [q.x, q.y], window: windowOf(q.xRange, q.yRange), type: q.type, answer: q.answer, shownAt: this.shownAt };
  }

  answer(kind) {
    const q = this.question;
    if (!q || q.type === "escape" || this.progress.recordOf(this.questionId())) return;
    this.progress.record(this.questionId(), { ...this.reviewable(), given: kind, correct: kind === q.answer });
    this.afterAnswer();
  }

  /** True while an escape question waits for its direction. */
  get aiming() {
    const q = this.question;
    return this.active && q?.type === "escape" && !this.progress.recordOf(this.questionId());
  }

  /** An escape question: the click names the direction v from θ′. */
  pointerdown(event) {
    this.aim.press(event);
  }

  /** Grades the pixel direction `angle` (radians, y down) from θ′ of an escape question. */
  gradeDirection(angle) {
    const q = this.question;
    const view = this.plane.view;
    const [ix, iy] = questionAxes(q);
    const v = q.params.map(() => 0);
    v[ix] = Math.cos(angle) / view.sx;
    v[iy] = -Math.sin(angle) / view.sy;
    const norm = Math.hypot(v[ix], v[iy]);
    const direction = v.map((c) => c / norm);
    // At a saddle g = 0, so along v the loss changes as ½ t² vᵀHv: it goes down iff vᵀHv < 0.
    const vhv = curvature(q.analysis.hessian, direction);
    this.progress.record(this.questionId(), { ...this.reviewable(), given: { direction, curvature: vhv }, correct: vhv < 0 });
    this.afterAnswer();
  }

  afterAnswer() {
    this.render();
    this.schedule();
  }

  review(item) {
    location.hash = reviewHash(item, this.lang);
  }

  reset() {
    this.progress.reset();
    this.notice = t(this.lang, "quizResetDone");
    this.render();
    this.schedule();
  }

  // ---- panel ---------------------------------------------------------------------------------

  render() {
    if (!this.active) return;
    const q = this.question;
    const record = q ? this.progress.recordOf(this.questionId()) : null;
    const count = this.count;
    const isLast = count !== null && this.index === count - 1;
    this.panel.render({
      lang: this.lang,
      level: this.level,
      set: this.isSet ? { count } : null,
      total: count,
      index: this.index,
      score: { right: this.progress.right, answered: this.progress.answered, streak: this.progress.streak },
      error: this.setError ? describeSetError(this.setError, this.lang) : null,
      loading: this.loading,
      question: q,
      point: this.point,
      record,
      summary: record ? this.summary(isLast) : null,
      mistakes: this.progress.mistakes(),
      attempts: this.progress.attempts(),
      isLast,
      notice: this.notice,
    });
    if (q) {
      const [x, y] = [q.x, q.y].map(prettyName);
      const key = q.type === "escape" && !record ? "quizCanvasLabelEscape" : "quizCanvasLabel";
      this.canvas.setAttribute("aria-label", t(this.lang, key, { x, y, point: formatVector(this.point) }));
    }
    this.canvas.classList.toggle("quiz-aiming", this.aiming);
    // No question (a broken set): no stale surface and no legend, a sentence instead.
    const empty = Boolean(this.setError);
    this.stage.classList.toggle("quiz-empty", empty);
    this.emptyNote.textContent = empty ? t(this.lang, "quizNoQuestion") : "";
  }

  /** At the end of a set (a teacher's, or `count` generated questions), or of each block of BLOCK generated questions. */
  summary(isLast) {
    let from;
    let to;
    if (this.count !== null) {
      if (!isLast) return null;
      from = 0;
      to = this.index;
    } else {
      if ((this.index + 1) % BLOCK !== 0) return null;
      from = this.index + 1 - BLOCK;
      to = this.index;
    }
    const records = [];
    for (let k = from; k <= to; k++) {
      const r = this.progress.recordOf(this.questionId(k));
      if (r) records.push(r);
    }
    return {
      isSet: this.count !== null,
      records,
      from: from + 1,
      to: to + 1,
      count: records.length, // answered ones: a link may have skipped some
      right: records.filter((r) => r.correct).length,
      mistakes: records.filter((r) => !r.correct),
    };
  }

  // ---- canvas --------------------------------------------------------------------------------

  /** Called by the page's frame in quiz mode: the question's surface and scene. */
  frame() {
    if (!this.field) {
      this.plane.draw(null);
      return;
    }
    this.plane.show(this.field);
    const record = this.progress.recordOf(this.questionId());
    const aim = this.aiming ? this.aim.angle : null;
    const view = this.plane.view;
    this.plane.draw(quizScene({ q: this.question, record, critical: this.critical, aim, field: this.field, view, dpr: this.plane.dpr, lang: this.lang }));
  }
}

/** The set file's text (a file on this site only). */
function fetchSet(path) {
  return fetchSiteFile(path, (problem, vars) => new QuizSetError(problem === "origin" ? "quizSetNotSameOrigin" : "quizSetFetch", vars));
}
