/**
 * The search page's script: our own form over Pagefind's JS API.
 *
 * The address always says what is shown (?q=…&type=…&body=…&year=…&topic=…&sort=…&scope=…), so a
 * search can be shared and bookmarked and Back returns to the previous one. Each result links to
 * the section that matched best (a minute, an agenda item, a heading of a paper), not just the
 * page. Pagefind is loaded on the first search, not with the page, and only the results on show
 * fetch their text: every fragment is a download.
 *
 * A large archive's index is in shards of whole years, or parts of one year
 * (src/build/search-shards.ts), and every shard searched costs the reader its metadata and an
 * index chunk per word. So a search covers the shards the build marks as the default (the newest
 * years and the pages of no meeting) and says so, unless the reader asks for all years
 * (`scope=all`) or picks a year, which loads only the shards that can hold it.
 *
 * What is shown as found must be found. Pagefind matches every word as a prefix, and a word it
 * does not have at all as the longest word it has that begins it ("Sheppy" as "she"); so each word
 * is first looked up exactly (a quoted search, which loads nothing more), and a word the index
 * lacks is not searched for: the page says so and suggests the nearest words the archive has
 * (search-words.js and the word lists the build writes, loaded only then). Words that each find pages but
 * not together fall back to pages with any of them, and says so. Pages about papers the archive
 * does not hold (tagged `held: no`) rank below those it holds.
 */

