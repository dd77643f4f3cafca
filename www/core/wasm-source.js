// Where the core's wasm comes from. On a static host: undefined, and the generated package
// fetches pkg/hessian_explorer_bg.wasm next to itself. The single-file build
// (tools/bundle.mjs) replaces this module with one that holds the wasm's bytes inline, so
// the page needs no second file (file://, an LMS upload).
export const WASM_BYTES = undefined;
