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
