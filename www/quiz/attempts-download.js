// "Download my answers (CSV)": the attempts as a file (quiz/attempts-csv.js), named for the day.

import { attemptsCsv } from "./attempts-csv.js";
import { downloadBlob } from "../export/download.js";

/** Saves `records` (progress records, in the order answered) as CSV in `lang`. */
export function downloadAttempts(records, lang) {
  const day = new Date().toISOString().slice(0, 10);
  downloadBlob(new Blob([attemptsCsv(records, lang, location.href)], { type: "text/csv;charset=utf-8" }), `hessian-explorer-answers-${day}.csv`);
}
