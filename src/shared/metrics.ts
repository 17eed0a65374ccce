import { Department } from "./departments.js";

/**
 * Indicator metrics. The environment department owns the Indicator table, but each metric belongs to the
 * department that produces it, and only that department may contribute it.
 */
export enum Metric {
  PM25_MEAN = "PM25_MEAN",
  PM10_MEAN = "PM10_MEAN",
  O3_EXCEEDANCE_RATE = "O3_EXCEEDANCE_RATE",
  O3_EXCEEDANCE_DAYS = "O3_EXCEEDANCE_DAYS",
  GOOD_DAY_RATIO = "GOOD_DAY_RATIO",
  HEAVY_POLLUTION_DAY_RATIO = "HEAVY_POLLUTION_DAY_RATIO",
  DUSTFALL = "DUSTFALL",
  AB_GRADE_SHARE = "AB_GRADE_SHARE",
  D_GRADE_FIRMS = "D_GRADE_FIRMS",
  NRMM_REGISTERED = "NRMM_REGISTERED",
  CENTRAL_HEATING_COVERAGE = "CENTRAL_HEATING_COVERAGE",
  HEATING_NETWORK_NEW_KM = "HEATING_NETWORK_NEW_KM",
  FIRE_POINTS = "FIRE_POINTS",
  FUEL_SAMPLING_COVERAGE = "FUEL_SAMPLING_COVERAGE",
}

export interface MetricInfo {
  owner: Department;
  unit: string;
  description: string;
  /** lowest and highest plausible value; contributions outside are rejected */
  min: number;
  max: number;
}

export const METRIC_INFO: Record<Metric, MetricInfo> = {
  PM25_MEAN: { owner: Department.ENVIRONMENT, unit: "µg/m³", description: "PM2.5 mean concentration", min: 0, max: 1000 },
  PM10_MEAN: { owner: Department.ENVIRONMENT, unit: "µg/m³", description: "PM10 mean concentration", min: 0, max: 2000 },
  O3_EXCEEDANCE_RATE: { owner: Department.ENVIRONMENT, unit: "ratio", description: "share of valid days with O3 MDA8 > 160 µg/m³", min: 0, max: 1 },
  O3_EXCEEDANCE_DAYS: { owner: Department.ENVIRONMENT, unit: "days", description: "days with O3 MDA8 > 160 µg/m³", min: 0, max: 366 },
  GOOD_DAY_RATIO: { owner: Department.ENVIRONMENT, unit: "ratio", description: "share of valid days with AQI ≤ 100", min: 0, max: 1 },
  HEAVY_POLLUTION_DAY_RATIO: { owner: Department.ENVIRONMENT, unit: "ratio", description: "share of valid days with AQI > 200", min: 0, max: 1 },
  DUSTFALL: { owner: Department.ENVIRONMENT, unit: "t/(month·km²)", description: "dustfall, city average", min: 0, max: 100 },
  AB_GRADE_SHARE: { owner: Department.ENVIRONMENT, unit: "ratio", description: "share of key-industry firms graded A or B", min: 0, max: 1 },
  D_GRADE_FIRMS: { owner: Department.ENVIRONMENT, unit: "firms", description: "key-industry firms graded D", min: 0, max: 100000 },
  NRMM_REGISTERED: { owner: Department.ENVIRONMENT, unit: "machines", description: "non-road mobile machinery registered", min: 0, max: 10000000 },
  CENTRAL_HEATING_COVERAGE: { owner: Department.HOUSING, unit: "ratio", description: "urban central-heating coverage", min: 0, max: 1 },
  HEATING_NETWORK_NEW_KM: { owner: Department.HOUSING, unit: "km", description: "new central-heating network", min: 0, max: 100000 },
  FIRE_POINTS: { owner: Department.AGRICULTURE, unit: "points", description: "confirmed straw-burning fire points", min: 0, max: 100000 },
  FUEL_SAMPLING_COVERAGE: { owner: Department.MARKET_REGULATION, unit: "ratio", description: "share of operating filling stations sampled", min: 0, max: 1 },
};
