// The readers' search on search.html (mdrules.sphinxext.search). It asks Pagefind's index of the
// edition for the words of ?q=, and for the synonyms of the edition's language, and lists each
// article, numbered part or FAQ question that matches, linked at its anchor, with an excerpt from
// that part. The regulations and their FAQ come first (the index's "tier"); within them, a part
// ranks by how many of the query's words it holds, how rare they are, and how much weight they
// have there (a heading's words weigh most; a worked example's less than the regulation's text).
// A result's link carries the words found (?highlight=), which the page opened marks.

const MAX_VARIANTS = 12; // searches for one query, with its synonyms
const PAGES_PER_VARIANT = 8;
const MAX_RESULTS = 20;
const EXCERPT_WORDS = 26;
const OWN_TEXT = 5; // a part with fewer words of its own shows the text after it
const DEBOUNCE_MS = 300;

const settings = JSON.parse(document.getElementById("md-search-settings").textContent);
const strings = settings.strings;
const status = document.getElementById("md-search-status");
const list = document.getElementById("md-search-list");
const inputs = document.querySelectorAll('input[name="q"]');

// The words of a text as the search compares them: lower case, without accents or quotes.
const words = (text) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\p{M}"“”„]/gu, "")
    .split(/\s+/)
    .filter(Boolean);

// The query as groups of words to search for: each word or phrase of it that the synonyms know,
// with the words the text has instead ([["telefoon"], ["kwijt", "verlies", "vermissing"]]).
function alternatives(query) {
  const typed = words(query);
  const groups = [];
  for (let start = 0; start < typed.length; ) {
    let length = Math.min(4, typed.length - start);
    while (length > 1 && !settings.synonyms[typed.slice(start, start + length).join(" ")]) {
      length -= 1;
    }
    const phrase = typed.slice(start, start + length).join(" ");
    groups.push([...new Set([phrase, ...(settings.synonyms[phrase] || [])])]);
    start += length;
  }
  return groups;
}

// Every combination of one word from each group (Pagefind finds pages with all words of a
// search), the query as typed first.
function variants(groups) {
  let combined = [[]];
  for (const group of groups) {
    combined = combined.flatMap((done) => group.map((word) => [...done, word]));
    combined = combined.slice(0, MAX_VARIANTS);
  }
  return combined.map((chosen) => chosen.join(" "));
}

// Which group of the query a word of the page stands for: the alternative it shares the longest
// beginning with (Pagefind found the word by its stem, or as a longer word). A word that shares
// less than four letters with every alternative is no match for the reader ("09:00" is not
// "0900", though Pagefind, which drops the colon, finds it); nor is a short word of a phrase
// ("in" of "hand in"), which occurs everywhere.
function groupOf(word, groups) {
  let best = null;
  groups.forEach((group, g) =>
    group.forEach((alternative, a) => {
      const phrase = alternative.split(" ");
      for (const part of phrase) {
        if (phrase.length > 1 && part.length < 3) continue;
        let shared = 0;
        while (shared < part.length && word[shared] === part[shared]) shared += 1;
        if (shared >= Math.min(4, part.length) && (!best || shared > best.shared)) {
          best = { group: g, alternative: a, shared };
        }
      }
    }),
  );
  return best;
}

const SYNONYM_WEIGHT = 0.7; // a word of the text found through a synonym, against one typed
const SATURATION = 1000; // about two words of plain text (a heading's word weighs 36 of them)
const cleaned = (word) => words(word).join("").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

