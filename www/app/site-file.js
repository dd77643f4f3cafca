// A file next to the page (a teacher's quiz set or tour), fetched only from this site: the page's
// Content-Security-Policy allows nothing else, and a link must not make the page ask elsewhere.

/**
 * The text of the file at `path` (relative to the page). Rejects with fail("origin", { url })
 * for a file on another site, fail("fetch", { url, detail }) when it cannot be loaded.
 */
export async function fetchSiteFile(path, fail) {
  let url;
  try {
    url = new URL(path, location.href);
  } catch {
    throw fail("fetch", { url: path, detail: "URL" });
  }
  if (url.origin !== location.origin) throw fail("origin", { url: path });
  let response;
  try {
    response = await fetch(url, { credentials: "same-origin" });
  } catch (error) {
    throw fail("fetch", { url: path, detail: error.message });
  }
  if (!response.ok) throw fail("fetch", { url: path, detail: `HTTP ${response.status}` });
  return response.text();
}
