// Moving around the surface as a student does: the wheel zooms about the pointer, dragging
// empty space pans, "fit" shows every critical point, arrow keys move θ′, and on a phone one
// finger drags θ′ or pans while two fingers pinch. Each is checked by what the page shows
// (the window in `win`, the point under the pointer, θ′ in `p`), not by internals.
//
// Touch goes through Chromium's own input pipeline (CDP Input.dispatchTouchEvent), so the
// page receives real pointer events of pointerType "touch", with pointer capture and all.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, ready, hashParams, waitForHash, screenshot } from "./harness.mjs";
import { plotGeometry, toCanvas, toParams, toPage, coreNumbers } from "./canvas-reading.mjs";

const h = useHarness();

const PHONE = { width: 390, height: 844 };

/** The window in the URL as [x0, x1, y0, y1] (undefined while it is the default). */
function urlWindow(page) {
  const text = hashParams(page.url()).get("win");
  return text === undefined ? undefined : text.split(",").map(Number);
}

/** Waits until the canvas announces a window other than `previous` (a data-window string). */
async function windowChange(page, previous) {
  await page.waitForFunction((p) => document.querySelector("#surface").dataset.window !== p, previous, { timeout: 5000 });
  return plotGeometry(page);
}

const near = (a, b, tol, what) => assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} vs ${b}`);

test("the wheel zooms about the pointer: the point under it stays put, `win` follows", async () => {
  const { page, errors } = await h.open();
  const g0 = await plotGeometry(page);
  const [cx, cy] = toCanvas(g0, 1, 1.2); // off-centre, so "about the pointer" differs from "about the centre"
  const at = await toPage(page, cx, cy);
  await page.mouse.move(at.x, at.y);
  const before = await page.locator("#surface").getAttribute("data-window");
  await page.mouse.wheel(0, -240); // up: zoom in
  const g1 = await windowChange(page, before);
  const span0 = g0.x1 - g0.x0;
  const span1 = g1.x1 - g1.x0;
  assert.ok(span1 < 0.8 * span0, `zoomed in: ${span0} → ${span1}`);
  // Within a pixel (the pointer's position is whole pixels).
  const [x, y] = toParams(g1, cx, cy);
  near(x, 1, span1 / g1.width, "x under the pointer");
  near(y, 1.2, span1 / g1.width, "y under the pointer");
  await page.waitForFunction(() => location.hash.includes("win="));
  assert.deepEqual(urlWindow(page), [g1.x0, g1.x1, g1.y0, g1.y1]);
  // θ′ stays where it was.
  assert.equal(hashParams(page.url()).get("p"), undefined);

  // Down zooms out, again about the pointer.
  const mid = await page.locator("#surface").getAttribute("data-window");
  await page.mouse.wheel(0, 480);
  const g2 = await windowChange(page, mid);
  assert.ok(g2.x1 - g2.x0 > span1 * 1.3, `zoomed out: ${span1} → ${g2.x1 - g2.x0}`);
  const [x2, y2] = toParams(g2, cx, cy);
  near(x2, 1, (g2.x1 - g2.x0) / g2.width, "x under the pointer after zooming out");
  near(y2, 1.2, (g2.x1 - g2.x0) / g2.width, "y under the pointer after zooming out");
  // The page itself did not scroll: the wheel belongs to the plot.
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  assert.deepEqual(errors, []);
});

test("dragging empty space pans the window with the pointer; θ′ stays", async () => {
  const { page, errors } = await h.open();
  const g0 = await plotGeometry(page);
  const [sx, sy] = toCanvas(g0, -1.2, 0.6); // empty: no θ′, no critical point, no valley nearby
  const from = await toPage(page, sx, sy);
  const before = await page.locator("#surface").getAttribute("data-window");
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y - 20, { steps: 4 });
  await page.mouse.move(from.x + 90, from.y - 45, { steps: 4 });
  await page.mouse.up();
  const g1 = await windowChange(page, before);
  // The point grabbed is under the pointer again: (−1.2, 0.6) now sits 90 px right, 45 px up.
  const [x, y] = toParams(g1, sx + 90, sy - 45);
  near(x, -1.2, 0.01, "grabbed x");
  near(y, 0.6, 0.01, "grabbed y");
  near(g1.x1 - g1.x0, g0.x1 - g0.x0, 1e-9, "same extent");
  await page.waitForFunction(() => location.hash.includes("win="));
  assert.equal(hashParams(page.url()).get("p"), undefined, "θ′ did not move");
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "saddle");
  assert.deepEqual(errors, []);
});

test("a click on empty space still moves θ′ there (a click is not a pan)", async () => {
  const { page, errors } = await h.open();
  const g = await plotGeometry(page);
  const at = await toPage(page, ...toCanvas(g, -1.2, 0.6));
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(() => location.hash.includes("p="));
  const p = hashParams(page.url()).get("p").split(",").map(Number);
  near(p[0], -1.2, 0.01, "θ′ x");
  near(p[1], 0.6, 0.01, "θ′ y");
  assert.equal(hashParams(page.url()).get("win"), undefined, "the window did not move");
  assert.deepEqual(errors, []);
});

test("fit shows every critical point: Himmelblau's nine from a zoomed-in view", async () => {
  const formula = "(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2";
  const { page, errors } = await h.open(`#f=${encodeURIComponent(formula)}&d=&p=3,2&win=2.5,3.5,1.5,2.5`);
  const core = await coreNumbers(page, { formula, columns: [], theta: [3, 2], search: [-8, 8, -8, 8] });
  assert.equal(core.critical.length, 9, `Himmelblau has 4 minima, 4 saddles and a maximum: ${JSON.stringify(core.critical)}`);
  // One press, from a view zoomed in on one minimum.
  await page.locator("#fit-view").click();
  await windowChange(page, "2.5,3.5,1.5,2.5");
  const g = await plotGeometry(page);
  for (const [x, y] of core.critical) {
    assert.ok(x > g.x0 && x < g.x1 && y > g.y0 && y < g.y1, `(${x}, ${y}) in [${g.x0}, ${g.x1}] × [${g.y0}, ${g.y1}]`);
  }
  // Not absurdly wide either: the points fill a good part of it.
  assert.ok(g.x1 - g.x0 < 20, `window ${g.x1 - g.x0} wide`);
  assert.deepEqual(urlWindow(page), [g.x0, g.x1, g.y0, g.y1]);
  await screenshot(page, "fit-himmelblau");

  // From the lecture's default view, fit keeps the saddle at (0, 0) and θ′ in view.
  const lecture = await h.open("#win=3,5,3,5");
  await lecture.page.locator("#fit-view").click();
  await lecture.page.waitForFunction(() => document.querySelector("#surface").dataset.window !== "3,5,3,5");
  const gl = await plotGeometry(lecture.page);
  assert.ok(gl.x0 < 0 && gl.x1 > 0 && gl.y0 < 0 && gl.y1 > 0, `the saddle in view: ${JSON.stringify(gl)}`);

  // The monkey saddle's one critical point (found within 10⁻⁶ of 0): a tidy window around it.
  const monkey = await h.open(`#f=${encodeURIComponent("w1^3 - 3 w1 w2^2")}&d=`);
  await monkey.page.locator("#fit-view").click();
  await waitForHash(monkey.page, "win", "-0.5,0.5,-0.5,0.5");
  assert.deepEqual([...errors, ...lecture.errors, ...monkey.errors], []);
});

