// The 3-D view: the surface is drawn (not a blank canvas), θ′ is on it, dragging with a mouse
// or a finger turns it (the picture changes and the camera goes into the link), a link with a
// camera opens on the same picture, and quiz mode does not show it.
import test from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { useHarness, waitForHash, screenshot } from "./harness.mjs";

const h = useHarness();

/** What the 3-D canvas shows after the next frame: a hash of its pixels and the share not white. */
async function picture(page) {
  const { url, inked } = await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const canvas = document.querySelector("#view3d");
            const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
            let ink = 0;
            for (let k = 0; k < data.length; k += 4) if (data[k] < 235 || data[k + 1] < 235 || data[k + 2] < 235) ink++;
            resolve({ url: canvas.toDataURL(), inked: ink / (data.length / 4) });
          }),
        ),
      ),
  );
  return { hash: createHash("sha256").update(url).digest("hex"), inked };
}

/** The colour of the 3-D canvas at CSS pixel (x, y). */
async function colourAt(page, x, y) {
  return page.evaluate(
    ([x, y]) => {
      const canvas = document.querySelector("#view3d");
      const dpr = canvas.width / canvas.clientWidth;
      return Array.from(canvas.getContext("2d").getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data.slice(0, 3));
    },
    [x, y],
  );
}

async function camera(page) {
  const c = page.locator("#view3d");
  return [Number(await c.getAttribute("data-azimuth")), Number(await c.getAttribute("data-elevation"))];
}

test("3-D: the surface, θ′ and the critical points are drawn; dragging turns it and the link keeps the camera", async () => {
  const { page, errors } = await h.open("");
  const canvas = page.locator("#view3d");
  assert.equal(await canvas.isVisible(), false, "the page opens in 2-D");
  await page.getByRole("button", { name: "3-D" }).click();
  await waitForHash(page, "view", "3d");
  assert.ok(await canvas.isVisible());
  assert.equal(await page.getByRole("button", { name: "3-D" }).getAttribute("aria-pressed"), "true");
  const before = await picture(page);
  assert.ok(before.inked > 0.2, `the surface covers the canvas: ${before.inked}`);
  // θ′ (the saddle at the origin) is drawn where the canvas says, in θ′'s orange.
  const [tx, ty] = (await canvas.getAttribute("data-theta")).split(",").map(Number);
  const [r, g, b] = await colourAt(page, tx, ty);
  assert.ok(r > 220 && g > 80 && g < 140 && b < 90, `θ′ is orange: ${[r, g, b]}`);
  // The lecture's window holds the saddle and two valleys of minima.
  assert.equal(await canvas.getAttribute("data-critical"), "3");
  await screenshot(page, "view3d-before");

  // A mouse drag to the left turns the surface: a new picture, and the camera is in the link.
  const [az0, el0] = await camera(page);
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 + 20, { steps: 6 });
  await page.mouse.up();
  const [az1, el1] = await camera(page);
  assert.equal(az1, (az0 + 30) % 360, "60 px left turns the azimuth by 30°");
  assert.equal(el1, el0 + 10, "20 px down raises the elevation by 10°");
  await waitForHash(page, "cam", `${az1},${el1}`);
  const after = await picture(page);
  assert.notEqual(after.hash, before.hash, "the picture changed");
  await screenshot(page, "view3d-turned");

  // The link opens on the same view: 3-D, the same camera, the same pixels.
  const other = await h.open(new URL(page.url()).hash);
  assert.deepEqual(await camera(other.page), [az1, el1]);
  assert.equal((await picture(other.page)).hash, after.hash);

  // The arrow keys turn it too.
  await canvas.focus();
  await page.keyboard.press("ArrowUp");
  assert.deepEqual(await camera(page), [az1, el1 + 5]);
  assert.deepEqual(errors, []);
  assert.deepEqual(other.errors, []);
});

