// The SCORM API search (www/lms/scorm-api-finder.js) over made-up window trees: this window,
// its parents up to the top, then the opener's chain; a frame of another origin (reading it
// throws) is passed over; each version looks for its own name.
import test from "node:test";
import assert from "node:assert/strict";
import { findScormApi, API_NAMES, MAX_PARENTS } from "../../www/lms/scorm-api-finder.js";

/** A chain of windows, the top one first; returns the bottom one. `top` gets `props`. */
function chain(length, props = {}) {
  let win = { ...props };
  win.parent = win; // the top window is its own parent
  for (let k = 1; k < length; k++) win = { parent: win };
  return win;
}

test("found on the window itself, on a parent several frames up, or on the opener's chain", () => {
  const api12 = { name: "1.2" };
  const api2004 = { name: "2004" };
  assert.equal(findScormApi({ API: api12, parent: null }, "1.2"), api12);
  assert.equal(findScormApi(chain(5, { API: api12, API_1484_11: api2004 }), "1.2"), api12);
  assert.equal(findScormApi(chain(5, { API: api12, API_1484_11: api2004 }), "2004"), api2004);
  const popup = chain(2);
  popup.opener = chain(3, { API_1484_11: api2004 });
  assert.equal(findScormApi(popup, "2004"), api2004);
  assert.equal(findScormApi(chain(3, { API: api12 }), "2004"), null, "a 2004 package does not take a 1.2 API");
  assert.deepEqual(API_NAMES, { "1.2": "API", 2004: "API_1484_11" });
});

test("a frame of another origin is passed over (its parent can still be read); a chain that cannot be read ends; bounded", () => {
  const api = { name: "lms" };
  const top = { API: api };
  top.parent = top;
  // Reading anything but `parent` of a window of another origin throws, as a browser does.
  const foreign = { parent: top };
  Object.defineProperty(foreign, "API", {
    get() {
      throw new DOMException("Blocked a frame with origin", "SecurityError");
    },
  });
  assert.equal(findScormApi({ parent: foreign }, "1.2"), api);
  const sealed = {};
  Object.defineProperty(sealed, "parent", {
    get() {
      throw new DOMException("Blocked", "SecurityError");
    },
  });
  assert.equal(findScormApi({ parent: sealed }, "1.2"), null);
  assert.ok(findScormApi(chain(MAX_PARENTS, { API: {} }), "1.2"), "500 frames up is still found");
  assert.equal(findScormApi(chain(MAX_PARENTS + 3, { API: {} }), "1.2"), null, "not further");
  assert.throws(() => findScormApi({}, "1.3"), /unknown SCORM version/);
});
