// Which overlays are on (www/app/overlay-set.js), as the URL's `ov` writes them.
import test from "node:test";
import assert from "node:assert/strict";
import { OVERLAY_IDS, DEFAULT_OVERLAYS, parseOverlays, formatOverlays, sameOverlays } from "../../www/app/overlay-set.js";

test("ids in canonical order, 'none' for nothing, unknown ids refused", () => {
  assert.deepEqual(parseOverlays("eig, g,g"), ["g", "eig"]);
  assert.deepEqual(parseOverlays("none"), []);
  assert.equal(formatOverlays([]), "none");
  assert.equal(formatOverlays(["probe", "level"]), "level,probe");
  assert.throws(() => parseOverlays("g,zzz"), /zzz/);
  for (const ids of [[], DEFAULT_OVERLAYS, OVERLAY_IDS]) assert.deepEqual(parseOverlays(formatOverlays(ids)), [...ids]);
  assert.ok(sameOverlays(["u", "crit"], ["crit", "u"]));
  assert.ok(!sameOverlays(["u"], ["u", "g"]));
});
