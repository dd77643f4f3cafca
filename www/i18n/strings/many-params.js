// More than two parameters: what the verdict is based on.
export default {
  en: {
    manyParamsFull: "The verdict uses the full {n}×{n} Hessian (all {n} parameters), not just the slice drawn.",
    manyParamsSliceLabel: "Slice along",
    manyParamsSliceAxes: "two axes",
    manyParamsSliceEigen: "two eigenvectors",
    manyParamsSliceNote: "The plane through θ′ along u₁, the eigenvector of the smallest eigenvalue (across), and u₂, of the largest (up). θ′ stays in the centre: click to move it there, or use the boxes below.",
    manyParamsSliceAxis: "{u} (λ = {lambda}): {v}",
    manyParamsSliceCanvas: "The loss on the plane through θ′ along the eigenvectors {across} and {up}.",
    manyParamsHessian: "H is {n} × {n}: too large to print here. Its eigenvalues are below, and the verdict uses all of them.",
    manyParamsEigen: "{n} eigenvalues, ascending: {positive} positive, {negative} negative, {zero} zero. (Eigenvectors have {n} components each: not listed; the eigenvector slice draws the two extreme ones.)",
  },
  zh: {
    manyParamsFull: "判断用的是完整的 {n}×{n} 海森矩阵（全部 {n} 个参数），不只是画出来的这个切面。",
    manyParamsSliceLabel: "切面沿着",
    manyParamsSliceAxes: "两个坐标轴",
    manyParamsSliceEigen: "两个特征向量（eigen vector）",
    manyParamsSliceNote: "过 θ′ 的平面：横向是最小特征值（eigen value）的特征向量 u₁，纵向是最大特征值的特征向量 u₂。θ′ 固定在中心：点一下把它移过去，或用下面的输入框。",
    manyParamsSliceAxis: "{u}（λ = {lambda}）：{v}",
    manyParamsSliceCanvas: "过 θ′、沿特征向量 {across} 和 {up} 的平面上的 loss。",
    manyParamsHessian: "H 是 {n} × {n} 的矩阵：太大了，这里不列出来。下面是它的特征值，判断用到了全部特征值。",
    manyParamsEigen: "{n} 个特征值，从小到大：正的 {positive} 个，负的 {negative} 个，零 {zero} 个。（每个特征向量有 {n} 个分量，不列出来；特征向量切面画出了最两端的两个。）",
  },
};
