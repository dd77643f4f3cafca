// The overlays as a student sees them: each toggle draws its mark where the lecture says it
// belongs (read from the canvas's pixels along the expected directions) and writes `ov` in
// the URL; the read-outs (λ, vᵀHv, g) and the slice panel's curves carry the core's numbers.
//
// The lecture's loss L = (1 − w₁w₂)² is used throughout. At θ′ = (0.5, 0.3):
//   g = −2(1 − w₁w₂)(w₂, w₁) = (−0.51, −0.85),  H = [[2w₂², 4w₁w₂ − 2], [·, 2w₁²]]
//     = [[0.18, −1.4], [−1.4, 0.5]],  λ ≈ −1.069 and 1.749;
// at the saddle θ′ = (0, 0): H = [[0, −2], [−2, 0]], v = (1, 1)/√2 gives vᵀHv = −2, v = (1, −1)/√2 gives +2.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, hashParams, waitForHash, screenshot } from "./harness.mjs";
import {
  plotGeometry,
  toCanvas,
  toPage,
  colorsAt,
  along,
  range,
  isYellowMark,
  isCyan,
  isPink,
  isDark,
  isWhite,
  coreNumbers,
  parsePrinted,
} from "./canvas-reading.mjs";
import { curvature } from "../../www/analysis/curvature.js";

const OFF_SADDLE = [0.5, 0.3];
const h = useHarness();

const toggle = (page, id) => page.locator(`.overlay-toggle[data-overlay="${id}"]`);

/** The canvas's pixels over the whole plot, as one string (equal strings: equal pictures). */
async function plotSignature(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.querySelector("#surface").toDataURL()))),
      ),
  );
}

/** The unit pixel direction of parameter direction (vx, vy) under geometry g (y flips). */
function pixelDirection(g, vx, vy) {
  const dx = (vx * g.width) / (g.x1 - g.x0);
  const dy = (-vy * g.height) / (g.y1 - g.y0);
  const n = Math.hypot(dx, dy);
  return [dx / n, dy / n];
}

/**
 * How far a line in colour `is` runs from (x, y) along (ux, uy): the farthest such pixel
 * reached without a gap longer than `maxGap` px (a dash's gap is shorter; the gap before a
 * label is longer). Also returns the farthest such pixel at all (`any`, labels included).
 */
async function reach(page, x, y, ux, uy, is, max = 300, maxGap = 12) {
  const ds = range(4, max);
  const colors = await colorsAt(page, along(x, y, ux, uy, ds));
  let far = 0;
  let any = 0;
  let broken = false;
  colors.forEach((c, k) => {
    if (!is(c)) return;
    if (!broken && ds[k] - (far || ds[0]) > maxGap && far > 0) broken = true;
    if (!broken) far = ds[k];
    any = ds[k];
  });
  return { far, any, colors, ds };
}

test("g: an arrow from θ′ pointing uphill, on and off with its toggle and `ov`", async () => {
  const { page, errors } = await h.open(`#p=${OFF_SADDLE.join(",")}&ov=none`);
  const core = await coreNumbers(page, { theta: OFF_SADDLE });
  const g = await plotGeometry(page);
  const [mx, my] = toCanvas(g, ...OFF_SADDLE);
  const [ux, uy] = pixelDirection(g, core.gradient[0], core.gradient[1]);
  const without = await plotSignature(page);
  const uphill = (await colorsAt(page, along(mx, my, ux, uy, range(20, 60, 4)))).filter(isYellowMark);
  assert.equal(uphill.length, 0, "no yellow before the toggle");

  await toggle(page, "g").click();
  await waitForHash(page, "ov", "g");
  assert.equal(await toggle(page, "g").getAttribute("aria-pressed"), "true");
  // The shaft runs from θ′ along +g in pixels (uphill), not along −g.
  const shaft = await colorsAt(page, along(mx, my, ux, uy, range(20, 60, 4)));
  assert.ok(shaft.every(isYellowMark), `yellow along +g: ${JSON.stringify(shaft)}`);
  const downhill = await colorsAt(page, along(mx, my, -ux, -uy, range(20, 60, 4)));
  assert.ok(!downhill.some(isYellowMark), "nothing yellow along −g");
  // Its label and values are written out: g = (−0.51, −0.85), pointing uphill.
  const readout = await page.locator("#overlay-readout li").allTextContents();
  const line = readout.find((s) => s.startsWith("g = "));
  assert.ok(line, `read-out ${JSON.stringify(readout)}`);
  const printed = line.match(/\(([^)]*)\)/)[1].split(",").map(parsePrinted);
  printed.forEach((v, k) => assert.ok(Math.abs(v - core.gradient[k]) < 5e-3, `g${k} ${v} vs ${core.gradient[k]}`));
  assert.match(line, /pointing uphill/);
  // The label "g" sits past the arrow's head: yellow text beyond the shaft.
  const head = await reach(page, mx, my, ux, uy, isYellowMark, 200);
  assert.ok(head.far > 70, `the arrow and its label reach ${head.far} px`);
  await screenshot(page, "overlay-g");

  await toggle(page, "g").click();
  await waitForHash(page, "ov", "none");
  assert.equal(await plotSignature(page), without, "switching g off restores the picture");
  assert.deepEqual(errors, []);
});

