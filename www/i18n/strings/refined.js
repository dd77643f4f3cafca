// Why a point with a zero eigenvalue is what the page says (the core's refinedReason, README
// "The higher-order look"): one sentence per reason, shown under the verdict, in the quiz's
// explanation and wherever a critical point the page cannot decide is described.
export default {
  en: {
    refinedBy: "How it was decided: {reason}",
    refinedWhyUnknown: "Why it stays open: {reason}",
    verdictStandsFor: "θ′ itself is critical only to the tolerance (‖g‖ = {g}): the verdict is the one of the critical point it stands for, where the eigenvalue that is {lambda} at θ′ is zero.",
    reason_leading_term: "along the flat direction, the first term of the loss's Taylor series that is not zero (order {order}) has the sign that decides.",
    reason_nonnegative_loss: "the formula cannot be negative (a square, or a sum of them) and is 0 here, so no point is lower.",
    reason_nonpositive_loss: "the formula cannot be positive and is 0 here, so no point is higher.",
    reason_critical_curve: "θ′ lies on a curve of critical points along which the loss does not change (a valley or a ridge), proven to every order.",
    reason_flat_to_order: "along the flat direction, no term of the Taylor series up to order 16 stands clear of rounding error.",
    reason_several_flat_directions: "there are several flat directions, and no proof that the loss rises (or falls) along every one of them.",
    reason_not_smooth: "the loss has a kink at θ′ (or is not defined along a flat direction), so no Taylor series describes it there.",
    reason_work_budget: "deciding would take more computation than the page allows at once.",
  },
  zh: {
    refinedBy: "怎么判断的：{reason}",
    refinedWhyUnknown: "为什么判断不了：{reason}",
    verdictStandsFor: "θ′ 本身只是在容许的误差内是驻点（‖g‖ = {g}）：结论说的是它所代表的那个驻点；在 θ′ 是 {lambda} 的那个特征值，在那里等于零。",
    reason_leading_term: "沿平坦的方向，loss 的泰勒级数中第一个不为零的项（{order} 阶）的正负决定了结果。",
    reason_nonnegative_loss: "从公式的形式看 loss 不可能是负的（是平方或平方和），而这里 loss 是 0，所以附近没有更低的点。",
    reason_nonpositive_loss: "从公式的形式看 loss 不可能是正的，而这里 loss 是 0，所以附近没有更高的点。",
    reason_critical_curve: "θ′ 在一条由驻点连成的曲线上，沿着它 loss 不变（山沟或山脊），这对每一阶都得到了证明。",
    reason_flat_to_order: "沿平坦的方向，泰勒级数直到 16 阶都没有一项明显大于舍入误差。",
    reason_several_flat_directions: "有好几个平坦的方向，无法证明 loss 沿每个方向都变大（或都变小）。",
    reason_not_smooth: "loss 在 θ′ 有折角（或沿平坦的方向没有定义），这里没有泰勒级数可以描述它。",
    reason_work_budget: "要判断，需要的计算量超过了页面一次允许的上限。",
  },
};
