/**
 * The search page's script, and the site's only one: our own form over Pagefind's JS API.
 *
 * The address always says what is shown (?q=…&type=…&body=…&year=…&topic=…&sort=…), so a search
 * can be shared and bookmarked and Back returns to the previous one. Each result links to the
 * section that matched best (a minute, an agenda item, a heading of a paper), not just the page.
 * Pagefind is loaded on the first search, not with the page, and only the results on show fetch
 * their text: every fragment is a download.
 */

/** Results whose title and excerpt are fetched at a time ("Show more results" fetches the next). */
const BATCH = 5;
const SORTS = { newest: { date: "desc" }, oldest: { date: "asc" } };
const SELECTS = ["body", "year", "topic"];

// The page's parts, found by start(); the pure functions above them also run in Node, for tests.
let form, statusLine, list, moreResults, fallback, filtersBox, pageTitle;
let pagefindLoading;
/** The search on show: its state, Pagefind's results, how many are shown, and a run number. */
const shown = { state: undefined, results: [], count: 0, run: 0 };

/** The search an address asks for. */
export function stateFromQuery(query) {
  const params = new URLSearchParams(query);
  const state = { q: (params.get("q") ?? "").trim(), type: params.getAll("type").filter(Boolean), sort: "" };
  for (const name of SELECTS) state[name] = params.get(name) ?? "";
  if (Object.hasOwn(SORTS, params.get("sort") ?? "")) state.sort = params.get("sort");
  return state;
}

/** The address for a search; empty fields are left out, so it stays short enough to share. */
export function queryFor(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const type of state.type) params.append("type", type);
  for (const name of SELECTS) if (state[name]) params.set(name, state[name]);
  if (state.sort) params.set("sort", state.sort);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * What Pagefind is asked for. Pagefind indexes a word with dots or hyphens as the joined word and
 * as its parts, so "Mochrie-Cox" and "D.035.24" match as typed; but the papers print decision
 * codes as "OPCC D.035.24" and as "OPCC.D.034.23", whose joined words differ. The number parts
 * are the same in every printing, so a decision code, however it is typed, is searched as
 * "035.24".
 */
export function searchTerms(q) {
  return q
    .replace(/\b(?:opcc[\s.-]*)?d[\s.-]*(\d{3})[\s./-]+(\d{2})\b/gi, "$1.$2")
    .replace(/\s+/g, " ")
    .trim();
}

function filtersFor(state) {
  const filters = {};
  if (state.type.length) filters.type = { any: state.type };
  for (const name of SELECTS) if (state[name]) filters[name] = state[name];
  return filters;
}

const hasFilters = (state) => state.type.length > 0 || SELECTS.some((name) => state[name]);

function fillForm(state) {
  form.elements.namedItem("q").value = state.q;
  for (const box of form.querySelectorAll('input[name="type"]')) box.checked = state.type.includes(box.value);
  for (const name of [...SELECTS, "sort"]) form.elements.namedItem(name).value = state[name];
  if (hasFilters(state) || state.sort) filtersBox.open = true;
}

function loadPagefind() {
  pagefindLoading ??= (async () => {
    const bundle = new URL(form.dataset.pagefindBundle, location.href);
    const pagefind = await import(new URL("pagefind.js", bundle).href);
    // On the main thread: Pagefind's web worker would cost a second download of its code.
    await pagefind.options({ basePath: bundle.pathname, noWorker: true });
    for (const shard of await shardsOf(bundle)) await pagefind.mergeIndex(shard);
    await pagefind.init();
    return pagefind;
  })();
  return pagefindLoading;
}

/**
 * The further bundles of an index built in shards (src/build/search-index.ts), which the build
 * lists in `shards.json` beside the main bundle, as paths relative to it.
 */
async function shardsOf(bundle) {
  const response = await fetch(new URL("shards.json", bundle));
  if (!response.ok) return [];
  const { merge = [] } = await response.json();
  return merge.map((path) => new URL(path, bundle).pathname);
}

async function run(state) {
  const run = ++shown.run;
  list.replaceChildren();
  moreResults.hidden = true;
  document.title = state.q ? `${state.q}: ${pageTitle}` : pageTitle;
  if (!state.q && !hasFilters(state)) {
    statusLine.textContent = "";
    return;
  }
  list.setAttribute("aria-busy", "true");
  statusLine.textContent = "Searching…";
  try {
    const pagefind = await loadPagefind();
    const search = await pagefind.search(state.q ? searchTerms(state.q) : null, { filters: filtersFor(state), sort: SORTS[state.sort] });
    if (run !== shown.run) return;
    Object.assign(shown, { state, results: search.results, count: 0 });
    await showMore(run);
  } catch (error) {
    if (run !== shown.run) return;
    statusLine.textContent = "Search is not working at the moment.";
    fallback.hidden = false;
    pagefindLoading = undefined;
    console.error(error);
  } finally {
    if (run === shown.run) list.removeAttribute("aria-busy");
  }
}

async function showMore(run) {
  const batch = await Promise.all(shown.results.slice(shown.count, shown.count + BATCH).map((result) => result.data()));
  if (run !== shown.run) return;
  for (const data of batch) list.append(resultItem(data));
  shown.count += batch.length;
  moreResults.hidden = shown.count >= shown.results.length;
  statusLine.textContent = summary(shown.state, shown.results.length, shown.count);
}

