/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The city groups the plan sets targets by: Beijing-Tianjin-Hebei transmission channel, Fenwei plain, the rest. */
export type CityGroup =
  /** Fenwei-plain cities (汾渭平原): Luoyang, Sanmenxia. */
  | 'FENWEI'
  /** The other cities and Jiyuan. */
  | 'OTHER'
  /** Beijing-Tianjin-Hebei transmission-channel cities (京津冀大气污染传输通道): Zhengzhou, Kaifeng, Anyang, Hebi, Xinxiang, Jiaozuo, Puyang. */
  | 'TRANSMISSION_CHANNEL';

/** How a value meets a target: at most (≤) or at least (≥) it. */
export type Comparison =
  /** Met when the value is at least the target (≥), e.g. good-day ratio ≥ 65%. */
  | 'AT_LEAST'
  /** Met when the value is at most the target (≤), e.g. PM2.5 ≤ 53 µg/m³. */
  | 'AT_MOST';

/** 合格 / 不合格: whether a sample or an inspection met its standard. */
export type ComplianceResult =
  /** Did not meet its standard (不合格). */
  | 'FAIL'
  /** Met its standard (合格). */
  | 'PASS';

/** Whether electricity use shows the cut owed during a warning. baseline = mean daily use over the 30 days before the warning, leaving out days of the city's other warnings; during = mean daily use over the warning's days (each mean over days with readings); cut = 1 − during / baseline; owed = the measure's reduction (HALT counts as 80%). COMPLIANT when cut ≥ owed − 5 points; SUSPECT below that; NOT_ASSESSED for SELF_DETERMINED measures (A and LEADING firms); NO_DATA when either period has readings on fewer than half its days, or no baseline use. */
export type ComplianceVerdict =
  /** The cut in electricity use is at least the owed reduction less 5 percentage points. */
  | 'COMPLIANT'
  /** Not judged: a SELF_DETERMINED measure (A and LEADING firms) owes no set cut. */
  | 'NOT_ASSESSED'
  /** Not judged: the baseline or warning period has readings on fewer than half its days, or there is no baseline use. */
  | 'NO_DATA'
  /** The cut is more than 5 points short of the owed reduction: the enterprise may not have applied its measure. */
  | 'SUSPECT';

/** Where a construction site's works stand. */
export type ConstructionSiteStatus =
  /** Works under way. */
  | 'ACTIVE'
  /** Works finished. */
  | 'COMPLETED'
  /** Registered, works not started. */
  | 'PLANNED'
  /** Works halted (停工), e.g. during a heavy-pollution warning or by order. */
  | 'SUSPENDED';

