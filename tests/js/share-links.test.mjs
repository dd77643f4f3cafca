// What "copy link" and "embed" hand out (www/embed/share-links.js), built from the page's URL.
import test from "node:test";
import assert from "node:assert/strict";
import { viewUrl, iframeSnippet, elementSnippet } from "../../www/embed/share-links.js";
import { escapeMarkup as escapeAttribute } from "../../www/app/markup.js";

test("the link: every hash key kept, the language made explicit, embed set or dropped", () => {
  assert.equal(viewUrl("https://x.org/he/index.html#f=w1^2&lang=zh&embed=1&ov=g", "en"), "https://x.org/he/index.html#f=w1^2&ov=g&lang=en");
  assert.equal(viewUrl("https://x.org/he/#p=1,2", "zh", { embed: true }), "https://x.org/he/#p=1,2&lang=zh&embed=1");
});

test("the iframe snippet: the embedded view, an escaped title, and the auto-height script unless left out", () => {
  const [frame, script] = iframeSnippet("https://x.org/he/#p=1,2", "en", 'A "title" <x>').split("\n");
  assert.equal(frame, '<iframe src="https://x.org/he/#p=1,2&amp;lang=en&amp;embed=1" title="A &quot;title&quot; &lt;x&gt;" width="100%" height="720" loading="lazy"></iframe>');
  assert.equal(script, '<script type="module" src="https://x.org/he/embed-resize.js"></script>');
  assert.equal(iframeSnippet("https://x.org/he/#p=1,2", "en", "T", { resizer: false }).split("\n").length, 1);
});

test("the element snippet: one attribute per known key (friendly names), the formula always, unknown keys left out", () => {
  const [script, element] = elementSnippet("https://x.org/he/index.html#p=1,2&zzz=3&ov=g&lang=zh&d=x:1%3B", "en").split("\n");
  assert.equal(script, '<script type="module" src="https://x.org/he/hessian-explorer.js"></script>');
  assert.equal(element, '<hessian-explorer formula="(ŷ - w₁ w₂ x)^2" point="1,2" ov="g" data="x:1;" lang="en"></hessian-explorer>');
  // The lecture's view with its table: both written, since a formula alone would have no data.
  assert.equal(elementSnippet("https://x.org/he/#p=1,2", "en").split("\n")[1], '<hessian-explorer formula="(ŷ - w₁ w₂ x)^2" data="x:1;ŷ:1" point="1,2" lang="en"></hessian-explorer>');
  // A formula without data stays without data.
  assert.equal(elementSnippet("https://x.org/he/#f=x^2-y^2", "en").split("\n")[1], '<hessian-explorer formula="x^2-y^2" lang="en"></hessian-explorer>');
});

test("attribute values are escaped: & < > \" '", () => {
  assert.equal(escapeAttribute(`<a href="x">&'</a>`), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
});