// The parts of a page (from one heading with an id to the next: a section, a provision, a FAQ
// question) that hold matches, each with the matches per group of the query.
function partsOf(page, groups) {
  const { fragment } = page;
  const content = fragment.content.split(/\s+/);
  const headings = fragment.anchors
    .filter((anchor) => /^h[1-6]$/i.test(anchor.element) && anchor.text && /\S/.test(anchor.text))
    .sort((a, b) => a.location - b.location);
  const starts = [{ location: 0, page: true }, ...headings];
  const parts = [];
  // The words of the headings, which the excerpts leave out (they show as the results' titles).
  const inHeadings = new Set();
  for (const anchor of headings) {
    const length = anchor.text.trim().split(/\s+/).length;
    for (let at = anchor.location; at < anchor.location + length; at += 1) inHeadings.add(at);
  }
  for (const [index, anchor] of starts.entries()) {
    const end = index + 1 < starts.length ? starts[index + 1].location : content.length;
    const hits = new Map();
    const perGroup = new Map();
    for (const [at, score] of page.hits) {
      if (at < anchor.location || at >= end) continue;
      const word = cleaned(content[at] || "");
      const match = groupOf(word, groups);
      if (!match) continue;
      const weight = score * (match.alternative === 0 ? 1 : SYNONYM_WEIGHT);
      perGroup.set(match.group, (perGroup.get(match.group) || 0) + weight);
      hits.set(at, word);
    }
    if (hits.size > 0) parts.push({ page, anchor, end, content, inHeadings, hits, perGroup });
  }
  return parts;
}

function rank(parts, groups) {
  // A group found in few of the parts tells more than one found in many (as in BM25).
  const idf = groups.map((_group, g) => {
    const holding = parts.filter((part) => part.perGroup.has(g)).length;
    return Math.log(1 + parts.length / (1 + holding));
  });
  for (const part of parts) {
    let sum = 0;
    for (const [g, weight] of part.perGroup) sum += idf[g] * (weight / (weight + SATURATION));
    part.score = (sum * part.perGroup.size) / groups.length;
  }
  return parts.sort((a, b) => a.page.tier - b.page.tier || b.score - a.score);
}

// Where a part stands: the page's title, and the heading above the part's own.
function where(part) {
  const { fragment } = part.page;
  const place = [fragment.meta.title];
  if (part.anchor.page) return place;
  const level = Number(part.anchor.element[1]);
  const above = fragment.anchors.filter(
    (anchor) =>
      /^h[2-6]$/i.test(anchor.element) &&
      Number(anchor.element[1]) < level &&
      anchor.location < part.anchor.location &&
      anchor.text,
  );
  const section = above.sort((a, b) => a.location - b.location).pop();
  if (section) place.push(section.text);
  return place;
}

// The excerpt: the stretch of the part's text (after its heading) with the most matches. A part
// with hardly any text of its own (an article's heading, above its members) shows the text that
// follows it.
function excerpt(part) {
  const text = [];
  let own = 0;
  for (let at = part.anchor.location; at < part.content.length; at += 1) {
    if (at === part.end) own = text.length;
    if (at >= part.end && (own >= OWN_TEXT || text.length >= EXCERPT_WORDS)) break;
    if (!part.inHeadings.has(at)) text.push(at);
  }
  let start = 0;
  let best = 0;
  text.forEach((at, index) => {
    if (!part.hits.has(at)) return;
    const from = Math.max(0, index - 4);
    const found = text.slice(from, from + EXCERPT_WORDS).filter((x) => part.hits.has(x)).length;
    if (found > best) [best, start] = [found, from];
  });
  start = Math.max(0, Math.min(start, text.length - EXCERPT_WORDS));
  const shown = text.slice(start, start + EXCERPT_WORDS);
  const paragraph = document.createElement("p");
  paragraph.className = "context";
  if (start > 0) paragraph.append("… ");
  shown.forEach((at, index) => {
    if (index > 0) paragraph.append(" ");
    if (part.hits.has(at)) {
      const mark = document.createElement("mark");
      mark.textContent = part.content[at];
      paragraph.append(mark);
    } else {
      paragraph.append(part.content[at]);
    }
  });
  if (start + EXCERPT_WORDS < text.length) paragraph.append(" …");
  return paragraph;
}

