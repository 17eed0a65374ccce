// Public surface of the air-quality domain module (pure, I/O-free).
export {
  HJ633_2012,
  RULESET_SCHEDULE,
  daysInMonth,
  isIsoDate,
  rulesetByName,
  rulesetFor,
  type Breakpoint,
  type BreakpointTable,
  type Category,
  type CategoryBand,
  type EvaluationThresholds,
  type IndicatorKey,
  type Rgb,
  type Ruleset,
  type RulesetScheduleEntry,
  type ValidityThresholds,
} from "./ruleset.js";
export {
  categoryOf,
  computeAqi,
  iaqi,
  type AqiColor,
  type AqiConcentrations,
  type AqiLevel,
  type AqiResult,
  type CategoryInfo,
  type IaqiResult,
  type Pollutant,
  type PollutantIaqi,
} from "./aqi.js";
export {
  hourValid,
  max1h,
  mda8,
  mean24h,
  movingAverages8h,
  periodValidity,
  type HourlyValue,
  type PeriodShortfall,
  type PeriodValidity,
} from "./validity.js";
export { percentile } from "./percentile.js";
export {
  isGoodDay,
  isHeavyPollutionDay,
  isO3ExceedanceDay,
  summarize,
  type DailyRecord,
  type PeriodSummary,
} from "./evaluation.js";
export { WARNING_CRITERIA_2019, suggestWarningLevel, type WarningLevel, type WarningSuggestion } from "./warning.js";
