#!/usr/bin/env node
// Rebuilds dist/ with tsc only when a source file is newer than the last build, so `npm start` and
// `npm test` always run current code without paying for a build when nothing changed.
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

// the registries the declarations imply come first: a new declaration changes them, and they are sources
require("./registry.js");
// and the list of migrations their files imply
require("./migration-list.js");

const root = path.resolve(__dirname, "..");
const stamp = path.join(root, "dist", ".tsbuildinfo");

function newest(dir, pattern = /\.ts$/) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(p, pattern));
    else if (pattern.test(entry.name)) latest = Math.max(latest, fs.statSync(p).mtimeMs);
  }
  return latest;
}

const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
const sources = Math.max(
  ...["src", "migrations", "bench"].filter((d) => fs.existsSync(path.join(root, d))).map((d) => newest(path.join(root, d))),
  ...["tsconfig.json", "tsconfig.build.json", "package-lock.json"].map((f) => fs.statSync(path.join(root, f)).mtimeMs),
);
if (sources > built) {
  process.stderr.write("building (sources changed since the last build)...\n");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit", cwd: root });
  fs.utimesSync(stamp, new Date(), new Date());
}

// The web console (console/, built by Vite into dist/console/): rebuilt when any of its sources, its
// configuration or the dependencies changed since its index.html was written. src/shared is a source too
// (the department names).
const consoleIndex = path.join(root, "dist", "console", "index.html");
const consoleBuilt = fs.existsSync(consoleIndex) ? fs.statSync(consoleIndex).mtimeMs : 0;
const consoleSources = Math.max(
  newest(path.join(root, "console"), /\.(tsx?|mts|css|html|json)$/),
  newest(path.join(root, "src", "shared")),
  fs.statSync(path.join(root, "package-lock.json")).mtimeMs,
);
if (consoleSources > consoleBuilt) {
  process.stderr.write("building the console (its sources changed since the last build)...\n");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "console")], { stdio: "inherit", cwd: root });
  execFileSync(process.execPath, [path.join(path.dirname(require.resolve("vite/package.json")), "bin", "vite.js"), "build", "--config", path.join(root, "console", "vite.config.mts"), "--logLevel", "warn"], { stdio: "inherit", cwd: root });
}
