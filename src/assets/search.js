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
 *
 * A decision code, in any form the archive's codes are printed or typed in ("D.035.24",
 * "OPCC.D.035.24", "D035/24"), is searched as the one word Pagefind indexes it as, never as its
 * numbers: the decision's page comes first, then the pages that print the code, and a code no
 * decision of the archive has is said to be so. Filters with no words search nothing: Pagefind
 * lists what filters alone select only by loading every chunk of the index (394 KB for the
 * shipped archive, far over the first query's 150 KB), so the page says to type words, and with a
 * year chosen links to that year's meetings.
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
/** The forms of the archive's decision codes, from the form's `data-decision-codes` (start()). */
let codeForms;
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
 * Decision codes. Pagefind indexes each word of the text (what is between spaces) as its letters and
 * digits run together, so "OPCC D.035.24" is the words "opcc" and "d03524", and "D035/24" is
 * "d03524" too: one word for the code proper, however its numbers are punctuated. Only a printing
 * that joins the issuer to the code without a space ("OPCC.D.034.23") is a word of its own
 * ("opccd03423"). So a code is searched as that word, its key, and as the key after each prefix the
 * archive's printings join to it: exactly those words, never the numbers alone, which "0.35%" and
 * "2023/24" hold as well. Which queries are codes the search page is told by the forms of the
 * archive's own codes (its `data-decision-codes`: src/views/search-codes.ts); a decision's page carries
 * its key as the `decision` filter (src/views/search-tags.ts), so a search can say whether the
 * archive has that decision, and show its page first.
 */

/** What is between the parts of a printed code: the schema allows spaces, full stops, slashes and hyphens. */
const CODE_GAP = String.raw`[\s./-]`;
/** An archive with no decision codes: no query is one. */
export const NO_CODE_FORMS = Object.freeze({ issuers: [], joined: [], shapes: [] });

/**
 * A decision code as search takes it, printed or typed in any form ("OPCC D.035.24",
 * "OPCC.D.035.24", "D035/24"): its runs of letters and of digits, lower case, are the issuer (the
 * letters before the code proper: "opcc"), then the code proper, from the letters just before its
 * first number; its key is the code proper run together ("d03524"), its shape the code proper's
 * letters and the lengths of its numbers ("d 3 2"). Undefined for text with no number in it.
 */
export function decisionCode(text) {
  const parts = text.toLowerCase().match(/\p{L}+|\p{Nd}+/gu) ?? [];
  const isNumber = (part) => /^\p{Nd}/u.test(part);
  const first = parts.findIndex(isNumber);
  if (first < 0) return undefined;
  const start = first > 0 ? first - 1 : 0;
  const proper = parts.slice(start);
  return { issuer: parts.slice(0, start).join(""), key: proper.join(""), shape: proper.map((part) => (isNumber(part) ? String(part.length) : part)).join(" ") };
}

/** Text as a regular expression matching it literally. */
const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A code of one of the archive's shapes, typed in any form: its issuer (one the archive's codes
 * have) if any, then the code proper, its parts with or without gaps between them, but numbers
 * always apart ("D.035.24", "D035/24", "d 035 24"), and no letter or digit either side.
 */
