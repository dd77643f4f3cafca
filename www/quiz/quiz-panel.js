// Quiz mode's side panel: the level picker (or the teacher's set), the question, its answers
// (what kind of point: four; can the eigenvalues alone decide: yes or no), the graded
// feedback with its reasons, the summary of a set, and the progress with
// the mistakes. Knows the DOM, holds no state: render(view) draws what the controller
// (quiz-mode.js) says, and the buttons call its handlers.

import { el } from "../panel/dom.js";
import { t } from "../i18n/i18n.js";
import { formatNumber, formatVector, prettyFormula, prettyName } from "../i18n/format.js";
import { renderNumbers } from "../panel/numbers.js";
import { verdictText, reasonText } from "../panel/verdict.js";
import { QUIZ_LEVELS } from "../app/url-state.js";

/**
 * The answers a student can give to each type of question, in the order the lecture meets
 * them. "What kind of point?" is graded by what the point is (the core's refined verdict), so
 * "inconclusive" is not among them: whether the eigenvalues alone decide is its own question.
 */
const ANSWERS = Object.freeze({ classify: ["minimum", "maximum", "saddle", "not_critical"], decide: ["yes", "no"] });
/** The prompt of each type of question. */
const PROMPTS = Object.freeze({ classify: "quizPromptClassify", decide: "quizPromptDecide", escape: "quizPromptEscape" });

export class QuizPanel {
  /**
   * @param {HTMLElement} root the quiz's <aside>
   * @param handlers { onLevel(level), onLeaveSet(), onAnswer(kind), onNext(), onReview(item),
   *   onReset(), onRestartSet(), onDownload(records) }
   */
  constructor(root, handlers) {
    this.root = root;
    this.on = handlers;
  }

  /**
   * view: { lang, level, set: { count } | null, total (questions in all, or null: endless),
   *   index, score: { right, answered, streak },
   *   error: text | null, loading, question | null, point (θ′ as shown), record | null,
   *   summary: { from, to, right, count, mistakes, records, isSet } | null, mistakes: [record…],
   *   attempts: [record…] (every answer kept), isLast, notice: text | null }
   */
  render(view) {
    const { lang } = view;
    const cards = [this.head(view)];
    if (view.error) {
      cards.push(el("section", { class: "card quiz-error", attrs: { role: "alert" } }, [el("p", { class: "error", text: view.error })]));
    } else if (view.loading || !view.question) {
      cards.push(el("section", { class: "card" }, [el("p", { class: "muted", text: t(lang, "quizLoading") })]));
    } else {
      cards.push(this.questionCard(view));
      if (view.record) cards.push(this.feedbackCard(view));
      if (view.summary) cards.push(this.summaryCard(view));
    }
    cards.push(this.progressCard(view));
    this.root.replaceChildren(...cards);
    this.root.dataset.question = view.question ? `${view.question.formula}@${view.point?.join(",")}` : "";
    this.root.dataset.state = view.error ? "error" : view.record ? (view.record.correct ? "right" : "wrong") : view.question ? "asking" : "loading";
  }

  head(view) {
    const { lang } = view;
    const children = [el("h2", { class: "card-title quiz-title", text: t(lang, "quizHeading") })];
    const row = el("div", { class: "quiz-head-row" });
    if (view.set) {
      const leave = button("small-button quiz-leave", t(lang, "quizLeaveSet"), () => this.on.onLeaveSet());
      // A set that cannot be used has no questions to count: the error card says why.
      const info = view.error ? t(lang, "quizSetBroken") : t(lang, view.set.count === 1 ? "quizSetInfoOne" : "quizSetInfo", { count: view.set.count });
      row.append(el("p", { class: "quiz-set-info", text: info }), leave);
    } else {
      const select = el("select", { class: "quiz-level", attrs: { id: "quiz-level" } });
      for (const level of QUIZ_LEVELS) {
        const option = el("option", { text: t(lang, `quizLevel${level}`), attrs: { value: String(level) } });
        option.selected = level === view.level;
        select.append(option);
      }
      select.addEventListener("change", () => this.on.onLevel(Number(select.value)));
      row.append(el("label", { class: "quiz-level-label", text: t(lang, "quizLevelLabel"), attrs: { for: "quiz-level" } }), select);
    }
    children.push(row);
    if (view.error) return el("section", { class: "card quiz-head" }, children);
    const number = view.total
      ? t(lang, "quizQuestionOf", { n: view.index + 1, count: view.total })
      : t(lang, "quizQuestionNumber", { n: view.index + 1 });
    children.push(
      el("p", { class: "quiz-status" }, [
        el("span", { class: "quiz-number", text: number }),
        el("span", { class: "quiz-score", text: t(lang, "quizScore", view.score) }),
        el("span", { class: "quiz-streak", text: t(lang, "quizStreak", view.score) }),
      ]),
    );
    return el("section", { class: "card quiz-head" }, children);
  }

