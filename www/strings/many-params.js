// More than two parameters: what the verdict is based on.
export default {
  en: {
    manyParamsFull: "The verdict uses the full {n}×{n} Hessian (all {n} parameters), not just the slice drawn.",
  },
  zh: {
    manyParamsFull: "判断用的是完整的 {n}×{n} Hessian（全部 {n} 个参数），不只是画出来的这个切面。",
  },
};
