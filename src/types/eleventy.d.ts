/**
 * Eleventy 3.1 ships no TypeScript declarations. This states the part of its programmatic API the
 * build uses, so the build is type-checked against what it relies on.
 */
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    /** Runs before the config file: plugins it adds are processed first, with the options given. */
    config?: (eleventyConfig: import("../eleventy/config-types.ts").EleventyConfig) => unknown;
    runMode?: "build" | "watch" | "serve";
  }
  /**
   * Puts every address in the HTML Eleventy writes under its `pathPrefix` (`href`, `src`, `srcset`,
   * `action` and the like); with the prefix "/" it does nothing.
   */
  export function HtmlBasePlugin(eleventyConfig: import("../eleventy/config-types.ts").EleventyConfig): void;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<unknown>;
  }
}
