// The page a <hessian-explorer> frames: index.html in the folder above this module's, next to
// hessian-explorer.js. The single-file build's element script (tools/bundle.mjs) replaces this
// module with one that frames hessian-explorer.html next to that script.
export const PAGE = new URL("../index.html", import.meta.url);
