// The language switcher opens the other edition at the part in view: an article or a question,
// whose label is the same in every language. After opening an anchor, that anchor's part until
// the reader scrolls on; then the innermost part under the top of the window (below the header).
let scrolledOn = false;
const scrollKeys = ["ArrowDown", "ArrowUp", "PageDown", "PageUp", "Home", "End", " "];
addEventListener("wheel", () => { scrolledOn = true; }, { passive: true });
addEventListener("touchmove", () => { scrolledOn = true; }, { passive: true });
addEventListener("keydown", (event) => { scrolledOn ||= scrollKeys.includes(event.key); });
addEventListener("hashchange", () => { scrolledOn = false; });

function partInView(prefixes) {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const top = document.querySelector(".mobile-header")?.getBoundingClientRect().bottom || 0;
  const labelled = (element) => prefixes.some((prefix) => element.id.startsWith(prefix));
  const anchored = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (anchored && labelled(anchored)) {
    const y = anchored.getBoundingClientRect().top;
    if (!scrolledOn || (y >= top - rem && y <= top + 8 * rem)) return anchored;
  }
  const line = top + 2 * rem;
  let found = null;
  for (const element of document.querySelectorAll("[id]")) {
    const box = element.getBoundingClientRect();
    if (!labelled(element) || box.height === 0) continue;
    if (box.top > line) break;  // in document order, every later part starts lower
    if (box.bottom > line || !found || found.getBoundingClientRect().bottom <= line) found = element;
  }
  return found;
}

function followPart(event) {
  const link = event.target.closest("a.md-language-link");
  if (link) {
    const part = partInView(link.closest("[data-anchors]").dataset.anchors.split(" "));
    link.href = link.href.split("#")[0] + (part ? "#" + part.id : "");
  }
}
for (const kind of ["click", "auxclick", "contextmenu"]) addEventListener(kind, followPart);

// A page opened from the search marks the words searched for: the scripts that do so are loaded,
// in order, only when there are such words (see mdrules.sphinxext.search_highlight).
document.addEventListener("DOMContentLoaded", () => {
  const list = document.getElementById("mdrules-on-highlight");
  const searched = localStorage.getItem("sphinx_highlight_terms")
    || new URLSearchParams(window.location.search).has("highlight");
  if (!list || !searched) {
    return;
  }
  const load = (sources) => {
    if (sources.length > 0) {
      const script = document.createElement("script");
      script.src = sources[0];
      script.onload = () => load(sources.slice(1));
      document.head.append(script);
    }
  };
  load(JSON.parse(list.textContent));
});

// The button under a page's title opens every worked example of the page, or folds them again.
document.addEventListener("DOMContentLoaded", () => {
  const button = document.querySelector("p.md-examples-all button");
  if (!button) {
    return;
  }
  const openText = button.textContent;
  button.parentElement.hidden = false;
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-pressed") !== "true";
    for (const example of document.querySelectorAll("details.md-example")) {
      example.open = open;
    }
    button.setAttribute("aria-pressed", String(open));
    button.textContent = open ? button.dataset.close : openText;
  });
});
