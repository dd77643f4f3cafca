// Pictures and maths for notes: "Save SVG" holds θ′ and the critical points where the page
// draws them, the caption and key in the page's language; "Save PNG" is twice the SVG's size
// and its pixels at θ′ and on the surface are the canvas's; "Copy LaTeX" gives the core's
// numbers; the formula as the engine read it is shown as MathML with the formula box.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { Loss } from "../../www/pkg/hessian_explorer.js";
import { useHarness, screenshot } from "./harness.mjs";
import { createView } from "../../www/surface/view.js";
import { PNG_RATIO } from "../../www/export/notes-tools.js";
import { PICTURE_WIDTH } from "../../www/export/picture.js";
import { KIND_FILL, MARK } from "../../www/canvas/theme.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

const h = useHarness();
const CLIPBOARD = ["clipboard-read", "clipboard-write"];
/** The lecture's loss with θ′ off the saddle, the default overlays and g, eigen axes. */
const VIEW = "#p=0.5,-0.5&ov=level,crit,u,g,eig";

/** The text of the file a click on `button` downloads. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

/** Centre of a circle path "M x y A r r 0 0 1 …" (drawn from angle 0) and of a polygon "M … L … Z". */
function centreOfCircle(d) {
  const [, x, y, r] = /^M([\d.-]+) ([\d.-]+)A([\d.]+)/.exec(d).map(Number);
  return [x - r, y];
}
function centreOfPolygon(d) {
  const points = [...d.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  return [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length];
}

test("Save SVG: θ′ and the saddle where the page puts them, the key and caption in the page's language", async () => {
  for (const lang of ["en", "zh"]) {
    const { page, errors } = await h.open(`${VIEW}&lang=${lang}`);
    const { name, bytes } = await download(page, "#save-svg");
    assert.equal(name, "hessian-explorer-not-critical.svg");
    const svg = bytes.toString("utf8");
    const read = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const root = doc.documentElement;
      const fill = (color) => [...doc.querySelectorAll(`#marks path[fill="${color}"]`)].map((p) => p.getAttribute("d"));
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        width: Number(root.getAttribute("width")),
        plot: root.getAttribute("data-plot").split(",").map(Number),
        window: root.getAttribute("data-window").split(",").map(Number),
        texts: [...doc.querySelectorAll("text")].map((t) => t.textContent),
        groups: [...root.children].filter((c) => c.tagName === "g" && c.id).map((g) => g.id),
        orange: fill("#ff6f3c"),
        white: fill("#ffffff"),
      };
    }, svg);
    assert.equal(read.error, null, "well-formed SVG");
    assert.equal(read.width, PICTURE_WIDTH);
    assert.deepEqual(read.groups, ["caption", "surface", "marks", "colour-bar", "key"], "layers an editor shows");
    const [left, top, width, height] = read.plot;
    const [x0, x1, y0, y1] = read.window;
    const view = createView({ x0, x1, y0, y1 }, { left, top, width, height });
    // θ′: the orange disc (the way out's arrow is the other orange path).
    const theta = read.orange.filter((d) => d.includes("A")).map(centreOfCircle);
    assert.ok(theta.some(([x, y]) => Math.abs(x - view.px(0.5)) < 0.5 && Math.abs(y - view.py(-0.5)) < 0.5), `θ′ at (${view.px(0.5)}, ${view.py(-0.5)}): ${JSON.stringify(theta)}`);
    // The saddle at the origin: the white diamond.
    const diamonds = read.white.filter((d) => /^M[^A]*Z$/.test(d) && (d.match(/L/g) ?? []).length === 3).map(centreOfPolygon);
    assert.ok(diamonds.some(([x, y]) => Math.abs(x - view.px(0)) < 0.5 && Math.abs(y - view.py(0)) < 0.5), `the saddle at the origin: ${JSON.stringify(diamonds)}`);
    // The valleys of minima: cyan lines.
    assert.ok(svg.includes(`stroke="${KIND_FILL.minimum}"`));
    const words = read.texts.join(" | ");
    if (lang === "en") {
      assert.match(words, /θ′ = \(0\.5, −0\.5\) · Not a critical point/);
      assert.match(words, /2 valleys of minima \| .*1 saddle point/);
      assert.match(words, /−g: downhill/);
    } else {
      assert.match(words, /θ′ = \(0\.5, −0\.5\) · 不是驻点（critical point）/);
      assert.match(words, /1 个鞍点（saddle point）/);
      assert.match(words, /−g：下坡方向/);
    }
    assert.match(words, /w₁ \| .*w₂/, "axis names");
    assert.deepEqual(errors, []);
  }
});

