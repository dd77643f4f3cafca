// The SVG context (www/export/svg-context.js): the canvas calls the painters make, written as
// SVG: transformed paths, arcs, strokes with scaled widths and dashes, clips (a transformed
// element clipped from a group), text on its alphabetic baseline, one embedded image reused,
// patterns and gradients, colours every SVG reader knows.
import test from "node:test";
import assert from "node:assert/strict";
import { SvgContext } from "../../www/export/svg-context.js";

/** Text measured as 10 px per character; the alphabetic baseline 5 px below "middle", 0 below itself. */
const measure = (_font, text, baseline) => ({ width: 10 * text.length, alphabetic: baseline === "middle" ? 5 : 0 });
const fakeImage = (width, height, url = "data:image/png;base64,AAAA") => ({ width, height, toDataURL: () => url });

test("paths under a transform, strokes scaled with it, dashes and joins", () => {
  const svg = new SvgContext(100, 50, measure);
  svg.setTransform(2, 0, 0, 2, 0, 0);
  svg.translate(5, 0);
  svg.beginPath();
  svg.moveTo(0, 1);
  svg.lineTo(10, 1.25);
  svg.strokeStyle = "rgba(255, 255, 255, 0.5)";
  svg.lineWidth = 1.5;
  svg.lineJoin = "round";
  svg.setLineDash([4, 2]);
  svg.stroke();
  const out = svg.toString();
  assert.match(out, /<path d="M10 2L30 2.5" fill="none" stroke="rgb\(255,255,255\)" stroke-opacity="0.5" stroke-width="3" stroke-linejoin="round" stroke-dasharray="8 4" stroke-dashoffset="0"\/>/);
  assert.match(out, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" xmlns:xlink="http:\/\/www.w3.org\/1999\/xlink" width="100" height="50" viewBox="0 0 100 50">/);
});

test("a full circle is two half arcs (SVG draws none whose ends meet); save and restore keep the state", () => {
  const svg = new SvgContext(40, 40, measure);
  svg.save();
  svg.fillStyle = "#ff6f3c";
  svg.beginPath();
  svg.arc(20, 20, 5, 0, 2 * Math.PI);
  svg.fill();
  svg.restore();
  assert.equal(svg.fillStyle, "#000000");
  assert.match(svg.toString(), /<path d="M25 20A5 5 0 0 1 15 20A5 5 0 0 1 25 20" fill="#ff6f3c"\/>/);
});

test("clips: plain elements carry clip-path; a transformed one is clipped from a group around it", () => {
  const svg = new SvgContext(100, 100, measure);
  svg.beginPath();
  svg.rect(10, 10, 50, 50);
  svg.clip();
  svg.fillRect(0, 0, 5, 5);
  svg.font = "bold italic 18px system-ui, \"Noto Sans CJK SC\", sans-serif";
  svg.textAlign = "center";
  svg.textBaseline = "middle";
  svg.translate(30, 30);
  svg.rotate(Math.PI / 2);
  svg.fillText("λ₁ < 0 & ok", 0, 0);
  const out = svg.toString();
  assert.match(out, /<clipPath id="c1"><path d="M10 10L60 10L60 60L10 60Z"\/><\/clipPath>/);
  assert.match(out, /<path clip-path="url\(#c1\)" d="M0 0L5 0L5 5L0 5Z" fill="#000000"\/>/);
  assert.match(out, /<g clip-path="url\(#c1\)"><text transform="matrix\(0 1 -1 0 25 30\)" font-size="18" font-family="system-ui, &quot;Noto Sans CJK SC&quot;, sans-serif" font-weight="bold" font-style="italic" text-anchor="middle" fill="#000000">λ₁ &lt; 0 &amp; ok<\/text><\/g>/);
  assert.equal(svg.measureText("abc").width, 30);
});

test("an image is embedded once and reused; patterns follow the transform; gradients keep their stops", () => {
  const svg = new SvgContext(100, 100, measure);
  const heat = fakeImage(256, 256);
  svg.drawImage(heat, 0, 0, 100, 100);
  svg.drawImage(heat, 10, 20, 30, 40);
  const pattern = svg.createPattern(fakeImage(16, 16, "data:image/png;base64,BBBB"), "repeat");
  pattern.setTransform({ a: 0.5, b: 0, c: 0, d: 0.5, e: 0, f: 0 });
  svg.fillStyle = pattern;
  svg.fillRect(0, 0, 10, 10);
  const gradient = svg.createLinearGradient(0, 0, 100, 0);
  gradient.addColorStop(0, "rgb(68 1 84)");
  gradient.addColorStop(1, "rgba(253, 231, 37, 0.5)");
  svg.fillStyle = gradient;
  svg.fillRect(0, 0, 100, 12);
  const out = svg.toString();
  assert.equal(out.match(/AAAA/g).length, 1, "the heatmap's pixels once");
  assert.match(out, /<use xlink:href="#i1" transform="matrix\(30 0 0 40 10 20\)"\/>/);
  assert.match(out, /<pattern id="p2" patternUnits="userSpaceOnUse" width="16" height="16" patternTransform="matrix\(0.5 0 0 0.5 0 0\)">/);
  assert.match(out, /<stop offset="0" stop-color="rgb\(68,1,84\)"\/><stop offset="1" stop-color="rgb\(253,231,37\)" stop-opacity="0.5"\/>/);
  svg.setRootAttribute("data-plot", "1,2,3,4");
  assert.match(svg.toString(), /viewBox="0 0 100 100" data-plot="1,2,3,4">/);
});