test("eigen axes: along the eigenvectors, length ∝ |λ|, cyan solid for λ > 0 and pink dashed for λ < 0, labelled λ", async () => {
  const { page, errors } = await h.open(`#p=${OFF_SADDLE.join(",")}&ov=none`);
  const core = await coreNumbers(page, { theta: OFF_SADDLE });
  const g = await plotGeometry(page);
  const [mx, my] = toCanvas(g, ...OFF_SADDLE);
  const kNeg = core.eigenvalues.findIndex((l) => l < 0);
  const kPos = core.eigenvalues.findIndex((l) => l > 0);
  const [nx, ny] = pixelDirection(g, ...core.eigenvectors[kNeg]);
  const [px, py] = pixelDirection(g, ...core.eigenvectors[kPos]);

  await toggle(page, "eig").click();
  await waitForHash(page, "ov", "eig");
  // Each axis runs both ways from θ′ along its eigenvector.
  const pos = await reach(page, mx, my, px, py, isCyan);
  const posBack = await reach(page, mx, my, -px, -py, isCyan);
  const neg = await reach(page, mx, my, nx, ny, isPink);
  const negBack = await reach(page, mx, my, -nx, -ny, isPink);
  assert.ok(pos.far > 40 && neg.far > 20, `axes drawn: + ${pos.far} px, − ${neg.far} px`);
  assert.ok(Math.abs(pos.far - posBack.far) <= 3 && Math.abs(neg.far - negBack.far) <= 3, "symmetric about θ′");
  // Their lengths are in the ratio of |λ| (the end ticks mark the ends).
  const ratio = neg.far / pos.far;
  const expected = Math.abs(core.eigenvalues[kNeg]) / Math.abs(core.eigenvalues[kPos]);
  assert.ok(Math.abs(ratio - expected) < 0.05, `length ratio ${ratio.toFixed(3)} vs |λ| ratio ${expected.toFixed(3)}`);
  // Not by colour alone: the λ > 0 axis is solid, the λ < 0 axis has gaps (dashes).
  const solid = pos.colors.filter((_, k) => pos.ds[k] >= 14 && pos.ds[k] <= pos.far - 6);
  assert.ok(solid.every(isCyan), "the λ > 0 axis is solid");
  const dashed = neg.colors.filter((_, k) => neg.ds[k] >= 14 && neg.ds[k] <= neg.far - 6);
  const gaps = dashed.filter((c) => !isPink(c)).length;
  assert.ok(gaps >= 0.2 * dashed.length && gaps <= 0.7 * dashed.length, `the λ < 0 axis is dashed (${gaps}/${dashed.length} gaps)`);
  // Labelled with λ: the read-out lists λ₁ and λ₂ with the core's values, and pink/cyan
  // label text is painted past each axis's end.
  const labels = await page.locator("#overlay-readout li").allTextContents();
  assert.equal(labels.length, 2);
  labels.forEach((text, k) => {
    const m = text.match(/^λ([₁₂]) = (.+)$/);
    assert.ok(m, text);
    assert.ok(Math.abs(parsePrinted(m[2]) - core.eigenvalues[k]) < 5e-3, `${text} vs ${core.eigenvalues[k]}`);
  });
  // Each label is painted beside one of its axis' tips (marks/eigen-axes.js): look for its
  // colour around both tips, off the axis line itself (more than 6 px from it).
  const labelPixels = async (r, ux, uy, is) => {
    const norm = Math.hypot(ux, uy);
    const [vx, vy] = [ux / norm, uy / norm];
    const box = [];
    for (const s of [-1, 1]) {
      const [cx, cy] = [mx + s * vx * r.far, my + s * vy * r.far];
      for (let dy = -36; dy <= 36; dy += 2) {
        for (let dx = -90; dx <= 90; dx += 2) {
          const [x, y] = [cx + dx, cy + dy];
          if (Math.abs((x - mx) * vy - (y - my) * vx) > 6) box.push([x, y]);
        }
      }
    }
    return (await colorsAt(page, box)).filter(is).length;
  };
  assert.ok((await labelPixels(pos, px, py, isCyan)) > 20, "a cyan λ label beside a tip of the λ > 0 axis");
  assert.ok((await labelPixels(neg, nx, ny, isPink)) > 20, "a pink λ label beside a tip of the λ < 0 axis");
  await screenshot(page, "overlay-eig");
  assert.deepEqual(errors, []);
});

