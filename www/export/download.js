// Hands a file to the browser's downloads: the saved pictures and the quiz's CSV.

/** How long the file's object URL is kept after the click, ms: enough for any browser to start the download. */
const KEEP_URL_MS = 60_000;

/** Saves `blob` as `filename` (a link with `download`, clicked once, then released). */
export function downloadBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
