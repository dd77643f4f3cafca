// The lecture "local minima and saddle points" as a tour (`#tour=lecture`), in the order of the
// lecture notes (shared/seeds): why it matters → the error surface of the "world's worst
// network" → Taylor around θ′ → at a critical point g = 0 → the sign of vᵀHv → eigenvalues
// decide → the worked example → the valleys → escaping along u → many parameters.
//
// It is written exactly as a teacher's tour is (README, "Tours"), and goes through the same
// checks (tour-parse.js, tour-check.js): each step's `view` is a URL-state hash, `verdict` is
// what its caption claims at θ′ and the check refuses the tour if the engine disagrees.
// Numbers in the captions (H, the eigenvalues) are the engine's at the step's θ′, checked by
// tests/js/tour-lecture.test.mjs.
//
// Step fields beyond caption and view: `heading` (a short title), `numbers` (which key numbers
// the tour shows beside the plot), `animate` ("probe": v sweeps around θ′; "escape": gradient
// descent from next to the saddle, then the walk along u, drawn together), `verdict`.

export const LECTURE_TOUR = Object.freeze({
  title: {
    en: "The lecture: local minima and saddle points",
    zh: "课程导览：局部最小值与鞍点",
  },
  steps: [
    {
      heading: { en: "Why it matters", zh: "为什么要分清" },
      caption: {
        en: "Training stalls where the gradient is zero: at a critical point. At a local minimum, like θ′ here, the loss rises in every direction: there is no way down. At a saddle point (◇) some directions still go down: escape it and the loss can fall further.",
        zh: "训练停下来，是因为梯度为零：卡在了驻点（critical point）。如果是局部最小值（就像 θ′ 这里），往四周走 loss 都会变大，没有路可以走；如果是鞍点（◇），旁边还有方向能让 loss 更低：只要逃离鞍点，loss 就可能继续下降。",
      },
      view: "f=(w1^2-1)^2+w2^2&p=1,0&ov=crit,u&view=3d&cam=330,22",
      numbers: ["verdict"],
      verdict: "minimum",
    },
    {
      heading: { en: "The error surface", zh: "误差曲面" },
      caption: {
        en: "The lecture's “world's worst network”: y = w₁·w₂·x, one training example (x = 1, ŷ = 1), so L = (ŷ\u00a0−\u00a0w₁w₂x)². Its whole error surface can be drawn: two valleys of minima and, at the origin, a critical point where the loss rises to the top left and bottom right and falls towards the valleys: a saddle point.",
        zh: "课上“史上最废的网络”：y = w₁·w₂·x，只有一笔训练数据（x = 1，ŷ = 1），所以 L = (ŷ\u00a0−\u00a0w₁w₂x)²。只有两个参数，可以画出整个误差曲面：右上和左下各有一条由局部最小值组成的山沟；原点也是驻点，从原点往左上、右下走 loss 变大，往山沟走 loss 变小：原点是鞍点。",
      },
      view: "p=0,0&ov=level,crit",
      numbers: ["loss", "verdict"],
      verdict: "saddle",
    },
    {
      heading: { en: "Taylor around θ′", zh: "θ′ 附近的泰勒级数近似" },
      caption: {
        en: "We cannot draw a real network's error surface, but near any θ′ we can write it: L(θ) ≈ L(θ′) + (θ\u00a0−\u00a0θ′)ᵀg + ½(θ\u00a0−\u00a0θ′)ᵀH(θ\u00a0−\u00a0θ′), with the gradient g (gᵢ = ∂L/∂θᵢ) and the Hessian H (Hᵢⱼ = ∂²L/∂θᵢ∂θⱼ) at θ′. The dashed contours are this Taylor series approximation: drag θ′ and watch it follow the surface.",
        zh: "真实网络的误差曲面画不出来，但在某一组参数 θ′ 附近可以写出来：L(θ) ≈ L(θ′) + (θ\u00a0−\u00a0θ′)ᵀg + ½(θ\u00a0−\u00a0θ′)ᵀH(θ\u00a0−\u00a0θ′)，其中 g 是 θ′ 的梯度（gᵢ = ∂L/∂θᵢ），H 是海森矩阵（Hᵢⱼ = ∂²L/∂θᵢ∂θⱼ）。虚线等高线就是这个泰勒级数近似：拖动 θ′，看它贴合附近的曲面。",
      },
      view: "p=0.5,-0.5&ov=g,taylor",
      numbers: ["loss", "g", "H"],
      verdict: "not_critical",
    },
    {
      heading: { en: "At a critical point, g = 0", zh: "在驻点上 g = 0" },
      caption: {
        en: "At a critical point the gradient is zero: g = 0, the term (θ\u00a0−\u00a0θ′)ᵀg vanishes, and L(θ) ≈ L(θ′) + ½(θ\u00a0−\u00a0θ′)ᵀH(θ\u00a0−\u00a0θ′). So around θ′ the error surface is decided by the Hessian H alone; the dashed contours draw this model at the origin.",
        zh: "在驻点上梯度为零：g = 0，(θ\u00a0−\u00a0θ′)ᵀg 这一项不见了，只剩 L(θ) ≈ L(θ′) + ½(θ\u00a0−\u00a0θ′)ᵀH(θ\u00a0−\u00a0θ′)。所以 θ′ 附近的误差曲面长什么样子，只由海森矩阵 H 决定；虚线等高线画的就是原点的这个近似。",
      },
      view: "p=0,0&ov=taylor",
      numbers: ["g", "H"],
      verdict: "saddle",
    },
    {
      heading: { en: "The sign of vᵀHv", zh: "vᵀHv 的正负" },
      caption: {
        en: "Write v = θ − θ′. If vᵀHv > 0 for every v, then L(θ) > L(θ′) all around: a local minimum; if vᵀHv < 0 for every v: a local maximum. As the probe turns v around θ′, vᵀHv is sometimes positive and sometimes negative: a saddle point.",
        zh: "把 θ − θ′ 记作 v。如果对所有的 v，vᵀHv 都大于零，θ′ 附近就都有 L(θ) > L(θ′)：是局部最小值；如果对所有的 v 都小于零：是局部最大值。探针让 v 绕着 θ′ 转，vᵀHv 有时大于零、有时小于零：是鞍点。",
      },
      view: "p=0,0&ov=level,probe",
      numbers: ["H", "vhv", "verdict"],
      animate: "probe",
      verdict: "saddle",
    },
    {
      heading: { en: "Eigenvalues decide", zh: "看特征值来判断" },
      caption: {
        en: "We cannot try every v, and need not: vᵀHv > 0 for all v exactly when all eigenvalues of H are positive (H is positive definite). All positive: a local minimum; all negative: a local maximum; both signs: a saddle point. For this bowl, L = w₁² + w₁w₂ + w₂², they are 1 and 3: a local minimum.",
        zh: "不可能把所有的 v 都代进去算，也不需要：对所有 v 都有 vᵀHv > 0，正好就是 H 的特征值全都是正的（正定矩阵，positive definite）。全为正：局部最小值；全为负：局部最大值；有正有负：鞍点。这个碗形的 L = w₁² + w₁w₂ + w₂²，特征值是 1 和 3：局部最小值。",
      },
      view: "f=w1^2+w1*w2+w2^2&p=0,0&ov=crit,eig",
      numbers: ["H", "eigen", "verdict"],
      verdict: "minimum",
    },
    {
      heading: { en: "The worked example", zh: "算一个例子" },
      caption: {
        en: "Back to the world's worst network, this time without drawing anything. At the origin g = 0 and H = [[0,\u00a0−2],\u00a0[−2,\u00a00]], whose eigenvalues are 2 and −2: one positive, one negative. So the origin is a saddle point, exactly what the error surface showed.",
        zh: "回到史上最废的网络，这次不画图，直接算。在原点 g = 0，H = [[0,\u00a0−2],\u00a0[−2,\u00a00]]，特征值是 2 和 −2，有正有负。所以原点是鞍点，和误差曲面上看到的一样。",
      },
      view: "p=0,0&ov=crit,eig",
      numbers: ["g", "H", "eigen", "verdict"],
      verdict: "saddle",
    },
    {
      heading: { en: "The valleys: the test cannot decide", zh: "山沟：二阶检验无法判断" },
      caption: {
        en: "Every point of the two valleys is a critical point too. At θ′\u00a0=\u00a0(1,\u00a01), H = [[2,\u00a02],\u00a0[2,\u00a02]] with eigenvalues 4 and 0: a zero eigenvalue, so the second-order test alone cannot decide. A higher-order look along the flat direction, the valley itself, shows the loss never goes down: local minima.",
        zh: "两条山沟上的每一点也都是驻点。在 θ′\u00a0=\u00a0(1,\u00a01)，H = [[2,\u00a02],\u00a0[2,\u00a02]]，特征值是 4 和 0：有一个特征值是零，只靠二阶检验无法判断。沿着平坦的方向（也就是山沟本身）看更高阶的项，loss 不会变小：是局部最小值。",
      },
      view: "p=1,1&ov=level,crit,eig",
      numbers: ["g", "H", "eigen", "verdict"],
      verdict: "inconclusive",
    },
    {
      heading: { en: "Escaping along u", zh: "沿 u 逃离鞍点" },
      caption: {
        en: "At the saddle, u\u00a0=\u00a0(1,\u00a01)/√2, the eigenvector of λ = −2, is a way down: L(θ′\u00a0+\u00a0t·u)\u00a0<\u00a0L(θ′). Gradient descent started a hair from the saddle crawls at first, the gradient there being tiny, then falls into a valley; walking along u leaves at once.",
        zh: "在鞍点，λ = −2 的特征向量 u\u00a0=\u00a0(1,\u00a01)/√2 就是下坡的路：L(θ′\u00a0+\u00a0t·u)\u00a0<\u00a0L(θ′)。从鞍点旁边一点点出发的梯度下降（gradient descent），因为梯度很小，一开始走得很慢，之后才掉进山沟；沿着 u 走，马上就离开了鞍点。",
      },
      view: "p=0,0&ov=crit,u",
      numbers: ["eigen", "verdict", "runs"],
      animate: "escape",
      verdict: "saddle",
    },
    {
      heading: { en: "Many parameters", zh: "参数更多时" },
      caption: {
        en: "With many parameters the test is the same. This slice over w₁, w₂ looks like a bowl, yet H has a negative eigenvalue along w₃: a saddle point, with minimum ratio (the share of positive eigenvalues) 2/3. In real networks the lecture finds this ratio rarely reaches 1: training mostly stalls at saddle points.",
        zh: "参数更多时，判断方法一样：看特征值的正负。这个 w₁、w₂ 的切面看起来像一个碗，但 H 沿 w₃ 有一个负的特征值：是鞍点，最小值比例（minimum ratio，正特征值所占的比例）是 2/3。课上的实验发现，真实网络的最小值比例很少达到 1：训练多半是卡在鞍点。",
      },
      view: "f=w1^2+w2^2-w3^2&p=0,0,0&ov=crit",
      numbers: ["eigen", "ratio", "verdict"],
      verdict: "saddle",
    },
  ],
});