/** Results whose title and excerpt are fetched at a time ("Show more results" fetches the next). */
export const BATCH = 5;
const SORTS = { newest: { date: "desc" }, oldest: { date: "asc" } };
const SELECTS = ["body", "year", "topic"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * The site's root, the folder above this script. The page and the index write addresses from it
 * ("/pagefind/", "/meetings/…"); under a path prefix it is /repo/, which the script's address tells.
 */
const SITE_ROOT = new URL("../", import.meta.url);

/** A root-relative address of the site under its root: a path on this host, else the whole address. */
export function onSite(address, root = SITE_ROOT) {
  const url = new URL(address.replace(/^\/+/, ""), root);
  return url.origin === root.origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
}

// The page's parts, found by start(); the pure functions above them also run in Node, for tests.
let form, statusLine, suggestionLine, list, moreResults, fallback, filtersBox, scopeControl, pageTitle;
/** The search on show: its state, what was found, how many results are shown, and a run number. */
const shown = { state: undefined, found: undefined, count: 0, run: 0 };

/** The search an address asks for. */
export function stateFromQuery(query) {
  const params = new URLSearchParams(query);
  const state = { q: (params.get("q") ?? "").trim(), type: params.getAll("type").filter(Boolean), sort: "" };
  for (const name of SELECTS) state[name] = params.get(name) ?? "";
  if (Object.hasOwn(SORTS, params.get("sort") ?? "")) state.sort = params.get("sort");
  // Every year, or "" for the default: the years the build marks (the newest ones).
  state.scope = params.get("scope") === "all" ? "all" : "";
  return state;
}

/** The address for a search; empty fields are left out, so it stays short enough to share. */
export function queryFor(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const type of state.type) params.append("type", type);
  for (const name of SELECTS) if (state[name]) params.set(name, state[name]);
  if (state.sort) params.set("sort", state.sort);
  if (state.scope) params.set("scope", state.scope);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * What Pagefind is asked for. Pagefind indexes a word with dots or hyphens as the joined word and
 * as its parts, so "Smith-Jones" and "D.012.25" match as typed; but papers may print one decision
 * code as "OPCC D.012.25" and as "OPCC.D.012.25", whose joined words differ. The number parts
 * are the same in every printing, and indexed as words of their own, so a decision code, however
 * it is typed, is searched as its two numbers, "012 25".
 */
export function searchTerms(q) {
  return q
    .replace(/\b(?:opcc[\s.-]*)?d[\s.-]*(\d{3})[\s./-]+(\d{2})\b/gi, "$1 $2")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The words of a query, as Pagefind takes them (split at spaces, a phrase's quotes aside), each
 * once; a "word" of punctuation alone, which Pagefind ignores, is left out.
 */
export function queryWords(q) {
  const words = searchTerms(q)
    .split(" ")
    .map((word) => word.replace(/^["“”]+|["“”]+$/g, ""))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  return [...new Set(words)];
}

/** Pagefind's own test for a phrase: the whole query in straight double quotes. */
const isPhrase = (q) => /^\s*".+"\s*$/.test(q);

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
  for (const name of [...SELECTS, "sort", "scope"]) form.elements.namedItem(name).value = state[name];
  if (hasFilters(state) || state.sort) filtersBox.open = true;
}

/**
 * The bundles of the index, as the build lists them in `shards.json` beside the main bundle
 * (src/build/search-shards.ts), with their folders made absolute: Pagefind works out result
 * addresses from a merged bundle's path, and a relative one gives `/../meetings/...`. An index
 * without the list is one bundle, searched whole.
 */
const plans = new Map();
const indexPlan = (bundle) => once(plans, bundle.href, () => readPlan(bundle));

async function readPlan(bundle) {
  const manifest = new URL("shards.json", bundle);
  const response = await fetch(manifest);
  const shards = response.ok ? ((await response.json()).shards ?? []) : [];
  if (shards.length < 2) return { scoped: false, bundles: [{ key: "all", path: bundle.pathname, years: null, loose: true, byDefault: true, main: true }] };
  const bundles = shards.map((shard) => {
    const path = new URL(shard.bundle ?? (shard.path === "pagefind" ? "./" : `../${shard.path}/`), manifest).pathname;
    return { key: shard.key, path, years: shard.years ?? null, loose: shard.loose ?? true, byDefault: shard.byDefault ?? true, main: path === bundle.pathname };
  });
  // A list written before shards had years (a cached one, just after an update) is searched whole.
  return { scoped: shards.every((shard) => shard.byDefault !== undefined), bundles };
}

/**
 * The bundles a search loads, and what the reader is told it covered:
 * - `whole`: every bundle is searched by default (an index of one bundle), or the list does not
 *   say which bundles hold what;
 * - `year`: a year is chosen: the bundles whose meetings span it, and those holding pages of no
 *   meeting (decisions and papers outside meetings carry a year too), whatever the scope;
 * - `all`: every bundle (`scope=all`);
 * - `recent`: the bundles the build marks as the default.
 */
export function scopeOf(plan, state) {
  const { bundles } = plan;
  if (!plan.scoped || bundles.every((b) => b.byDefault)) return { kind: "whole", bundles };
  if (state.year) {
    const year = Number(state.year);
    return { kind: "year", bundles: bundles.filter((b) => b.loose || (b.years && b.years[0] <= year && year <= b.years[1])) };
  }
  if (state.scope === "all") return { kind: "all", bundles };
  return { kind: "recent", bundles: bundles.filter((b) => b.byDefault) };
}

/**
 * One Pagefind instance per set of bundles, kept for the page's life: Pagefind loads a chunk per
 * word from every bundle it holds, so a search of the default years must not hold the older ones.
 * The main bundle comes first when it is one of them, so that every instance loads the same
 * WebAssembly file, which the browser then has.
 */
const modules = new Map();
const instances = new Map();
const pagefindFor = (bundle, bundles) => once(instances, bundles.map((b) => b.key).join(" "), () => openBundles(bundle, bundles));

/** `make()`'s promise for `key`, made once, and forgotten if it fails so that the next search tries again. */
function once(cache, key, make) {
  if (!cache.has(key)) {
    const made = make();
    cache.set(key, made);
    made.catch(() => cache.delete(key));
  }
  return cache.get(key);
}

async function openBundles(bundle, bundles) {
  const { createInstance } = await once(modules, bundle.href, () => import(new URL("pagefind.js", bundle).href));
  const [first, ...others] = [...bundles].sort((a, b) => Number(b.main) - Number(a.main));
  // Each merged bundle carries its own key as a filter, so a search can be asked of it alone.
  const tag = (b) => (bundles.length > 1 ? { mergeFilter: { bundle: b.key } } : {});
  // On the main thread: Pagefind's web worker would cost a second download of its code.
  const pagefind = createInstance({ basePath: first.path, noWorker: true, ...tag(first) });
  for (const other of others) await pagefind.mergeIndex(other.path, tag(other));
  await pagefind.init();
  return pagefind;
}

/**
 * Searches as `state` asks, in the scope it implies. Returns the scope, the number of results,
 * `next(n)`, which fetches the next n results' fragments in order, and how the words matched:
 * - `match`: "all" when pages have every word found (or there were no words, only filters),
 *   "any" when none has them all and the results have any of them, "none" when nothing is shown;
 * - `words`: the words searched for; `missing`: the words the index lacks, not searched for;
 * - `suggestions`: the query with those words replaced by the nearest the archive has.
 * `bundle` is the main bundle's address (`/pagefind/` under the site's root).
 */
export async function find(bundle, state) {
  const scope = scopeOf(await indexPlan(bundle), state);
  const pagefind = await pagefindFor(bundle, scope.bundles);
  const filters = filtersFor(state);
  const sort = SORTS[state.sort];
  const search = (terms) => ordered(pagefind, scope, terms, filters, sort);
  if (!state.q) return { scope, match: "all", words: [], missing: [], suggestions: [], ...(await search([null])) };
  const words = queryWords(state.q);
  const missing = [];
  for (const word of words) if (!(await inIndex(pagefind, word))) missing.push(word);
  const present = words.filter((word) => !missing.includes(word));
  const suggestions = missing.length > 0 ? await suggestionsFor(scope, state.q, missing) : [];
  const about = { scope, words: present, missing, suggestions };
  if (present.length === 0) return { ...about, match: "none", total: 0, next: async () => [] };
  const together = await search([missing.length === 0 ? searchTerms(state.q) : present.join(" ")]);
  if (together.total > 0 || present.length === 1 || (missing.length === 0 && isPhrase(state.q))) return { ...about, match: together.total > 0 ? "all" : "none", ...together };
  const any = await search(present);
  return { ...about, match: any.total > 0 ? "any" : "none", ...any };
}

/**
 * Whether the index has the word itself, not only words that begin with it or that it begins: a
 * quoted search matches the word exactly, and needs no index chunk the query has not loaded.
 */
async function inIndex(pagefind, word) {
  return (await pagefind.search(`"${word.replace(/["“”]/g, "")}"`)).results.length > 0;
}

/**
 * "Did you mean": the query with its missing words replaced by the nearest words of the archive,
 * from the word lists of the bundles searched. The code and the lists load only now, when a word
 * is missing; none if they cannot be had: a suggestion is a help, not the search.
 */
async function suggestionsFor(scope, q, missing) {
  try {
    const { suggest } = await import("./search-words.js");
    return await suggest(scope.bundles.map((b) => new URL(b.path, location.href)), q, missing);
  } catch (error) {
    console.error(error);
    return [];
  }
}

/**
 * The results for `terms`, in the order asked for: for one term, its results; for several, those
 * of any of them. Best match first puts pages about papers the archive does not hold below the
 * others. Pagefind sorts each bundle on its own and merges them by score, which in a sorted search
 * is a result's place in its own bundle: the bundles would interleave. So in a search by date of
 * several bundles, each is searched alone, by the filter naming it, and the lists merged by date.
 */
async function ordered(pagefind, scope, terms, filters, sort) {
  if (sort && scope.bundles.length > 1) {
    const lists = [];
    for (const b of scope.bundles) {
      const inBundle = { ...filters, bundle: b.key };
      const perTerm = [];
      for (const term of terms) perTerm.push((await pagefind.search(term, { filters: inBundle, sort })).results);
      lists.push(anyOf(perTerm, true));
    }
    return byDate(lists, sort.date === "desc");
  }
  const perTerm = [];
  const stubs = new Set();
  for (const term of terms) {
    perTerm.push((await pagefind.search(term, { filters, sort })).results);
    // The stubs among them: a filter only stubs carry, one small file, loaded once.
    if (!sort) for (const result of (await pagefind.search(term, { filters: { ...filters, held: "no" } })).results) stubs.add(result.id);
  }
  const results = anyOf(perTerm, Boolean(sort));
  return inOrder(sort ? results : heldFirst(results, stubs));
}

/** Results with those about papers the archive does not hold (`stubs`, by id) moved last, each part in its order. */
export function heldFirst(results, stubs) {
  return [...results.filter((r) => !stubs.has(r.id)), ...results.filter((r) => stubs.has(r.id))];
}

/**
 * The results of several searches of the same bundles as one list, each page once. By best
 * match, pages with more of the words come first, then by their scores added up; by date
 * (`byPosition`), a page's score is its place in its bundle's order, the same in every search.
 */
export function anyOf(lists, byPosition = false) {
  if (lists.length === 1) return lists[0] ?? [];
  const merged = new Map();
  for (const results of lists) {
    for (const result of results) {
      const seen = merged.get(result.id);
      if (seen) {
        seen.words++;
        seen.score += result.score;
      } else {
        merged.set(result.id, { result, words: 1, score: result.score });
      }
    }
  }
  const order = byPosition ? (a, b) => b.result.score - a.result.score : (a, b) => b.words - a.words || b.score - a.score;
  return [...merged.values()].sort(order).map((m) => m.result);
}

function inOrder(results) {
  let taken = 0;
  return {
    total: results.length,
    next(n) {
      const batch = results.slice(taken, taken + n);
      taken += batch.length;
      return Promise.all(batch.map((result) => result.data()));
    },
  };
}

/**
 * Lists already sorted by date, one per bundle, merged into one: only the head of each list is
 * fetched ahead of what is shown. Pagefind leaves a page with no date out of a sorted search,
 * unless no page of its bundle has a date (a bundle of people and topics): then it does not sort
 * that bundle at all, and none of its results belongs in a list by date.
 */
async function byDate(lists, newestFirst) {
  const queues = [];
  const heads = await Promise.all(lists.map((results) => results[0]?.data()));
  for (const [i, results] of lists.entries()) if (heads[i] && dateOf(heads[i]) !== undefined) queues.push({ results, at: 0, head: heads[i] });
  const before = (a, b) => (newestFirst ? dateOf(a.head) > dateOf(b.head) : dateOf(a.head) < dateOf(b.head));
  const take = async (n) => {
    const batch = [];
    while (batch.length < n && queues.length > 0) {
      const queue = queues.reduce((best, q) => (before(q, best) ? q : best));
      batch.push(queue.head);
      queue.at++;
      if (queue.at < queue.results.length) queue.head = await queue.results[queue.at].data();
      else queues.splice(queues.indexOf(queue), 1);
    }
    return batch;
  };
  // One batch at a time: a second "Show more results" must not take the same heads.
  let taking = Promise.resolve();
  return {
    total: queues.reduce((n, queue) => n + queue.results.length, 0),
    next(n) {
      const batch = taking.then(() => take(n));
      taking = batch.catch(() => {});
      return batch;
    },
  };
}

/**
 * A result's date as a number (20241010), from the date it shows ("Thursday 10 October 2024"):
 * a fragment carries its page's metadata, not its sort key.
 */
function dateOf(data) {
  const [, day, month, year] = /(\d{1,2}) ([A-Za-z]+) (\d{4})/.exec(data.meta?.date ?? "") ?? [];
  const m = MONTHS.indexOf((month ?? "").toLowerCase());
  return m < 0 ? undefined : Number(year) * 10000 + (m + 1) * 100 + Number(day);
}

async function run(state) {
  const run = ++shown.run;
  list.replaceChildren();
  moreResults.hidden = true;
  showSuggestions(state, []);
  document.title = state.q ? `${state.q}: ${pageTitle}` : pageTitle;
  if (!state.q && !hasFilters(state)) {
    statusLine.textContent = "";
    scopeControl.hidden = true;
    return;
  }
  list.setAttribute("aria-busy", "true");
  statusLine.textContent = "Searching…";
  try {
    const found = await find(new URL(onSite(form.dataset.pagefindBundle), location.href), state);
    if (run !== shown.run) return;
    Object.assign(shown, { state, found, count: 0 });
    await showMore(run);
    if (run !== shown.run) return;
    showSuggestions(state, found.suggestions);
    showScopeControl(state, found.scope);
  } catch (error) {
    if (run !== shown.run) return;
    statusLine.textContent = "Search is not working at the moment.";
    fallback.hidden = false;
    scopeControl.hidden = true;
    console.error(error);
  } finally {
    if (run === shown.run) list.removeAttribute("aria-busy");
  }
}

async function showMore(run) {
  const batch = await shown.found.next(BATCH);
  if (run !== shown.run) return;
  for (const data of batch) list.append(resultItem(data));
  shown.count += batch.length;
  moreResults.hidden = shown.count >= shown.found.total;
  statusLine.textContent = summary(shown.state, shown.found, shown.count, describeFilters(shown.state));
}

/**
 * What the status line says, and screen readers announce, once results are on show: how many,
 * for which words, and plainly when some words were found nowhere or not together. `filters` is
 * the filters' description (", filtered by Minutes").
 */
export function summary(state, found, count, filters = "") {
  const { scope, total } = found;
  const searched = scope.kind === "recent" || scope.kind === "all" ? ` Searched ${scope.kind === "all" ? "all years: " : ""}${covered(scope.bundles)}.` : "";
  const instead = [filters ? "fewer filters" : "", scope.kind === "recent" ? "all years" : ""].filter(Boolean).join(" or ");
  if (total === 0) return `No results${state.q ? ` for “${state.q}”` : ""}${filters}.${searched} Check the spelling, try other words${instead ? ` or ${instead}` : ""}.`;
  const missing = found.missing ?? [];
  const lacking = missing.length > 0 ? `No page has the word${missing.length === 1 ? "" : "s"} ${listed(missing, "or")}. ` : "";
  const order = state.sort === "newest" ? ", newest first" : state.sort === "oldest" ? ", oldest first" : "";
  const range = count < total ? ` Showing 1 to ${count}.` : "";
  const results = `${total} result${total === 1 ? "" : "s"}`;
  if (found.match === "any") return `${lacking}No page has all of ${listed(found.words, "and")}${filters}; showing pages with any of them. ${results}${order}.${searched}${range}`;
  const words = missing.length > 0 ? ` for “${found.words.join(" ")}”` : state.q ? ` for “${state.q}”` : "";
  return `${lacking}${results}${words}${filters}${order}.${searched}${range}`;
}

/** “a”, “b” and “c” (or “c”). */
function listed(words, conjunction) {
  const quoted = words.map((word) => `“${word}”`);
  return quoted.length < 2 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted[quoted.length - 1]}`;
}

/**
 * "Did you mean …?": each suggested query a link to its own search, so it can be opened in a new
 * tab or shared, followed here without reloading the page. Nothing when there is none.
 */
function showSuggestions(state, suggestions) {
  suggestionLine.replaceChildren();
  if (suggestions.length === 0) return;
  const line = element("p", "govuk-body", "Did you mean ");
  for (const [i, suggestion] of suggestions.entries()) {
    if (i > 0) line.append(i === suggestions.length - 1 ? " or " : ", ");
    const link = element("a", "govuk-link", suggestion);
    link.href = `${location.pathname}${queryFor({ ...state, q: suggestion })}`;
    line.append(link);
  }
  line.append("?");
  suggestionLine.append(line);
}

/** What a set of bundles covers: "meetings from 2024 to 2025, and people, bodies and topics". */
function covered(bundles) {
  const [first, last] = spanOf(bundles);
  const meetings = first === undefined ? "" : first === last ? `meetings in ${first}` : `meetings from ${first} to ${last}`;
  const loose = bundles.some((b) => b.loose) ? "people, bodies and topics" : "";
  return [meetings, loose].filter(Boolean).join(", and ");
}

/** The first and last year of the meetings in a set of bundles; none for bundles of no meeting. */
function spanOf(bundles) {
  const years = bundles.flatMap((b) => b.years ?? []);
  return years.length ? [Math.min(...years), Math.max(...years)] : [];
}

/**
 * The link that widens a search of the default years to all years, or narrows it back: a link to
 * the search's own address, so it can be opened in a new tab or shared; followed here without
 * reloading the page. A year filter or a single bundle leaves nothing to choose.
 */
function showScopeControl(state, scope) {
  const link = scopeControl.querySelector("a");
  scopeControl.hidden = scope.kind !== "recent" && scope.kind !== "all";
  if (scope.kind === "recent") {
    link.textContent = "Search all years";
    link.href = `${location.pathname}${queryFor({ ...state, scope: "all" })}`;
  } else if (scope.kind === "all") {
    const [first, last] = spanOf(scope.bundles.filter((b) => b.byDefault));
    link.textContent = `Search recent years only: ${first === last ? first : `${first} to ${last}`}`;
    link.href = `${location.pathname}${queryFor({ ...state, scope: "" })}`;
  }
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
 * Where a result should land. A long page is indexed section by section (src/build/search-sections.ts):
 * each record carries its first section's address and heading as `url` and `section` metadata,
 * and the short sections it took in after that one keep their anchors. Pagefind's sub-results say
 * which anchored heading of a record matched best; a record's own address is a file of the index,
 * not the page, so a section's address is the page's (from `url`) with the sub-result's anchor.
 */
export function landing(data) {
  const score = (sub) => sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);
  const subs = data.sub_results ?? [];
  const best = subs.reduce((top, sub) => (top && score(top) >= score(sub) ? top : sub), undefined);
  const page = data.meta.url?.split("#")[0];
  const at = (sub) => (page === undefined ? sub.url : onSite(`${page}#${sub.anchor.id}`));
  const others = subs.filter((sub) => sub.anchor && sub !== best).slice(0, 3).map((sub) => ({ title: sub.title, url: at(sub) }));
  if (best?.anchor) return { url: at(best), title: best.title, excerpt: best.excerpt, others };
  if (data.meta.url) return { url: onSite(data.meta.url), title: data.meta.section, excerpt: best?.excerpt ?? data.excerpt, others };
  return { url: data.url, excerpt: best?.excerpt ?? data.excerpt, others };
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
  scopeControl = document.querySelector("[data-search-scope]");
  suggestionLine = document.querySelector("[data-search-suggestions]");
  pageTitle = document.title;
  fallback.hidden = true;
  const go = (state) => {
    const address = `${location.pathname}${queryFor(state)}`;
    if (address !== `${location.pathname}${location.search}`) history.pushState(null, "", address);
    fillForm(state);
    run(state);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go(stateFromQuery(new URLSearchParams(new FormData(form))));
  });
  // The scope link and the suggestions are searches of this page: followed without reloading it.
  const follow = (event) => {
    const link = event.target.closest("a");
    // A click meant to open a new tab or window is the browser's.
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(stateFromQuery(new URL(link.href).search));
  };
  scopeControl.addEventListener("click", follow);
  suggestionLine.addEventListener("click", follow);
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
