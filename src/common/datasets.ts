import { Department } from "./departments.js";

/**
 * Sharing classes after China's government data-sharing rules (政务数据共享): OPEN 无条件共享 (any
 * authenticated department), CONDITIONAL 有条件共享 (a grant the owner approved, for a purpose, until a
 * date), RESTRICTED 不予共享 (the owner only; others see a mask where one makes sense).
 */
export enum SharingClass {
  OPEN = "OPEN",
  CONDITIONAL = "CONDITIONAL",
  RESTRICTED = "RESTRICTED",
}

export interface DatasetInfo {
  owner: Department;
  /** the class of the dataset's fields; a field of personal data may be stricter (see `Shared`) */
  sharingClass: SharingClass;
  description: string;
  /** where its records are, for the catalogue's row count */
  table: string;
}

/**
 * Every dataset the hub holds. A dataset is the unit of ownership (only its owner contributes it), of
 * sharing class and of grants. Adding a dataset means adding it here and to DATASET_INFO.
 */
export enum Dataset {
  REGIONS = "REGIONS",
  MONITORING_STATIONS = "MONITORING_STATIONS",
  OBSERVATIONS = "OBSERVATIONS",
  WARNINGS = "WARNINGS",
  INDICATORS = "INDICATORS",
  TARGETS = "TARGETS",
  PERFORMANCE_GRADES = "PERFORMANCE_GRADES",
  ENVIRONMENTAL_PROFILES = "ENVIRONMENTAL_PROFILES",
  EMERGENCY_LIST = "EMERGENCY_LIST",
  REMOTE_SENSING = "REMOTE_SENSING",
  BLACK_SMOKE = "BLACK_SMOKE",
  OBD_RECORDS = "OBD_RECORDS",
  NRMM = "NRMM",
  ENTERPRISES = "ENTERPRISES",
  FUEL_STATIONS = "FUEL_STATIONS",
  VEHICLES = "VEHICLES",
  ENTRY_PERMITS = "ENTRY_PERMITS",
  CHECKPOINTS = "CHECKPOINTS",
  CHECKPOINT_PASSAGES = "CHECKPOINT_PASSAGES",
  OPERATING_LICENCES = "OPERATING_LICENCES",
  PHASE_OUTS = "PHASE_OUTS",
  REPAIRS = "REPAIRS",
  RAIL_SIDINGS = "RAIL_SIDINGS",
  FUEL_SAMPLES = "FUEL_SAMPLES",
  INSPECTION_AGENCIES = "INSPECTION_AGENCIES",
  VEHICLE_INSPECTIONS = "VEHICLE_INSPECTIONS",
  COAL_CHECKS = "COAL_CHECKS",
  CONSTRUCTION_SITES = "CONSTRUCTION_SITES",
  DUST_CHECKS = "DUST_CHECKS",
  DUST_MONITOR_READINGS = "DUST_MONITOR_READINGS",
  DUST_VIOLATIONS = "DUST_VIOLATIONS",
  RESTAURANT_FUME_MONITORS = "RESTAURANT_FUME_MONITORS",
  FIRE_POINTS = "FIRE_POINTS",
  COAL_REPLACEMENT = "COAL_REPLACEMENT",
  ELECTRICITY_READINGS = "ELECTRICITY_READINGS",
  COAL_TO_ELECTRICITY = "COAL_TO_ELECTRICITY",
  GATE_RECORDS = "GATE_RECORDS",
}

