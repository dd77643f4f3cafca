// The 3-D view and its switch.
export default {
  en: {
    view3dSwitch: "View",
    view3dButton2d: "2-D",
    view3dButton3d: "3-D",
    view3dLabel: "The error surface in 3-D with θ′, the critical points and the quadratic Taylor model around θ′ (orange). Drag or use the arrow keys to turn it.",
    view3dHint: "Drag to turn · click a marker to move θ′ onto it · orange: the quadratic model around θ′",
    view3dCutHigh: "height is L; above {value} cut off (grey)",
    view3dCutLow: "below {value} cut off (grey)",
  },
  zh: {
    view3dSwitch: "视图",
    view3dButton2d: "2-D",
    view3dButton3d: "3-D",
    view3dLabel: "三维的误差曲面（error surface），有 θ′、驻点和 θ′ 附近的二次泰勒级数近似（橙色）。拖动或用方向键旋转。",
    view3dHint: "拖动来旋转 · 点一下标记，θ′ 就移过去 · 橙色：θ′ 附近的二次泰勒级数近似",
    view3dCutHigh: "高度就是 L；高于 {value} 的部分截掉了（灰色）",
    view3dCutLow: "低于 {value} 的部分截掉了（灰色）",
  },
};
