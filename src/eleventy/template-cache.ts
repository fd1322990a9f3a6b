/**
 * Compiles each Nunjucks page template once, not once per page.
 *
 * Eleventy 3.1 opts Nunjucks out of its own template cache and builds a new Nunjucks `Template`
 * for every page a paginated template writes; each compiles the same source again (measured with
 * bench/: a third of render time for 2,000 papers). Nunjucks lets a `Template` be given
 * precompiled properties (`tmplProps`, what its precompiled loader uses), so the compiled code is
 * kept per environment, path and source text and handed to every later `Template` of the same
 * source. A changed template has different source, so it compiles afresh (the dev server).
 */
import { createRequire } from "node:module";
import type { EleventyConfig } from "./config-types.ts";

/** The parts of Nunjucks' `Template` this reads and sets (nunjucks ships no types). */
interface NunjucksTemplate {
  tmplProps?: Record<string, unknown>;
  tmplStr: string;
  path?: string;
  env: NunjucksEnvironment;
  _compile(): void;
}
interface NunjucksEnvironment {
  asyncFilters: unknown;
  extensionsList: unknown;
  opts: unknown;
}
interface NunjucksModule {
  Template: { prototype: NunjucksTemplate };
  compiler: { compile(src: string, asyncFilters: unknown, extensions: unknown, name: string | undefined, opts: unknown): string };
}

const compiledByEnvironment = new WeakMap<NunjucksEnvironment, Map<string, Record<string, unknown>>>();
let installed = false;

/** The Nunjucks Eleventy itself loads (resolved from Eleventy's package, so it is the same copy). */
function eleventyNunjucks(): NunjucksModule {
  const fromEleventy = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"));
  return fromEleventy("nunjucks") as NunjucksModule;
}

export function cacheCompiledTemplates(): void {
  if (installed) return;
  installed = true;
  const nunjucks = eleventyNunjucks();
  const proto = nunjucks.Template.prototype;
  const compile = proto._compile;
  proto._compile = function (this: NunjucksTemplate) {
    if (!this.tmplProps && typeof this.tmplStr === "string") {
      let compiled = compiledByEnvironment.get(this.env);
      if (!compiled) {
        compiled = new Map();
        compiledByEnvironment.set(this.env, compiled);
      }
      const key = `${this.path ?? ""}\0${this.tmplStr}`;
      let props = compiled.get(key);
      if (!props) {
        const source = nunjucks.compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts);
        props = new Function(source)() as Record<string, unknown>;
        compiled.set(key, props);
      }
      this.tmplProps = props;
    }
    compile.call(this);
  };
}

export function templateCachePlugin(_eleventyConfig: EleventyConfig): void {
  cacheCompiledTemplates();
}
