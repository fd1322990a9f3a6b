/** A problem with one value of site.json, at its path of keys; site-settings.ts finds its line. */
export interface SettingProblem {
  /** The keys to the value, e.g. ["colours", "brand"]. */
  path: readonly (string | number)[];
  message: string;
}
