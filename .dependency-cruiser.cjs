// The import rules of src/ (DESIGN.md, "Layout"), checked by test/import-rules.test.ts and `npm run lint:imports`.
// Type-only imports count (tsPreCompilationDeps): a circle or a forbidden import through types is one all the same.

/** The pure part: code any side may import, the client included; no I/O, nothing of the server. */
const PURE = "^src/shared/";
/** npm packages the pure part may use: pure functions, no I/O. */
const PURE_PACKAGES = "^node_modules/csv-stringify/";

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Nothing in src/ imports in a circle, through type-only imports included: move what both sides need to a module of its own.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "department-imports-no-other-department",
      comment: "A department meets another only through federation keys and the API: its own entity view of a shared type, never the other's modules (nor the assembly of all of them).",
      severity: "error",
      from: { path: "^src/departments/([^/]+)/" },
      to: { path: "^src/departments/", pathNot: "^src/departments/$1/" },
    },
    {
      name: "department-imports-no-hub",
      comment: "The hub's subgraph is not a department's building block: what both use belongs to the server kernel (src/common).",
      severity: "error",
      from: { path: "^src/departments/" },
      to: { path: "^src/hub/" },
    },
    {
      name: "hub-imports-no-department",
      comment: "The hub knows departments through the declarations' registries in src/common, not their modules.",
      severity: "error",
      from: { path: "^src/hub/" },
      to: { path: "^src/departments/" },
    },
    {
      name: "pure-imports-nothing-of-the-server",
      comment: "The pure part imports only the pure part.",
      severity: "error",
      from: { path: PURE },
      to: { path: "^src/", pathNot: PURE },
    },
    {
      name: "airquality-imports-nothing-of-the-server",
      comment: "src/airquality is pure domain code: it imports only itself and the pure part.",
      severity: "error",
      from: { path: "^src/airquality/" },
      to: { path: "^src/", pathNot: [PURE, "^src/airquality/"] },
    },
    {
      name: "pure-does-no-io",
      comment: "The pure part and src/airquality use no Node module (files, network, processes) and no npm package beyond pure helpers.",
      severity: "error",
      from: { path: [PURE, "^src/airquality/"] },
      to: { dependencyTypes: ["core", "npm", "npm-dev", "npm-optional", "npm-peer", "npm-no-pkg", "npm-unknown"], pathNot: PURE_PACKAGES },
    },
    {
      name: "client-imports-only-client-and-pure",
      comment: "The typed client is a package others import: it carries nothing of the server.",
      severity: "error",
      from: { path: "^src/client/" },
      to: { path: "^src/", pathNot: [PURE, "^src/client/"] },
    },
    {
      name: "reports-import-only-client-and-pure",
      comment: "The data team's reports go through the typed client, like any other client.",
      severity: "error",
      from: { path: "^src/reports/" },
      to: { path: "^src/", pathNot: [PURE, "^src/client/", "^src/reports/"] },
    },
    {
      name: "local-imports-resolve",
      comment: "An import of src/ that cannot be resolved escapes every rule above.",
      severity: "error",
      from: { path: "^src/" },
      to: { couldNotResolve: true, path: "^\\.\\.?/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // `import "./x.js"` names the .ts source (module nodenext)
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".js", ".d.ts"] },
  },
};
