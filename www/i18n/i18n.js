// Every string the page shows, one table per language with the same keys. Pure.
//
// The Chinese follows the lecture notes (李宏毅, "local minima 与 saddle point"): they write
// the technical terms in English inside Chinese sentences (local minima, saddle point,
// critical point, gradient, Hessian, eigen value), so the Chinese strings do the same, next
// to the Chinese words (鞍点, 局部最小值, 驻点, 梯度, 海森矩阵, 特征值, 误差曲面).
//
// Placeholders are {name}; t() fills them. Strings are inserted with textContent, never as HTML.
// "\u2060" (word joiner) after a "|" keeps "|λ|" from breaking across lines at its bar.
//
// The explorer's core strings are below; each larger feature keeps its own table in
// www/i18n/strings/<feature>.js (same shape: { en: {…}, zh: {…} }) and is listed in FEATURES, so a
// feature's words live next to nothing else's. A key defined twice is a bug (checked in tests).

import QUIZ from "./strings/quiz.js";
import overlayStrings from "./strings/overlays.js";
import navigationStrings from "./strings/navigation.js";
import presetStrings from "./strings/presets.js";
import optimizerStrings from "./strings/optimizer.js";
import view3dStrings from "./strings/view3d.js";
import manyParamsStrings from "./strings/many-params.js";
import share from "./strings/share.js";
import criticalMapStrings from "./strings/critical-map.js";
import a11y from "./strings/a11y.js";
import networkStrings from "./strings/network.js";
import experimentStrings from "./strings/experiment.js";
import tour from "./strings/tour.js";
import exportStrings from "./strings/export.js";
import courseStrings from "./strings/course.js";
import refinedStrings from "./strings/refined.js";
import nameStrings from "./strings/names.js";

