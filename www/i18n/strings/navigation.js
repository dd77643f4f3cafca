// Strings of navigation (zoom, pan, fit) and projector mode.

export default {
  en: {
    navFit: "Fit: show the critical points and θ′",
    navHint: "Wheel or pinch: zoom · drag empty space: pan · click: move θ′ there · drag θ′ · arrow keys nudge θ′",
    projectorButton: "Projector",
    projectorLabel: "Projector mode: large type, thick lines, high contrast",
  },
  zh: {
    navFit: "适配：显示所有驻点和 θ′",
    navHint: "滚轮或双指：缩放 · 拖空白处：平移 · 点一下：把 θ′ 移过去 · 拖 θ′ · 方向键微调 θ′",
    projectorButton: "投影",
    projectorLabel: "投影模式：大字、粗线、高对比度",
  },
};
