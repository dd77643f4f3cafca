// The 3-D view's camera and geometry (www/views/camera.js).
import test from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_CAMERA, MAX_ELEVATION, normalCamera, parseCamera, formatCamera, projector, quadOrder } from "../../www/views/camera.js";

test("a camera in whole degrees: azimuth wrapped into [0, 360), elevation within [0, MAX_ELEVATION]", () => {
  assert.deepEqual(normalCamera(-30.4, 45.6), { azimuth: 330, elevation: 46 });
  assert.deepEqual(normalCamera(725, -10), { azimuth: 5, elevation: 0 });
  assert.deepEqual(normalCamera(0, 120), { azimuth: 0, elevation: MAX_ELEVATION });
});

test("the URL's cam key: azimuth,elevation round trips; anything else throws", () => {
  assert.deepEqual(parseCamera(formatCamera(DEFAULT_CAMERA)), DEFAULT_CAMERA);
  assert.equal(formatCamera({ azimuth: 12, elevation: 34 }), "12,34");
  for (const bad of ["360,10", "10,90", "-1,10", "1.5,10", "10", "a,b", "10,10,10"]) assert.throws(() => parseCamera(bad), bad);
});

test("the projection: from above the box's centre is the canvas' centre; painter's order is far to near", () => {
  const project = projector(0, Math.PI / 2, 400, 400, 0.9);
  const [x, y] = project(0, 0, 0);
  assert.ok(Math.abs(x - 200) < 1e-9 && Math.abs(y - 200) < 1e-9, `${x}, ${y}`);
  // Seen from the side (elevation 0), a higher point is higher on the canvas.
  const side = projector(0, 0, 400, 400, 0.9);
  assert.ok(side(0, 0, 0.5)[1] < side(0, 0, 0)[1]);
  assert.deepEqual(quadOrder([{ depth: 1 }, { depth: 3 }, { depth: 2 }]).map((f) => f.depth), [3, 2, 1]);
});