test("arrow keys move θ′ by 1% of the window (Shift: 10%); + and − zoom", async () => {
  const { page, errors } = await h.open();
  await page.locator("#surface").focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowUp");
  await waitForHash(page, "p", "0.08,0.04");
  await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("ArrowDown");
  await waitForHash(page, "p", "-0.32,0");
  assert.equal(await page.getByRole("textbox", { name: "θ′ w1" }).inputValue(), "-0.32");
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "not_critical");
  await page.keyboard.press("+");
  await page.waitForFunction(() => location.hash.includes("win="));
  const zoomed = urlWindow(page);
  zoomed.forEach((v, k) => near(v, [-4 / 3, 4 / 3, -4 / 3, 4 / 3][k], 1e-5, "zoomed in by 1.5 about the centre"));
  await page.keyboard.press("-");
  await page.waitForFunction(() => !location.hash.includes("win="));
  assert.deepEqual(errors, []);
});

/** A page in a phone-sized touch context (the harness's contexts have no touch). */
async function openTouch(hash = "") {
  const context = await h.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
  await page.goto(h.url + hash);
  await ready(page);
  const cdp = await context.newCDPSession(page);
  // Which pointer types the canvas saw, to be sure these were touch pointers.
  await page.evaluate(() => {
    window.__pointerTypes = new Set();
    document.querySelector("#surface").addEventListener("pointerdown", (e) => window.__pointerTypes.add(e.pointerType));
  });
  const touch = (type, points) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
  return { page, errors, context, touch };
}

