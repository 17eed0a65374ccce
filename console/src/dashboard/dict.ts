import type { Dictionary, Lang } from "../i18n";
import type { AqiCategory, BarMetric, ComplianceVerdict, TargetStatus, WarningLevel } from "./queries";

/** The dashboard's words: Chinese first (the users are provincial and city staff), English at the switch. */
export const dict: Dictionary<
  | "title"
  | "intro"
  | "loading"
  | "error"
  | "retry"
  | "progressTitle"
  | "legendTarget"
  | "provinceTarget"
  | "ownTarget"
  | "cityTarget"
  | "noTarget"
  | "target"
  | "chartDesc"
  | "chartItem"
  | "chartItemNoTarget"
  | "noValue"
  | "calendarTitle"
  | "city"
  | "calendarDesc"
  | "calendarDays"
  | "calendarWorst"
  | "calendarNone"
  | "primary"
  | "rankingTitle"
  | "rankingDesc"
  | "rankingItem"
  | "rankingUnranked"
  | "rank"
  | "compositeIndex"
  | "smallerBetter"
  | "warningsTitle"
  | "warningsNone"
  | "warningId"
  | "level"
  | "period"
  | "lifted"
  | "listed"
  | "enterprise"
  | "creditCode"
  | "measure"
  | "owedCut"
  | "electricityCut"
  | "verdict"
  | "verdictHidden"
  | "verdictsHidden"
  | "reason"
  | "summaryVerdicts"
  | "year"
> = {
  zh: {
    title: "{year}年大气污染防治行动计划看板",
    intro: "数据与达标状态均来自本平台接口（targetProgress、cityRanking、dailyAirQuality、warnings）。",
    loading: "加载中…",
    error: "加载失败：{message}",
    retry: "重试",
    progressTitle: "各市指标与目标",
    legendTarget: "目标线",
    provinceTarget: "省目标",
    ownTarget: "本市目标",
    cityTarget: "所属市目标",
    noTarget: "无目标",
    target: "目标",
    chartDesc: "{year}年{count}个地市{metric}（{unit}）与适用目标：{items}。",
    chartItem: "{city} {metric} {value}，{targetLabel} {cmp} {target}，{status}",
    chartItemNoTarget: "{city} {metric} {value}，无目标",
    noValue: "无数据",
    calendarTitle: "每日空气质量指数（AQI）日历",
    city: "城市",
    calendarDesc: "{city}{year}年每日AQI日历，按HJ 633类别着色：{counts}。{worst}",
    calendarDays: "{category} {days}天",
    calendarWorst: "最高AQI {aqi}（{date}，{category}）。",
    calendarNone: "无日数据。",
    primary: "首要污染物",
    rankingTitle: "城市综合指数排名",
    rankingDesc: "{year}年{count}个地市环境空气质量综合指数排名（越小越好）：{items}。",
    rankingItem: "第{rank}名 {city} {index}",
    rankingUnranked: "{city} 无综合指数（不参与排名）",
    rank: "排名",
    compositeIndex: "综合指数",
    smallerBetter: "综合指数越小，空气质量越好；数据不足的城市不参与排名。",
    warningsTitle: "重污染天气预警与应急减排核查",
    warningsNone: "{year}年无预警。",
    warningId: "预警编号",
    level: "级别",
    period: "起止时间",
    lifted: "已解除于 {time}",
    listed: "清单企业",
    enterprise: "企业",
    creditCode: "统一社会信用代码",
    measure: "减排措施",
    owedCut: "应减比例",
    electricityCut: "用电降幅",
    verdict: "核查结论",
    verdictHidden: "—",
    verdictsHidden: "用电核查结论依据电力公司的有条件共享数据（ELECTRICITY_READINGS），当前身份未获授权，可在数据目录中申请。",
    reason: "原因",
    summaryVerdicts: "{count}家企业：{verdicts}",
    year: "年份",
  },
  en: {
    title: "{year} air-pollution action plan dashboard",
    intro: "Every figure and status comes from the hub's API (targetProgress, cityRanking, dailyAirQuality, warnings).",
    loading: "Loading…",
    error: "Could not load: {message}",
    retry: "Retry",
    progressTitle: "Cities against the plan's targets",
    legendTarget: "target",
    provinceTarget: "province's target",
    ownTarget: "city's own target",
    cityTarget: "its city's target",
    noTarget: "no target",
    target: "target",
    chartDesc: "{year}, the {count} cities' {metric} ({unit}) against the target that applies: {items}.",
    chartItem: "{city} {metric} {value}, {targetLabel} {cmp} {target}, {status}",
    chartItemNoTarget: "{city} {metric} {value}, no target",
    noValue: "no data",
    calendarTitle: "Daily air quality index (AQI) calendar",
    city: "City",
    calendarDesc: "{city}, daily AQI in {year}, coloured by HJ 633 category: {counts}. {worst}",
    calendarDays: "{category} {days} days",
    calendarWorst: "Highest AQI {aqi} ({date}, {category}).",
    calendarNone: "No daily data.",
    primary: "primary pollutant",
    rankingTitle: "Cities ranked by composite index",
    rankingDesc: "{year}, the {count} cities ranked by composite air-quality index (smaller is better): {items}.",
    rankingItem: "{rank}. {city} {index}",
    rankingUnranked: "{city} no composite index (unranked)",
    rank: "Rank",
    compositeIndex: "Composite index",
    smallerBetter: "A smaller composite index is cleaner air; cities whose data fall short are not ranked.",
    warningsTitle: "Heavy-pollution warnings and the emergency-reduction check",
    warningsNone: "No warnings in {year}.",
    warningId: "Warning",
    level: "Level",
    period: "From – to",
    lifted: "lifted {time}",
    listed: "Listed enterprises",
    enterprise: "Enterprise",
    creditCode: "Credit code",
    measure: "Measure",
    owedCut: "Owed cut",
    electricityCut: "Electricity cut",
    verdict: "Verdict",
    verdictHidden: "—",
    verdictsHidden: "The electricity verdicts rest on the grid company's CONDITIONAL data (ELECTRICITY_READINGS); the signed-in department holds no grant: ask for one in the catalogue.",
    reason: "Reason",
    summaryVerdicts: "{count} enterprises: {verdicts}",
    year: "Year",
  },
};

