// Errors told to a teacher in their language: a teacher's quiz set or tour that cannot be used.
// The error carries a string's key and its vars, not words, so the page words it in whichever
// language it shows (and again when the language changes).

import { t } from "./i18n.js";

/** An error worded by the string `key` filled with `vars`; a var may be { en, zh } (the core's own message in both languages). */
export class MessageError extends Error {
  constructor(key, vars = {}) {
    super(`${key} ${JSON.stringify(vars)}`);
    this.key = key;
    this.vars = vars;
  }
}

/** The error's words in `lang`: its string, each { en, zh } var taken in that language. */
export function messageIn(error, lang) {
  const vars = Object.fromEntries(Object.entries(error.vars).map(([k, v]) => [k, v !== null && typeof v === "object" ? v[lang] ?? v.en : v]));
  return t(lang, error.key, vars);
}
