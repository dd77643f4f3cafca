// For pages that embed Hessian Explorer with a plain <iframe>: makes each such frame exactly
// as tall as the content it reports (embed.js), so course notes show no inner scroll bar.
// Include once: <script type="module" src="…/embed-resize.js"></script>. Without it the frame
// keeps its height attribute and scrolls inside, which still works.

import { heightFrom } from "./embed/frame-height.js";

window.addEventListener("message", (event) => {
  const height = heightFrom(event.data);
  if (height === null) return;
  // Only a frame of this page that sent it; a message from anywhere else is ignored.
  for (const frame of document.querySelectorAll("iframe")) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${height}px`;
      return;
    }
  }
});