test("u stays visible over the eigen axis and the probe at the lecture's saddle", async () => {
  const { page, errors } = await h.open("#ov=u,eig,probe");
  const g = await plotGeometry(page);
  const [mx, my] = toCanvas(g, 0, 0);
  const [ux, uy] = pixelDirection(g, 1, 1); // u = (1, 1)/√2: the eigenvector of λ = −2
  const shaft = await colorsAt(page, along(mx, my, ux, uy, range(18, 56, 2)));
  const orange = shaft.filter(([r, gg, b]) => r > 230 && gg > 80 && gg < 150 && b < 90);
  assert.ok(orange.length >= 0.8 * shaft.length, `the orange u shaft: ${orange.length}/${shaft.length}`);
  // The probe's handle (white) lies beyond u's head, on the same line.
  const handle = await colorsAt(page, along(mx, my, ux, uy, [118, 120, 122]));
  assert.ok(handle.some(isWhite), `the probe's handle: ${JSON.stringify(handle)}`);
  assert.deepEqual(errors, []);
});

test("Taylor model: dashed contours around θ′; the error map on demand, clear at θ′ and red far away", async () => {
  const { page, errors } = await h.open(`#p=${OFF_SADDLE.join(",")}&ov=none`);
  const g = await plotGeometry(page);
  const [mx, my] = toCanvas(g, ...OFF_SADDLE);
  const grid = [];
  for (let dy = -60; dy <= 60; dy += 2) for (let dx = -60; dx <= 60; dx += 2) grid.push([mx + dx, my + dy]);
  // Just outside the model's circle (30% of the plot's side around θ′, overlay-layer.js).
  const reach = 0.3 * Math.min(g.width, g.height);
  const ring = range(0, 355, 5)
    .map((deg) => [mx + (reach + 6) * Math.cos((deg * Math.PI) / 180), my + (reach + 6) * Math.sin((deg * Math.PI) / 180)])
    .filter(([x, y]) => x > g.left && x < g.left + g.width && y > g.top && y < g.top + g.height);
  const ringBefore = await colorsAt(page, ring);
  const before = await colorsAt(page, grid);
  const without = await plotSignature(page);
  await toggle(page, "taylor").click();
  await waitForHash(page, "ov", "taylor");
  const after = await colorsAt(page, grid);
  const newDark = after.filter((c, k) => isDark(c) && !isDark(before[k])).length;
  assert.ok(newDark > 20, `dark dashed contours appear around θ′ (${newDark} samples)`);
  // In all four quadrants around θ′ (a quadratic's contours surround its centre's region).
  const quadrant = (sx, sy) => grid.filter(([x, y], k) => Math.sign(x - mx) === sx && Math.sign(y - my) === sy && isDark(after[k]) && !isDark(before[k])).length;
  // On several sides of θ′ (a quadratic's contours surround θ′), not a stray line on one side.
  const sides = [[1, 1], [1, -1], [-1, 1], [-1, -1]].filter(([sx, sy]) => quadrant(sx, sy) > 0).length;
  assert.ok(sides >= 3, `contours in ${sides} of the 4 quadrants around θ′`);
  // Around θ′ only: a Taylor model is a local picture; outside its circle nothing changes.
  assert.deepEqual(await colorsAt(page, ring), ringBefore, "nothing drawn outside the model's circle");
  assert.match((await page.locator("#overlay-readout").textContent()) ?? "", /Taylor model: dashed contours of q\(θ\) around θ′/);
  assert.ok(await page.locator("#error-scale").isHidden(), "no error scale without the error map");

  // The error map: clear at θ′ (q = L there), red far away (|L − q| large in the corners).
  const corner = toCanvas(g, -1.9, 1.9);
  const [atThetaBefore, cornerBefore] = await colorsAt(page, [[mx + 12, my + 12], corner]);
  await toggle(page, "err").click();
  await waitForHash(page, "ov", "taylor,err");
  const [atTheta, cornerAfter] = await colorsAt(page, [[mx + 12, my + 12], corner]);
  const redShift = (a, b) => a[0] - a[1] - (b[0] - b[1]);
  assert.ok(redShift(cornerAfter, cornerBefore) > 60, `the corner turns red: ${cornerBefore} → ${cornerAfter}`);
  assert.ok(Math.abs(redShift(atTheta, atThetaBefore)) < 25, `θ′'s surroundings stay clear: ${atThetaBefore} → ${atTheta}`);
  const scale = page.locator("#error-scale");
  await scale.waitFor({ state: "visible" });
  assert.match(await scale.innerText(), /\|L − q\|[\s\S]*0[\s\S]*≥ \d/);
  await screenshot(page, "overlay-taylor-error");

  await toggle(page, "err").click();
  await toggle(page, "taylor").click();
  await waitForHash(page, "ov", "none");
  assert.equal(await plotSignature(page), without, "both off: the picture is as before");
  assert.deepEqual(errors, []);
});

