import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { projectRoot } from "../src/common/paths.js";
import { Department } from "../src/shared/departments.js";
import { launchChromium, newContext, originOf, screenshot, signInAsDemo, TEST_OUTPUT } from "./support/browser.js";
import { startTestHub, type TestHub } from "./support/hub.js";

/**
 * The plan dashboard (issue 18, item 4) in headless Chromium against a real hub over HTTP with the demo
 * data: each city's 2021 figures read from the charts' own accessible text (the aria-label ECharts puts on
 * the chart, role img) equal the API's numbers, asked here in GraphQL; the calendar, the ranking and the
 * warnings agree with the API too. Every request the page makes goes to the hub.
 */

const BUILT = path.join(projectRoot(), "dist", "console", "index.html");

let hub: TestHub;
let origin: string;
let browser: Browser;

interface CityFigures {
  code: string;
  name: string;
  nameEn: string;
  airQuality: {
    pm25Mean: number | null;
    pm10Mean: number | null;
    goodDayRatio: number | null;
    heavyPollutionDayRatio: number | null;
    daysByCategory: { category: string; days: number }[];
  };
  targetProgress: { metric: string; period: string; comparison: string; target: number; status: string; targetRegion: { level: string } }[];
}

/** The API's own figures: every city's 2021 evaluation and annual PM2.5 target status, the ranking, the warnings. */
const EXPECTED = `
  query DashboardExpected {
    regions(level: CITY) {
      code
      name
      nameEn
      airQuality(from: "2021-01-01", to: "2021-12-31") {
        pm25Mean
        pm10Mean
        goodDayRatio
        heavyPollutionDayRatio
        daysByCategory { category days }
      }
      targetProgress(year: 2021) { metric period comparison target status targetRegion { level } }
    }
    cityRanking(from: "2021-01-01", to: "2021-12-31") { rank compositeIndex region { code name } }
    warnings(first: 50) { edges { node { id startsAt region { code } listedEnterprises(first: 50) { totalCount edges { node { creditCode enterprise { name } verdict } } } } } }
  }
`;

interface Expected {
  regions: CityFigures[];
  cityRanking: { rank: number | null; compositeIndex: number | null; region: { code: string; name: string } }[];
  warnings: { edges: { node: { id: string; startsAt: string; region: { code: string }; listedEnterprises: { totalCount: number; edges: { node: { creditCode: string; enterprise: { name: string } | null; verdict: string | null } }[] } } }[] };
}

const STATUS_ZH: Record<string, string> = { MET: "达标", ON_TRACK: "进度正常", AT_RISK: "有未达标风险", MISSED: "未达标", NO_DATA: "无数据" };
/**
 * The colour of each status, as the console documents it (console/src/dashboard/colours.ts, STATUS_COLOURS,
 * and the legend above the charts): a bar is drawn in its target's status colour, NO_TARGET where none applies.
 */
const STATUS_COLOUR: Record<string, string> = { MET: "#2e7d32", ON_TRACK: "#66bb6a", AT_RISK: "#f9a825", MISSED: "#c62828", NO_DATA: "#9e9e9e", NO_TARGET: "#5c6bc0" };
/** The four bar charts: the API's metric, the figure's field in the city's evaluation. */
const BAR_FIELDS = { PM25_MEAN: "pm25Mean", PM10_MEAN: "pm10Mean", GOOD_DAY_RATIO: "goodDayRatio", HEAVY_POLLUTION_DAY_RATIO: "heavyPollutionDayRatio" } as const;

/** A colour as SVG or CSS writes it (#2E7D32, rgb(46, 125, 50)) as lower-case #rrggbb. */
function hex(colour: string): string {
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour.trim());
  if (rgb) return "#" + rgb.slice(1, 4).map((n) => Number(n).toString(16).padStart(2, "0")).join("");
  return colour.trim().toLowerCase();
}

/** A ratio as the charts show it: a percentage with one decimal (0.0137 → 1.4). */
const percent = (ratio: number) => Math.round(ratio * 1000) / 10;

