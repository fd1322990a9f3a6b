/**
 * The parts of Eleventy's configuration API this project uses. Eleventy 3.1 ships no TypeScript
 * declarations for its config object, so each plugin states what it relies on, structurally.
 */
export interface EleventyConfig {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addGlobalData(name: string, data: unknown): void;
  /** Eleventy calls `plugin(config, options)` when it processes plugins, after every config callback has run. */
  addPlugin<Options>(plugin: (config: EleventyConfig, options: Options) => void, options: Options): void;
  addPlugin(plugin: (config: EleventyConfig) => void): void;
  /** Whether a plugin of this name (its function's name) has been added. */
  hasPlugin(name: string): boolean;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  on(eventName: string, callback: (...args: never[]) => unknown): void;
}
