import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { projectRoot } from "../../src/common/paths.js";

/**
 * Headless Chromium for the console's browser tests: Debian's `chromium` package (which `.ci/run` installs
 * when missing), or the binary LANTIAN_CHROMIUM names; driven by playwright-core, which downloads nothing.
 */
export const CHROMIUM = process.env.LANTIAN_CHROMIUM ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set LANTIAN_CHROMIUM`);
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN"] });
}

/** Where the browser tests write their screenshots (gitignored). */
export const TEST_OUTPUT = path.join(projectRoot(), "test-output");

export async function screenshot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<string> {
  fs.mkdirSync(TEST_OUTPUT, { recursive: true });
  const file = path.join(TEST_OUTPUT, `${name}.png`);
  await page.screenshot({ path: file, clip });
  return file;
}

/** The hub's origin (the console is at its `/`) from its /graphql URL. */
export function originOf(graphqlUrl: string): string {
  return new URL(graphqlUrl).origin;
}

/** Opens the console and signs in through its demo form as `department` (enum value) and `role`. */
export async function signInAsDemo(page: Page, origin: string, department: string, role: string): Promise<void> {
  await page.goto(`${origin}/#/catalogue`);
  const form = page.locator("form.card", { has: page.locator("select[name=department]") });
  await form.locator("select[name=department]").selectOption(department);
  await form.locator("select[name=role]").selectOption(role);
  await form.locator("button[type=submit]").click();
  await page.locator("[data-testid=who]").waitFor();
}

/** A fresh context (its own sessionStorage) at a desktop size. */
export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 860 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
}
