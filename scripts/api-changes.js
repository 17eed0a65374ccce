#!/usr/bin/env node
// Compares schema/api.graphql with its version at a git revision (default HEAD): prints graphql-js's
// breaking and dangerous changes and exits 1 when there is a breaking one. The checked-in API is the
// contract internal apps build against: additions only.
//   node scripts/api-changes.js [rev]
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { buildSchema, findBreakingChanges, findDangerousChanges } = require("graphql");

const rev = process.argv[2] ?? "HEAD";
const root = path.join(__dirname, "..");
const before = buildSchema(execFileSync("git", ["show", `${rev}:schema/api.graphql`], { cwd: root, encoding: "utf8" }));
const after = buildSchema(fs.readFileSync(path.join(root, "schema", "api.graphql"), "utf8"));
const breaking = findBreakingChanges(before, after);
const dangerous = findDangerousChanges(before, after);
for (const c of breaking) console.log(`BREAKING ${c.type}: ${c.description}`);
for (const c of dangerous) console.log(`dangerous ${c.type}: ${c.description}`);
console.log(`${breaking.length} breaking, ${dangerous.length} dangerous change(s) against ${rev}`);
process.exit(breaking.length > 0 ? 1 : 0);
