// The quiz as a SCORM package for an LMS (Moodle, Canvas, Blackboard, Open edX …): a ZIP with
// imsmanifest.xml at its root and the quiz page, index.html, beside it: the single-file page
// of tools/bundle.mjs (JS, CSS and wasm inline, no CDN, no MIME type for an LMS to get wrong)
// with the teacher's choices in place of www/lms/scorm-config.js. Run after ./build.sh build:
//
//   node tools/scorm.mjs [options]          (./build.sh scorm [options] builds first)
//
//   --scorm 1.2|2004      the SCORM version (default 1.2, which every LMS takes)
//   --level 1-4           generated questions: the level (default 1) …
//   --questions N         … and how many (default 10, at most 200)
//   --seed N              the same questions for every student (default: each their own)
//   --set FILE            a teacher's set (JSON or the short form, README "Quiz mode") instead
//   --mastery P|none      percent right to pass (default 80); none: "completed", no verdict
//   --lang en|zh          the quiz's language (default: the LMS's for the student, else the browser's)
//   --title TEXT          the title the LMS shows (default: from the questions)
//   --out FILE            where to write (default dist/hessian-explorer-quiz-<…>-scorm<version>.zip)
//
// A set is checked with the engine before anything is written: a formula that does not parse,
// a point of the wrong length, a loss undefined at its point is refused with the page's message.

import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { bundlePage, sizes } from "./bundle.mjs";
import { manifest } from "./scorm-manifest.mjs";
import { zip } from "./zip.mjs";
import init, { Loss } from "../www/pkg/hessian_explorer.js";
import { parseSet, buildQuestions, describeSetError, setId } from "../www/quiz/quiz-set.js";
import { QUIZ_LEVELS, MAX_QUIZ_COUNT } from "../www/app/url-state.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const LAUNCH = "index.html";
const DEFAULTS = Object.freeze({ scorm: "1.2", level: "1", questions: "10", mastery: "80" });

/** The package's config (www/lms/scorm-config.js's shape) from the command line's options. */
async function configFrom(options) {
  const fail = (message) => {
    throw new Error(message);
  };
  const version = options.scorm ?? DEFAULTS.scorm;
  if (version !== "1.2" && version !== "2004") fail(`--scorm must be 1.2 or 2004, not ${version}`);
  const whole = (name, text, min, max) => {
    const n = Number(text);
    if (!/^\d+$/.test(String(text)) || n < min || n > max) fail(`--${name} must be a whole number from ${min} to ${max}, not ${text}`);
    return n;
  };
  const level = whole("level", options.level ?? DEFAULTS.level, QUIZ_LEVELS[0], QUIZ_LEVELS.at(-1));
  const seed = options.seed === undefined ? null : whole("seed", options.seed, 0, Number.MAX_SAFE_INTEGER);
  const masteryText = options.mastery ?? DEFAULTS.mastery;
  const mastery = masteryText === "none" ? null : whole("mastery", masteryText, 0, 100);
  const lang = options.lang ?? null;
  if (lang !== null && lang !== "en" && lang !== "zh") fail(`--lang must be en or zh, not ${lang}`);
  let set = null;
  let count = whole("questions", options.questions ?? DEFAULTS.questions, 1, MAX_QUIZ_COUNT);
  if (options.set) {
    if (options.questions !== undefined || options.level !== undefined || options.seed !== undefined) fail("--set asks the set's questions: leave out --questions, --level and --seed");
    set = (await fs.readFile(options.set, "utf8")).trim();
    count = await checkSet(set, options.set);
  }
  return { version, level, count, seed, set, mastery, lang };
}

/** The number of questions in `text` (a teacher's set), each checked by the engine; throws the page's message. */
async function checkSet(text, file) {
  await init({ module_or_path: await fs.readFile(path.join(ROOT, "www/pkg/hessian_explorer_bg.wasm")) });
  try {
    const createLoss = (formula, columns) => new Loss(formula, { data: Object.fromEntries(columns.map((c) => [c.name, c.values])) });
    return buildQuestions(parseSet(text), createLoss).length;
  } catch (error) {
    throw new Error(`${file}: ${describeSetError(error, "en")}`, { cause: error });
  }
}

/** What the LMS lists the package as. */
function titleOf(config, options) {
  if (options.title) return options.title;
  if (config.set) return `Hessian Explorer quiz · 海森矩阵探索器测验: ${path.basename(options.set)} (${config.count})`;
  return `Hessian Explorer quiz · 海森矩阵探索器测验: level ${config.level}, ${config.count} questions`;
}

/** A name that tells packages apart: what they ask and their SCORM version. */
function defaultOutput(config) {
  const what = config.set ? `set-${setId(config.set)}` : `level${config.level}-${config.count}q${config.seed === null ? "" : `-seed${config.seed}`}`;
  return path.join(ROOT, "dist", `hessian-explorer-quiz-${what}-scorm${config.version.replace(".", "")}.zip`);
}

/** Builds the package for the command line `args`; returns { file, config, bytes }. */
export async function buildPackage(args) {
  const { values: options } = parseArgs({
    args,
    options: {
      scorm: { type: "string" },
      level: { type: "string" },
      questions: { type: "string" },
      seed: { type: "string" },
      set: { type: "string" },
      mastery: { type: "string" },
      lang: { type: "string" },
      title: { type: "string" },
      out: { type: "string" },
    },
    strict: true,
  });
  const config = await configFrom(options);
  const page = await bundlePage({ "lms/scorm-config.js": `export const SCORM_CONFIG = ${JSON.stringify(config)};\n` });
  const title = titleOf(config, options);
  const identifier = `hessian-explorer-quiz-${setId(JSON.stringify({ ...config, title }))}`;
  const files = [
    { name: "imsmanifest.xml", data: manifest({ version: config.version, identifier, title, mastery: config.mastery, launch: LAUNCH, files: [LAUNCH] }) },
    { name: LAUNCH, data: page },
  ];
  const bytes = zip(files);
  const file = path.resolve(options.out ?? defaultOutput(config));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes);
  return { file, config, bytes, page };
}

async function main() {
  const { file, config, bytes, page } = await buildPackage(process.argv.slice(2));
  const asks = config.set ? `a teacher's set of ${config.count} questions` : `${config.count} questions of level ${config.level}${config.seed === null ? " (each student their own)" : ` (seed ${config.seed}, the same for all)`}`;
  console.log(`${file}: SCORM ${config.version}, ${asks}, ${config.mastery === null ? "no pass mark" : `${config.mastery}% to pass`}`);
  console.log(`  ${bytes.length} bytes zipped; ${LAUNCH}: ${sizes(page)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`scorm: ${error.message}`);
    process.exit(1);
  });
}