test("Save PNG: twice the picture's size; at θ′ and on the surface its pixels are the canvas's", async () => {
  const { page, errors } = await h.open(VIEW, { deviceScaleFactor: 2 });
  const svg = (await download(page, "#save-svg")).bytes.toString("utf8");
  const png = await download(page, "#save-png");
  assert.equal(png.name, "hessian-explorer-not-critical.png");
  assert.deepEqual([...png.bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(""), "PNG");
  const [svgWidth, svgHeight] = [/width="([\d.]+)"/, /height="([\d.]+)"/].map((r) => Number(r.exec(svg)[1]));
  const [left, top, width, height] = /data-plot="([^"]+)"/.exec(svg)[1].split(",").map(Number);
  const [x0, x1, y0, y1] = /data-window="([^"]+)"/.exec(svg)[1].split(",").map(Number);
  const picture = createView({ x0, x1, y0, y1 }, { left, top, width, height });
  const points = [
    [0.5, -0.5], // θ′
    [1.6, 1.7], // the surface, away from every mark
    [-1.7, 0.4],
  ];
  const pixels = await page.evaluate(
    async ({ base64, params, inPicture, ratio }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [image.width, image.height];
      const ctx = canvas.getContext("2d");
      ctx.drawImage(image, 0, 0);
      const surface = document.querySelector("#surface");
      const [l, t, w, hgt] = surface.dataset.plot.split(",").map(Number);
      const [a, b, c, d] = surface.dataset.window.split(",").map(Number);
      const onPage = ([x, y]) => [l + ((x - a) / (b - a)) * w, t + ((d - y) / (d - c)) * hgt];
      const pageCtx = surface.getContext("2d");
      const dpr = surface.width / surface.clientWidth;
      return {
        size: [image.width, image.height],
        pairs: inPicture.map(([px, py], k) => {
          const [qx, qy] = onPage(params[k]);
          return [[...ctx.getImageData(Math.round(px * ratio), Math.round(py * ratio), 1, 1).data], [...pageCtx.getImageData(Math.round(qx * dpr), Math.round(qy * dpr), 1, 1).data]];
        }),
      };
    },
    { base64: png.bytes.toString("base64"), params: points, inPicture: points.map(([x, y]) => [picture.px(x), picture.py(y)]), ratio: PNG_RATIO },
  );
  assert.deepEqual(pixels.size, [svgWidth * PNG_RATIO, Math.ceil(svgHeight * PNG_RATIO)]);
  const orange = [...MARK.theta.slice(1).match(/../g).map((c) => parseInt(c, 16)), 255];
  const [[atThetaPng, atThetaPage], ...surface] = pixels.pairs;
  assert.deepEqual(atThetaPng, orange, "θ′'s orange in the PNG");
  assert.deepEqual(atThetaPage, orange, "and on the page");
  for (const [fromPng, fromPage] of surface) {
    assert.ok(fromPng.every((c, k) => Math.abs(c - fromPage[k]) <= 12), `the surface's colour: PNG ${fromPng}, page ${fromPage}`);
  }
  assert.deepEqual(errors, []);
});

