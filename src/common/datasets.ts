import { Department } from "./departments.js";

/**
 * Every dataset the hub holds. A dataset is the unit of ownership (only its owner contributes it) and,
 * later, of sharing class and grants. Adding a dataset means adding it here and to DATASET_OWNER.
 */
export enum Dataset {
  REGIONS = "REGIONS",
  MONITORING_STATIONS = "MONITORING_STATIONS",
  INDICATORS = "INDICATORS",
  TARGETS = "TARGETS",
  PERFORMANCE_GRADES = "PERFORMANCE_GRADES",
  ENTERPRISES = "ENTERPRISES",
  FUEL_STATIONS = "FUEL_STATIONS",
  VEHICLES = "VEHICLES",
  CHECKPOINTS = "CHECKPOINTS",
  OPERATING_LICENCES = "OPERATING_LICENCES",
  CONSTRUCTION_SITES = "CONSTRUCTION_SITES",
  FIRE_POINTS = "FIRE_POINTS",
  ELECTRICITY_READINGS = "ELECTRICITY_READINGS",
}

export const DATASET_OWNER: Record<Dataset, Department> = {
  REGIONS: Department.ENVIRONMENT,
  MONITORING_STATIONS: Department.ENVIRONMENT,
  INDICATORS: Department.ENVIRONMENT,
  TARGETS: Department.ENVIRONMENT,
  PERFORMANCE_GRADES: Department.ENVIRONMENT,
  ENTERPRISES: Department.MARKET_REGULATION,
  FUEL_STATIONS: Department.MARKET_REGULATION,
  VEHICLES: Department.PUBLIC_SECURITY,
  CHECKPOINTS: Department.PUBLIC_SECURITY,
  OPERATING_LICENCES: Department.TRANSPORT,
  CONSTRUCTION_SITES: Department.HOUSING,
  FIRE_POINTS: Department.AGRICULTURE,
  ELECTRICITY_READINGS: Department.GRID,
};

export const DATASETS: readonly Dataset[] = Object.values(Dataset);