/** Every dataset of the hub; each has one owning department. */
export type Dataset =
  /** Camera captures of black-smoke vehicles. Owner: ENVIRONMENT; CONDITIONAL. */
  | 'BLACK_SMOKE'
  /** Traffic checkpoints with cameras at city entries. Owner: PUBLIC_SECURITY; OPEN. */
  | 'CHECKPOINTS'
  /** Vehicle passages recorded at checkpoints (who drove where, when). Owner: PUBLIC_SECURITY; CONDITIONAL. */
  | 'CHECKPOINT_PASSAGES'
  /** Quality checks of coal sold in the province. Owner: MARKET_REGULATION; CONDITIONAL. */
  | 'COAL_CHECKS'
  /** Rural coal replacement (散煤替代) per county and year. Owner: AGRICULTURE; OPEN. */
  | 'COAL_REPLACEMENT'
  /** Households switched from coal to electric heating per county and year. Owner: GRID; OPEN. */
  | 'COAL_TO_ELECTRICITY'
  /** Registered construction sites. Owner: HOUSING; OPEN. */
  | 'CONSTRUCTION_SITES'
  /** Dust-control inspections of construction sites (六个百分之百). Owner: HOUSING; CONDITIONAL. */
  | 'DUST_CHECKS'
  /** Online PM10 monitor readings at construction sites. Owner: HOUSING; CONDITIONAL. */
  | 'DUST_MONITOR_READINGS'
  /** Dust-control violations and penalties. Owner: HOUSING; CONDITIONAL. */
  | 'DUST_VIOLATIONS'
  /** Daily and hourly electricity use of enterprises (the grid company's evidence of emergency measures). Owner: GRID; CONDITIONAL. */
  | 'ELECTRICITY_READINGS'
  /** The emergency emission-reduction list: firms and the measure each owes per warning level. Owner: ENVIRONMENT; OPEN. */
  | 'EMERGENCY_LIST'
  /** The enterprise registry: unified social credit code, name, region, industry. Owner: MARKET_REGULATION; OPEN. */
  | 'ENTERPRISES'
  /** City-entry permits of trucks. Owner: PUBLIC_SECURITY; CONDITIONAL. */
  | 'ENTRY_PERMITS'
  /** Enterprises' environmental profiles: permits, emission outlets, treatment facilities. Owner: ENVIRONMENT; CONDITIONAL. */
  | 'ENVIRONMENTAL_PROFILES'
  /** Satellite-detected straw-burning fire points. Owner: AGRICULTURE; OPEN. */
  | 'FIRE_POINTS'
  /** Fuel quality samples taken at filling stations and their results. Owner: MARKET_REGULATION; CONDITIONAL. */
  | 'FUEL_SAMPLES'
  /** Registered filling stations. Owner: MARKET_REGULATION; OPEN. */
  | 'FUEL_STATIONS'
  /** Truck movements at the gates (门禁) of bulk-material transport enterprises: which plate passed which gate, when, in which emission stage. Owner: ENVIRONMENT; CONDITIONAL. */
  | 'GATE_RECORDS'
  /** Plan indicators (PM2.5, good days, …) per region and period. Owner: ENVIRONMENT; OPEN. */
  | 'INDICATORS'
  /** Accredited vehicle emission inspection agencies. Owner: MARKET_REGULATION; OPEN. */
  | 'INSPECTION_AGENCIES'
  /** Air-quality monitoring stations (国控/省控) and where they stand. Owner: ENVIRONMENT; OPEN. */
  | 'MONITORING_STATIONS'
  /** Registered non-road mobile machinery and their owners' credit codes. Owner: ENVIRONMENT; CONDITIONAL. */
  | 'NRMM'
  /** On-board diagnostics records sent by heavy vehicles. Owner: ENVIRONMENT; CONDITIONAL. */
  | 'OBD_RECORDS'
  /** Hourly pollutant concentrations at monitoring stations. Owner: ENVIRONMENT; OPEN. */
  | 'OBSERVATIONS'
  /** Road transport operating licences of vehicles. Owner: TRANSPORT; CONDITIONAL. */
  | 'OPERATING_LICENCES'
  /** Enterprises' environmental performance grades (A, B, C, D) for emergency measures. Owner: ENVIRONMENT; OPEN. */
  | 'PERFORMANCE_GRADES'
  /** Phase-out (淘汰) records of old vehicles. Owner: TRANSPORT; CONDITIONAL. */
  | 'PHASE_OUTS'
  /** Railway sidings serving enterprises (公转铁). Owner: TRANSPORT; OPEN. */
  | 'RAIL_SIDINGS'
  /** Administrative regions of Henan (province, 18 cities, counties) with codes. Owner: ENVIRONMENT; OPEN. */
  | 'REGIONS'
  /** Roadside remote-sensing tests of vehicle exhaust. Owner: ENVIRONMENT; CONDITIONAL. */
  | 'REMOTE_SENSING'
  /** Emission repairs (I/M stations) of vehicles. Owner: TRANSPORT; CONDITIONAL. */
  | 'REPAIRS'
  /** Restaurant cooking-fume monitors and their readings. Owner: HOUSING; CONDITIONAL. */
  | 'RESTAURANT_FUME_MONITORS'
  /** The straw-burning deduction per confirmed fire point (秸秆焚烧扣减地方财力) and the dates it applies from. Owner: AGRICULTURE; OPEN. */
  | 'STRAW_BURNING_DEDUCTION_RATES'
  /** Annual and stage targets of the 2021 plan per region. Owner: ENVIRONMENT; OPEN. */
  | 'TARGETS'
  /** Vehicle registrations (plate, type, fuel, emission stage); owner data is RESTRICTED. Owner: PUBLIC_SECURITY; OPEN. */
  | 'VEHICLES'
  /** Periodic emission inspections of vehicles and their results. Owner: MARKET_REGULATION; CONDITIONAL. */
  | 'VEHICLE_INSPECTIONS'
  /** Heavy-pollution weather warnings issued to cities. Owner: ENVIRONMENT; OPEN. */
  | 'WARNINGS';

