import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The console, built into dist/console/ by `npm run build` and served by the hub at `/` (src/server/console.ts).
 * Relative asset URLs, hashed names: the hub serves index.html and /assets/* and nothing else, and may
 * cache the assets forever.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: "./",
  plugins: [react()],
  build: {
    outDir: path.resolve(here, "../dist/console"),
    emptyOutDir: true,
    assetsDir: "assets",
    // GraphiQL and Monaco are one large chunk whatever we do; it loads only on #/explorer
    chunkSizeWarningLimit: 6000,
    // no source maps shipped: the hub serves what the browser runs and nothing else
    sourcemap: false,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React-compiler "use no memo" directives: meaningless in a bundle, one warning per module
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  // Monaco's workers import each other as ES modules
  worker: { format: "es" },
});
