// The lecture's terms in 简体中文 (the notes in /work/shared/seeds, 李宏毅's "局部最小值与鞍点"):
// one word per concept, everywhere on the page. Every Chinese string is checked against this
// table (tests/js/glossary.test.mjs):
//
//   - a term's English words appear in a Chinese string only as a gloss in full-width
//     parentheses after the Chinese term, "鞍点（saddle point）", never alone;
//   - "critical point" is glossed one way only: "驻点（critical point）";
//   - the words in `avoid` (other translations of the same concept) never appear.
//
// "loss" stays "loss", as the lecture says it. Pure data.

/** [{ en, zh, english, avoid }]: `english` finds the English words in a string. */
export const GLOSSARY = Object.freeze([
  { en: "critical point", zh: "驻点", english: /critical points?/gi, avoid: ["临界点", "稳定点"] },
  { en: "saddle point", zh: "鞍点", english: /saddle points?/gi, avoid: ["马鞍点"] },
  { en: "local minimum", zh: "局部最小值", english: /local minim(?:um|a)/gi, avoid: ["局部极小", "局部最小点"] },
  { en: "local maximum", zh: "局部最大值", english: /local maxim(?:um|a)/gi, avoid: ["局部极大", "局部最大点"] },
  { en: "Hessian", zh: "海森矩阵", english: /hessian/gi, avoid: ["黑塞矩阵", "海塞矩阵", "海瑟矩阵"] },
  { en: "eigenvalue", zh: "特征值", english: /eigen ?values?/gi, avoid: ["本征值"] },
  { en: "eigenvector", zh: "特征向量", english: /eigen ?vectors?/gi, avoid: ["本征向量"] },
  { en: "gradient descent", zh: "梯度下降", english: /gradient descent/gi, avoid: [] },
  { en: "gradient", zh: "梯度", english: /gradient(?! descent)/gi, avoid: [] },
  { en: "error surface", zh: "误差曲面", english: /error surface/gi, avoid: ["误差面", "损失曲面"] },
  { en: "Taylor series approximation", zh: "泰勒级数近似", english: /taylor/gi, avoid: ["Taylor 近似", "泰勒近似", "泰勒展开近似"] },
  { en: "second-order test", zh: "二阶检验", english: /second-order test/gi, avoid: ["二阶测试"] },
  { en: "data", zh: "数据", english: /\bdata\b/gi, avoid: ["资料"] },
  { en: "formula", zh: "公式", english: /\bformula\b/gi, avoid: ["式子"] },
  { en: "view window", zh: "窗口", english: /\bwindow\b/gi, avoid: ["视窗"] },
  { en: "parameter", zh: "参数", english: /\bparameters?\b/gi, avoid: [] },
  { en: "minimum ratio", zh: "最小值比例", english: /minimum ratio/gi, avoid: ["最小比例"] },
  { en: "training", zh: "训练", english: /\btraining\b/gi, avoid: [] },
  { en: "network", zh: "网络", english: /\bnetwork\b/gi, avoid: ["网路"] },
  { en: "loss", zh: "loss", english: null, avoid: ["损失函数", "损失值"] },
]);

/** The one gloss of "critical point" in Chinese. */
export const CRITICAL_POINT_GLOSS = "驻点（critical point）";