const VERDICT_ZH: Record<string, string> = { COMPLIANT: "已落实", SUSPECT: "疑似未落实", NOT_ASSESSED: "不评估（自主减排）", NO_DATA: "数据不足" };

beforeAll(async () => {
  if (!fs.existsSync(BUILT)) throw new Error(`${BUILT} is missing: run \`npm run build\` (npm test builds it when stale)`);
  [hub, browser] = await Promise.all([startTestHub(), launchChromium()]);
  origin = originOf(hub.url);
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function open(department: Department, role: Role): Promise<{ context: BrowserContext; page: Page; requested: string[]; errors: string[] }> {
  const context = await newContext(browser);
  const requested: string[] = [];
  const errors: string[] = [];
  context.on("request", (r) => requested.push(r.url()));
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await signInAsDemo(page, origin, department, role);
  await page.goto(`${origin}/#/dashboard`);
  return { context, page, requested, errors };
}

/** A chart's accessible text, found as an accessibility-tree image by a part of its name. */
async function chartLabel(page: Page, name: RegExp): Promise<string> {
  const chart = page.getByRole("img", { name });
  await chart.waitFor({ timeout: 30_000 });
  return (await chart.getAttribute("aria-label")) ?? "";
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("the plan dashboard in a browser", () => {
  it("shows each city's PM2.5 in the chart's accessible text, equal to the API's, with the API's status", async () => {
    const api = await hub.query<Expected>(EXPECTED, {}, [Department.ENVIRONMENT, Role.ANALYST]);
    expect(api.regions).toHaveLength(18);
    const { context, page, requested, errors } = await open(Department.ENVIRONMENT, Role.ANALYST);

    const pm25 = await chartLabel(page, /PM2\.5（µg\/m³）/);
    // one city, as the Done-when reads it: Zhengzhou's PM2.5 in the chart's aria-label is the API's
    const zhengzhou = api.regions.find((r) => r.code === "410100")!;
    const m = new RegExp(`${escape(zhengzhou.name)} PM2\\.5 (\\d+(?:\\.\\d+)?) µg/m³`).exec(pm25);
    expect(m, pm25).not.toBeNull();
    expect(zhengzhou.airQuality.pm25Mean).not.toBeNull();
    expect(Number(m![1])).toBe(zhengzhou.airQuality.pm25Mean);
    // and every other city's, each with the status the API gives its annual target
    for (const city of api.regions) {
      const progress = city.targetProgress.find((p) => p.metric === "PM25_MEAN" && p.period === "2021")!;
      const item = new RegExp(`${escape(city.name)} PM2\\.5 (\\d+(?:\\.\\d+)?) µg/m³，(省目标|本市目标|所属市目标) ≤ (\\d+) µg/m³，([^；。]+)`).exec(pm25);
      expect(item, `${city.name} in ${pm25}`).not.toBeNull();
      expect(Number(item![1])).toBe(city.airQuality.pm25Mean);
      expect(Number(item![3])).toBe(progress.target);
      expect(item![2]).toBe(progress.targetRegion.level === "PROVINCE" ? "省目标" : progress.targetRegion.level === "CITY" ? "本市目标" : "所属市目标");
      expect(item![4]).toBe(STATUS_ZH[progress.status]);
    }
    // PM10 and the good-day ratio (shown as a percentage) read the same way
    const pm10 = await chartLabel(page, /PM10（µg\/m³）/);
    expect(pm10).toContain(`${zhengzhou.name} PM10 ${zhengzhou.airQuality.pm10Mean} µg/m³`);
    const good = await chartLabel(page, /优良天数比例（%）/);
    expect(good).toContain(`${zhengzhou.name} 优良天数比例 ${Math.round(zhengzhou.airQuality.goodDayRatio! * 1000) / 10}%`);
    // the heavy-pollution-day ratio, every city: its figure (a percentage), the target that applies and its status
    const heavy = await chartLabel(page, /重污染天数比例（%）/);
    for (const city of api.regions) {
      const ratio = city.airQuality.heavyPollutionDayRatio;
      expect(ratio, `${city.name}'s heavy-pollution-day ratio`).not.toBeNull();
      const progress = city.targetProgress.find((p) => p.metric === "HEAVY_POLLUTION_DAY_RATIO" && p.period === "2021");
      if (!progress) {
        expect(heavy).toContain(`${city.name} 重污染天数比例 ${percent(ratio!)}%，无目标`);
        continue;
      }
      const item = new RegExp(`${escape(city.name)} 重污染天数比例 (\\d+(?:\\.\\d+)?)%，(省目标|本市目标|所属市目标) (≤|≥) (\\d+(?:\\.\\d+)?)%，([^；。]+)`).exec(heavy);
      expect(item, `${city.name} in ${heavy}`).not.toBeNull();
      expect(Number(item![1])).toBe(percent(ratio!));
      expect(item![2]).toBe(progress.targetRegion.level === "PROVINCE" ? "省目标" : progress.targetRegion.level === "CITY" ? "本市目标" : "所属市目标");
      expect(item![3]).toBe(progress.comparison === "AT_MOST" ? "≤" : "≥");
      expect(Number(item![4])).toBe(percent(progress.target));
      expect(item![5]).toBe(STATUS_ZH[progress.status]);
    }

    // each bar is drawn in its status's colour: every city's, in all four charts. A bar is the SVG path the console
    // marks as item ecmeta_data_index of series 0 (the bars); the figure's data-cities says which city is which index
    const seen = new Set<string>();
    for (const [metric, field] of Object.entries(BAR_FIELDS)) {
      const figure = page.locator(`figure[data-metric="${metric}"]`);
      const codes = ((await figure.getAttribute("data-cities")) ?? "").split(" ");
      expect([...codes].sort(), metric).toEqual(api.regions.map((r) => r.code).sort());
      const drawn = await figure.locator("path[ecmeta_series_index='0'][ecmeta_data_index]").evaluateAll((els) =>
        els.map((e) => ({ index: Number(e.getAttribute("ecmeta_data_index")), marker: e.getAttribute("ecmeta_marker"), fill: e.getAttribute("fill") ?? "" })),
      );
      // not the province's target line, which ECharts draws as an item of the bars' series too
      const bars = drawn.filter((d) => d.marker == null);
      // one path per city, each index once
      expect(bars.map((b) => b.index).sort((a, b) => a - b), metric).toEqual(codes.map((_, i) => i));
      for (const city of api.regions) {
        expect(city.airQuality[field], `${city.name} ${metric}`).not.toBeNull();
        const status = city.targetProgress.find((p) => p.metric === metric && p.period === "2021")?.status ?? "NO_TARGET";
        const bar = bars.find((b) => b.index === codes.indexOf(city.code))!;
        expect(hex(bar.fill), `${city.name}'s ${metric} bar, ${status}`).toBe(STATUS_COLOUR[status]);
        seen.add(status);
      }
    }
    // the demo data has targets met and targets missed or at risk: the colours told apart are those
    expect(seen).toContain("MET");
    expect(seen.has("MISSED") || seen.has("AT_RISK"), [...seen].join(", ")).toBe(true);
    // and the legend shows the same colour for each status's name
    const legend = await page.locator(".dash-legend li").evaluateAll((lis) =>
      lis.map((li) => ({ name: (li.textContent ?? "").trim(), colour: getComputedStyle(li.querySelector(".dash-swatch")!).backgroundColor })),
    );
    for (const status of ["MET", "AT_RISK", "MISSED"]) expect(legend.map((l) => ({ name: l.name, colour: hex(l.colour) }))).toContainEqual({ name: STATUS_ZH[status], colour: STATUS_COLOUR[status] });

    // the calendar of the first city (Zhengzhou): its days per HJ 633 category are the API's
    const calendar = await chartLabel(page, /每日AQI日历/);
    expect(calendar).toContain(zhengzhou.name);
    const zh: Record<string, string> = { EXCELLENT: "优", GOOD: "良", LIGHT: "轻度污染", MODERATE: "中度污染", HEAVY: "重度污染", SEVERE: "严重污染" };
    for (const { category, days } of zhengzhou.airQuality.daysByCategory) expect(calendar).toContain(`${zh[category]} ${days}天`);
    // the calendar draws a cell per day in the standard colours: 优's green and 良's yellow are there
    const fills = await page.getByTestId("chart-calendar").locator("path").evaluateAll((els) => els.map((e) => (e.getAttribute("fill") ?? "").toLowerCase()));
    expect(fills.some((f) => f === "#00e400" || f === "rgb(0,228,0)")).toBe(true);
    expect(fills.some((f) => f === "#ffff00" || f === "rgb(255,255,0)")).toBe(true);

    // the ranking: the API's order and indices
    const ranking = await chartLabel(page, /综合指数排名/);
    const first = api.cityRanking[0];
    expect(ranking).toContain(`第1名 ${first.region.name} ${first.compositeIndex}`);
    const positions = api.cityRanking.filter((r) => r.rank != null).map((r) => ranking.indexOf(`名 ${r.region.name} `));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    // the warnings of 2021 with their listed enterprises
    const of2021 = api.warnings.edges.map((e) => e.node).filter((w) => w.startsAt.startsWith("2021-"));
    expect(of2021.length).toBeGreaterThan(0);
    await page.locator("[data-warning]").first().waitFor({ timeout: 30_000 });
    expect(await page.locator("[data-warning]").evaluateAll((els) => els.map((e) => e.getAttribute("data-warning")))).toEqual(of2021.map((w) => w.id));
    const w = of2021[0];
    const row = page.locator(`[data-warning="${w.id}"]`);
    await row.locator("summary").click();
    await row.locator("tbody tr").first().waitFor();
    // each listed enterprise with the verdict the API gives it (an analyst of ENVIRONMENT reads the electricity evidence)
    const cells = await row.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())));
    expect(cells.map((c) => [c[0], c[1], c[5]])).toEqual(
      w.listedEnterprises.edges.map(({ node }) => [node.enterprise?.name ?? "—", node.creditCode, node.verdict ? VERDICT_ZH[node.verdict] : "—"]),
    );
    expect(cells).toHaveLength(w.listedEnterprises.totalCount);

    // from the top, so the console's sticky header is where it belongs in the full-page picture
    await page.evaluate("window.scrollTo(0, 0)");
    fs.mkdirSync(TEST_OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(TEST_OUTPUT, "console-dashboard.png"), fullPage: true });

    // English at the switch: the same figure, in English words
    await page.getByRole("button", { name: "English" }).click();
    const en = await chartLabel(page, /PM2\.5 \(µg\/m³\)/);
    expect(en).toContain(`${zhengzhou.nameEn} PM2.5 ${zhengzhou.airQuality.pm25Mean} µg/m³`);

    expect(errors).toEqual([]);
    // every request the dashboard made went to the hub
    expect(requested.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:") && !u.startsWith("blob:"))).toEqual([]);
    await context.close();
  });

  it("shows a department without the grid company's grant the lists without their verdicts, and says why", async () => {
    const api = await hub.query<Expected>(EXPECTED.replace(" verdict }", " }"), {}, [Department.TRANSPORT, Role.MEMBER]);
    const { context, page, errors } = await open(Department.TRANSPORT, Role.MEMBER);
    const pm25 = await chartLabel(page, /PM2\.5（µg\/m³）/);
    const zhengzhou = api.regions.find((r) => r.code === "410100")!;
    expect(pm25).toContain(`${zhengzhou.name} PM2.5 ${zhengzhou.airQuality.pm25Mean} µg/m³`);
    const w = api.warnings.edges[0].node;
    const row = page.locator(`[data-warning="${w.id}"]`);
    await row.locator("summary").click();
    await row.locator("tbody tr").first().waitFor();
    expect(await row.locator("tbody").innerText()).toContain(w.listedEnterprises.edges[0].node.enterprise!.name);
    expect(await page.locator(".dashboard").innerText()).toContain("ELECTRICITY_READINGS");
    // the notice saying why, with the opened list under it, its verdicts blank
    await page.locator(".dash-hint", { hasText: "ELECTRICITY_READINGS" }).evaluate((e) => e.scrollIntoView({ block: "center" }));
    await screenshot(page, "console-dashboard-no-grant");
    expect(errors).toEqual([]);
    await context.close();
  });
});