  questionCard(view) {
    const { lang, question: q, point } = view;
    const shownPoint = formatVector(point);
    const children = [
      el("p", { class: "quiz-formula", text: t(lang, "quizFormula", { params: q.params.map(prettyName).join(", "), formula: prettyFormula(q.formula) }) }),
    ];
    if (q.data && q.data.length) {
      const data = q.data.map((c) => `${c.name} = (${c.values.map((v) => formatNumber(v)).join(", ")})`).join("; ");
      children.push(el("p", { class: "quiz-data", text: t(lang, "quizDataNote", { data }) }));
    }
    children.push(el("p", { class: "quiz-prompt", text: t(lang, PROMPTS[q.type], { point: shownPoint }) }));
    if (q.params.length > 2) {
      children.push(el("p", { class: "quiz-slice", text: t(lang, "quizSliceNote", { x: prettyName(q.x), y: prettyName(q.y) }) }));
    }
    if (q.type === "escape" && !view.record) children.push(el("p", { class: "hint", text: t(lang, "quizEscapeKeys") }));
    if (q.type !== "escape") {
      const given = view.record?.given;
      const answers = el("div", { class: `quiz-answers quiz-answers-${q.type}`, attrs: { role: "group", "aria-label": t(lang, "quizAnswersLabel") } });
      for (const kind of ANSWERS[q.type]) {
        const b = button("quiz-answer", t(lang, `quizAnswer_${kind}`), () => this.on.onAnswer(kind));
        b.dataset.answer = kind;
        if (view.record) {
          b.disabled = true;
          if (kind === q.answer) b.classList.add("is-correct");
          if (kind === given && given !== q.answer) b.classList.add("is-wrong");
        }
        answers.append(b);
      }
      children.push(answers);
    }
    return el("section", { class: "card quiz-question" }, children);
  }

  feedbackCard(view) {
    const { lang, question: q, record } = view;
    const a = q.analysis;
    const children = [el("p", { class: "quiz-verdict", text: t(lang, record.correct ? "quizRight" : "quizWrong") })];
    if (q.type === "escape") {
      const curvature = formatNumber(record.given.curvature);
      const lambda = formatNumber(a.eigenvalues[0]);
      children.push(el("p", { class: "quiz-escape-result", text: t(lang, record.correct ? "quizEscapeRight" : "quizEscapeWrong", { curvature, lambda }) }));
      children.push(el("p", { class: "hint", text: t(lang, "quizEscapeGiven", { direction: formatVector(record.given.direction, 3) }) }));
    } else {
      if (!record.correct) children.push(el("p", { text: t(lang, "quizYouSaid", { given: t(lang, `quizAnswer_${record.given}`) }) }));
      children.push(el("p", { class: "quiz-correct", text: t(lang, "quizCorrectAnswer", { answer: t(lang, `quizAnswer_${q.answer}`) }) }));
      if (q.type === "decide") children.push(el("p", { class: "quiz-decide", text: t(lang, `quizDecide_${q.answer}`) }));
    }
    // Why: the verdict in the lecture's words (when the eigenvalues alone could not decide, it
    // says so, and how it was decided), then the numbers it rests on.
    children.push(el("h3", { class: "card-title quiz-why", text: t(lang, "quizWhy") }));
    children.push(el("p", { class: "quiz-reason", text: verdictText(a, lang).sentence }));
    const decided = reasonText(a, lang);
    if (decided) children.push(el("p", { class: "quiz-decided-by", text: decided, attrs: { "data-decided-by": q.decidedBy ?? "" } }));
    const numbers = {
      value: el("span", { class: "quiz-value" }),
      gradient: el("div", { class: "table-scroll" }),
      gradientNorm: el("span"),
      hessian: el("div", { class: "table-scroll" }),
      eigen: el("div", { class: "table-scroll quiz-eigen" }),
      tolerances: el("p", { class: "hint" }),
    };
    renderNumbers(numbers, a, q.params, lang);
    children.push(
      el("div", { class: "readouts" }, [
        el("div", { class: "readout" }, [
          el("h3", { class: "card-title", text: t(lang, "gradient") }),
          numbers.gradient,
          el("p", { class: "norm" }, [t(lang, "gradientNorm"), " = ", numbers.gradientNorm]),
        ]),
        el("div", { class: "readout" }, [el("h3", { class: "card-title", text: t(lang, "hessian") }), numbers.hessian]),
      ]),
      el("h3", { class: "card-title", text: t(lang, "eigen") }),
      numbers.eigen,
      numbers.tolerances,
      el("h3", { class: "card-title quiz-rule-heading", text: t(lang, "quizRuleHeading") }),
      el("p", { class: "quiz-rule", text: t(lang, "quizRule") }),
      el("p", { class: "hint", text: t(lang, q.type === "escape" ? "quizDrawnEscapeNote" : "quizDrawnNote") }),
    );
    const actions = el("div", { class: "quiz-actions" }, [
      button("small-button quiz-review-current", t(lang, "quizReview"), () => this.on.onReview(record)),
    ]);
    if (!view.isLast) actions.append(button("quiz-next", t(lang, "quizNext"), () => this.on.onNext()));
    children.push(actions);
    const card = el("section", { class: "card quiz-feedback", attrs: { "aria-live": "polite" } }, children);
    card.dataset.correct = String(record.correct);
    return card;
  }