/** What the status line says, and screen readers announce, once results are on show. */
function summary(state, total, count) {
  const words = state.q ? ` for “${state.q}”` : "";
  const filters = describeFilters(state);
  if (total === 0) return `No results${words}${filters}. Check the spelling, try other words${filters ? " or fewer filters" : ""}.`;
  const order = state.sort === "newest" ? ", newest first" : state.sort === "oldest" ? ", oldest first" : "";
  const range = count < total ? ` Showing 1 to ${count}.` : "";
  return `${total} result${total === 1 ? "" : "s"}${words}${filters}${order}.${range}`;
}

function describeFilters(state) {
  // An address may name a value the form does not offer: it is then shown as it is.
  const labelOf = (type) => form.querySelector(`label[for="search-type-${type}"]`)?.textContent.trim() ?? type;
  const parts = [];
  if (state.type.length) parts.push(state.type.map(labelOf).join(" or "));
  for (const name of SELECTS) {
    const select = form.elements.namedItem(name);
    if (state[name]) parts.push(select.value === state[name] ? select.selectedOptions[0].textContent.trim() : state[name]);
  }
  return parts.length ? `, filtered by ${parts.join(", ")}` : "";
}

/**
 * Where a result should land. A long page is indexed section by section (src/build/search-sections.ts)
 * and each section carries its own address and heading as `url` and `section` metadata; a short
 * page is one record, and Pagefind's sub-results say which of its anchored headings matched best.
 */
function landing(data) {
  if (data.meta.url) return { url: data.meta.url, title: data.meta.section, excerpt: data.excerpt, others: [] };
  const score = (sub) => sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);
  const subs = data.sub_results ?? [];
  const best = subs.reduce((top, sub) => (top && score(top) >= score(sub) ? top : sub), undefined);
  const others = subs.filter((sub) => sub.anchor && sub !== best).slice(0, 3);
  if (!best?.anchor) return { url: data.url, excerpt: best?.excerpt ?? data.excerpt, others };
  return { url: best.url, title: best.title, excerpt: best.excerpt, others };
}

function resultItem(data) {
  const land = landing(data);
  const item = element("li", "app-search-result govuk-!-margin-bottom-6");
  const link = element("a", "govuk-link", land.title ?? data.meta.title ?? data.url);
  link.href = land.url;
  item.append(element("h2", "govuk-heading-s govuk-!-margin-bottom-1", link));
  item.append(element("p", "app-search-result__facts govuk-body-s govuk-!-margin-bottom-1", [data.meta.type, data.meta.body, data.meta.date].filter(Boolean).join(", ")));
  if (land.title && data.meta.title) item.append(element("p", "app-search-result__in govuk-body-s govuk-!-margin-bottom-1", `In: ${data.meta.title}`));
  item.append(marked(element("p", "app-search-result__excerpt govuk-body govuk-!-margin-bottom-1"), land.excerpt));
  if (land.others.length) {
    const also = element("ul", "govuk-list govuk-body-s");
    for (const other of land.others) {
      const a = element("a", "govuk-link", other.title);
      a.href = other.url;
      also.append(element("li", "", a));
    }
    item.append(element("p", "govuk-body-s govuk-!-margin-bottom-1", "Also found in:"), also);
  }
  return item;
}

function element(tag, className, content) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.append(content);
  return node;
}

/**
 * Pagefind's excerpt is the page's text with `<` and `>` escaped and the matches in <mark>.
 * It is rebuilt here as text and <mark> elements, so no other markup can get through.
 */
function marked(parent, excerpt) {
  let inMark = false;
  for (const part of (excerpt ?? "").split(/(<\/?mark>)/)) {
    if (part === "<mark>" || part === "</mark>") inMark = part === "<mark>";
    else if (part) {
      const text = part.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
      parent.append(inMark ? element("mark", "", text) : text);
    }
  }
  return parent;
}

function start() {
  form = document.querySelector("[data-search-form]");
  if (!form) return;
  statusLine = document.querySelector("[data-search-status]");
  list = document.querySelector("[data-search-results]");
  moreResults = document.querySelector("[data-search-more]");
  fallback = document.querySelector("[data-search-fallback]");
  filtersBox = document.querySelector("[data-search-filters]");
  pageTitle = document.title;
  fallback.hidden = true;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const state = stateFromQuery(new URLSearchParams(new FormData(form)));
    const address = `${location.pathname}${queryFor(state)}`;
    if (address !== `${location.pathname}${location.search}`) history.pushState(null, "", address);
    run(state);
  });
  moreResults.querySelector("button").addEventListener("click", async () => {
    const first = shown.count;
    await showMore(shown.run);
    list.children[first]?.querySelector("a")?.focus();
  });
  window.addEventListener("popstate", () => {
    const state = stateFromQuery(location.search);
    fillForm(state);
    run(state);
  });
  const state = stateFromQuery(location.search);
  // A search sent without JavaScript carries every empty field: tidy the address.
  history.replaceState(null, "", `${location.pathname}${queryFor(state)}`);
  fillForm(state);
  run(state);
}

if (typeof document !== "undefined") start();
