/**
 * Compiles each Nunjucks page template once per Eleventy run, not once per page.
 *
 * Eleventy 3.1 opts Nunjucks out of its own template cache and builds a new Nunjucks `Template`
 * for every page a paginated template writes; each compiles the same source again (measured with
 * bench/: a third of render time for 2,000 papers). Nunjucks lets a `Template` be given compiled
 * properties (`tmplProps`: the root render function and one per block, what its precompiled loader
 * hands over), so the first `Template` of a source compiles it as Nunjucks always does, and every
 * later `Template` of the same environment, path and source is given what that compile made. A
 * changed template has different source, so it compiles afresh (the dev server).
 *
 * The only way in is Nunjucks' `Template.prototype._compile`: Eleventy constructs each `Template`
 * itself, so nothing per environment could intercept it.
 */
import { createRequire } from "node:module";
import type { EleventyConfig } from "./config-types.ts";

/** What Nunjucks compiles a template's source to: `root`, and `b_<name>` for each block. */
type CompiledTemplate = Record<string, unknown>;

/** The parts of Nunjucks' `Template` this reads and sets (nunjucks ships no types). */
interface NunjucksTemplate {
  tmplProps?: CompiledTemplate;
  tmplStr?: unknown;
  path?: string;
  env: object;
  /** Set by `_compile`: the compiled root render function and the blocks, by name without `b_`. */
  rootRenderFunc: unknown;
  blocks: Record<string, unknown>;
  _compile(): void;
}

/** `_compile`, marked once it is this module's. */
type Compile = ((this: NunjucksTemplate) => void) & { cachesCompiledTemplates?: true };

interface NunjucksModule {
  Template: { prototype: { _compile: Compile } };
}

/**
 * Compiled templates by Nunjucks environment, then by path and source. Eleventy makes a new
 * environment for every run, so an entry lives as long as the run that compiled it: the WeakMap
 * lets the entries go with their environment, whether the process makes one more run (render in
 * parts, the dev server's previews) or none.
 */
const compiledByEnvironment = new WeakMap<object, Map<string, CompiledTemplate>>();

/** The Nunjucks Eleventy itself loads (resolved from Eleventy's package, so it is the same copy). */
function eleventyNunjucks(): NunjucksModule {
  const fromEleventy = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"));
  return fromEleventy("nunjucks") as NunjucksModule;
}

/**
 * Installs the cache, once per process. Whether it is installed is marked on Nunjucks' own
 * `_compile` (Node loads Nunjucks once per process), not kept in this module, which a test runner
 * may load a second time beside Eleventy's import of the config: a second install would wrap the
 * first.
 */
export function cacheCompiledTemplates(): void {
  const proto = eleventyNunjucks().Template.prototype;
  const nunjucksCompile = proto._compile;
  if (nunjucksCompile.cachesCompiledTemplates) return;
  const compileOnce: Compile = function (this: NunjucksTemplate) {
    // A precompiled template, or one with no source text: nothing to look up.
    if (this.tmplProps || typeof this.tmplStr !== "string") return nunjucksCompile.call(this);
    let compiled = compiledByEnvironment.get(this.env);
    if (!compiled) {
      compiled = new Map();
      compiledByEnvironment.set(this.env, compiled);
    }
    const key = `${this.path ?? ""}\0${this.tmplStr}`;
    const known = compiled.get(key);
    if (known) this.tmplProps = known;
    nunjucksCompile.call(this);
    if (!known) compiled.set(key, compiledProperties(this));
  };
  compileOnce.cachesCompiledTemplates = true;
  proto._compile = compileOnce;
}

/** The compiled properties a compiled `Template` was made from, as Nunjucks names them. */
function compiledProperties(template: NunjucksTemplate): CompiledTemplate {
  const props: CompiledTemplate = { root: template.rootRenderFunc };
  for (const [name, block] of Object.entries(template.blocks)) props[`b_${name}`] = block;
  return props;
}

export function templateCachePlugin(_eleventyConfig: EleventyConfig): void {
  cacheCompiledTemplates();
}