const CORE = {
  en: {
    pageTitle: "Hessian Explorer: local minimum or saddle point?",
    title: "Hessian Explorer",
    subtitle: "Training stalled where the gradient is zero. Local minimum or saddle point? Drag θ′ and ask the Hessian.",
    langToggle: "中文",
    langToggleLabel: "切换到中文 (switch to Chinese)",
    loading: "Loading the WebAssembly core…",
    loadFailed: "The WebAssembly core could not be loaded: {message}",
    noticeDismiss: "Dismiss",
    noticeBadValue: "The link's value for “{key}” ({value}) is not valid, so the default is used.",
    noticeFormula: "The link's formula has an error (see the formula box); the lecture's example is drawn instead.",
    noticeCoreFailure: "Something went wrong inside the core ({where}: {message}); what is shown may be out of date. Please report it.",
    noticePoint: "The link's θ′ = {point} does not have one number per parameter of the formula ({params}), so θ′ starts at the origin.",
    noticeAxes: "The link's axes ({value}) are not two parameters of the formula, so {x} and {y} are used.",
    limitNote: "{what} ({message}).",
    limitWhat_analyze: "θ′ was not analysed",
    limitWhat_grid: "The surface was not drawn",
    limitWhat_criticalPoints: "The critical points were not searched",
    limitWhat_line: "The loss along v was not drawn",
    limitWhat_trajectory: "The optimizer did not run",

    surfaceHeading: "Error surface",
    canvasLabel: "Error surface of the loss over {x} and {y}. θ′ = {point}. Click or drag to move θ′; arrow keys nudge it (Shift: bigger steps).",
    canvasLabel1: "The loss as a function of {x}. θ′ = {point}. Click or drag to move θ′; arrow keys nudge it.",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    resetView: "Reset view",
    centerView: "Centre on θ′",
    legendLoss: "L(θ)",
    legendTheta: "θ′",
    legendMinimum: "minimum",
    legendMaximum: "maximum",
    legendSaddle: "saddle point",
    legendValley: "valley of critical points",
    legendEscape: "u: way out",
    legendDownhill: "−g: downhill",
    legendHole: "undefined",
    legendLevelSet: "level set L = L(θ′)",
    sliceNote: "A slice: the other parameters are fixed at θ′.",

    formulaLabel: "Loss L(θ)",
    formulaHint: "sin cos exp log sqrt tanh sigmoid relu … · ^ power · sum( ) mean( ) over the data's rows",
    formulaStale: "The picture still shows the last formula that worked.",
    noParams: "This formula has no parameters to train: add one, e.g. w1.",
    dataLabel: "Training data",
    dataColumnName: "Name of column {n}",
    dataCell: "{name}, row {row}",
    addRow: "+ Row",
    addColumn: "+ Column",
    removeRow: "Remove row {row}",
    removeColumn: "Remove column {name}",
    badNumber: "“{text}” in column {name}, row {row} is not a number.",
    badColumnName: "Column {n} needs a name: a letter, then letters, digits or _.",
    duplicateColumn: "Two columns are called “{name}”.",
    emptyData: "Every column needs at least one row.",
    unusedColumn: "not used by the formula",
    dataStale: "Fix the data to update the picture.",

    thetaLabel: "θ′, where training stopped",
    axisX: "x axis",
    axisY: "y axis",
    fixed: "fixed",
    thetaRoleEigen: "u₁ {a} · u₂ {b}",
    thetaInput: "θ′ {name}",
    thetaSlider: "θ′ {name} slider",
    badTheta: "Type a number.",

    verdictHeading: "Verdict",
    lossAt: "Loss L(θ′)",
    gradient: "Gradient g",
    gradientNorm: "‖g‖",
    hessian: "Hessian H",
    eigen: "Eigenvalues λ and eigenvectors of H",
    eigenValue: "λ",
    eigenVector: "eigenvector",
    approxZero: "≈ 0",
    escapeMark: "u",
    tolerancesIntro: "Counts as zero:",
    toleranceGradient: "‖g‖ ≤ {tolG} (a critical point)",
    toleranceEigen: "|\u2060λ| ≤ {threshold} = {tolE} · max(1, max|\u2060λ|)",
    toleranceEigenRule: "|\u2060λ| ≤ {tolE} · max(1, max|\u2060λ|)",
    taylor: "Near θ′: L(θ) ≈ L(θ′) + (θ − θ′)ᵀg + ½ (θ − θ′)ᵀH(θ − θ′). At a critical point g = 0, so H decides.",
    noEigen: "No eigenvalues: H is not defined here.",

    kind_minimum: "Local minimum",
    kind_maximum: "Local maximum",
    kind_saddle: "Saddle point",
    kind_inconclusive: "Inconclusive",
    kind_not_critical: "Not a critical point",
    kind_undefined: "Not defined here",
    refinedTag: "after a higher-order look: {refined}",
    refined_minimum: "minimum",
    refined_maximum: "maximum",
    refined_saddle: "saddle point",
    refined_unknown: "undecided",

    verdict_minimum: "All eigenvalues positive: a local minimum — every direction goes up.",
    verdict_maximum: "All eigenvalues negative: a local maximum — every direction goes down.",
    verdict_saddle: "Eigenvalues of both signs: a saddle point. Moving along u (the eigenvector of λ = {lambda}) lowers the loss.",
    verdict_inconclusive_minimum: "An eigenvalue is zero, so the second-order test cannot decide; a higher-order look along the flat direction shows it is a minimum: the loss does not go down that way either (as in a flat valley of minima).",
    verdict_inconclusive_maximum: "An eigenvalue is zero, so the second-order test cannot decide; a higher-order look along the flat direction shows it is a maximum: the loss does not go up that way either.",
    verdict_inconclusive_saddle: "An eigenvalue is zero, so the second-order test cannot decide; a higher-order look along the flat direction shows a saddle point: the loss goes down along it.",
    verdict_inconclusive_unknown: "An eigenvalue is zero, so the second-order test cannot decide, and a higher-order look along the flat direction cannot decide either.",
    verdict_not_critical: "The gradient is not zero: not a critical point; the loss goes down along −g.",
    verdict_undefined: "The loss is not defined here (e.g. log 0 or division by zero).",
  },

  zh: {
    pageTitle: "海森矩阵探索器：局部最小值（local minima）还是鞍点（saddle point）？",
    title: "海森矩阵探索器",
    subtitle: "训练卡在梯度（gradient）为零的地方。是局部最小值（local minima）还是鞍点（saddle point）？拖动 θ′，让海森矩阵（Hessian）来判断。",
    langToggle: "English",
    langToggleLabel: "Switch to English（切换到英文）",
    loading: "正在加载 WebAssembly 核心……",
    loadFailed: "无法加载 WebAssembly 核心：{message}",
    noticeDismiss: "关闭",
    noticeBadValue: "链接里“{key}”的值（{value}）无效，已改用默认值。",
    noticeFormula: "链接里的公式有错误（见公式输入框），图上画的是课上的例子。",
    noticeCoreFailure: "核心计算出错了（{where}：{message}），显示的内容可能不是最新的。请报告这个问题。",
    noticePoint: "链接里的 θ′ = {point} 没有为公式的每个参数各给一个数（{params}），θ′ 从原点开始。",
    noticeAxes: "链接里的坐标轴（{value}）不是公式里的两个参数，改用 {x} 和 {y}。",
    limitNote: "{what}（{message}）。",
    limitWhat_analyze: "没有分析 θ′",
    limitWhat_grid: "没有画出误差曲面",
    limitWhat_criticalPoints: "没有寻找驻点",
    limitWhat_line: "没有画出沿 v 的 loss",
    limitWhat_trajectory: "没有开始训练",

    surfaceHeading: "误差曲面（error surface）",
    canvasLabel: "loss 在 {x} 与 {y} 上的误差曲面。θ′ = {point}。点击或拖动来移动 θ′；方向键微调（按住 Shift 步子更大）。",
    canvasLabel1: "loss 随 {x} 变化的曲线。θ′ = {point}。点击或拖动来移动 θ′；方向键微调。",
    zoomIn: "放大",
    zoomOut: "缩小",
    resetView: "重置视图",
    centerView: "以 θ′ 为中心",
    legendLoss: "L(θ)",
    legendTheta: "θ′",
    legendMinimum: "局部最小值",
    legendMaximum: "局部最大值",
    legendSaddle: "鞍点",
    legendValley: "一排驻点（山沟）",
    legendEscape: "u：逃离的方向",
    legendDownhill: "−g：下坡方向",
    legendHole: "没有定义",
    legendLevelSet: "等高线 L = L(θ′)",
    sliceNote: "这是一个切面：其他参数固定在 θ′ 的值。",

    formulaLabel: "loss 函数 L(θ)",
    formulaHint: "sin cos exp log sqrt tanh sigmoid relu … · ^ 乘方 · sum( ) mean( ) 对数据的各行求和/平均",
    formulaStale: "图上仍是上一个正确的公式。",
    noParams: "这个公式没有可以训练的参数：加一个，例如 w1。",
    dataLabel: "训练数据（training data）",
    dataColumnName: "第 {n} 列的名字",
    dataCell: "{name}，第 {row} 行",
    addRow: "+ 一行",
    addColumn: "+ 一列",
    removeRow: "删除第 {row} 行",
    removeColumn: "删除 {name} 列",
    badNumber: "{name} 列第 {row} 行的“{text}”不是数字。",
    badColumnName: "第 {n} 列需要名字：以字母开头，后面是字母、数字或 _。",
    duplicateColumn: "有两列都叫“{name}”。",
    emptyData: "每一列至少要有一行。",
    unusedColumn: "公式没有用到",
    dataStale: "改正数据后图才会更新。",

    thetaLabel: "θ′：训练停下来的地方",
    axisX: "x 轴",
    axisY: "y 轴",
    fixed: "固定",
    thetaRoleEigen: "u₁ {a} · u₂ {b}",
    thetaInput: "θ′ {name}",
    thetaSlider: "θ′ {name} 滑块",
    badTheta: "请输入数字。",

    verdictHeading: "结论",
    lossAt: "θ′ 处的 loss：L(θ′)",
    gradient: "梯度 g（gradient）",
    gradientNorm: "‖g‖",
    hessian: "海森矩阵 H（Hessian）",
    eigen: "H 的特征值 λ（eigen value）与特征向量",
    eigenValue: "λ",
    eigenVector: "特征向量",
    approxZero: "≈ 0",
    escapeMark: "u",
    tolerancesIntro: "算作零：",
    toleranceGradient: "‖g‖ ≤ {tolG}（驻点）",
    toleranceEigen: "|\u2060λ| ≤ {threshold} = {tolE} · max(1, max|\u2060λ|)",
    toleranceEigenRule: "|\u2060λ| ≤ {tolE} · max(1, max|\u2060λ|)",
    taylor: "在 θ′ 附近（泰勒级数近似）：L(θ) ≈ L(θ′) + (θ − θ′)ᵀg + ½ (θ − θ′)ᵀH(θ − θ′)。在驻点（critical point）上 g = 0，由 H 决定。",
    noEigen: "没有特征值：这里 H 没有定义。",

    kind_minimum: "局部最小值（local minima）",
    kind_maximum: "局部最大值（local maxima）",
    kind_saddle: "鞍点（saddle point）",
    kind_inconclusive: "无法判断",
    kind_not_critical: "不是驻点（critical point）",
    kind_undefined: "这里没有定义",
    refinedTag: "看更高阶的项之后：{refined}",
    refined_minimum: "局部最小值",
    refined_maximum: "局部最大值",
    refined_saddle: "鞍点",
    refined_unknown: "仍无法判断",

    verdict_minimum: "所有特征值都是正的：局部最小值（local minima）。往四周走 loss 都会变大。",
    verdict_maximum: "所有特征值都是负的：局部最大值（local maxima）。往四周走 loss 都会变小。",
    verdict_saddle: "特征值有正有负：鞍点（saddle point）。沿特征向量 u 方向走（λ = {lambda} 的特征向量），loss 会变小。",
    verdict_inconclusive_minimum: "有一个特征值是零，只看海森矩阵（二阶检验）无法判断；沿平坦的方向看更高阶的项：是局部最小值（local minima），往那个方向 loss 也不会变小（像一排 local minima 组成的山沟）。",
    verdict_inconclusive_maximum: "有一个特征值是零，只看海森矩阵（二阶检验）无法判断；沿平坦的方向看更高阶的项：是局部最大值（local maxima），往那个方向 loss 也不会变大。",
    verdict_inconclusive_saddle: "有一个特征值是零，只看海森矩阵（二阶检验）无法判断；沿平坦的方向看更高阶的项：是鞍点（saddle point），沿那个方向 loss 会变小。",
    verdict_inconclusive_unknown: "有一个特征值是零，只看海森矩阵（二阶检验）无法判断；沿平坦的方向看更高阶的项也无法判断。",
    verdict_not_critical: "梯度（gradient）不是零：这里不是驻点（critical point）；沿 −g 方向走 loss 会变小。",
    verdict_undefined: "loss 在这里没有定义（例如 log 0 或除以零）。",
  },
};