/** 国一 … 国六b; NONE for pure electric vehicles. */
export type EmissionStage =
  /** China I (国一), the first national vehicle emission standard. */
  | 'CN1'
  /** China II (国二). */
  | 'CN2'
  /** China III (国三); for heavy diesel vehicles from 2008-07. Operating diesel trucks of CN3 and below are the plan's high-emission trucks (task 15). */
  | 'CN3'
  /** China IV (国四); for heavy diesel vehicles from 2013-07. */
  | 'CN4'
  /** China V (国五); for heavy diesel vehicles from 2017-07. */
  | 'CN5'
  /** China VI stage a (国六a); for heavy diesel vehicles from 2021-07-01. */
  | 'CN6A'
  /** China VI stage b (国六b), the strictest; for heavy diesel vehicles from 2023-07-01. */
  | 'CN6B'
  /** No emission stage: a pure electric vehicle. */
  | 'NONE';

/** The file format of a bulk export. */
export type ExportFormat =
  /** Comma-separated values with a header of the field names (RFC 4180; null is an empty cell, the empty text ""). */
  | 'CSV'
  /** One JSON object per line, its keys the field names, its values as the API answers them. */
  | 'JSONL';

/** Where an export job stands. */
export type ExportStatus =
  /** The file is written: `rowCount`, `sizeBytes`, `sha256` and a `downloadUrl` until `expiresAt`. */
  | 'DONE'
  /** No file: `reason` says why. */
  | 'FAILED'
  /** Accepted; the owning department has not started it yet. */
  | 'QUEUED'
  /** The owning department is writing the file (`sizeBytes` so far). */
  | 'RUNNING';

/** The registered fuel (燃料种类). */
export type Fuel =
  /** Diesel (柴油). */
  | 'DIESEL'
  /** Pure electric (纯电动); emission stage NONE. */
  | 'ELECTRIC'
  /** Gasoline (汽油). */
  | 'GASOLINE'
  /** Hybrid (混合动力). */
  | 'HYBRID'
  /** Hydrogen fuel cell (燃料电池). */
  | 'HYDROGEN'
  /** Natural gas, compressed or liquefied (天然气). */
  | 'NATURAL_GAS';

/** Whether a filling station sells fuel. */
export type FuelStationStatus =
  /** Closed for good. */
  | 'CLOSED'
  /** Selling fuel; counted in the sampling coverage. */
  | 'OPERATING'
  /** Temporarily not selling fuel. */
  | 'SUSPENDED';

/** CUT: reduce production by a share; HALT: stop (counted as an 80% cut when judged); SELF_DETERMINED: A and LEADING firms choose their own. */
export type MeasureKind =
  /** Reduce production by the measure's share (限产). */
  | 'CUT'
  /** Stop production (停产); counted as an 80% cut when compliance is judged. */
  | 'HALT'
  /** The enterprise chooses its own reductions (自主减排): A and LEADING grades. */
  | 'SELF_DETERMINED';