test("Copy LaTeX: the core's g, H, eigenvalues and eigenvectors at θ′, and the verdict", async () => {
  const { page, errors } = await h.open("#f=w1^3 - 3w1 + w2^2&p=1,0.25&lang=en", { permissions: CLIPBOARD });
  await page.click("#copy-latex");
  await page.locator(".export-status").getByText("LaTeX copied").waitFor();
  const tex = await page.evaluate(() => navigator.clipboard.readText());
  const a = new Loss("w1^3 - 3w1 + w2^2").analyze([1, 0.25]);
  const numbers = (body) => [...body.matchAll(/-?\d+(?:\.\d+)?/g)].map(Number);
  const matrix = (label) => numbers(tex.slice(tex.indexOf(label)).match(/\\begin\{pmatrix\}(.*?)\\end\{pmatrix\}/)[1]);
  const near = (xs, ys) => xs.length === ys.length && xs.every((x, k) => Math.abs(x - ys[k]) <= 5e-4 * Math.max(1, Math.abs(ys[k])));
  assert.ok(near(matrix("H = "), a.hessian.flat()), `H: ${matrix("H = ")} vs ${a.hessian.flat()}`);
  assert.ok(near(matrix("g = "), a.gradient));
  a.eigenvalues.forEach((lambda, k) => {
    assert.ok(near(numbers(tex.match(new RegExp(`\\\\lambda_\\{${k + 1}\\} = (-?[\\d.]+)`))[1]), [lambda]), `λ${k + 1}`);
    assert.ok(near(matrix(`u_{${k + 1}} = `), a.eigenvectors[k]), `u${k + 1}`);
  });
  assert.match(tex, /\\\[ L\(w_\{1\}, w_\{2\}\) = w_\{1\}\^\{3\} - 3 \\cdot w_\{1\} \+ w_\{2\}\^\{2\} \\\]/);
  assert.match(tex, /^Not a critical point\. The gradient is not zero/m);
  assert.deepEqual(errors, []);
});

test("without a clipboard the LaTeX is shown selected", async () => {
  const { page, errors } = await h.open("#lang=zh");
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
  });
  await page.click("#copy-latex");
  const field = page.locator(".export-latex");
  await field.waitFor();
  assert.match(await field.inputValue(), /H = \\begin\{pmatrix\} 0 & -2 \\\\ -2 & 0 \\end\{pmatrix\}/);
  assert.match(await field.inputValue(), /鞍点（saddle point）。特征值有正有负/);
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("export-latex")), true);
  assert.deepEqual(errors, []);
});

test("the formula as the engine read it, as MathML over the formula box: w₁w₂x is w₁·w₂·x", async () => {
  const { page, errors } = await h.open("#lang=en");
  const reading = page.locator("#formula-reading");
  assert.equal(await reading.getAttribute("data-text"), "(ŷ−w1⋅w2⋅x)2");
  assert.equal(await reading.locator("math msub").count(), 2, "w₁ and w₂ with subscripts");
  assert.equal(await reading.locator("math mo.implicit").count(), 2, "the two products typed without *");
  // MathML renders natively: the power's exponent is raised above the base line.
  const [base, exponent] = await reading.locator("math msup > *").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  assert.ok(exponent < base, "the exponent sits higher than its base");
  await screenshot(page, "formula-reading-en", { clip: await page.locator(".setup").boundingBox() });
  await page.locator("#formula").fill("w1w2x + sin(pi w₁)/2");
  await page.waitForFunction(() => document.querySelector("#formula-reading").dataset.text === "w1w2x+sin(π⋅w1)2");
  assert.equal(await reading.locator("mfrac").count(), 1);
  await page.locator("#formula").fill("sin(w1");
  await page.waitForFunction(() => document.querySelector("#formula-reading").hidden);
  await page.locator("#lang-toggle").click();
  await page.locator("#formula").fill("w₁w₂");
  await page.waitForFunction(() => !document.querySelector("#formula-reading").hidden);
  assert.equal(await reading.locator(".reading-label").innerText(), "计算时读作：");
  await screenshot(page, "formula-reading-zh", { clip: await page.locator(".setup").boundingBox() });
  assert.deepEqual(errors, []);
});
