// The single-file build: dist/hessian-explorer.html, one self-contained page (stylesheets,
// the JS modules bundled into one inline module script, the wasm inlined as base64, the
// icon as a data URL) that works opened from disk (file://) or uploaded to an LMS, with no
// server and no network; and dist/hessian-explorer.js beside it, the <hessian-explorer>
// element for notes in the same folder (a classic script: it loads from file:// too, where
// module scripts do not). Run after ./build.sh build (www/pkg must exist):
//
//   node tools/bundle.mjs [OUTPUT]      (default: dist/hessian-explorer.html)
//
// Prints the files' sizes, raw and gzip. The page's own files are not changed: modules are
// swapped during bundling only (www/core/wasm-source.js for one holding the bytes; the
// element's page; a SCORM package's config, tools/scorm.mjs).

import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { SINGLE_FILE_ELEMENT_SCRIPT } from "../www/embed/share-links.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const WWW = path.join(ROOT, "www");
const WASM = path.join(WWW, "pkg", "hessian_explorer_bg.wasm");
const DEFAULT_OUTPUT = path.join(ROOT, "dist", "hessian-explorer.html");

/** esbuild plugin: each www/ module named in `contents` (path from www/, "/"-separated) becomes that text. */
function swapModules(contents) {
  return {
    name: "swap-modules",
    setup(build) {
      build.onLoad({ filter: /[\\/]www[\\/].*\.js$/ }, (args) => {
        const relative = path.relative(WWW, args.path).split(path.sep).join("/");
        return relative in contents ? { contents: contents[relative], loader: "js" } : undefined;
      });
    },
  };
}

/** The module that holds the wasm's bytes, in place of www/core/wasm-source.js. */
function wasmModule(bytes) {
  return `export const WASM_BYTES = Uint8Array.from(atob(${JSON.stringify(bytes.toString("base64"))}), (c) => c.charCodeAt(0));\n`;
}

/** The JS from www/`entry`, bundled in `format` ("esm" or "iife") with `swaps` (see swapModules). */
async function bundleScript(entry, swaps, format = "esm") {
  const result = await esbuild.build({
    entryPoints: [path.join(WWW, entry)],
    bundle: true,
    format,
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    legalComments: "none",
    plugins: [swapModules(swaps)],
  });
  // Inside an inline <script>, "</script" would end it early; "<\/script" means the same in JS.
  return result.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
}

async function readWasm() {
  try {
    return await fs.readFile(WASM);
  } catch {
    throw new Error(`${path.relative(ROOT, WASM)} is missing: run ./build.sh build first`);
  }
}

/**
 * index.html with every local stylesheet, the module script and the icon inlined. `swaps`
 * replaces modules besides the wasm's (path from www/ → text): a SCORM package's config.
 */
export async function bundlePage(swaps = {}) {
  const wasmBytes = await readWasm();
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
  const js = await bundleScript(entry, { "core/wasm-source.js": wasmModule(wasmBytes), ...swaps });
  html = html.replace(scriptTag, () => `<script type="module">${js}</script>`);

  const icon = html.match(/<link rel="icon" href="([^"]+\.svg)" type="image\/svg\+xml">/);
  if (icon) {
    const svg = await fs.readFile(path.join(WWW, icon[1]));
    html = html.replace(icon[0], () => icon[0].replace(icon[1], `data:image/svg+xml;base64,${svg.toString("base64")}`));
  }
  // share.js offers the snippets that work with the single file (relative addresses).
  if (!/<html lang="[^"]*">/.test(html)) throw new Error("index.html's <html> tag has changed: update tools/bundle.mjs");
  html = html.replace(/<html lang="([^"]*)">/, '<html lang="$1" data-build="single-file">');
  return html;
}

/**
 * The <hessian-explorer> element as one classic script that frames `page` (a file name) next
 * to itself: document.currentScript is where the script was loaded from.
 */
export function bundleElement(page) {
  const elementPage = `export const PAGE = new URL(${JSON.stringify(page)}, document.currentScript?.src ?? location.href);\n`;
  return bundleScript("hessian-explorer.js", { "embed/element-page.js": elementPage }, "iife");
}

/** "123 bytes (1 KiB), gzip 45 bytes (0 KiB)". */
export function sizes(text) {
  const raw = Buffer.byteLength(text);
  const gzip = zlib.gzipSync(text, { level: 9 }).length;
  return `${raw} bytes (${(raw / 1024).toFixed(0)} KiB), gzip ${gzip} bytes (${(gzip / 1024).toFixed(0)} KiB)`;
}

async function main() {
  const output = path.resolve(process.argv[2] ?? DEFAULT_OUTPUT);
  const html = await bundlePage();
  const element = await bundleElement(path.basename(output));
  await fs.mkdir(path.dirname(output), { recursive: true });
  await fs.writeFile(output, html);
  const elementFile = path.join(path.dirname(output), SINGLE_FILE_ELEMENT_SCRIPT);
  await fs.writeFile(elementFile, element);
  console.log(`${output}: ${sizes(html)}`);
  console.log(`${elementFile}: ${sizes(element)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`bundle: ${error.message}`);
    process.exit(1);
  });
}