/** An indicator metric; each belongs to the department that produces it. */
export type Metric =
  /** Share of key-industry firms graded A or B. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT. */
  | 'AB_GRADE_SHARE'
  /** Area afforested. Unit: mu; contributions from 0 to 100000000; produced by ENVIRONMENT, reported from outside the hub. */
  | 'AFFORESTATION_MU'
  /** Green ratio of built-up areas. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT, reported from outside the hub. */
  | 'BUILT_UP_GREEN_RATIO'
  /** Urban central-heating coverage. Unit: ratio; contributions from 0 to 1; produced by HOUSING. */
  | 'CENTRAL_HEATING_COVERAGE'
  /** Enterprises of the year's list moved out of the cities. Unit: firms; contributions from 0 to 10000; produced by ENVIRONMENT, reported from outside the hub. */
  | 'COAL_FIRMS_RELOCATED'
  /** Outdated coal power units retired. Unit: MW; contributions from 0 to 100000; produced by ENVIRONMENT, reported from outside the hub. */
  | 'COAL_POWER_RETIRED_MW'
  /** Dustfall, city average. Unit: t/(month·km²); contributions from 0 to 100; produced by ENVIRONMENT. */
  | 'DUSTFALL'
  /** Key-industry firms graded D. Unit: firms; contributions from 0 to 100000; produced by ENVIRONMENT. */
  | 'D_GRADE_FIRMS'
  /** Confirmed straw-burning fire points. Unit: points; contributions from 0 to 100000; produced by AGRICULTURE. */
  | 'FIRE_POINTS'
  /** Area of forest tending. Unit: mu; contributions from 0 to 100000000; produced by ENVIRONMENT, reported from outside the hub. */
  | 'FOREST_TENDING_MU'
  /** Share of operating filling stations sampled. Unit: ratio; contributions from 0 to 1; produced by MARKET_REGULATION. */
  | 'FUEL_SAMPLING_COVERAGE'
  /** Gas storage of city gas companies, as a share of their yearly sales. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT, reported from outside the hub. */
  | 'GAS_STORAGE_CITY_GAS_SHARE'
  /** Gas storage of local governments, in days of use. Unit: days; contributions from 0 to 365; produced by ENVIRONMENT, reported from outside the hub. */
  | 'GAS_STORAGE_LOCAL_DAYS'
  /** Share of the year's emergency-list firms with gate (门禁) records by the period's end. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT. */
  | 'GATE_SYSTEM_SHARE'
  /** Share of valid days with AQI ≤ 100. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT. */
  | 'GOOD_DAY_RATIO'
  /** Green communities built. Unit: communities; contributions from 0 to 100000; produced by ENVIRONMENT, reported from outside the hub. */
  | 'GREEN_COMMUNITIES'
  /** New central-heating network. Unit: km; contributions from 0 to 100000; produced by HOUSING, reported from outside the hub. */
  | 'HEATING_NETWORK_NEW_KM'
  /** Share of valid days with AQI > 200. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT. */
  | 'HEAVY_POLLUTION_DAY_RATIO'
  /** Share of graded firms in glass, ceramics, refractories, carbon and non-ferrous smelting (aluminium aside) at grade B or above. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT. */
  | 'KILN_GRADE_B_SHARE_HIGH'
  /** Share of graded firms in aluminium, brick, ferroalloy, foundry and lime at grade B or above. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT. */
  | 'KILN_GRADE_B_SHARE_LOW'
  /** New-energy share of new and renewed airport airside vehicles. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT, reported from outside the hub. */
  | 'NEW_ENERGY_SHARE_NEW_AIRPORT'
  /** New-energy (electric, hydrogen) share of the year's newly registered transit buses. Unit: ratio; contributions from 0 to 1; produced by PUBLIC_SECURITY. */
  | 'NEW_ENERGY_SHARE_NEW_BUSES'
  /** New-energy share of new and renewed urban postal and logistics vehicles. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT, reported from outside the hub. */
  | 'NEW_ENERGY_SHARE_NEW_POSTAL_LOGISTICS'
  /** New-energy share of new and renewed sanitation vehicles. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT, reported from outside the hub. */
  | 'NEW_ENERGY_SHARE_NEW_SANITATION'
  /** New-energy (electric, hydrogen) share of the year's newly registered taxis. Unit: ratio; contributions from 0 to 1; produced by PUBLIC_SECURITY. */
  | 'NEW_ENERGY_SHARE_NEW_TAXIS'
  /** Family spot-check rate of new vehicles and machinery. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT, reported from outside the hub. */
  | 'NEW_VEHICLE_SPOT_CHECK_RATE'
  /** Non-road mobile machinery registered. Unit: machines; contributions from 0 to 10000000; produced by ENVIRONMENT. */
  | 'NRMM_REGISTERED'
  /** Days with O3 MDA8 > 160 µg/m³. Unit: days; contributions from 0 to 366; produced by ENVIRONMENT. */
  | 'O3_EXCEEDANCE_DAYS'
  /** Share of valid days with O3 MDA8 > 160 µg/m³. Unit: ratio; contributions from 0 to 1; produced by ENVIRONMENT. */
  | 'O3_EXCEEDANCE_RATE'
  /** PM10 mean concentration. Unit: µg/m³; contributions from 0 to 2000; produced by ENVIRONMENT. */
  | 'PM10_MEAN'
  /** PM2.5 mean concentration. Unit: µg/m³; contributions from 0 to 1000; produced by ENVIRONMENT. */
  | 'PM25_MEAN'
  /** Railway sidings in service (the registry as it stands: it holds no dates). Unit: sidings; contributions from 0 to 10000; produced by TRANSPORT. */
  | 'RAIL_SIDINGS_IN_SERVICE'
  /** Railway sidings under construction (the registry as it stands: it holds no dates). Unit: sidings; contributions from 0 to 10000; produced by TRANSPORT. */
  | 'RAIL_SIDINGS_UNDER_CONSTRUCTION'
  /** Floor area of renewable heating added. Unit: m²; contributions from 0 to 1000000000; produced by ENVIRONMENT, reported from outside the hub. */
  | 'RENEWABLE_HEATING_ADDED_M2'
  /** Renewable generation capacity added. Unit: MW; contributions from 0 to 1000000; produced by ENVIRONMENT, reported from outside the hub. */
  | 'RENEWABLE_POWER_ADDED_MW';

