import type pg from "pg";
import { Metric } from "../../shared/metrics.js";
import { citiesOf, HENAN_PROVINCE_CODE, REGIONS } from "../../shared/regions.data.js";
import { insertRows } from "../../db/bulk.js";
import { regions } from "./region.entity.js";
import { Comparison, targets } from "./target.entity.js";

type TargetRow = [regionCode: string, metric: Metric, period: string, comparison: Comparison, value: number, sourceClause: string];

const P = HENAN_PROVINCE_CODE;
const { AT_MOST, AT_LEAST } = Comparison;

/** Central-heating coverage by city group (task 9); Zhoukou and Xinyang have no target. */
const HEATING_BY_GROUP = { TRANSMISSION_CHANNEL: 0.91, FENWEI: 0.89, OTHER: 0.76 } as const;
const NO_HEATING_TARGET = new Set(["411600", "411500"]);

/** Every numeric target of the 2021 plan (seed, section 二 and the numbered tasks). */
export function planTargets2021(): TargetRow[] {
  const rows: TargetRow[] = [
    [P, Metric.PM25_MEAN, "2021", AT_MOST, 53, "二(一) 年度目标"],
    [P, Metric.PM10_MEAN, "2021", AT_MOST, 87, "二(一) 年度目标"],
    [P, Metric.O3_EXCEEDANCE_RATE, "2021", AT_MOST, 0.15, "二(一) 年度目标"],
    [P, Metric.GOOD_DAY_RATIO, "2021", AT_LEAST, 0.65, "二(一) 年度目标"],
    [P, Metric.HEAVY_POLLUTION_DAY_RATIO, "2021", AT_MOST, 0.04, "二(一) 年度目标"],
    [P, Metric.PM25_MEAN, "2021-01..2021-03", AT_MOST, 78, "二(二) 第一阶段"],
    [P, Metric.O3_EXCEEDANCE_DAYS, "2021-05..2021-09", AT_MOST, 54, "二(二) 第二阶段"],
    [P, Metric.PM25_MEAN, "2021-10..2021-12", AT_MOST, 65, "二(二) 第三阶段"],
    [P, Metric.DUSTFALL, "2021", AT_MOST, 8, "任务18 降尘"],
    [P, Metric.HEATING_NETWORK_NEW_KM, "2021", AT_LEAST, 400, "任务9 集中供热管网"],
    [P, Metric.FUEL_SAMPLING_COVERAGE, "2021", AT_LEAST, 0.05, "任务31 油品抽检"],
    [P, Metric.NRMM_REGISTERED, "2021", AT_LEAST, 200000, "任务16 非道路移动机械"],
    [P, Metric.AB_GRADE_SHARE, "2021", AT_LEAST, 0.2, "任务22 绩效分级"],
    [P, Metric.D_GRADE_FIRMS, "2021", AT_MOST, 0, "任务22 绩效分级"],
    [P, Metric.COAL_POWER_RETIRED_MW, "2021", AT_LEAST, 400, "任务1 淘汰落后煤电机组40万千瓦"],
    [P, Metric.COAL_FIRMS_RELOCATED, "2021", AT_LEAST, 8, "任务1 8家企业年底前退城"],
    [P, Metric.GAS_STORAGE_LOCAL_DAYS, "2021", AT_LEAST, 3, "任务10 地方政府3天储气能力"],
    [P, Metric.GAS_STORAGE_CITY_GAS_SHARE, "2021", AT_LEAST, 0.05, "任务10 城镇燃气企业5%储气能力"],
    [P, Metric.RENEWABLE_POWER_ADDED_MW, "2021", AT_LEAST, 4000, "任务11 新增可再生能源发电装机400万千瓦"],
    [P, Metric.RENEWABLE_HEATING_ADDED_M2, "2021", AT_LEAST, 24_000_000, "任务11 新增可再生能源供暖2400万平方米"],
    [P, Metric.RAIL_SIDINGS_IN_SERVICE, "2021", AT_LEAST, 3, "任务12 建成投用铁路专用线3条"],
    [P, Metric.RAIL_SIDINGS_UNDER_CONSTRUCTION, "2021", AT_LEAST, 3, "任务12 开工建设铁路专用线3条"],
    [P, Metric.NEW_VEHICLE_SPOT_CHECK_RATE, "2021", AT_LEAST, 0.8, "任务13 新车新机家族抽检率80%"],
    [P, Metric.GATE_SYSTEM_SHARE, "2021-01..2021-10", AT_LEAST, 1, "任务14 2021年10月底前建成门禁系统"],
    [P, Metric.NEW_ENERGY_SHARE_NEW_BUSES, "2021", AT_LEAST, 1, "任务15 新增及更新公交车新能源100%"],
    [P, Metric.NEW_ENERGY_SHARE_NEW_TAXIS, "2021", AT_LEAST, 1, "任务15 新增及更新出租车新能源100%"],
    [P, Metric.NEW_ENERGY_SHARE_NEW_SANITATION, "2021", AT_LEAST, 1, "任务15 新增及更新环卫车新能源100%"],
    [P, Metric.NEW_ENERGY_SHARE_NEW_POSTAL_LOGISTICS, "2021", AT_LEAST, 0.95, "任务15 城市邮政物流车新能源不低于95%"],
    [P, Metric.NEW_ENERGY_SHARE_NEW_AIRPORT, "2021", AT_LEAST, 1, "任务15 机场场内车辆原则上100%新能源"],
    [P, Metric.BUILT_UP_GREEN_RATIO, "2021", AT_LEAST, 0.365, "任务17 建成区绿地率36.5%"],
    [P, Metric.GREEN_COMMUNITIES, "2021", AT_LEAST, 2200, "任务17 绿色社区2200个"],
    [P, Metric.AFFORESTATION_MU, "2021", AT_LEAST, 2_490_000, "任务17 造林249万亩"],
    [P, Metric.FOREST_TENDING_MU, "2021", AT_LEAST, 1_770_000, "任务17 森林抚育177万亩"],
    [P, Metric.KILN_GRADE_B_SHARE_HIGH, "2021", AT_LEAST, 0.5, "任务25 玻璃、陶瓷、耐材、碳素、有色B级及以上不低于50%"],
    [P, Metric.KILN_GRADE_B_SHARE_LOW, "2021", AT_LEAST, 0.3, "任务25 铝、砖瓦、铁合金、铸造、石灰B级及以上不低于30%"],
  ];
  for (const city of citiesOf()) {
    if (NO_HEATING_TARGET.has(city.code) || !city.group) continue;
    rows.push([city.code, Metric.CENTRAL_HEATING_COVERAGE, "2021", AT_LEAST, HEATING_BY_GROUP[city.group], "任务9 集中供热普及率"]);
  }
  return rows;
}

/**
 * Loads the reference data every deployment needs, demo or not: the GB/T 2260 regions (kept in step
 * with src/common on every start) and the plan's targets (inserted once; environment admins edit them).
 */
export async function ensureReferenceData(db: pg.PoolClient): Promise<void> {
  await insertRows(
    db,
    regions.decl.table,
    regions.contribution.columns,
    REGIONS.map((r) => [r.code, r.name, r.nameEn, r.level, r.parentCode, r.group]),
    `on conflict (code) do update set name = excluded.name, name_en = excluded.name_en, level = excluded.level,
       parent_code = excluded.parent_code, city_group = excluded.city_group`,
  );
  await insertRows(
    db,
    targets.decl.table,
    targets.contribution.columns,
    planTargets2021(),
    "on conflict do nothing",
  );
}
