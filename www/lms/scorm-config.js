// What a SCORM package's quiz asks and reports. null on the page itself: the quiz is the
// page's own, and no LMS is looked for. tools/scorm.mjs writes the package's copy of this
// module with the teacher's choices:
//
//   export const SCORM_CONFIG = {
//     version: "1.2",        // or "2004": which API to look for and which data model to use
//     level: 2, count: 10,   // the generated questions: level 1–4, how many
//     seed: null,            // null: each student's own questions (kept in the suspend data)
//     set: null,             // or a teacher's set (its JSON text): then count is its length
//     mastery: 80,           // percent right to pass, or null: "completed" without a verdict
//     lang: null,            // "en" or "zh", or null: the LMS's or the browser's language
//   };
export const SCORM_CONFIG = null;
