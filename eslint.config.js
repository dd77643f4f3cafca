// The lint of the JavaScript (./build.sh test runs `npx eslint .`): ESLint's recommended
// rules, unused variables and imports as errors, and the globals each place really has. Module
// cycles are checked by tests/js/module-graph.test.mjs, not here.
import js from "@eslint/js";
import globals from "globals";

export default [
  // Generated (www/pkg), built (dist, target) or installed: not ours to lint.
  { ignores: ["www/pkg/", "dist/", "target/", "node_modules/", "tests/browser/artifacts/"] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Every argument counts: an unused parameter in the middle is a hint that a caller and
      // its callee disagree. A leading underscore marks one kept on purpose.
      "no-unused-vars": ["error", { args: "all", argsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  // The page runs in the browser.
  { files: ["www/**/*.js"], languageOptions: { globals: globals.browser } },
  // Tests, tools and benchmarks run in Node, and hand callbacks to page.evaluate that run in
  // the browser: both sets of globals.
  {
    files: ["tests/**/*.mjs", "tools/**/*.mjs", "eslint.config.js"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