const METRIC_NAMES: Record<BarMetric, Record<Lang, string>> = {
  PM25_MEAN: { zh: "PM2.5", en: "PM2.5" },
  PM10_MEAN: { zh: "PM10", en: "PM10" },
  GOOD_DAY_RATIO: { zh: "优良天数比例", en: "good-day ratio" },
  HEAVY_POLLUTION_DAY_RATIO: { zh: "重污染天数比例", en: "heavy-pollution-day ratio" },
};

const METRIC_TITLES: Record<BarMetric, Record<Lang, string>> = {
  PM25_MEAN: { zh: "PM2.5年均浓度", en: "PM2.5, annual mean" },
  PM10_MEAN: { zh: "PM10年均浓度", en: "PM10, annual mean" },
  GOOD_DAY_RATIO: { zh: "优良天数比例", en: "Good-day ratio" },
  HEAVY_POLLUTION_DAY_RATIO: { zh: "重污染天数比例", en: "Heavy-pollution-day ratio" },
};

export const metricName = (m: BarMetric, lang: Lang) => METRIC_NAMES[m][lang];
export const metricTitle = (m: BarMetric, lang: Lang) => METRIC_TITLES[m][lang];

const STATUS_NAMES: Record<TargetStatus | "NO_TARGET", Record<Lang, string>> = {
  MET: { zh: "达标", en: "met" },
  ON_TRACK: { zh: "进度正常", en: "on track" },
  AT_RISK: { zh: "有未达标风险", en: "at risk" },
  MISSED: { zh: "未达标", en: "missed" },
  NO_DATA: { zh: "无数据", en: "no data" },
  NO_TARGET: { zh: "无目标", en: "no target" },
};
export const statusName = (s: TargetStatus | "NO_TARGET", lang: Lang) => STATUS_NAMES[s][lang];

/** HJ 633's categories, best first, with their names. */
export const CATEGORIES: readonly AqiCategory[] = ["EXCELLENT", "GOOD", "LIGHT", "MODERATE", "HEAVY", "SEVERE"];
const CATEGORY_NAMES: Record<AqiCategory, Record<Lang, string>> = {
  EXCELLENT: { zh: "优", en: "excellent" },
  GOOD: { zh: "良", en: "good" },
  LIGHT: { zh: "轻度污染", en: "lightly polluted" },
  MODERATE: { zh: "中度污染", en: "moderately polluted" },
  HEAVY: { zh: "重度污染", en: "heavily polluted" },
  SEVERE: { zh: "严重污染", en: "severely polluted" },
};
export const categoryName = (c: AqiCategory, lang: Lang) => CATEGORY_NAMES[c][lang];

const LEVEL_NAMES: Record<WarningLevel, Record<Lang, string>> = {
  YELLOW: { zh: "黄色预警", en: "yellow" },
  ORANGE: { zh: "橙色预警", en: "orange" },
  RED: { zh: "红色预警", en: "red" },
};
export const levelName = (l: WarningLevel, lang: Lang) => LEVEL_NAMES[l][lang];

const VERDICT_NAMES: Record<ComplianceVerdict, Record<Lang, string>> = {
  COMPLIANT: { zh: "已落实", en: "compliant" },
  SUSPECT: { zh: "疑似未落实", en: "suspect" },
  NOT_ASSESSED: { zh: "不评估（自主减排）", en: "not assessed (self-determined)" },
  NO_DATA: { zh: "数据不足", en: "no data" },
};
export const verdictName = (v: ComplianceVerdict, lang: Lang) => VERDICT_NAMES[v][lang];

const MEASURE_NAMES: Record<string, Record<Lang, string>> = {
  CUT: { zh: "限产", en: "cut" },
  HALT: { zh: "停产", en: "halt" },
  SELF_DETERMINED: { zh: "自主减排", en: "self-determined" },
};
export const measureName = (k: string, lang: Lang) => MEASURE_NAMES[k]?.[lang] ?? k;