/** 绩效分级 of the emergency-reduction grading guide; LEADING is 引领性. */
export type PerformanceGrade =
  /** Grade A, the best: chooses its own reductions during a warning. */
  | 'A'
  /** Grade B: owes the measure mandated for the warning level. */
  | 'B'
  /** Grade B- (B级-): owes the mandated measure, stricter than B. */
  | 'B_MINUS'
  /** Grade C: owes the mandated measure, stricter than B-. */
  | 'C'
  /** Grade D, the worst: owes the strictest measure; the plan aims at none left by 2021. */
  | 'D'
  /** Leading (引领性), for industries graded that way: chooses its own reductions, like A. */
  | 'LEADING';

/** Whether an entry permit is in force. */
export type PermitStatus =
  /** Past its end date. */
  | 'EXPIRED'
  /** Withdrawn before its end. */
  | 'REVOKED'
  /** In force within its dates. */
  | 'VALID';

/** Where a truck's phase-out stands. */
export type PhaseOutStatus =
  /** Still operating as it was. */
  | 'PENDING'
  /** Scrapped (报废) or otherwise taken off the road for good. */
  | 'SCRAPPED'
  /** Retrofitted or re-powered to a stage that may keep operating. */
  | 'UPGRADED';

/** A region's level in the GB/T 2260 hierarchy. */
export type RegionLevel =
  /** A prefecture-level city (省辖市) or the Jiyuan demonstration zone (419001). */
  | 'CITY'
  /** A county, county-level city or district (县/市/区) under a city. */
  | 'COUNTY'
  /** The province of Henan (河南省, 410000). */
  | 'PROVINCE';

