// The quiz inside a course: when the page is a SCORM package's (lms/scorm-config.js), the
// quiz starts on the package's questions, keeps its progress in the LMS (lms/scorm.js), reports
// every answer, and tells the student in the header whether the course hears them. On the page
// itself (no package) none of this exists: startCourse returns null.

import { t } from "../i18n/i18n.js";
import { parseHash } from "../app/url-state.js";
import { SCORM_CONFIG } from "./scorm-config.js";
import { ScormSession } from "./scorm.js";
import { quizResult } from "./scorm-data.js";
import { QuizProgress } from "../quiz/quiz-progress.js";

/**
 * Starts the course session for the package's config (or `config`), or returns null without
 * one. Returns { progress, launch(parsed), setLang(lang) }: the QuizProgress the quiz must
 * use, and the URL state to start from (the package's quiz, where the student left off).
 */
export function startCourse({ config = SCORM_CONFIG, win = window, header = document.querySelector(".top") } = {}) {
  if (!config) return null;
  document.documentElement.classList.add("scorm");
  const status = document.createElement("p");
  status.className = "lms-status";
  status.setAttribute("role", "status");
  header?.append(status);
  let lang = "en";
  let shown = { state: "none" };
  const show = (next) => {
    // A failure stays on screen until something better than "connected" replaces it.
    if (shown.state === "failed" && next.state === "connected") return;
    shown = next;
    status.dataset.state = next.state;
    status.textContent = describe(next, lang);
  };
  // Where the quiz is, from its URL state (the quiz writes its seed and index there); null
  // while the student looks at a question in the explorer.
  const position = () => {
    const state = parseHash(win.location.hash).state;
    return state.mode === "quiz" ? { seed: state.quizSeed, index: state.quizIndex } : null;
  };
  const session = new ScormSession(config, win, { onStatus: show, position });
  const progress = new QuizProgress(session.connected ? session.storage() : undefined);
  progress.onRecord((id, record) => session.report(id, record));
  if (session.connected && progress.answered >= config.count) show(resultOf(progress, config.count, session.mastery));

  // Leaving (closing the tab, the LMS taking the frame away, a reload): the LMS hears it once.
  win.addEventListener("pagehide", () => session.finish());
  win.addEventListener("unload", () => session.finish());

  return {
    progress,
    /** The URL state to start from: the package's quiz in the student's language, where they left off. */
    launch(parsed) {
      const state = { ...parsed.state, mode: "quiz", quizLevel: config.level ?? 1, quizCount: config.set ? null : config.count, quizSet: config.set ?? null, quizSetUrl: null };
      state.quizSeed = session.position.seed ?? config.seed ?? parsed.state.quizSeed;
      state.quizIndex = session.resume ? session.position.index : parsed.state.quizIndex;
      state.lang = config.lang ?? languageOf(session.language) ?? parsed.state.lang;
      return { ...parsed, state };
    },
    setLang(next) {
      lang = next;
      show(shown);
    },
  };
}

/** "zh-CN" → "zh", "en-GB" → "en", anything else (an LMS that says nothing) → null. */
function languageOf(tag) {
  const m = /^(en|zh)\b/i.exec(String(tag ?? ""));
  return m ? m[1].toLowerCase() : null;
}

function resultOf(progress, count, mastery) {
  return { state: "result", ...quizResult({ right: progress.right, total: count, mastery }), mastery };
}

/** The header's words for a status of lms/scorm.js. */
function describe(status, lang) {
  switch (status.state) {
    case "connected":
      return t(lang, "lmsConnected");
    case "review":
      return t(lang, "lmsReview");
    case "failed":
      return t(lang, "lmsFailed", { code: status.code, message: status.message });
    case "result": {
      const verdict = t(lang, status.passed === null ? "lmsStatus_completed" : status.passed ? "lmsStatus_passed" : "lmsStatus_failed");
      return status.mastery === null ? t(lang, "lmsResult", { score: status.score, status: verdict }) : t(lang, "lmsResultMastery", { score: status.score, status: verdict, mastery: status.mastery });
    }
    default:
      return t(lang, "lmsNoConnection");
  }
}
