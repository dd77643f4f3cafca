// Text put into markup the page writes by hand: HTML snippets for course pages, the SVG
// picture, the SCORM manifest. One escape serves all three (&#39; is valid in HTML and XML).

/** Text made safe in HTML or XML content and in a quoted attribute value. */
export function escapeMarkup(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