export const DATASET_INFO: Record<Dataset, DatasetInfo> = {
  REGIONS: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.OPEN, description: "Administrative regions of Henan (province, 18 cities, counties) with codes.", table: "environment.regions" },
  MONITORING_STATIONS: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.OPEN, description: "Air-quality monitoring stations (国控/省控) and where they stand.", table: "environment.monitoring_stations" },
  OBSERVATIONS: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.OPEN, description: "Hourly pollutant concentrations at monitoring stations.", table: "environment.observations" },
  WARNINGS: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.OPEN, description: "Heavy-pollution weather warnings issued to cities.", table: "environment.warnings" },
  INDICATORS: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.OPEN, description: "Plan indicators (PM2.5, good days, …) per region and period.", table: "environment.indicators" },
  TARGETS: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.OPEN, description: "Annual and stage targets of the 2021 plan per region.", table: "environment.targets" },
  PERFORMANCE_GRADES: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.OPEN, description: "Enterprises' environmental performance grades (A, B, C, D) for emergency measures.", table: "environment.performance_grades" },
  ENVIRONMENTAL_PROFILES: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.CONDITIONAL, description: "Enterprises' environmental profiles: permits, emission outlets, treatment facilities.", table: "environment.enterprise_profiles" },
  EMERGENCY_LIST: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.OPEN, description: "The emergency emission-reduction list: firms and the measure each owes per warning level.", table: "environment.emergency_list" },
  REMOTE_SENSING: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.CONDITIONAL, description: "Roadside remote-sensing tests of vehicle exhaust.", table: "environment.remote_sensing_tests" },
  BLACK_SMOKE: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.CONDITIONAL, description: "Camera captures of black-smoke vehicles.", table: "environment.black_smoke_captures" },
  OBD_RECORDS: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.CONDITIONAL, description: "On-board diagnostics records sent by heavy vehicles.", table: "environment.obd_records" },
  NRMM: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.CONDITIONAL, description: "Registered non-road mobile machinery and their owners' credit codes.", table: "environment.nonroad_machinery" },
  ENTERPRISES: { owner: Department.MARKET_REGULATION, sharingClass: SharingClass.OPEN, description: "The enterprise registry: unified social credit code, name, region, industry.", table: "market_regulation.enterprises" },
  FUEL_STATIONS: { owner: Department.MARKET_REGULATION, sharingClass: SharingClass.OPEN, description: "Registered filling stations.", table: "market_regulation.fuel_stations" },
  VEHICLES: { owner: Department.PUBLIC_SECURITY, sharingClass: SharingClass.OPEN, description: "Vehicle registrations (plate, type, fuel, emission stage); owner data is RESTRICTED.", table: "public_security.vehicles" },
  ENTRY_PERMITS: { owner: Department.PUBLIC_SECURITY, sharingClass: SharingClass.CONDITIONAL, description: "City-entry permits of trucks.", table: "public_security.entry_permits" },
  CHECKPOINTS: { owner: Department.PUBLIC_SECURITY, sharingClass: SharingClass.OPEN, description: "Traffic checkpoints with cameras at city entries.", table: "public_security.checkpoints" },
  CHECKPOINT_PASSAGES: { owner: Department.PUBLIC_SECURITY, sharingClass: SharingClass.CONDITIONAL, description: "Vehicle passages recorded at checkpoints (who drove where, when).", table: "public_security.passages" },
  OPERATING_LICENCES: { owner: Department.TRANSPORT, sharingClass: SharingClass.CONDITIONAL, description: "Road transport operating licences of vehicles.", table: "transport.operating_licences" },
  PHASE_OUTS: { owner: Department.TRANSPORT, sharingClass: SharingClass.CONDITIONAL, description: "Phase-out (淘汰) records of old vehicles.", table: "transport.phase_outs" },
  REPAIRS: { owner: Department.TRANSPORT, sharingClass: SharingClass.CONDITIONAL, description: "Emission repairs (I/M stations) of vehicles.", table: "transport.repairs" },
  RAIL_SIDINGS: { owner: Department.TRANSPORT, sharingClass: SharingClass.OPEN, description: "Railway sidings serving enterprises (公转铁).", table: "transport.rail_sidings" },
  FUEL_SAMPLES: { owner: Department.MARKET_REGULATION, sharingClass: SharingClass.CONDITIONAL, description: "Fuel quality samples taken at filling stations and their results.", table: "market_regulation.fuel_samples" },
  INSPECTION_AGENCIES: { owner: Department.MARKET_REGULATION, sharingClass: SharingClass.OPEN, description: "Accredited vehicle emission inspection agencies.", table: "market_regulation.inspection_agencies" },
  VEHICLE_INSPECTIONS: { owner: Department.MARKET_REGULATION, sharingClass: SharingClass.CONDITIONAL, description: "Periodic emission inspections of vehicles and their results.", table: "market_regulation.vehicle_inspections" },
  COAL_CHECKS: { owner: Department.MARKET_REGULATION, sharingClass: SharingClass.CONDITIONAL, description: "Quality checks of coal sold in the province.", table: "market_regulation.coal_checks" },
  CONSTRUCTION_SITES: { owner: Department.HOUSING, sharingClass: SharingClass.OPEN, description: "Registered construction sites.", table: "housing.construction_sites" },
  DUST_CHECKS: { owner: Department.HOUSING, sharingClass: SharingClass.CONDITIONAL, description: "Dust-control inspections of construction sites (六个百分之百).", table: "housing.dust_checks" },
  DUST_MONITOR_READINGS: { owner: Department.HOUSING, sharingClass: SharingClass.CONDITIONAL, description: "Online PM10 monitor readings at construction sites.", table: "housing.dust_monitor_readings" },
  DUST_VIOLATIONS: { owner: Department.HOUSING, sharingClass: SharingClass.CONDITIONAL, description: "Dust-control violations and penalties.", table: "housing.dust_violations" },
  RESTAURANT_FUME_MONITORS: { owner: Department.HOUSING, sharingClass: SharingClass.CONDITIONAL, description: "Restaurant cooking-fume monitors and their readings.", table: "housing.restaurant_fume_monitors" },
  FIRE_POINTS: { owner: Department.AGRICULTURE, sharingClass: SharingClass.OPEN, description: "Satellite-detected straw-burning fire points.", table: "agriculture.fire_points" },
  COAL_REPLACEMENT: { owner: Department.AGRICULTURE, sharingClass: SharingClass.OPEN, description: "Rural coal replacement (散煤替代) per county and year.", table: "agriculture.coal_replacements" },
  ELECTRICITY_READINGS: { owner: Department.GRID, sharingClass: SharingClass.CONDITIONAL, description: "Daily and hourly electricity use of enterprises (the grid company's evidence of emergency measures).", table: "grid.electricity_readings" },
  COAL_TO_ELECTRICITY: { owner: Department.GRID, sharingClass: SharingClass.OPEN, description: "Households switched from coal to electric heating per county and year.", table: "grid.coal_to_electricity" },
  GATE_RECORDS: { owner: Department.ENVIRONMENT, sharingClass: SharingClass.CONDITIONAL, description: "Truck movements at the gates (门禁) of bulk-material transport enterprises: which plate passed which gate, when, in which emission stage.", table: "environment.gate_records" },
};

export const DATASETS: readonly Dataset[] = Object.values(Dataset);

export const DATASET_OWNER = Object.fromEntries(DATASETS.map((d) => [d, DATASET_INFO[d].owner])) as Record<Dataset, Department>;