test("the direction probe: v = (1, 1)/√2 reads vᵀHv = −2, typing −45° gives +2, dragging the handle turns v", async () => {
  const { page, errors } = await h.open("#ov=probe");
  const core = await coreNumbers(page, { theta: [0, 0] });
  const box = page.locator("#probe-box");
  await box.waitFor({ state: "visible" });
  const readout = page.locator(".probe-readout");
  const vhvOf = (deg) => {
    const a = (deg * Math.PI) / 180;
    return curvature(core.hessian, [Math.cos(a), Math.sin(a)]);
  };
  assert.equal(vhvOf(45), -2);
  assert.equal(await readout.getAttribute("data-sign"), "down");
  assert.ok(Math.abs(Number(await readout.getAttribute("data-vhv")) - vhvOf(45)) < 1e-12);
  assert.match(await readout.innerText(), /vᵀHv = −2 < 0: the loss curves down along v/);
  assert.match(await box.innerText(), /v = \(0\.707, 0\.707\)/);
  // With the probe on, the slice panel draws L along the probe's v from the start.
  assert.equal(await page.locator("#slice-direction").inputValue(), "probe");
  assert.equal(await page.locator("#slice-canvas").getAttribute("data-direction"), "probe");

  // vᵀHv is also written beside the handle, in the colour of its sign (pink: < 0, cyan: > 0).
  const g0 = await plotGeometry(page);
  const [tx, ty] = toCanvas(g0, 0, 0);
  const beside = async (deg, is) => {
    const [hx, hy] = [tx + 120 * Math.cos((deg * Math.PI) / 180), ty - 120 * Math.sin((deg * Math.PI) / 180)];
    const box = [];
    for (let dy = -90; dy <= 90; dy += 2) for (let dx = -90; dx <= 90; dx += 2) box.push([hx + dx, hy + dy]);
    return (await colorsAt(page, box)).filter(is).length;
  };
  assert.ok((await beside(45, isPink)) > 15, "a pink vᵀHv label beside the handle");
  assert.equal(await beside(45, isCyan), 0);
  // Typing an angle: along (1, −1)/√2 the loss curves up.
  await page.locator("#probe-angle").fill("-45");
  await page.waitForFunction(() => document.querySelector(".probe-readout").dataset.sign === "up");
  assert.ok((await beside(-45, isCyan)) > 15, "a cyan vᵀHv label beside the handle");
  assert.equal(await beside(-45, isPink), 0);
  assert.ok(Math.abs(Number(await readout.getAttribute("data-vhv")) - vhvOf(-45)) < 1e-12);
  assert.match(await readout.innerText(), /vᵀHv = 2 > 0: the loss curves up along v/);

  // Dragging the handle (a white disc 120 px from θ′ along v) round to 135°: (−1, 1)/√2, +2 again;
  // then to 0°: v = (1, 0), vᵀHv = H₁₁ = 0, flat.
  await page.locator("#probe-angle").fill("45");
  await page.waitForFunction(() => document.querySelector(".probe-readout").dataset.sign === "down");
  const g = await plotGeometry(page);
  const [mx, my] = toCanvas(g, 0, 0);
  const at = (deg, r = 120) => [mx + r * Math.cos((deg * Math.PI) / 180), my - r * Math.sin((deg * Math.PI) / 180)];
  const [[handleColor]] = [await colorsAt(page, [at(45)])];
  assert.ok(isWhite(handleColor), `the handle is at 45°: ${handleColor}`);
  const start = await toPage(page, ...at(45));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (const deg of [70, 95, 120, 135]) {
    const p = await toPage(page, ...at(deg));
    await page.mouse.move(p.x, p.y, { steps: 3 });
  }
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector(".probe-readout").dataset.sign === "up");
  const angle = Number(await page.locator("#probe-angle").inputValue());
  assert.ok(Math.abs(angle - 135) <= 1, `the angle follows the pointer: ${angle}°`);
  assert.ok(Math.abs(Number(await readout.getAttribute("data-vhv")) - vhvOf(angle)) < 0.01, "vᵀHv for the angle shown (rounded to 0.1°)");
  const [[moved], [left]] = [await colorsAt(page, [at(135)]), await colorsAt(page, [at(45)])];
  assert.ok(isWhite(moved) && !isWhite(left), `the handle moved with the pointer: ${moved} at 135°, ${left} at 45°`);
  // θ′ did not move, the window did not pan.
  assert.equal(hashParams(page.url()).get("p"), undefined);
  assert.equal(hashParams(page.url()).get("win"), undefined);
  // The slice panel follows the probe's v.
  assert.equal(await page.locator("#slice-direction").inputValue(), "probe");
  const v = JSON.parse(await page.locator("#slice-canvas").getAttribute("data-v"));
  const rad = (angle * Math.PI) / 180;
  assert.ok(Math.abs(v[0] - Math.cos(rad)) < 1e-3 && Math.abs(v[1] - Math.sin(rad)) < 1e-3, `slice v ${v}`);

  await page.locator("#probe-angle").fill("0");
  await page.waitForFunction(() => document.querySelector(".probe-readout").dataset.sign === "flat");
  assert.match(await readout.innerText(), /vᵀHv = 0 ≈ 0: flat to second order/);
  await screenshot(page, "overlay-probe");

  // In Chinese, with the lecture's terms.
  const zh = await h.open("#ov=probe&lang=zh");
  await zh.page.locator("#probe-box").waitFor({ state: "visible" });
  assert.match(await zh.page.locator(".probe-readout").innerText(), /vᵀHv = −2 < 0：沿 v 方向 loss 往下弯/);
  assert.equal(await toggle(zh.page, "probe").innerText(), "方向 v");
  await screenshot(zh.page, "overlay-probe-zh");
  assert.deepEqual([...errors, ...zh.errors], []);
});

