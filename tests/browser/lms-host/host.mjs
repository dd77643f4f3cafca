// A stand-in LMS for the SCORM tests (tests/browser/scorm.test.mjs), served next to
// scorm-again's ESM build and the unzipped package (package/). What an LMS does around a SCO:
// the API on the window that frames it (window.API for 1.2, window.API_1484_11 for 2004) with
// the learner's data and the manifest's mastery score loaded, the launch page in the frame,
// and, when the learner comes back, a new session that starts from what the last one stored.
//
//   lms-host/index.html?version=1.2&mastery=60
import { Scorm12API, Scorm2004API } from "./scorm-again.js";

const query = new URLSearchParams(location.search);
const version = query.get("version");
const mastery = query.get("mastery") ?? "";
const frame = document.querySelector("#sco");
const EVENTS = version === "1.2" ? ["LMSInitialize", "LMSSetValue", "LMSCommit", "LMSFinish"] : ["Initialize", "SetValue", "Commit", "Terminate"];

/** The LMS's record of the learner, filled from the previous session's data (null: the first). */
function learnerData(previous) {
  const cmi = previous?.renderCMIToJSONObject().cmi;
  if (version === "1.2") {
    return {
      core: { student_id: "s-1", student_name: "Student, Test", entry: previous ? "resume" : "ab-initio", lesson_location: cmi?.core.lesson_location ?? "", lesson_status: cmi?.core.lesson_status ?? "not attempted" },
      suspend_data: cmi?.suspend_data ?? "",
      student_data: { mastery_score: mastery },
    };
  }
  return {
    learner_id: "s-1",
    learner_name: "Student, Test",
    entry: previous ? "resume" : "ab-initio",
    location: cmi?.location ?? "",
    suspend_data: cmi?.suspend_data ?? "",
    scaled_passing_score: mastery === "" ? "" : String(Number(mastery) / 100),
  };
}

window.lms = {
  /** Every session's API, the current one last; each API's calls as [event, element, value]. */
  sessions: [],
  calls: [],
  /** Starts a session: a new API on this window, then the package in the frame. */
  launch(previous = null) {
    const api = version === "1.2" ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON(learnerData(previous));
    const calls = [];
    for (const event of EVENTS) api.on(event, (...args) => calls.push([event, ...args]));
    this.sessions.push(api);
    this.calls.push(calls);
    window[version === "1.2" ? "API" : "API_1484_11"] = api;
    frame.src = "package/index.html";
  },
  /** The learner leaves (the frame is taken away) and comes back: a new session resumes. */
  async relaunch() {
    const previous = this.sessions.at(-1);
    // The package's page is unloaded (and finishes its session) before the blank page loads.
    const blank = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
    frame.src = "about:blank";
    await blank;
    this.launch(previous);
  },
  /** The current session's data model as JSON. */
  data() {
    return this.sessions.at(-1).renderCMIToJSONObject().cmi;
  },
};

window.lms.launch();
