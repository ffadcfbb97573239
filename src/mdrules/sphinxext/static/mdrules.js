// The language switcher keeps the article: the anchor in the address, or else the article at the
// top of the window, goes along to the other edition (labels are the same in every language).
function currentArticle() {
  if (window.location.hash) {
    return window.location.hash;
  }
  let found = "";
  for (const element of document.querySelectorAll("li.md-provision[id], section[id]")) {
    if (element.getBoundingClientRect().top > 80) {
      break;
    }
    found = "#" + element.id;
  }
  return found;
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("a.md-language-link");
  if (link) {
    link.href = link.href.split("#")[0] + currentArticle();
  }
});

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
