// graphql-codegen plugin: the trusted-documents manifest, sha256 of a document → the document, for every
// operation the typed client can send: the saved operations (schema/operations) and the contribution
// mutations of codegen/contribution-datasets.cjs. The gateway's trusted-documents mode
// (src/server/trusted-documents.ts) runs only these for the principals it covers.
//
// The text is what the client really sends: src/client prints the generated DocumentNode with graphql's
// `print`, so the hash is of that printed text, not of the file's (test/trusted-documents.test.ts checks
// every generated document against this manifest). An operation's document carries the fragments it spreads,
// transitively, after it, in the order the files define them, as the typed-document-node plugin builds it.
const crypto = require("node:crypto");
const { Kind, parse, print, visit } = require("graphql");
const { contributionOperations } = require("./contribution-datasets.cjs");

function spreads(node) {
  const names = new Set();
  visit(node, { FragmentSpread: (s) => void names.add(s.name.value) });
  return names;
}

module.exports = {
  plugin(schema, documents) {
    const definitions = documents.flatMap((d) => d.document?.definitions ?? []);
    const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const byName = new Map(fragments.map((f) => [f.name.value, f]));
    const texts = [];
    for (const op of definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
      const needed = new Set();
      const visitSpreads = (node) => {
        for (const name of spreads(node)) {
          if (needed.has(name) || !byName.has(name)) continue;
          needed.add(name);
          visitSpreads(byName.get(name));
        }
      };
      visitSpreads(op);
      const document = { kind: Kind.DOCUMENT, definitions: [op, ...fragments.filter((f) => needed.has(f.name.value))] };
      texts.push({ name: op.name.value, text: print(document) });
    }
    for (const { op, source } of contributionOperations(schema)) texts.push({ name: op, text: print(parse(source)) });
    texts.sort((a, b) => a.name.localeCompare(b.name));
    const manifest = {};
    for (const { text } of texts) manifest[crypto.createHash("sha256").update(text).digest("hex")] = text;
    return JSON.stringify(manifest, null, 2) + "\n";
  },
};