/** A one- or two-finger gesture from `starts` to `ends` (page px), in `steps` moves. */
async function gesture(touch, starts, ends, steps = 8) {
  await touch("touchStart", starts);
  for (let k = 1; k <= steps; k++) {
    await touch(
      "touchMove",
      starts.map(([x, y], i) => [x + ((ends[i][0] - x) * k) / steps, y + ((ends[i][1] - y) * k) / steps]),
    );
  }
  await touch("touchEnd", []);
}

test("touch on a phone: one finger drags θ′, one finger on empty space pans, two fingers pinch", async () => {
  const { page, errors, context, touch } = await openTouch();
  // Drag θ′ from the saddle to (0.5, 0.3).
  let g = await plotGeometry(page);
  const from = await toPage(page, ...toCanvas(g, 0, 0));
  const to = await toPage(page, ...toCanvas(g, 0.5, 0.3));
  await gesture(touch, [[from.x, from.y]], [[to.x, to.y]]);
  await page.waitForFunction(() => location.hash.includes("p="));
  const p = hashParams(page.url()).get("p").split(",").map(Number);
  near(p[0], 0.5, 0.03, "θ′ x after a touch drag");
  near(p[1], 0.3, 0.03, "θ′ y after a touch drag");
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "not_critical");
  assert.deepEqual([...(await page.evaluate(() => [...window.__pointerTypes]))], ["touch"]);
  // The page did not scroll while dragging on the canvas.
  assert.equal(await page.evaluate(() => window.scrollY), 0);

  // One finger on empty space pans.
  g = await plotGeometry(page);
  const [ex, ey] = toCanvas(g, -1.2, -1.4);
  const start = await toPage(page, ex, ey);
  const before = await page.locator("#surface").getAttribute("data-window");
  await gesture(touch, [[start.x, start.y]], [[start.x + 60, start.y - 30]]);
  g = await windowChange(page, before);
  const [gx, gy] = toParams(g, ex + 60, ey - 30);
  near(gx, -1.2, 0.02, "panned x under the finger");
  near(gy, -1.4, 0.02, "panned y under the finger");
  assert.equal(hashParams(page.url()).get("p"), p.join(","), "θ′ stayed");

  // Two fingers spread from 60 px to 150 px apart: the window shrinks by 60/150 about their midpoint.
  const span = g.x1 - g.x0;
  const [cx, cy] = [g.left + g.width / 2, g.top + g.height / 2];
  const [mxParam, myParam] = toParams(g, cx, cy);
  const c = await toPage(page, cx, cy);
  const pinchBefore = await page.locator("#surface").getAttribute("data-window");
  await gesture(touch, [[c.x - 30, c.y], [c.x + 30, c.y]], [[c.x - 75, c.y], [c.x + 75, c.y]], 10);
  const g2 = await windowChange(page, pinchBefore);
  near(g2.x1 - g2.x0, (span * 60) / 150, 0.02 * span, "pinched extent");
  const [mx2, my2] = toParams(g2, cx, cy);
  near(mx2, mxParam, 0.01 * span, "the midpoint stays under the fingers (x)");
  near(my2, myParam, 0.01 * span, "the midpoint stays under the fingers (y)");
  assert.equal(hashParams(page.url()).get("p"), p.join(","), "a pinch does not move θ′");
  await page.waitForFunction(() => location.hash.includes("win="));
  await screenshot(page, "touch-after-pinch");
  await context.close();
  assert.deepEqual(errors, []);
});

test("touch on a phone: a finger turns the direction probe, even landing beside its handle", async () => {
  const { page, errors, context, touch } = await openTouch("#ov=probe");
  const g = await plotGeometry(page);
  const [mx, my] = toCanvas(g, 0, 0);
  // The handle is 120 px from θ′ at 45°; the finger lands 20 px short of its centre.
  const at = (deg, r) => toPage(page, mx + r * Math.cos((deg * Math.PI) / 180), my - r * Math.sin((deg * Math.PI) / 180));
  const from = await at(45, 100);
  const to = await at(-45, 120);
  await gesture(touch, [[from.x, from.y]], [[to.x, to.y]], 12);
  await page.waitForFunction(() => document.querySelector(".probe-readout").dataset.sign === "up", null, { timeout: 5000 });
  const angle = Number(await page.locator("#probe-angle").inputValue());
  assert.ok(Math.abs(angle - 315) <= 2 || Math.abs(angle + 45) <= 2, `the probe turned to −45°: ${angle}`);
  assert.equal(hashParams(page.url()).get("p"), undefined, "θ′ stayed");
  assert.equal(hashParams(page.url()).get("win"), undefined, "the window stayed");
  await context.close();
  assert.deepEqual(errors, []);
});
