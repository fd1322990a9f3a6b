/**
 * The parts of Eleventy's configuration API this project uses. Eleventy 3.1 ships no TypeScript
 * declarations for its config object, so each plugin states what it relies on, structurally.
 */
export interface EleventyConfig {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addGlobalData(name: string, data: unknown): void;
  addPlugin(plugin: (config: EleventyConfig) => void): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  on(eventName: string, callback: (...args: never[]) => unknown): void;
}
