/**
 * The Nu HTML Checker (vnu.jar from the vnu-jar package, run on the machine's Java) over every
 * page of the shipped archive: no errors. And over one page of each kind as Chromium holds it at
 * 320 and at 1280 pixels wide, once its script has run (the navigation's menu button sets
 * attributes that differ with the width). Where Java is missing the tests are skipped with a
 * notice, unless REQUIRE_BROWSER=1 (as in CI, which installs default-jre-headless), where they fail.
 *
 * The jar is run with `java -jar` rather than through the package's own launcher, which would
 * download a Java runtime when it finds none.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { describeWithBrowser } from "../support/browser.ts";
import { sharedSite } from "../support/shared-site.ts";
import { PAGE_KINDS } from "./support/page-kinds.ts";
import { NARROW, WIDE } from "./support/reflow.ts";
import { openSite } from "./support/served-site.ts";

const run = promisify(execFile);

const javaAvailable = (): boolean => spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0;
const javaRequired = (): boolean => process.env.REQUIRE_BROWSER === "1";
const JAVA_REQUIRED = "Java is not installed and REQUIRE_BROWSER=1: install it with `apt-get install -y default-jre-headless` (as root).";
const MISSING_JAVA = "Java is not installed, so the Nu HTML Checker was skipped. Install it with `apt-get install -y default-jre-headless` (as root), or set REQUIRE_BROWSER=1 to make its absence a failure.";

function vnuJar(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("vnu-jar/package.json")), "build", "dist", "vnu.jar");
}

/** One message of vnu's JSON output. */
interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** vnu's errors on every HTML file under `dir`, as "page:line message" lines. */
async function htmlErrors(dir: string): Promise<string[]> {
  const args = ["-jar", vnuJar(), "--errors-only", "--format", "json", "--skip-non-html", dir];
  // vnu exits 1 when it finds errors, and writes its report to stderr either way.
  const { stderr } = await run("java", args, { maxBuffer: 64 * 1024 * 1024 }).catch((error: { stderr?: string; code?: number }) => {
    if (typeof error.stderr === "string" && error.stderr.trim().startsWith("{")) return { stderr: error.stderr };
    throw error;
  });
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type === "error" || m.subType === "fatal" || m.type === "non-document-error")
    .map((m) => `${m.url ? relative(dir, new URL(m.url).pathname) : "?"}:${m.lastLine ?? "?"} ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, " ").trim()}]` : ""}`);
}

const suite = javaAvailable() || javaRequired() ? describe : describe.skip;
if (!javaAvailable() && !javaRequired()) console.warn(MISSING_JAVA);

suite("HTML validity (Nu HTML Checker)", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await sharedSite();
  });

  it("reports the page, line and message of an error", async () => {
    if (!javaAvailable()) throw new Error(JAVA_REQUIRED);
    const broken = await mkdtemp(join(tmpdir(), "papers-vnu-"));
    try {
      await writeFile(join(broken, "page.html"), '<!DOCTYPE html>\n<html lang="en"><head><title>x</title></head>\n<body><main><h1>x</h1><div role="nonsense">y</div></main></body></html>\n');
      const errors = await htmlErrors(broken);
      expect(errors).toEqual([expect.stringMatching(/^page\.html:3 .*role/)]);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });

  it("finds no errors on any page", async () => {
    if (!javaAvailable()) throw new Error(JAVA_REQUIRED);
    const started = performance.now();
    const errors = await htmlErrors(dir);
    console.info(`vnu: checked the built site in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(errors, errors.join("\n")).toEqual([]);
  });
});

describeWithBrowser("HTML validity of the pages as Chromium holds them (Nu HTML Checker)", () => {
  it.skipIf(!javaAvailable() && !javaRequired())("finds no errors in any kind of page at 320 or 1280 pixels wide, once its script has run", async () => {
    if (!javaAvailable()) throw new Error(JAVA_REQUIRED);
    const site = await openSite();
    const dir = await mkdtemp(join(tmpdir(), "papers-vnu-live-"));
    try {
      const page = await site.browser.newPage();
      for (const viewport of [NARROW, WIDE]) {
        await page.setViewportSize(viewport);
        for (const kind of PAGE_KINDS) {
          // Module scripts run before the load event, which goto waits for; on a narrow screen the
          // navigation's component is fetched after it, and then shows its button.
          await page.goto(site.url(kind.url));
          await page.waitForFunction(() => !window.matchMedia("(max-width: 40.0525em)").matches || document.querySelector(".govuk-service-navigation__toggle:not([hidden])") !== null);
          const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
          await writeFile(join(dir, `${kind.name}-${viewport.width}.html`), html);
        }
      }
      // The script did run: at 320 pixels the menu button shows and the links are hidden.
      const meetings = await readFile(join(dir, `meetings-index-${NARROW.width}.html`), "utf8");
      expect(meetings).toMatch(/<ul class="govuk-service-navigation__list" id="navigation" hidden="">/);
      const errors = await htmlErrors(dir);
      expect(errors, errors.join("\n")).toEqual([]);
    } finally {
      await site.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
