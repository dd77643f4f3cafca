// Strings for screen readers (screen-reader.js, surface-description.js): the description of
// the surface near θ′ and the announcement when θ′ comes to rest.
export default {
  en: {
    a11yNear: "Near θ′ = {point} the loss is {value}.",
    a11yLower: "One step towards {dirs} it is lower (down to {value}).",
    a11yHigher: "Towards {dirs} it is higher (up to {value}).",
    a11yLevel: "Towards {dirs} it stays about the same.",
    a11yUndefined: "Towards {dirs} it is not defined.",
    a11yStep: "A step is {dx} in {x} and {dy} in {y}.",
    a11yStep1: "A step is {dx} in {x}.",
    a11yVerdict: "Verdict: {verdict}.",
    a11yAnnounce: "{verdict}. θ′ = {point}. L = {value}, ‖g‖ = {gnorm}, eigenvalues {eigen}.",
  },
  zh: {
    a11yNear: "在 θ′ = {point} 附近，loss 是 {value}。",
    a11yLower: "往 {dirs} 走一步，loss 变小（最低到 {value}）。",
    a11yHigher: "往 {dirs} 走一步，loss 变大（最高到 {value}）。",
    a11yLevel: "往 {dirs} 走一步，loss 差不多不变。",
    a11yUndefined: "往 {dirs} 走一步，loss 没有定义。",
    a11yStep: "一步是 {x} 方向 {dx}、{y} 方向 {dy}。",
    a11yStep1: "一步是 {x} 方向 {dx}。",
    a11yVerdict: "结论：{verdict}。",
    a11yAnnounce: "{verdict}。θ′ = {point}，L = {value}，‖g‖ = {gnorm}，特征值（eigen value）{eigen}。",
  },
};