test("3-D on a phone: a finger drag turns the surface, in Chinese", async () => {
  const { page, errors } = await h.open("#lang=zh&view=3d", { viewport: { width: 390, height: 844 } });
  const canvas = page.locator("#view3d");
  assert.ok(await canvas.isVisible());
  assert.equal(await page.locator("#view-switch").getAttribute("aria-label"), "视图");
  const before = await picture(page);
  const [az0] = await camera(page);
  // A touch drag through the DevTools protocol: the page sees pointer events of type touch.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
  const box = await canvas.boundingBox();
  const at = (dx) => [{ x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let k = 1; k <= 5; k++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(16 * k) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  const [az1] = await camera(page);
  assert.equal(az1, (az0 - 40 + 360) % 360, "80 px right turns the azimuth back by 40°");
  assert.notEqual((await picture(page)).hash, before.hash);
  // The page did not scroll under the finger.
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  await screenshot(page, "view3d-phone-zh");
  assert.deepEqual(errors, []);
});

test("3-D is not shown in quiz mode, and comes back after it", async () => {
  const { page, errors } = await h.open("#view=3d");
  assert.ok(await page.locator("#view3d").isVisible());
  await page.locator(".mode-tab[data-mode=quiz]").click();
  await page.waitForFunction(() => document.body.classList.contains("mode-quiz"));
  assert.equal(await page.locator("#view3d").isVisible(), false);
  assert.equal(await page.locator("#view-switch").isVisible(), false);
  assert.ok(await page.locator("#surface").isVisible(), "the quiz's 2-D surface is shown");
  await page.locator(".mode-tab[data-mode=explore]").click();
  await page.waitForFunction(() => !document.body.classList.contains("mode-quiz"));
  assert.ok(await page.locator("#view3d").isVisible());
  assert.deepEqual(errors, []);
});

test("3-D: the optimizer's path is drawn over the surface", async () => {
  const { page, errors } = await h.open("#p=0.001,0.0005&view=3d");
  await page.emulateMedia({ reducedMotion: "reduce" });
  const before = await picture(page);
  await page.locator(".optimizer-run").click();
  await page.waitForSelector(".optimizer-status[data-done=true]");
  const after = await picture(page);
  assert.notEqual(after.hash, before.hash, "the path changed the picture");
  // The picture stays with the path when the view is turned.
  await page.locator("#view3d").focus();
  await page.keyboard.press("ArrowLeft");
  assert.notEqual((await picture(page)).hash, after.hash);
  await screenshot(page, "view3d-path");
  assert.deepEqual(errors, []);
});

test("3-D: clicking a critical point's marker puts θ′ on it; a drag does not", async () => {
  const { page, errors } = await h.open("#f=(x^2 + y - 11)^2 + (x + y^2 - 7)^2&d=&p=3,2&win=-5,5,-5,5&view=3d");
  const canvas = page.locator("#view3d");
  await page.waitForFunction(() => (document.querySelector("#view3d").dataset.markers ?? "").includes("maximum"));
  const markers = (await canvas.getAttribute("data-markers")).split(";").map((m) => {
    const [shape, xy] = m.split(":");
    const [x, y] = xy.split(",").map(Number);
    return { shape, x, y };
  });
  // Himmelblau in 3-D: the same four minima, one maximum and four saddles.
  const count = (shape) => markers.filter((m) => m.shape === shape).length;
  assert.deepEqual([count("minimum"), count("maximum"), count("saddle")], [4, 1, 4]);
  const box = await canvas.boundingBox();
  const top = markers.find((m) => m.shape === "maximum");
  await page.mouse.click(box.x + top.x + 2, box.y + top.y - 2);
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "maximum", null, { timeout: 5000 });
  const [x, y] = await page.locator("#theta input.theta-input").evaluateAll((inputs) => inputs.map((i) => Number(i.value)));
  assert.ok(Math.abs(x + 0.2708) < 0.001 && Math.abs(y + 0.9230) < 0.001, `θ′ on the maximum: ${x}, ${y}`);
  // A drag that starts on a saddle turns the view and leaves θ′ where it is.
  await page.waitForFunction(() => (document.querySelector("#view3d").dataset.markers ?? "").includes("saddle"));
  const saddle = (await canvas.getAttribute("data-markers")).split(";").find((m) => m.startsWith("saddle")).split(":")[1].split(",").map(Number);
  const azimuth = await canvas.getAttribute("data-azimuth");
  await page.mouse.move(box.x + saddle[0], box.y + saddle[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + saddle[0] + 40, box.y + saddle[1], { steps: 4 });
  await page.mouse.up();
  assert.notEqual(await canvas.getAttribute("data-azimuth"), azimuth);
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "maximum");
  assert.deepEqual(errors, []);
});

/** θ′'s pixel on the 3-D canvas once the view shows θ′ = `point`. */
async function thetaPixelAt(page, point) {
  await page.evaluate((p) => (location.hash = `#view=3d&cam=0,0&p=${p.join(",")}`), point);
  await page.waitForFunction((p) => document.querySelector("#theta input.theta-input").value === String(p[0]) && document.querySelector("#view3d").dataset.theta, point);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return (await page.locator("#view3d").getAttribute("data-theta")).split(",").map(Number);
}

test("3-D heights are L itself: seen from the side, θ′'s drawn height is linear in loss.value; ticks are linear; the cut is stated", async () => {
  const { page, errors } = await h.open("#view=3d&cam=0,0");
  const loss = (w1, w2) => (1 - w1 * w2) ** 2; // the lecture's, x = ŷ = 1
  const points = [[0, 0], [1, 1], [0.5, 0.5], [-0.5, 1], [1, -1]];
  const drawn = [];
  for (const p of points) drawn.push({ L: loss(...p), y: (await thetaPixelAt(page, p))[1] });
  // Elevation 0: the screen's y is −scale·z, so it must be an affine function of L.
  const slope = (drawn[0].y - drawn[1].y) / (drawn[0].L - drawn[1].L);
  assert.ok(slope < 0, "higher L is higher on the screen");
  for (const d of drawn) {
    const expected = drawn[1].y + slope * (d.L - drawn[1].L);
    assert.ok(Math.abs(d.y - expected) <= 0.6, `L = ${d.L}: drawn at y = ${d.y}, linear height says ${expected.toFixed(1)}`);
  }
  // The L axis: round values, evenly spaced on the screen.
  const ticks = (await page.locator("#view3d").getAttribute("data-ticks")).split(";").map((t) => t.split(":").map(Number));
  assert.ok(ticks.length >= 3, `ticks: ${ticks}`);
  const gaps = ticks.slice(1).map(([v, y], k) => (y - ticks[k][1]) / (v - ticks[k][0]));
  for (const g of gaps) assert.ok(Math.abs(g - gaps[0]) < 0.6, `evenly spaced: ${gaps}`);
  // The lecture's corners reach L = 25: the box stops at 5 and the view says so.
  assert.equal(await page.locator("#view3d").getAttribute("data-range"), "0,5");
  assert.equal(await page.locator("#view3d").getAttribute("data-cut"), "high");
  await screenshot(page, "view3d-side");
  assert.deepEqual(errors, []);
});
