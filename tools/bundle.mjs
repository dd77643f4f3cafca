// The single-file build: dist/hessian-explorer.html, one self-contained page (stylesheets,
// the JS modules bundled into one inline module script, the wasm inlined as base64, the
// icon as a data URL) that works opened from disk (file://) or uploaded to an LMS, with no
// server and no network. Run after ./build.sh build (www/pkg must exist):
//
//   node tools/bundle.mjs [OUTPUT]      (default: dist/hessian-explorer.html)
//
// Prints the file's size, raw and gzip. The page's own files are not changed: the only
// difference is www/core/wasm-source.js, swapped during bundling for a module holding the bytes.

import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const WWW = path.join(ROOT, "www");
const WASM = path.join(WWW, "pkg", "hessian_explorer_bg.wasm");
const DEFAULT_OUTPUT = path.join(ROOT, "dist", "hessian-explorer.html");

/** esbuild plugin: www/core/wasm-source.js becomes a module that decodes the inlined wasm. */
function inlineWasm(bytes) {
  return {
    name: "inline-wasm",
    setup(build) {
      build.onLoad({ filter: /[\\/]www[\\/]core[\\/]wasm-source\.js$/ }, () => ({
        contents: `export const WASM_BYTES = Uint8Array.from(atob(${JSON.stringify(bytes.toString("base64"))}), (c) => c.charCodeAt(0));\n`,
        loader: "js",
      }));
    },
  };
}

/** The page's modules from main.js, as one ES module's text. */
async function bundleScript(entry, wasmBytes) {
  const result = await esbuild.build({
    entryPoints: [path.join(WWW, entry)],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    legalComments: "none",
    plugins: [inlineWasm(wasmBytes)],
  });
  // Inside an inline <script>, "</script" would end it early; "<\/script" means the same in JS.
  return result.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
}

/** index.html with every local stylesheet, the module script and the icon inlined. */
async function inlinePage(wasmBytes) {
  let html = await fs.readFile(path.join(WWW, "index.html"), "utf8");
  const read = (href) => fs.readFile(path.join(WWW, href), "utf8");

  const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)];
  if (sheets.length === 0) throw new Error("index.html links no stylesheet: has its markup changed?");
  for (const [tag, href] of sheets) {
    const css = (await read(href)).replace(/<\/style/gi, "<\\/style");
    html = html.replace(tag, () => `<style>/* ${href} */\n${css}</style>`);
  }

  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)];
  if (scripts.length !== 1) throw new Error(`index.html should load one module script, found ${scripts.length}`);
  const [scriptTag, entry] = scripts[0];
  const js = await bundleScript(entry, wasmBytes);
  html = html.replace(scriptTag, () => `<script type="module">${js}</script>`);

  const icon = html.match(/<link rel="icon" href="([^"]+\.svg)" type="image\/svg\+xml">/);
  if (icon) {
    const svg = await fs.readFile(path.join(WWW, icon[1]));
    html = html.replace(icon[0], () => icon[0].replace(icon[1], `data:image/svg+xml;base64,${svg.toString("base64")}`));
  }
  // share.js offers only the snippet that works without the other files.
  if (!/<html lang="[^"]*">/.test(html)) throw new Error("index.html's <html> tag has changed: update tools/bundle.mjs");
  html = html.replace(/<html lang="([^"]*)">/, '<html lang="$1" data-build="single-file">');
  return html;
}

async function main() {
  const output = path.resolve(process.argv[2] ?? DEFAULT_OUTPUT);
  let wasmBytes;
  try {
    wasmBytes = await fs.readFile(WASM);
  } catch {
    throw new Error(`${path.relative(ROOT, WASM)} is missing: run ./build.sh build first`);
  }
  const html = await inlinePage(wasmBytes);
  await fs.mkdir(path.dirname(output), { recursive: true });
  await fs.writeFile(output, html);
  const raw = Buffer.byteLength(html);
  const gzip = zlib.gzipSync(html, { level: 9 }).length;
  console.log(`${output}: ${raw} bytes (${(raw / 1024).toFixed(0)} KiB), gzip ${gzip} bytes (${(gzip / 1024).toFixed(0)} KiB)`);
}

main().catch((error) => {
  console.error(`bundle: ${error.message}`);
  process.exit(1);
});
