import fs from "node:fs";
import path from "node:path";

let root: string | undefined;

/** The checkout's root (where package.json is), whether running from src/ under vitest or from dist/. */
export function projectRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  root = dir;
  return dir;
}

export const supergraphFile = () => path.join(projectRoot(), "schema", "supergraph.graphql");