  summaryCard(view) {
    const { lang, summary: s } = view;
    const line = s.isSet
      ? t(lang, "quizSummarySet", { right: s.right, count: s.count })
      : t(lang, "quizSummaryBlock", { from: s.from, to: s.to, right: s.right, count: s.count });
    const children = [el("h3", { class: "card-title", text: t(lang, "quizSummaryHeading") }), el("p", { class: "quiz-summary-line", text: line })];
    if (s.mistakes.length === 0) {
      children.push(el("p", { text: t(lang, "quizSummaryPerfect") }));
    } else {
      children.push(el("p", { text: t(lang, "quizSummaryMistakes") }), this.mistakeList(s.mistakes, lang));
    }
    const actions = el("div", { class: "quiz-actions" }, [button("small-button quiz-download-set", t(lang, "csvDownloadSet"), () => this.on.onDownload(s.records))]);
    if (s.isSet) actions.append(button("small-button quiz-restart", t(lang, "quizRestartSet"), () => this.on.onRestartSet()));
    children.push(actions);
    return el("section", { class: "card quiz-summary" }, children);
  }

  progressCard(view) {
    const { lang, mistakes } = view;
    const details = el("details", { class: "quiz-mistakes" }, [
      el("summary", { text: t(lang, "quizMistakesHeading", { count: mistakes.length }) }),
      mistakes.length ? this.mistakeList([...mistakes].reverse(), lang) : el("p", { class: "muted", text: t(lang, "quizNoMistakes") }),
    ]);
    details.open = this.mistakesOpen ?? false;
    details.addEventListener("toggle", () => {
      this.mistakesOpen = details.open;
    });
    const children = [el("h3", { class: "card-title", text: t(lang, "quizProgressHeading") }), details];
    const reset = button("small-button quiz-reset", t(lang, "quizReset"), () => this.on.onReset());
    const download = button("small-button quiz-download", t(lang, "csvDownload"), () => this.on.onDownload(view.attempts));
    download.title = t(lang, "csvHint");
    download.disabled = view.attempts.length === 0;
    children.push(el("div", { class: "quiz-actions" }, [download, reset]));
    if (view.notice) children.push(el("p", { class: "hint quiz-notice", text: view.notice, attrs: { role: "status" } }));
    return el("section", { class: "card quiz-progress" }, children);
  }

  mistakeList(mistakes, lang) {
    return el(
      "ul",
      { class: "quiz-mistake-list" },
      mistakes.map((m) => {
        const vars = { formula: prettyFormula(m.formula), point: formatVector(m.point), given: m.type === "escape" ? "" : t(lang, `quizAnswer_${m.given}`), answer: t(lang, `quizAnswer_${m.answer}`) };
        const key = m.type === "escape" ? "quizMistakeEscape" : m.type === "decide" ? "quizMistakeDecide" : "quizMistake";
        return el("li", {}, [
          el("span", { text: t(lang, key, vars) }),
          button("small-button quiz-review", t(lang, "quizReview"), () => this.on.onReview(m)),
        ]);
      }),
    );
  }
}

function button(className, text, onClick) {
  const b = el("button", { class: className, text, attrs: { type: "button" } });
  b.addEventListener("click", onClick);
  return b;
}