async function find(pagefind, query) {
  const groups = alternatives(query);
  const searches = await Promise.all(variants(groups).map((variant) => pagefind.search(variant)));
  const results = searches.flatMap((search) => search.results.slice(0, PAGES_PER_VARIANT));
  // Each page's data is loaded once, all pages at once; then each search's matches are read in
  // turn (Pagefind puts the matches of the search that asked last on the page's data).
  const pages = new Map();
  for (const result of results) {
    if (!pages.has(result.id)) pages.set(result.id, { first: result, hits: new Map() });
  }
  await Promise.all([...pages.values()].map((page) => page.first.data()));
  for (const result of results) {
    const page = pages.get(result.id);
    page.fragment = await result.data();
    page.tier = Number(page.fragment.meta.tier || 0);
    for (const { location, balanced_score: score } of page.fragment.weighted_locations) {
      page.hits.set(location, Math.max(score, page.hits.get(location) || 0));
    }
  }
  const parts = [...pages.values()].flatMap((page) => partsOf(page, groups));
  return { groups, results: rank(parts, groups).slice(0, MAX_RESULTS) };
}

function show(query, groups, results) {
  const quoted = `“${query}”`;
  list.replaceChildren();
  if (results.length === 0) {
    status.textContent = strings.none.replace("{query}", quoted);
  } else {
    const count = results.length === 1 ? strings.one : strings.many;
    status.textContent = count.replace("{count}", results.length).replace("{query}", quoted);
  }
  const extra = groups.flatMap((group) => group.slice(1));
  if (extra.length > 0) {
    const also = document.createElement("span");
    also.className = "md-search-also";
    also.textContent = strings.also.replace("{words}", extra.join(", "));
    status.append(" ", also);
  }
  for (const part of results) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    const url = new URL(part.page.fragment.url, window.location.href);
    if (!part.anchor.page) url.hash = part.anchor.id;
    // The page marks each word where it occurs whole: "0900" of "0900-nummer", whose number is
    // an element of its own.
    const marked = [...part.hits.values()].map((word) => {
      const head = word.split(/[^\p{L}\p{N}]/u)[0];
      return head.length >= 3 ? head : word;
    });
    url.searchParams.set("highlight", [...new Set(marked)].join(" "));
    link.href = url.href;
    link.textContent = part.anchor.page ? part.page.fragment.meta.title : part.anchor.text;
    item.append(link);
    const place = where(part).filter((title) => title !== link.textContent);
    if (place.length > 0) {
      const within = document.createElement("span");
      within.className = "md-search-where";
      within.textContent = `${strings.within} ${place.join(" › ")}`;
      item.append(" ", within);
    }
    item.append(excerpt(part));
    list.append(item);
  }
}

// Pagefind, which the page's head starts to load (docs/_templates/search.html).
const pagefindLoading = window.mdrulesPagefind;
let latest = 0;
const results = document.getElementById("search-results");

// The state of the results (data-state): "searching", then "done" when shown.
async function search(query) {
  const asked = ++latest;
  for (const input of inputs) {
    if (input.value !== query) input.value = query;
  }
  if (!query.trim()) {
    status.textContent = strings.prompt;
    list.replaceChildren();
    results.dataset.state = "done";
    return;
  }
  status.textContent = strings.searching;
  results.dataset.state = "searching";
  try {
    const found = await find(await pagefindLoading, query.trim());
    if (asked === latest) {
      show(query.trim(), found.groups, found.results);
      results.dataset.state = "done";
    }
  } catch (error) {
    status.textContent = strings.failed;
    results.dataset.state = "done";
    console.error(error);
  }
}

// The search runs as the reader types, or submits a form, and the address follows (to share).
function searchAndRemember(query) {
  const address = new URL(window.location.href);
  address.searchParams.set("q", query);
  window.history.replaceState(null, "", address);
  search(query);
}

let waiting = 0;
for (const input of inputs) {
  input.closest("form")?.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(waiting);
    searchAndRemember(input.value);
  });
  input.addEventListener("input", () => {
    window.clearTimeout(waiting);
    waiting = window.setTimeout(() => searchAndRemember(input.value), DEBOUNCE_MS);
  });
}
search(new URLSearchParams(window.location.search).get("q") || "");
