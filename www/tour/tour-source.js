// Where a tour comes from: `tour=lecture` (the lecture's own, tour/lecture.js), `tour=` with a
// tour written in JSON in the link, or `tourUrl=` with a JSON file next to the page. Each is
// read (tour-parse.js) and checked by the engine (tour-check.js) before a step is shown.

import { LECTURE_TOUR } from "./lecture.js";
import { parseTour, TourError } from "./tour-parse.js";
import { checkTour } from "./tour-check.js";
import { fetchSiteFile } from "../app/site-file.js";

/** The name of the lecture's tour in `tour=`. */
export const LECTURE = "lecture";

/** The tour's source in a parsed URL state ({ tour, tourUrl }), or null when the link has none. */
export function tourSource(state) {
  if (state.tour === null && state.tourUrl === null) return null;
  return { tour: state.tour, tourUrl: state.tourUrl };
}

/** Whether two sources (tourSource) name the same tour. */
export function sameSource(a, b) {
  return a !== null && b !== null && a.tour === b.tour && a.tourUrl === b.tourUrl;
}

/** The checked tour of `source`; `fetchText(url)` reads a file. Rejects with TourError. */
export async function loadTour(source, fetchText = fetchTourFile) {
  if (source.tour !== null && source.tourUrl !== null) throw new TourError("tourBothSources");
  let raw;
  if (source.tourUrl !== null) raw = await fetchText(source.tourUrl);
  else if (source.tour === LECTURE) raw = LECTURE_TOUR;
  else if (/^\s*\{/.test(source.tour)) raw = source.tour;
  else throw new TourError("tourUnknownName", { name: source.tour });
  return checkTour(parseTour(raw));
}

/** A tour file's text (a file on this site only). */
function fetchTourFile(path) {
  return fetchSiteFile(path, (problem, vars) => new TourError(problem === "origin" ? "tourNotSameOrigin" : "tourFetch", vars));
}