function codePattern(forms) {
  if (forms.shapes.length === 0) return undefined;
  const proper = (shape) =>
    shape
      .split(" ")
      .map((part, i, parts) => {
        const number = /^\d+$/.test(part);
        const gap = i === 0 ? "" : number && /^\d+$/.test(parts[i - 1] ?? "") ? `${CODE_GAP}+` : `${CODE_GAP}*`;
        return `${gap}${number ? `\\d{${part}}` : literally(part)}`;
      })
      .join("");
  const issuer = forms.issuers.length > 0 ? `(?:(?:${forms.issuers.map(literally).join("|")})${CODE_GAP}+)?` : "";
  return new RegExp(`(?<![\\p{L}\\p{N}])${issuer}(?:${forms.shapes.map(proper).join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/**
 * The query as what is searched for: each word as typed, and each decision code (of the archive's
 * `forms`) as one part, with the words Pagefind may have indexed it as (`terms`: its key, and the
 * key after each prefix the archive's printings join to it). A "word" of punctuation alone, which
 * Pagefind ignores, is left out, and each word is kept once; a phrase is searched as typed.
 */
export function queryParts(q, forms = NO_CODE_FORMS) {
  const parts = [];
  const words = (text) => {
    for (const word of text.split(/\s+/)) {
      const bare = word.replace(/^["“”]+|["“”]+$/g, "");
      if (/[\p{L}\p{N}]/u.test(bare)) parts.push({ typed: bare, terms: [bare] });
    }
  };
  const pattern = isPhrase(q) ? undefined : codePattern(forms);
  let at = 0;
  for (const match of pattern ? q.matchAll(pattern) : []) {
    words(q.slice(at, match.index));
    const code = decisionCode(match[0]);
    if (code) parts.push({ typed: match[0].trim(), code: true, key: code.key, terms: [code.key, ...forms.joined.map((prefix) => `${prefix}${code.key}`)] });
    at = match.index + match[0].length;
  }
  words(q.slice(at));
  const seen = new Set();
  return parts.filter((part) => !seen.has(part.typed) && seen.add(part.typed));
}

/** The words of a query, as typed (a decision code of the archive's `forms` as one), each once. */
export function queryWords(q, forms = NO_CODE_FORMS) {
  return queryParts(q, forms).map((part) => part.typed);
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
 * - `match`: "all" when pages have every word found, "any" when none has them all and the
 *   results have any of them, "none" when nothing is shown (and when there are no words);
 * - `words`: the words searched for; `missing`: the words the index lacks, not searched for, and
 *   `missingCodes`, those of them that are decision codes;
 * - `suggestions`: the query with those words replaced by the nearest the archive has;
 * - `code`, for a query that is a decision code: the code as typed, and whether the archive has
 *   that decision.
 * `bundle` is the main bundle's address (`/pagefind/` under the site's root); `forms`, the forms of
 * the archive's decision codes (src/views/search-codes.ts).
 */
export async function find(bundle, state, forms = NO_CODE_FORMS) {
  const scope = scopeOf(await indexPlan(bundle), state);
  // No words: nothing is searched. Pagefind lists what filters alone select only by loading every
  // chunk of the index (hundreds of kilobytes, megabytes at 10,000 papers), not one per word.
  if (!state.q) return { scope, match: "none", words: [], missing: [], missingCodes: [], suggestions: [], total: 0, next: async () => [] };
  const pagefind = await pagefindFor(bundle, scope.bundles);
  const filters = filtersFor(state);
  const sort = SORTS[state.sort];
  const search = (groups, first) => ordered(pagefind, scope, groups, filters, sort, first);
  const nothingMissing = { missing: [], missingCodes: [], suggestions: [] };
  const parts = queryParts(state.q, forms);
  const [only] = parts;
  if (parts.length === 1 && only?.code) {
    // A decision code: its decision's page first (by the filter only that page carries, whatever
    // else is asked), then the pages that print the code; never pages with its numbers alone.
    const exact = only.terms.map((term) => `"${term}"`);
    const decision = new Set();
    for (const term of exact) for (const result of (await pagefind.search(term, { filters: { decision: only.key } })).results) decision.add(result.id);
    const found = await search([exact], decision);
    return { scope, match: found.total > 0 ? "all" : "none", words: [only.typed], ...nothingMissing, code: { typed: only.typed, inArchive: decision.size > 0 }, ...found };
  }
  const present = [];
  const missing = [];
  for (const part of parts) {
    const terms = [];
    for (const term of part.terms) if (await inIndex(pagefind, term)) terms.push(term);
    if (terms.length > 0) present.push({ ...part, terms });
    else missing.push(part);
  }
  const missingWords = missing.filter((part) => !part.code).map((part) => part.typed);
  const suggestions = missingWords.length > 0 ? await suggestionsFor(scope, state.q, missingWords) : [];
  const about = { scope, words: present.map((part) => part.typed), missing: missing.map((part) => part.typed), missingCodes: missing.filter((part) => part.code).map((part) => part.typed), suggestions };
  if (present.length === 0) return { ...about, match: "none", total: 0, next: async () => [] };
  // Every word together: as typed when nothing was left out (a phrase stays one); a code as any of its words.
  const asTyped = missing.length === 0 && present.every((part) => !part.code);
  const together = await search([asTyped ? [state.q.replace(/\s+/g, " ").trim()] : combinations(present)]);
  if (together.total > 0 || present.length === 1 || (missing.length === 0 && isPhrase(state.q))) return { ...about, match: together.total > 0 ? "all" : "none", ...together };
  const any = await search(present.map((part) => part.terms));
  return { ...about, match: any.total > 0 ? "any" : "none", ...any };
}

/** Each way of choosing one term of every part, as one search's words: a code in each form it is indexed as. */
function combinations(parts) {
  return parts.reduce((terms, part) => terms.flatMap((words) => part.terms.map((term) => (words ? `${words} ${term}` : term))), [""]);
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
 * The results for `groups` of terms, in the order asked for: a page is a result of a group when
 * it is one of any of the group's terms (the words a decision code may be indexed as); for one
 * group, its results; for several, those of any of them. Best match first puts `first` (results by
 * id: a decision's page) before all others, and pages about papers the archive does not hold below
 * the rest. Pagefind sorts each bundle on its own and merges them by score, which in a sorted search
 * is a result's place in its own bundle: the bundles would interleave. So in a search by date of
 * several bundles, each is searched alone, by the filter naming it, and the lists merged by date.
 */
async function ordered(pagefind, scope, groups, filters, sort, first = new Set()) {
  if (sort && scope.bundles.length > 1) {
    const lists = [];
    for (const b of scope.bundles) {
      const inBundle = { ...filters, bundle: b.key };
      const perGroup = [];
      for (const terms of groups) {
        const perTerm = [];
        for (const term of terms) perTerm.push((await pagefind.search(term, { filters: inBundle, sort })).results);
        perGroup.push(anyOf(perTerm, true));
      }
      lists.push(anyOf(perGroup, true));
    }
    return byDate(lists, sort.date === "desc");
  }
  const perGroup = [];
  const stubs = new Set();
  for (const terms of groups) {
    const perTerm = [];
    for (const term of terms) {
      perTerm.push((await pagefind.search(term, { filters, sort })).results);
      // The stubs among them: a filter only stubs carry, one small file, loaded once.
      if (!sort) for (const result of (await pagefind.search(term, { filters: { ...filters, held: "no" } })).results) stubs.add(result.id);
    }
    perGroup.push(anyOf(perTerm, Boolean(sort)));
  }
  const results = anyOf(perGroup, Boolean(sort));
  return inOrder(sort ? results : inFront(heldFirst(results, stubs), first));
}

/** Results with those in `first` (by id) moved to the front, each part in its order. */
export function inFront(results, first) {
  return first.size === 0 ? results : [...results.filter((r) => first.has(r.id)), ...results.filter((r) => !first.has(r.id))];
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

/** Shows what `state` finds; `asked` when the reader sent the form, so that an empty box is answered, not ignored. */
async function run(state, asked = false) {
  const run = ++shown.run;
  list.replaceChildren();
  moreResults.hidden = true;
  showSuggestions(state, []);
  document.title = state.q ? `${state.q}: ${pageTitle}` : pageTitle;
  if (!state.q) {
    // Filters narrow a search of words; a year's meetings can be browsed instead.
    statusLine.textContent = hasFilters(state) || asked ? typeWords(describeFilters(state)) : "";
    scopeControl.hidden = true;
    showBrowse(state);
    return;
  }
  list.setAttribute("aria-busy", "true");
  statusLine.textContent = "Searching…";
  try {
    const found = await find(new URL(onSite(form.dataset.pagefindBundle), location.href), state, codeForms);
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
 * for which words, and plainly when some words were found nowhere or not together, or no decision
 * has the code searched for. `filters` is the filters' description (", filtered by Minutes").
 */
export function summary(state, found, count, filters = "") {
  const { scope, total } = found;
  const searched = scope.kind === "recent" || scope.kind === "all" ? ` Searched ${scope.kind === "all" ? "all years: " : ""}${covered(scope.bundles)}.` : "";
  const instead = [filters ? "fewer filters" : "", scope.kind === "recent" ? "all years" : ""].filter(Boolean).join(" or ");
  const order = state.sort === "newest" ? ", newest first" : state.sort === "oldest" ? ", oldest first" : "";
  const missingCodes = found.code && !found.code.inArchive ? [found.code.typed] : (found.missingCodes ?? []);
  const missingWords = (found.missing ?? []).filter((word) => !missingCodes.includes(word));
  const noDecision = missingCodes.length > 0 ? `No decision with the code${missingCodes.length === 1 ? "" : "s"} ${listed(missingCodes, "or")} is in the archive. ` : "";
  const noWord = missingWords.length > 0 ? `No page has the word${missingWords.length === 1 ? "" : "s"} ${listed(missingWords, "or")}. ` : "";
  if (total === 0) {
    if (!state.q) return typeWords(filters);
    // Only decision codes the archive has no decision with: that is the answer, not their parts.
    if (noDecision && !noWord && found.words.filter((word) => !missingCodes.includes(word)).length === 0) return `${noDecision}${searched}`.trim();
    // A decision the archive has, left out by the filters (or by a sort by date, when it has no date).
    if (found.code) return `No results for “${state.q}”${filters}${order}.${searched}${instead ? ` Try ${instead}.` : ""}`;
    return `No results${state.q ? ` for “${state.q}”` : ""}${filters}.${searched} Check the spelling, try other words${instead ? ` or ${instead}` : ""}.`;
  }
  const lacking = `${noDecision}${noWord}`;
  const range = count < total ? ` Showing 1 to ${count}.` : "";
  const results = `${total} result${total === 1 ? "" : "s"}`;
  if (found.match === "any") return `${lacking}No page has all of ${listed(found.words, "and")}${filters}; showing pages with any of them. ${results}${order}.${searched}${range}`;
  const words = (found.missing ?? []).length > 0 ? ` for “${found.words.join(" ")}”` : state.q ? ` for “${state.q}”` : "";
  return `${lacking}${results}${words}${filters}${order}.${searched}${range}`;
}

/**
 * What the status line says to filters with no words: to type some. Nothing was searched, so there
 * is no spelling to check (filters alone would cost the whole index: find()).
 */
export function typeWords(filters) {
  return `Type words to search for${filters}.`;
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

/** With a year chosen and no words, a link to that year's meetings, which lists them all at no cost. */
function showBrowse(state) {
  const year = state.year ? form.querySelector(`#search-year option[value="${CSS.escape(state.year)}"]`) : null;
  if (!year?.dataset.url) return;
  const link = element("a", "govuk-link", `the meetings of ${year.textContent.trim()}`);
  link.href = onSite(year.dataset.url);
  suggestionLine.append(element("p", "govuk-body", "Or browse "));
  suggestionLine.lastChild.append(link, ".");
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

/** The forms of decision codes the page gives, or none if it gives none it can read: codes are then searched as words. */
export function codeFormsOf(attribute) {
  try {
    const forms = JSON.parse(attribute ?? "null");
    const strings = (list) => (Array.isArray(list) ? list.filter((item) => typeof item === "string" && item !== "") : []);
    return forms ? { issuers: strings(forms.issuers), joined: strings(forms.joined), shapes: strings(forms.shapes) } : NO_CODE_FORMS;
  } catch {
    return NO_CODE_FORMS;
  }
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
  codeForms = codeFormsOf(form.dataset.decisionCodes);
  fallback.hidden = true;
  const go = (state, asked = false) => {
    const address = `${location.pathname}${queryFor(state)}`;
    if (address !== `${location.pathname}${location.search}`) history.pushState(null, "", address);
    fillForm(state);
    run(state, asked);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go(stateFromQuery(new URLSearchParams(new FormData(form))), true);
  });
  // The scope link and the suggestions are searches of this page: followed without reloading it.
  const follow = (event) => {
    const link = event.target.closest("a");
    // A click meant to open a new tab or window is the browser's, and so is a link to another page (a year's meetings).
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || new URL(link.href).pathname !== location.pathname) return;
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
