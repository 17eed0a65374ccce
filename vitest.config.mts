import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build for our sources while type-graphql and Apollo load its CommonJS
    // build through Node: two copies of graphql, and "Cannot use GraphQLScalarType from another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // decorators read design-time types; every entry point (here: every test file) loads the polyfill first
    setupFiles: ["reflect-metadata"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: two workers keep the embedded PostgreSQL and the tests from starving each other.
    maxWorkers: 2,
    pool: "forks",
  },
});