/** Whether a remote-sensing test found the vehicle within the limits of HJ 845-2017 (diesel) or GB 18285-2018 (petrol). */
export type RemoteSensingResult =
  /** The vehicle's exhaust exceeded the remote-sensing limits (a screened high emitter). */
  | 'FAIL'
  /** The vehicle's exhaust was within the remote-sensing limits. */
  | 'PASS';

/** MET / MISSED: the period has ended and the value meets / fails the target. ON_TRACK / AT_RISK: the period is still running and the value so far meets / fails it. NO_DATA: no value. */
export type TargetStatus =
  /** The period is still running and the value so far fails the target. */
  | 'AT_RISK'
  /** The period has ended and the value meets the target. */
  | 'MET'
  /** The period has ended and the value fails the target. */
  | 'MISSED'
  /** There is no value for the region and period yet. */
  | 'NO_DATA'
  /** The period is still running and the value so far meets the target. */
  | 'ON_TRACK';

/** The registration's status (机动车状态). */
export type VehicleStatus =
  /** Registered and allowed on the road (正常). */
  | 'ACTIVE'
  /** Deregistered for another reason (注销). */
  | 'DEREGISTERED'
  /** Scrapped (报废). */
  | 'SCRAPPED'
  /** Seized by the authorities (查封/扣押). */
  | 'SEIZED';

/** The registered vehicle type (车辆类型). */
export type VehicleType =
  /** Bus or coach (客车). */
  | 'BUS'
  /** Passenger car (小型、微型载客汽车). */
  | 'CAR'
  /** Heavy truck (重型货车). */
  | 'HEAVY_TRUCK'
  /** Light truck (轻型货车). */
  | 'LIGHT_TRUCK'
  /** Medium truck (中型货车). */
  | 'MEDIUM_TRUCK'
  /** Special-purpose vehicle (专项作业车). */
  | 'SPECIAL';

/** 使用性质 of the registration. */
export type VehicleUse =
  /** Public bus (公交客运). */
  | 'BUS_TRANSIT'
  /** Not for hire (非营运). */
  | 'NON_OPERATING'
  /** Commercial freight (营运货运). */
  | 'OPERATING_FREIGHT'
  /** Commercial passenger transport (营运客运). */
  | 'OPERATING_PASSENGER'
  /** Special purpose (专用), e.g. sanitation or engineering. */
  | 'SPECIAL_PURPOSE'
  /** Taxi (出租客运). */
  | 'TAXI';

/** 黄色 / 橙色 / 红色 heavy-pollution warning. */
export type WarningLevel =
  /** Orange (橙色): AQI above 200 for 3 days or more, at least one above 300. */
  | 'ORANGE'
  /** Red (红色), the highest: AQI above 200 for 4 days or more with at least 2 above 300, or any day reaching 500. */
  | 'RED'
  /** Yellow (黄色), the lowest: forecast daily AQI above 200 for 2 days or more. */
  | 'YELLOW';

export type AirQualityProgressQueryVariables = Exact<{
  year: number;
}>;


export type AirQualityProgressQuery = { province: Array<{ code: string, name: string, level: RegionLevel, group: CityGroup | null, targetProgress: Array<{ metric: Metric, period: string, comparison: Comparison, target: number, actual: number | null, unit: string, status: TargetStatus, sourceClause: string, targetRegion: { code: string } }> }>, cities: Array<{ code: string, name: string, level: RegionLevel, group: CityGroup | null, targetProgress: Array<{ metric: Metric, period: string, comparison: Comparison, target: number, actual: number | null, unit: string, status: TargetStatus, sourceClause: string, targetRegion: { code: string } }> }> };