/** Checks the slice panel's sampled curves against the core: L(θ′ + tv) and its Taylor curves. */
async function checkSlice(page, theta, expectV, formula = null) {
  const canvas = page.locator("#slice-canvas");
  const v = JSON.parse(await canvas.getAttribute("data-v"));
  if (expectV) expectV.forEach((c, k) => assert.ok(Math.abs(v[k] - c) < 1e-9, `v ${v} vs ${expectV}`));
  const samples = JSON.parse(await canvas.getAttribute("data-samples"));
  assert.ok(samples.length >= 7, `${samples.length} samples`);
  const ts = samples.map((s) => s[0]);
  assert.ok(ts[0] < 0 && ts.at(-1) > 0, "t runs both ways from θ′");
  const core = await coreNumbers(page, { formula, columns: formula ? [] : null, theta, v, ts });
  const slope = core.gradient.reduce((s, g, k) => s + g * v[k], 0);
  const vhv = curvature(core.hessian, v);
  samples.forEach(([t, loss, first, second], k) => {
    const close = (a, b, what) => assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${what} at t = ${t}: ${a} vs ${b}`);
    close(loss, core.line[k], "L(θ′ + tv)");
    close(first, core.value + t * slope, "first order");
    close(second, core.value + t * slope + 0.5 * t * t * vhv, "second order");
  });
  assert.ok(Math.abs(Number(await canvas.getAttribute("data-vhv")) - vhv) < 1e-9);
  return { v, slope, vhv };
}

/** How many pixels of each curve colour the slice canvas shows. */
async function sliceColors(page) {
  return page.evaluate(() => {
    const c = document.querySelector("#slice-canvas");
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    const n = { loss: 0, first: 0, second: 0 };
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
      if (Math.abs(r - 0x31) < 12 && Math.abs(g - 0x68) < 12 && Math.abs(b - 0x8e) < 12) n.loss++;
      if (Math.abs(r - 0x1f) < 14 && Math.abs(g - 0x9d) < 14 && Math.abs(b - 0x55) < 14) n.first++;
      if (Math.abs(r - 0xd6) < 14 && Math.abs(g - 0x28) < 14 && Math.abs(b - 0x28) < 14) n.second++;
    }
    return n;
  });
}

test("the slice panel: L(θ′ + t·v) with its first- and second-order Taylor curves, for an eigenvector, g and the probe", async () => {
  const { page, errors } = await h.open(`#p=${OFF_SADDLE.join(",")}&ov=probe`);
  const core = await coreNumbers(page, { theta: OFF_SADDLE });
  const select = page.locator("#slice-direction");
  const options = await select.locator("option").allTextContents();
  assert.equal(options.length, 4, `eigenvectors 1, 2, g, probe: ${options}`);
  assert.match(options[0], /^eigenvector 1 \(λ = −1\.07\)$/);
  assert.match(options[1], /^eigenvector 2 \(λ = 1\.75\)$/);

  // Along eigenvector 1 (λ < 0) the second-order curve bends down: vᵀHv = λ₁.
  await select.selectOption("eig1");
  await page.waitForFunction(() => document.querySelector("#slice-canvas").dataset.direction === "eig1");
  const e1 = await checkSlice(page, OFF_SADDLE, core.eigenvectors[0]);
  assert.ok(Math.abs(e1.vhv - core.eigenvalues[0]) < 1e-9, "vᵀHv along an eigenvector is its λ");
  const colors = await sliceColors(page);
  for (const [k, n] of Object.entries(colors)) assert.ok(n > 40, `the ${k} curve is drawn (${n} px)`);
  assert.match(await page.locator(".slice-readout").innerText(), /gᵀv = .+ · vᵀHv = −1\.069/);

  // Along g (normalised): the first-order slope is ‖g‖ (uphill).
  await select.selectOption("g");
  await page.waitForFunction(() => document.querySelector("#slice-canvas").dataset.direction === "g");
  const norm = Math.hypot(...core.gradient);
  const along = await checkSlice(page, OFF_SADDLE, core.gradient.map((x) => x / norm));
  assert.ok(Math.abs(along.slope - norm) < 1e-9, `gᵀv = ‖g‖: ${along.slope} vs ${norm}`);
  const before = await page.locator("#slice-canvas").evaluate((c) => c.toDataURL());

  // Along the probe's v (45° by default).
  await select.selectOption("probe");
  await page.waitForFunction(() => document.querySelector("#slice-canvas").dataset.direction === "probe");
  await checkSlice(page, OFF_SADDLE, [Math.SQRT1_2, Math.SQRT1_2]);
  assert.notEqual(await page.locator("#slice-canvas").evaluate((c) => c.toDataURL()), before, "a new direction redraws the curves");
  await page.locator("#directions").scrollIntoViewIfNeeded();
  await screenshot(page, "slice-panel");

  // At the saddle along u the curve is the lecture's: a maximum at t = 0 (g = 0, vᵀHv = −2).
  const saddle = await h.open("#lang=zh");
  await saddle.page.waitForFunction(() => document.querySelector("#slice-canvas").dataset.direction === "eig1");
  const s = await checkSlice(saddle.page, [0, 0]);
  assert.equal(s.slope, 0);
  assert.ok(Math.abs(s.vhv + 2) < 1e-12);
  assert.match(await saddle.page.locator(".slice-title").innerText(), /沿一个方向看 loss/);
  assert.match(await saddle.page.locator("#slice-direction option").first().innerText(), /特征向量（eigen vector）1（λ = −2）/);
  assert.deepEqual([...errors, ...saddle.errors], []);
});

test("overlays at a phone's width and at twice the pixel ratio: drawn crisply, the toggles wrap", async () => {
  const { page, errors } = await h.open("#ov=g,eig&p=0.5,0.3", { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const [w, cw] = await page.locator("#surface").evaluate((c) => [c.width, c.clientWidth]);
  assert.equal(w, 2 * cw, "the canvas has twice the pixels of its box");
  const core = await coreNumbers(page, { theta: OFF_SADDLE });
  const g = await plotGeometry(page);
  const [mx, my] = toCanvas(g, ...OFF_SADDLE);
  const [ux, uy] = pixelDirection(g, core.gradient[0], core.gradient[1]);
  const shaft = await colorsAt(page, along(mx, my, ux, uy, range(20, 44, 4)));
  assert.ok(shaft.every(isYellowMark), `the g arrow on a phone: ${JSON.stringify(shaft)}`);
  // Every toggle fits the width (the row wraps, nothing scrolls sideways).
  for (const b of await page.locator(".overlay-toggle").all()) {
    const r = await b.boundingBox();
    assert.ok(r.x >= 0 && r.x + r.width <= 390, `toggle at ${r.x}..${r.x + r.width}`);
  }
  await screenshot(page, "overlays-phone");
  assert.deepEqual(errors, []);
});

test("three parameters: λ of the full 3 × 3 Hessian, the probe's v in the plotted plane (third component 0)", async () => {
  const formula = "(w1-1)^2 + w2^2 - w3^2 + w1*w3 + w2*w3";
  const theta = [0.3, 0.2, 0.1];
  const { page, errors } = await h.open(`#f=${encodeURIComponent(formula)}&d=&ov=eig,probe&p=${theta.join(",")}`);
  const core = await coreNumbers(page, { formula, columns: [], theta });
  assert.equal(core.eigenvalues.length, 3);
  const labels = await page.locator("#overlay-readout li").allTextContents();
  assert.equal(labels.length, 3, `three λ: ${labels}`);
  labels.forEach((text, k) => assert.ok(Math.abs(parsePrinted(text.split("=")[1]) - core.eigenvalues[k]) < 5e-3, `${text} vs ${core.eigenvalues[k]}`));
  // The probe at 45° in the (w1, w2) plane: v = (1, 1, 0)/√2, vᵀHv with the full H.
  const v = [Math.SQRT1_2, Math.SQRT1_2, 0];
  const readout = page.locator(".probe-readout");
  await readout.waitFor({ state: "visible" });
  assert.ok(Math.abs(Number(await readout.getAttribute("data-vhv")) - curvature(core.hessian, v)) < 1e-12);
  const sliceV = JSON.parse(await page.locator("#slice-canvas").getAttribute("data-v"));
  assert.equal(sliceV.length, 3);
  assert.equal(sliceV[2], 0);
  await checkSlice(page, theta, v, formula);
  await screenshot(page, "overlays-three-params");
  assert.deepEqual(errors, []);
});
