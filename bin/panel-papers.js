#!/usr/bin/env node
// The `panel-papers` command. The generator is TypeScript, run as written: tsx (a dependency) is
// registered in this process before anything else is imported, so the commands, and Eleventy's own
// import of eleventy.config.ts, load through it, on Node 20 and 24, from node_modules or not.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/panel-papers.ts");