export type ProgressRegionFragment = { code: string, name: string, level: RegionLevel, group: CityGroup | null, targetProgress: Array<{ metric: Metric, period: string, comparison: Comparison, target: number, actual: number | null, unit: string, status: TargetStatus, sourceClause: string, targetRegion: { code: string } }> };

export type CitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CitiesQuery = { regions: Array<{ code: string, name: string }> };

export type DustCityQueryVariables = Exact<{
  cityCode: string;
  from: string;
  to: string;
}>;


export type DustCityQuery = { region: { code: string, name: string, airQuality: { pm10Mean: number | null, validDays: number, complete: boolean } } | null, checks: { totalCount: number } | null, failedChecks: { totalCount: number } | null, dustfall: { edges: Array<{ node: { period: string, value: number, unit: string, target: number | null, region: { code: string } } }> } };

export type DustSiteExceedancesQueryVariables = Exact<{
  regionCode: string;
  from: string;
  to: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DustSiteExceedancesQuery = { constructionSites: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, status: ConstructionSiteStatus, dustExceedanceHours: number | null, region: { code: string, level: RegionLevel, parent: { code: string } | null } } }> } };

export type EmergencyComplianceQueryVariables = Exact<{
  warningId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EmergencyComplianceQuery = { warning: { id: string, level: WarningLevel, startsAt: string, endsAt: string | null, liftedAt: string | null, region: { code: string, name: string }, listedEnterprises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { creditCode: string, owedCut: number | null, selfDetermined: boolean, enterprise: { name: string, performanceGrade: PerformanceGrade | null } | null, measure: { kind: MeasureKind, reduction: number | null }, electricity: { baselineDailyKwh: number | null, baselineDaysWithReadings: number, baselineDays: number, warningDailyKwh: number | null, warningDaysWithReadings: number, warningDays: number, cut: number | null, gap: number | null, verdict: ComplianceVerdict } | null } }> } } | null };

export type ExportJobQueryVariables = Exact<{
  id: string;
}>;


export type ExportJobQuery = { exportJob: { id: string, dataset: Dataset, format: ExportFormat, status: ExportStatus, reason: string | null, rowCount: number | null, sizeBytes: number | null, sha256: string | null, expiresAt: string | null, downloadUrl: string | null, downloadUrlExpiresAt: string | null } | null };

export type FirePointDeductionsQueryVariables = Exact<{
  year: number;
}>;


export type FirePointDeductionsQuery = { firePointDeductions: Array<{ regionCode: string, month: string, confirmedFirePoints: number, deduction: number, region: { code: string, name: string, parent: { code: string, name: string } | null } }> };

export type FirePointsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FirePointsQuery = { firePoints: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, detectedAt: string, confirmed: boolean, region: { code: string, name: string, level: RegionLevel, parent: { code: string, name: string } | null } } }> } };

export type FuelSamplesQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FuelSamplesQuery = { fuelSamples: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { sampleNo: string, sampledOn: string, result: ComplianceResult, station: { code: string } | null } }> } | null };

export type FuelStationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FuelStationsQuery = { fuelStations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, status: FuelStationStatus, region: { code: string, level: RegionLevel, parent: { code: string } | null } } }> } };

export type HighEmissionTrucksQueryVariables = Exact<{
  cityCode: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HighEmissionTrucksQuery = { passages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { checkpointCode: string, passedAt: string, plate: string, vin: string | null, vehicle: { vin: string, vehicleType: VehicleType, fuel: Fuel, emissionStage: EmissionStage, use: VehicleUse, status: VehicleStatus, entryPermits: Array<{ permitNo: string, validFrom: string, validTo: string, status: PermitStatus, city: { code: string } }> | null, phaseOut: { status: PhaseOutStatus, deadline: string, completedOn: string | null } | null, lastInspection: { inspectionNo: string, inspectedAt: string, result: ComplianceResult } | null, remoteSensing: Array<{ at: string, result: RemoteSensingResult }> | null } | null } }> } | null };

