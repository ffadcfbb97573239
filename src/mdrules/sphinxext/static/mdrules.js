// The language switcher keeps the article: the anchor of the current address goes along.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a.md-language-link");
  if (link && window.location.hash) {
    link.href = link.href.split("#")[0] + window.location.hash;
  }
});