/** The feature tables, merged into STRINGS after the core's. */
const FEATURES = [QUIZ, overlayStrings, navigationStrings, presetStrings, optimizerStrings, view3dStrings, manyParamsStrings, share, criticalMapStrings, a11y, networkStrings, experimentStrings, tour, exportStrings, courseStrings, refinedStrings, nameStrings];

const TABLES = [CORE, ...FEATURES];

/** Every string: { en: {…}, zh: {…} }, the core's and each feature's. */
export const STRINGS = mergeTables(TABLES);

function mergeTables(tables) {
  const merged = {};
  for (const lang of Object.keys(CORE)) {
    merged[lang] = Object.assign({}, ...tables.map((table) => table[lang] ?? {}));
  }
  return merged;
}

/** How many times each key is defined across the tables of `lang` (for the duplicate test). */
export function keyCounts(lang) {
  const counts = new Map();
  for (const table of TABLES) {
    for (const key of Object.keys(table[lang] ?? {})) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The languages offered, in toggle order. */
export const LANGUAGES = Object.keys(STRINGS);

/**
 * The string `key` in `lang` with {placeholders} filled from `vars`. A missing key is a bug:
 * it shows as "⟦key⟧" so it is noticed, rather than as an empty element.
 */
export function t(lang, key, vars = {}) {
  const table = STRINGS[lang] ?? STRINGS.en;
  const text = table[key];
  if (text === undefined) return `⟦${key}⟧`;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/** The page's language for a browser language tag: zh* → "zh", anything else → "en". */
export function languageFor(tag) {
  return /^zh\b/i.test(String(tag ?? "")) ? "zh" : "en";
}
