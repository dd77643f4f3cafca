// Finds the LMS's SCORM API the way the standard says a SCO must (SCORM 1.2 RTE 3.3.6.1 and
// SCORM 2004 RTE 3.1.2.1, ADL's APIWrapper): the object named `API` (1.2) or `API_1484_11`
// (2004) on this window or one of its parents, else on the window that opened it (a pop-up)
// or one of that window's parents. Pure but for reading the windows it is given.
//
// A frame of another origin in between (an LMS's player on its own domain) cannot be read:
// reading its API throws a SecurityError, so it counts as a window without one and the search
// goes on to its parent (a window's `parent` can always be read).

/** The API's name for each version of SCORM. */
export const API_NAMES = Object.freeze({ "1.2": "API", 2004: "API_1484_11" });
/** How many parents up the search goes (ADL's algorithm allows 500; 1.2's wrapper stopped at 7, too few for some LMS frame sets). */
export const MAX_PARENTS = 500;

/** The API object for SCORM `version` ("1.2" or "2004") seen from `win`, or null. */
export function findScormApi(win, version) {
  const name = API_NAMES[version];
  if (!name) throw new Error(`unknown SCORM version ${version}`);
  return searchChain(win, name) ?? searchChain(read(win, "opener"), name);
}

/** `win` and its parents, up to MAX_PARENTS of them, for an object called `name`. */
function searchChain(win, name) {
  let current = win;
  for (let k = 0; current && k <= MAX_PARENTS; k++) {
    const api = read(current, name);
    if (api) return api;
    const parent = read(current, "parent");
    if (!parent || parent === current) return null;
    current = parent;
  }
  return null;
}

/** win[key], or null where the browser forbids reading it (another origin). */
function read(win, key) {
  try {
    return win?.[key] ?? null;
  } catch {
    return null;
  }
}