export type RequestExportMutationVariables = Exact<{
  dataset: Dataset;
  format: ExportFormat;
  filter?: Record<string, unknown> | null | undefined;
}>;


export type RequestExportMutation = { requestExport: { id: string, status: ExportStatus } };

export type TargetsQueryVariables = Exact<{
  metric?: Metric | null | undefined;
}>;


export type TargetsQuery = { targets: { edges: Array<{ node: { metric: Metric, period: string, comparison: Comparison, value: number, region: { code: string } } }> } };

export const ProgressRegionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"targetProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceClause"}}]}}]}}]} as unknown as DocumentNode<ProgressRegionFragment, unknown>;
export const AirQualityProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AirQualityProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"province"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressRegion"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"cities"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"CITY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressRegion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"targetProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceClause"}}]}}]}}]} as unknown as DocumentNode<AirQualityProgressQuery, AirQualityProgressQueryVariables>;
export const CitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"CITY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CitiesQuery, CitiesQueryVariables>;
export const DustCityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DustCity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"airQuality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pm10Mean"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"checks"},"name":{"kind":"Name","value":"dustChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"failedChecks"},"name":{"kind":"Name","value":"dustChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"passed"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dustfall"},"name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"DUSTFALL"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DustCityQuery, DustCityQueryVariables>;
export const DustSiteExceedancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DustSiteExceedances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constructionSites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dustExceedanceHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<DustSiteExceedancesQuery, DustSiteExceedancesQueryVariables>;
export const EmergencyComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"warningId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"warningId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listedEnterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"performanceGrade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reduction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owedCut"}},{"kind":"Field","name":{"kind":"Name","value":"selfDetermined"}},{"kind":"Field","name":{"kind":"Name","value":"electricity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baselineDailyKwh"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDaysWithReadings"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDays"}},{"kind":"Field","name":{"kind":"Name","value":"warningDailyKwh"}},{"kind":"Field","name":{"kind":"Name","value":"warningDaysWithReadings"}},{"kind":"Field","name":{"kind":"Name","value":"warningDays"}},{"kind":"Field","name":{"kind":"Name","value":"cut"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmergencyComplianceQuery, EmergencyComplianceQueryVariables>;
export const ExportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrlExpiresAt"}}]}}]}}]} as unknown as DocumentNode<ExportJobQuery, ExportJobQueryVariables>;
export const FirePointDeductionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirePointDeductions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firePointDeductions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedFirePoints"}},{"kind":"Field","name":{"kind":"Name","value":"deduction"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirePointDeductionsQuery, FirePointDeductionsQueryVariables>;
export const FirePointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirePoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firePoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirePointsQuery, FirePointsQueryVariables>;
export const FuelSamplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FuelSamples"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelSamples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sampleNo"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FuelSamplesQuery, FuelSamplesQueryVariables>;
export const FuelStationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FuelStations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelStations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FuelStationsQuery, FuelStationsQueryVariables>;
export const HighEmissionTrucksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HighEmissionTrucks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INBOUND"}},{"kind":"Argument","name":{"kind":"Name","value":"emissionStageAtMost"},"value":{"kind":"EnumValue","value":"CN3"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkpointCode"}},{"kind":"Field","name":{"kind":"Name","value":"passedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleType"}},{"kind":"Field","name":{"kind":"Name","value":"fuel"}},{"kind":"Field","name":{"kind":"Name","value":"emissionStage"}},{"kind":"Field","name":{"kind":"Name","value":"use"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entryPermits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permitNo"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionNo"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remoteSensing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HighEmissionTrucksQuery, HighEmissionTrucksQueryVariables>;
export const RequestExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestExportMutation, RequestExportMutationVariables>;
export const TargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Targets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetsQuery, TargetsQueryVariables>;