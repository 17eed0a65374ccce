export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in China time, written YYYY-MM-DD, from 1900-01-01 to 2100-12-31. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with an offset (answers use China time, +08:00); its date as written from 1900-01-01 to 2100-12-31. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** A department's request to read a CONDITIONAL dataset, and the owner's answer. An approved request is a grant until `until`. */
export type AccessRequest = {
  __typename?: 'AccessRequest';
  /** Approved, not revoked, and `until` not passed: the grant is in force. */
  active: Scalars['Boolean']['output'];
  dataset: Dataset;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decidedBy: Maybe<Scalars['String']['output']>;
  /** Approved but `until` has passed. */
  expired: Scalars['Boolean']['output'];
  granteeDepartment: Department;
  /** The role the grant is for: the requester's. */
  granteeRole: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The owner's note with the decision or the revocation. */
  note: Maybe<Scalars['String']['output']>;
  /** Still pending after the reply deadline. */
  overdue: Scalars['Boolean']['output'];
  /** The dataset's owner, whose admins decide. */
  owner: Department;
  purpose: Scalars['String']['output'];
  /** The owner answers by this day: 5 working days after the request. */
  replyDue: Scalars['Date']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** The token subject that asked. */
  requestedBy: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  status: AccessRequestStatus;
  /** Last day of the grant (China time). */
  until: Scalars['Date']['output'];
};

export type AccessRequestConnection = {
  __typename?: 'AccessRequestConnection';
  edges: Array<AccessRequestEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AccessRequestEdge = {
  __typename?: 'AccessRequestEdge';
  cursor: Scalars['String']['output'];
  node: AccessRequest;
};

export type AccessRequestFilter = {
  dataset?: InputMaybe<Dataset>;
  /** true: requests on my department's datasets; false: my department's own requests; absent: both. */
  onMyDatasets?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only pending requests past their reply deadline. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<AccessRequestStatus>;
};

export type AccessRequestStatus =
  | 'APPROVED'
  | 'DENIED'
  | 'PENDING'
  | 'REVOKED';

/** The figures of an AirQualitySummary before their rounding, for analysts. Unrounded: the figure before its one GB/T 8170 rounding (a city's still computed from its published daily values; the province's the mean of its cities' unrounded figures). Day counts of the province are means, hence fractional. */
export type AirQualityFigures = {
  __typename?: 'AirQualityFigures';
  coIndex: Maybe<Scalars['Float']['output']>;
  coP95: Maybe<Scalars['Float']['output']>;
  /** The sum of the unrounded single indices. */
  compositeIndex: Maybe<Scalars['Float']['output']>;
  goodDayRatio: Maybe<Scalars['Float']['output']>;
  goodDays: Scalars['Float']['output'];
  heavyPollutionDayRatio: Maybe<Scalars['Float']['output']>;
  heavyPollutionDays: Scalars['Float']['output'];
  no2Index: Maybe<Scalars['Float']['output']>;
  no2Mean: Maybe<Scalars['Float']['output']>;
  no2P98: Maybe<Scalars['Float']['output']>;
  o3ExceedanceDays: Scalars['Float']['output'];
  o3ExceedanceRate: Maybe<Scalars['Float']['output']>;
  o3Index: Maybe<Scalars['Float']['output']>;
  o3Mda8P90: Maybe<Scalars['Float']['output']>;
  pm10Index: Maybe<Scalars['Float']['output']>;
  pm10Mean: Maybe<Scalars['Float']['output']>;
  pm10P95: Maybe<Scalars['Float']['output']>;
  pm25Index: Maybe<Scalars['Float']['output']>;
  pm25Mean: Maybe<Scalars['Float']['output']>;
  pm25P95: Maybe<Scalars['Float']['output']>;
  /** A city's: its published SO2 mean / 60, not yet rounded. */
  so2Index: Maybe<Scalars['Float']['output']>;
  so2Mean: Maybe<Scalars['Float']['output']>;
  so2P98: Maybe<Scalars['Float']['output']>;
  validDays: Scalars['Float']['output'];
};

/** An AQI with its category, primary and exceeding pollutants (HJ 633). */
export type AirQualityIndex = {
  __typename?: 'AirQualityIndex';
  /** Null when no indicator was given. */
  aqi: Maybe<Scalars['Int']['output']>;
  /** True when a concentration lay above the table's top and its IAQI was held at 500. */
  capped: Scalars['Boolean']['output'];
  category: Maybe<AqiCategory>;
  /** The category colour, #RRGGBB. */
  color: Maybe<Scalars['String']['output']>;
  /** Pollutants with IAQI > 100. */
  exceedingPollutants: Array<Pollutant>;
  iaqi: Array<PollutantIndex>;
  /** 1 (一级) … 6 (六级). */
  level: Maybe<Scalars['Int']['output']>;
  /** Empty when AQI ≤ 50; every pollutant tied at the maximum otherwise. */
  primaryPollutants: Array<Pollutant>;
  /** The ruleset applied, e.g. HJ633_2012. */
  ruleset: Scalars['String']['output'];
};

/** A period's evaluation (HJ 663-2013) with the composite index. Validity is judged per pollutant: each item's mean, percentile and exceedances are over its own valid days and its coverage (GB 3095: 27 daily values in each full month, 25 in February; 324 in a full year) is checked on them; the day ratios are over the days with an AQI. A figure whose coverage fails is null and missingReason says why. Every figure is published as the standard reports it, rounded once by GB/T 8170 (half to even on the decimal value): concentrations to integers (CO to 0.1 mg/m³), ratios (fractions 0..1) to three decimals, indices to two; a city's figures come from its daily values as published. The province counts as the mean of its cities: each of its figures (means, percentiles, ratios, day counts, indices) is the arithmetic mean of its 18 cities' unrounded figures for the period, rounded once, and is null when any city's is. `unrounded` has every figure before that rounding. */
export type AirQualitySummary = {
  __typename?: 'AirQualitySummary';
  /** CO 95th percentile / 4. */
  coIndex: Maybe<Scalars['Float']['output']>;
  /** 95th percentile of daily CO, mg/m³ to one decimal. */
  coP95: Maybe<Scalars['Float']['output']>;
  /** Every item and the AQI days have the daily coverage GB 3095 requires. */
  complete: Scalars['Boolean']['output'];
  /** Composite index 综合指数: the sum of the six single indices, each computed from the published concentration and rounded to two decimals; smaller is better. Null when any index is. */
  compositeIndex: Maybe<Scalars['Float']['output']>;
  /** Days per AQI category, all six, 优 to 严重. */
  daysByCategory: Array<CategoryDays>;
  from: Scalars['Date']['output'];
  goodDayRatio: Maybe<Scalars['Float']['output']>;
  /** Days with AQI ≤ 100 (优良). */
  goodDays: Scalars['Int']['output'];
  heavyPollutionDayRatio: Maybe<Scalars['Float']['output']>;
  heavyPollutionDays: Scalars['Int']['output'];
  missingReason: Maybe<Scalars['String']['output']>;
  /** NO2 mean / 40. */
  no2Index: Maybe<Scalars['Float']['output']>;
  no2Mean: Maybe<Scalars['Float']['output']>;
  /** 98th percentile of daily NO2. */
  no2P98: Maybe<Scalars['Float']['output']>;
  /** Days with MDA8 O3 above 160 (160 itself is not an exceedance). */
  o3ExceedanceDays: Scalars['Int']['output'];
  /** O3 exceedance days / O3's valid days. */
  o3ExceedanceRate: Maybe<Scalars['Float']['output']>;
  /** O3 MDA8 90th percentile / 160. */
  o3Index: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of daily MDA8 O3. */
  o3Mda8P90: Maybe<Scalars['Float']['output']>;
  /** PM10 mean / 70. */
  pm10Index: Maybe<Scalars['Float']['output']>;
  pm10Mean: Maybe<Scalars['Float']['output']>;
  /** 95th percentile of daily PM10. */
  pm10P95: Maybe<Scalars['Float']['output']>;
  /** PM2.5 mean / 35. */
  pm25Index: Maybe<Scalars['Float']['output']>;
  /** Period mean of PM2.5's valid days, µg/m³, an integer. */
  pm25Mean: Maybe<Scalars['Float']['output']>;
  /** 95th percentile of daily PM2.5. */
  pm25P95: Maybe<Scalars['Float']['output']>;
  /** Each item's valid days, coverage and exceedance days. */
  pollutants: Array<PollutantEvaluation>;
  /** Single index I = SO2 mean / 60 (城市环境空气质量排名技术规定, 2018), two decimals. */
  so2Index: Maybe<Scalars['Float']['output']>;
  so2Mean: Maybe<Scalars['Float']['output']>;
  /** 98th percentile of daily SO2. */
  so2P98: Maybe<Scalars['Float']['output']>;
  to: Scalars['Date']['output'];
  /** The same figures before rounding, for analysts. */
  unrounded: AirQualityFigures;
  /** Days with an AQI (from at least one valid indicator): the denominator of the day ratios. */
  validDays: Scalars['Int']['output'];
};

/** 优 / 良 / 轻度 / 中度 / 重度 / 严重污染 (HJ 633-2012). */
export type AqiCategory =
  | 'EXCELLENT'
  | 'GOOD'
  | 'HEAVY'
  | 'LIGHT'
  | 'MODERATE'
  | 'SEVERE';

/** One entry of the append-only, hash-chained audit trail. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  at: Scalars['DateTime']['output'];
  dataset: Maybe<Dataset>;
  department: Department;
  /** The entry as hashed: who, role, operation name and hash, record keys or count, batch, decision. */
  entry: Scalars['JSONObject']['output'];
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** Hash of the previous entry. */
  prevHash: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilter = {
  dataset?: InputMaybe<Dataset>;
  /** The acting department. */
  department?: InputMaybe<Department>;
  /** CONTRIBUTION, ACCESS_REQUEST, ACCESS_DECISION, ACCESS_REVOKE or READ. */
  kind?: InputMaybe<Scalars['String']['input']>;
};

/** A camera capture of a vehicle emitting black smoke (黑烟抓拍), graded on the Ringelmann scale. */
export type BlackSmokeCapture = {
  __typename?: 'BlackSmokeCapture';
  /** When the camera captured the vehicle. */
  at: Scalars['DateTime']['output'];
  /** The camera's site, e.g. 洛阳G310国道黑烟抓拍点. */
  cameraSite: Scalars['String']['output'];
  /** The capture's id at the camera network. */
  captureId: Scalars['ID']['output'];
  /** Every version of this capture record, oldest first. */
  history: Array<RecordVersion>;
  /** The plate the camera read. */
  plate: Scalars['String']['output'];
  /** Ringelmann smoke level (林格曼黑度), 0 to 5; level 1 and above is visible smoke. */
  ringelmann: Scalars['Int']['output'];
  /** The captured vehicle (registered with public security); null when not registered. */
  vehicle: Maybe<Vehicle>;
  /** VIN of the captured vehicle. */
  vin: Scalars['ID']['output'];
};

/** A page of `blackSmokeCaptures`. */
export type BlackSmokeCaptureConnection = {
  __typename?: 'BlackSmokeCaptureConnection';
  edges: Array<BlackSmokeCaptureEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type BlackSmokeCaptureEdge = {
  __typename?: 'BlackSmokeCaptureEdge';
  cursor: Scalars['String']['output'];
  node: BlackSmokeCapture;
};

/** One black-smoke capture. */
export type BlackSmokeCaptureInput = {
  /** When: ISO 8601 with an offset, not in the future. */
  at?: InputMaybe<Scalars['String']['input']>;
  /** The camera's site. */
  cameraSite?: InputMaybe<Scalars['String']['input']>;
  /** The capture's id at the camera network: letters, digits, - and _. */
  captureId?: InputMaybe<Scalars['String']['input']>;
  /** The plate the camera read (checked). */
  plate?: InputMaybe<Scalars['String']['input']>;
  /** Ringelmann level, 0 to 5. */
  ringelmann?: InputMaybe<Scalars['Int']['input']>;
  /** VIN of the captured vehicle (checked). */
  vin?: InputMaybe<Scalars['String']['input']>;
};

/** Which records `blackSmokeCaptures` lists; the conditions given must all hold. */
export type BlackSmokeFilter = {
  /** First China-time day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only captures of at least this Ringelmann level. */
  minRingelmann?: InputMaybe<Scalars['Int']['input']>;
  /** Last China-time day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
  vin?: InputMaybe<Scalars['ID']['input']>;
};

/** One dataset of the hub: who owns it, under which class it is shared, what it holds and who may read it. */
export type CatalogEntry = {
  __typename?: 'CatalogEntry';
  /** When the owning department last counted this dataset: after each contribution and at its start. Null: it has not reported yet. */
  countedAt: Maybe<Scalars['DateTime']['output']>;
  description: Scalars['String']['output'];
  /** Every API field that reads this dataset, from the same declarations enforcement uses. */
  fields: Array<CatalogField>;
  /** Grants in force (CONDITIONAL datasets). */
  grantees: Array<Grantee>;
  /** When the last contribution batch was accepted. */
  lastContributionAt: Maybe<Scalars['DateTime']['output']>;
  name: Dataset;
  owner: Department;
  /** Records held, as the owning department last counted them (see countedAt); 0 before its first count. */
  rowCount: Scalars['Int']['output'];
  sharingClass: SharingClass;
};

/** A field of the API and the sharing class it is read under. */
export type CatalogField = {
  __typename?: 'CatalogField';
  /** How others see a RESTRICTED value; null: they get nothing. */
  mask: Maybe<SharingMask>;
  /** Type.field as in the API. */
  path: Scalars['String']['output'];
  sharingClass: SharingClass;
};

/** Days of one AQI category in a period (a province: the mean of its cities' counts, rounded to a whole day). */
export type CategoryDays = {
  __typename?: 'CategoryDays';
  category: AqiCategory;
  days: Scalars['Int']['output'];
  /** Unrounded: the figure before its one GB/T 8170 rounding (a city's still computed from its published daily values; the province's the mean of its cities' unrounded figures). */
  daysUnrounded: Scalars['Float']['output'];
};

/** A traffic checkpoint camera (卡口) of public security. */
export type Checkpoint = Site & {
  __typename?: 'Checkpoint';
  code: Scalars['ID']['output'];
  /** Every version of this checkpoint record, oldest first. */
  history: Array<RecordVersion>;
  kind: SiteKind;
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** Vehicles seen at this checkpoint, newest first. */
  passages: Maybe<PassageConnection>;
  region: Region;
  /** The road the checkpoint watches. */
  road: Scalars['String']['output'];
};


/** A traffic checkpoint camera (卡口) of public security. */
export type CheckpointPassagesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['DateTime']['input']>;
  to: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of `checkpoints`. */
export type CheckpointConnection = {
  __typename?: 'CheckpointConnection';
  edges: Array<CheckpointEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CheckpointEdge = {
  __typename?: 'CheckpointEdge';
  cursor: Scalars['String']['output'];
  node: Checkpoint;
};

/** Which records `checkpoints` lists; the conditions given must all hold. */
export type CheckpointFilter = {
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

/** One checkpoint camera. */
export type CheckpointInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** The road it watches. */
  road?: InputMaybe<Scalars['String']['input']>;
};

/** The city groups the plan sets targets by: Beijing-Tianjin-Hebei transmission channel, Fenwei plain, the rest. */
export type CityGroup =
  | 'FENWEI'
  | 'OTHER'
  | 'TRANSMISSION_CHANNEL';

/** A city's place in the ranking by composite index. */
export type CityRank = {
  __typename?: 'CityRank';
  /** The city's evaluation of the period, with its six single indices. */
  airQuality: AirQualitySummary;
  /** The published composite index (two decimals) the rank is by. */
  compositeIndex: Maybe<Scalars['Float']['output']>;
  /** 1 = the smallest composite index (best); equal indices share a rank (1, 1, 3). Null when the city's index is missing (its coverage fails). */
  rank: Maybe<Scalars['Int']['output']>;
  region: Region;
};

/** A quarterly quality check of the coal burnt at a power plant (电厂燃煤质量抽检): one per plant and quarter. */
export type CoalCheck = {
  __typename?: 'CoalCheck';
  /** Ash, % by mass (Ad). */
  ashPercent: Scalars['Float']['output'];
  /** Net calorific value as received (Qnet,ar), MJ/kg. */
  calorificValue: Scalars['Float']['output'];
  /** Every version of this check, oldest first, the current one last. */
  history: Array<RecordVersion>;
  /** The check's identity: plant credit code and quarter, e.g. 91410100MA3X5Y7B2K/2021-Q1. */
  id: Scalars['ID']['output'];
  /** The plant's operating enterprise; null when it is not in the registry. */
  plant: Maybe<Enterprise>;
  /** Credit code of the plant's operating enterprise. */
  plantCreditCode: Scalars['ID']['output'];
  /** The quarter checked, written YYYY-Qn, e.g. 2021-Q1. */
  quarter: Scalars['String']['output'];
  /** Total sulphur, % by mass (St,d). */
  sulphurPercent: Scalars['Float']['output'];
};

/** A page of `coalChecks`. */
export type CoalCheckConnection = {
  __typename?: 'CoalCheckConnection';
  edges: Array<CoalCheckEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CoalCheckEdge = {
  __typename?: 'CoalCheckEdge';
  cursor: Scalars['String']['output'];
  node: CoalCheck;
};

/** Which records `coalChecks` lists; the conditions given must all hold. */
export type CoalCheckFilter = {
  /** The plant's credit code. */
  creditCode?: InputMaybe<Scalars['ID']['input']>;
  /** A quarter, YYYY-Qn. */
  quarter?: InputMaybe<Scalars['String']['input']>;
};

/** One quarterly coal-quality check of a power plant. The quarter is a string so that a bad value rejects its row, not the batch. */
export type CoalCheckInput = {
  /** Ash, % by mass, 0–60. */
  ashPercent?: InputMaybe<Scalars['Float']['input']>;
  /** Net calorific value as received, MJ/kg, 5–35. */
  calorificValue?: InputMaybe<Scalars['Float']['input']>;
  /** Credit code of the plant's operating enterprise (checked). */
  plantCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-Qn, e.g. 2021-Q1; a quarter that has begun. */
  quarter?: InputMaybe<Scalars['String']['input']>;
  /** Total sulphur, % by mass, 0–10. */
  sulphurPercent?: InputMaybe<Scalars['Float']['input']>;
};

/** A county's agricultural coal replacement (农业散煤替代) in one year: tobacco curing barns and edible-fungi producers converted from loose coal to clean energy. */
export type CoalReplacement = {
  __typename?: 'CoalReplacement';
  /** Edible-fungi producers (食用菌企业) converted in the year. */
  edibleFungiFirmsConverted: Scalars['Int']['output'];
  /** Every version of this record, oldest first, the current one last. */
  history: Array<RecordVersion>;
  /** The record's identity: county code and year, e.g. 411621/2021. */
  id: Scalars['ID']['output'];
  /** The county. */
  region: Region;
  /** GB/T 2260 code of the county. */
  regionCode: Scalars['ID']['output'];
  /** Tobacco curing barns (烤烟房) converted in the year. */
  tobaccoBarnsConverted: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A page of `coalReplacements`. */
export type CoalReplacementConnection = {
  __typename?: 'CoalReplacementConnection';
  edges: Array<CoalReplacementEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CoalReplacementEdge = {
  __typename?: 'CoalReplacementEdge';
  cursor: Scalars['String']['output'];
  node: CoalReplacement;
};

/** Which records `coalReplacements` lists; the conditions given must all hold. */
export type CoalReplacementFilter = {
  /** A region; its counties are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** One county's agricultural coal replacement in one year. */
export type CoalReplacementInput = {
  /** Edible-fungi producers converted in the year, 0 to 100,000. */
  edibleFungiFirmsConverted?: InputMaybe<Scalars['Int']['input']>;
  /** GB/T 2260 code of a county (county, county-level city or district), not a city. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Tobacco curing barns converted in the year, 0 to 100,000. */
  tobaccoBarnsConverted?: InputMaybe<Scalars['Int']['input']>;
  /** The year, 2000 to this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Rural households of a county switched from coal to electric heating (煤改电) in one year, as the grid company connected them. */
export type CoalToElectricity = {
  __typename?: 'CoalToElectricity';
  /** The county (county-level region: county, county-level city or district). */
  county: Region;
  /** Every version of this record, oldest first. */
  history: Array<RecordVersion>;
  /** Households switched in the year, 0 to 2,000,000. */
  households: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A page of `coalToElectricity`. */
export type CoalToElectricityConnection = {
  __typename?: 'CoalToElectricityConnection';
  edges: Array<CoalToElectricityEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CoalToElectricityEdge = {
  __typename?: 'CoalToElectricityEdge';
  cursor: Scalars['String']['output'];
  node: CoalToElectricity;
};

/** Which records `coalToElectricity` lists; the conditions given must all hold. */
export type CoalToElectricityFilter = {
  /** A region: a county, or a city (its counties) or the province. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Households of one county switched from coal to electric heating in one year. */
export type CoalToElectricityInput = {
  /** GB/T 2260 code of a county-level region (county, county-level city or district), not a city. */
  countyCode?: InputMaybe<Scalars['String']['input']>;
  /** Households switched that year, 0 to 2,000,000. */
  households?: InputMaybe<Scalars['Int']['input']>;
  /** The year, 2000 to the current year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** How a value meets a target: at most (≤) or at least (≥) it. */
export type Comparison =
  | 'AT_LEAST'
  | 'AT_MOST';

/** 合格 / 不合格: whether a sample or an inspection met its standard. */
export type ComplianceResult =
  | 'FAIL'
  | 'PASS';

/** Whether electricity use shows the cut owed during a warning. baseline = mean daily use over the 30 days before the warning, leaving out days of the city's other warnings; during = mean daily use over the warning's days (each mean over days with readings); cut = 1 − during / baseline; owed = the measure's reduction (HALT counts as 80%). COMPLIANT when cut ≥ owed − 5 points; SUSPECT below that; NOT_ASSESSED for SELF_DETERMINED measures (A and LEADING firms); NO_DATA when either period has readings on fewer than half its days, or no baseline use. */
export type ComplianceVerdict =
  | 'COMPLIANT'
  | 'NOT_ASSESSED'
  | 'NO_DATA'
  | 'SUSPECT';

/** Concentrations for an AQI: µg/m³, CO in mg/m³. The daily report uses 24h means, the O3 daily max 1h and max 8h. */
export type ConcentrationsInput = {
  co?: InputMaybe<Scalars['Float']['input']>;
  coOneHour?: InputMaybe<Scalars['Float']['input']>;
  no2?: InputMaybe<Scalars['Float']['input']>;
  no2OneHour?: InputMaybe<Scalars['Float']['input']>;
  o3EightHour?: InputMaybe<Scalars['Float']['input']>;
  o3OneHour?: InputMaybe<Scalars['Float']['input']>;
  pm10?: InputMaybe<Scalars['Float']['input']>;
  pm25?: InputMaybe<Scalars['Float']['input']>;
  so2?: InputMaybe<Scalars['Float']['input']>;
  /** Hourly report: SO2 1h (above 800 it is not used; the 24h value is). */
  so2OneHour?: InputMaybe<Scalars['Float']['input']>;
};

/** A construction site registered by the housing department. */
export type ConstructionSite = Site & {
  __typename?: 'ConstructionSite';
  /** Site area in m². */
  areaM2: Scalars['Float']['output'];
  /** The enterprise building the site; null when the registry does not know it. */
  builder: Maybe<Enterprise>;
  code: Scalars['ID']['output'];
  /** The site's "six 100%" dust-control checks, newest first. */
  dustChecks: Maybe<Array<DustCheck>>;
  /** Hours of the site's online dust monitor with PM10 above `threshold` µg/m³ (default 150) from `from` to `to`, China-time days, both inclusive. */
  dustExceedanceHours: Maybe<Scalars['Int']['output']>;
  /** Every version of this site record, oldest first. */
  history: Array<RecordVersion>;
  kind: SiteKind;
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  region: Region;
  startedOn: Scalars['Date']['output'];
  status: ConstructionSiteStatus;
  /** The site's dust-control violations, newest first. */
  violations: Maybe<Array<DustViolation>>;
};


/** A construction site registered by the housing department. */
export type ConstructionSiteDustExceedanceHoursArgs = {
  from: Scalars['Date']['input'];
  threshold?: InputMaybe<Scalars['Float']['input']>;
  to: Scalars['Date']['input'];
};

/** A page of `constructionSites`. */
export type ConstructionSiteConnection = {
  __typename?: 'ConstructionSiteConnection';
  edges: Array<ConstructionSiteEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ConstructionSiteEdge = {
  __typename?: 'ConstructionSiteEdge';
  cursor: Scalars['String']['output'];
  node: ConstructionSite;
};

/** Which records `constructionSites` lists; the conditions given must all hold. */
export type ConstructionSiteFilter = {
  /** The builder's credit code. */
  builderCreditCode?: InputMaybe<Scalars['ID']['input']>;
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ConstructionSiteStatus>;
};

/** One construction site. */
export type ConstructionSiteInput = {
  /** m², above 0 and at most 10 km². */
  areaM2?: InputMaybe<Scalars['Float']['input']>;
  /** Credit code of the builder (checked). */
  builderCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** The site's code: letters, digits, - and _. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** WGS 84 latitude, within Henan. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** WGS 84 longitude, within Henan. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** The site's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** GB/T 2260 code of the site's region in Henan. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; not in the future unless the site is PLANNED. */
  startedOn?: InputMaybe<Scalars['String']['input']>;
  /** PLANNED, ACTIVE, SUSPENDED or COMPLETED. */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type ConstructionSiteStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PLANNED'
  | 'SUSPENDED';

/** A problem with one contributed row. */
export type ContributionIssue = {
  __typename?: 'ContributionIssue';
  code: ValidationCode;
  /** The input field at fault; null for the row as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** What is wrong and what to fix. */
  message: Scalars['String']['output'];
  /** 0-based index of the row in `rows`. */
  row: Scalars['Int']['output'];
};

/** The answer to a contribution batch. */
export type ContributionResult = {
  __typename?: 'ContributionResult';
  /** Rows written (or already identical). */
  accepted: Scalars['Int']['output'];
  batchId: Scalars['ID']['output'];
  dataset: Dataset;
  errors: Array<ContributionIssue>;
  /** Rows refused; see `errors`. */
  rejected: Scalars['Int']['output'];
  /** True when this batch id was already contributed with the same rows: nothing was written and this is the first answer. */
  replayed: Scalars['Boolean']['output'];
  /** Soft problems; the rows were still accepted. */
  warnings: Array<ContributionIssue>;
};

/** A region's day: daily-report indicators (null when their validity rule fails) and its AQI. */
export type DailyAirQuality = {
  __typename?: 'DailyAirQuality';
  aqi: Maybe<Scalars['Int']['output']>;
  category: Maybe<AqiCategory>;
  /** mg/m³. */
  co: Maybe<Scalars['Float']['output']>;
  date: Scalars['Date']['output'];
  /** The indicators whose daily value failed its validity rule; the AQI is computed from the others (HJ 633), and is null when none is valid. */
  missingIndicators: Array<Pollutant>;
  no2: Maybe<Scalars['Float']['output']>;
  /** MDA8: the day's maximum 8-hour moving average. */
  o3EightHourMax: Maybe<Scalars['Float']['output']>;
  o3OneHourMax: Maybe<Scalars['Float']['output']>;
  pm10: Maybe<Scalars['Float']['output']>;
  pm25: Maybe<Scalars['Float']['output']>;
  primaryPollutants: Array<Pollutant>;
  so2: Maybe<Scalars['Float']['output']>;
  /** All seven indicators valid. A day with some missing still counts for the others (validity is judged per pollutant): see missingIndicators. */
  valid: Scalars['Boolean']['output'];
};

/** Every dataset of the hub; each has one owning department. */
export type Dataset =
  | 'BLACK_SMOKE'
  | 'CHECKPOINTS'
  | 'CHECKPOINT_PASSAGES'
  | 'COAL_CHECKS'
  | 'COAL_REPLACEMENT'
  | 'COAL_TO_ELECTRICITY'
  | 'CONSTRUCTION_SITES'
  | 'DUST_CHECKS'
  | 'DUST_MONITOR_READINGS'
  | 'DUST_VIOLATIONS'
  | 'ELECTRICITY_READINGS'
  | 'EMERGENCY_LIST'
  | 'ENTERPRISES'
  | 'ENTRY_PERMITS'
  | 'ENVIRONMENTAL_PROFILES'
  | 'FIRE_POINTS'
  | 'FUEL_SAMPLES'
  | 'FUEL_STATIONS'
  | 'GATE_RECORDS'
  | 'INDICATORS'
  | 'INSPECTION_AGENCIES'
  | 'MONITORING_STATIONS'
  | 'NRMM'
  | 'OBD_RECORDS'
  | 'OBSERVATIONS'
  | 'OPERATING_LICENCES'
  | 'PERFORMANCE_GRADES'
  | 'PHASE_OUTS'
  | 'RAIL_SIDINGS'
  | 'REGIONS'
  | 'REMOTE_SENSING'
  | 'REPAIRS'
  | 'RESTAURANT_FUME_MONITORS'
  | 'STRAW_BURNING_DEDUCTION_RATES'
  | 'TARGETS'
  | 'VEHICLES'
  | 'VEHICLE_INSPECTIONS'
  | 'WARNINGS';

/** A member department of the hub. */
export type Department =
  | 'AGRICULTURE'
  | 'ENVIRONMENT'
  | 'GRID'
  | 'HOUSING'
  | 'MARKET_REGULATION'
  | 'PUBLIC_SECURITY'
  | 'TRANSPORT';

/** Into or out of the city the checkpoint guards. */
export type Direction =
  | 'INBOUND'
  | 'OUTBOUND';

/** An inspection of a construction site against the "six 100%" (六个百分之百) of dust control: fencing, covered stockpiles, hardened roads, vehicle washing, wet earthwork and sealed muck transport. */
export type DustCheck = {
  __typename?: 'DustCheck';
  /** The inspection record's identifier. */
  checkId: Scalars['ID']['output'];
  /** The day of the inspection. */
  checkedOn: Scalars['Date']['output'];
  /** 物料堆放100%覆盖: stockpiles of earth and materials are covered. */
  coveredStockpiles: Scalars['Boolean']['output'];
  /** 施工工地周边100%围挡: the site is fenced all round. */
  fencing: Scalars['Boolean']['output'];
  /** 施工现场路面100%硬化: the site's roads are hardened. */
  hardenedRoads: Scalars['Boolean']['output'];
  /** Every version of this check, oldest first, the current one last. */
  history: Array<RecordVersion>;
  /** Name of the inspector. */
  inspector: Scalars['String']['output'];
  /** All six measures in place; derived, never contributed. */
  passed: Scalars['Boolean']['output'];
  /** 渣土车辆100%密闭运输: muck trucks are sealed. */
  sealedTransport: Scalars['Boolean']['output'];
  /** The construction site inspected. */
  site: Maybe<ConstructionSite>;
  /** Code of the construction site inspected. */
  siteCode: Scalars['ID']['output'];
  /** 出入车辆100%清洗: vehicles leaving the site are washed. */
  vehicleWashing: Scalars['Boolean']['output'];
  /** 土方开挖100%湿法作业: earthwork is done wet. */
  wetEarthwork: Scalars['Boolean']['output'];
};

/** A page of `dustChecks`. */
export type DustCheckConnection = {
  __typename?: 'DustCheckConnection';
  edges: Array<DustCheckEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DustCheckEdge = {
  __typename?: 'DustCheckEdge';
  cursor: Scalars['String']['output'];
  node: DustCheck;
};

/** Which records `dustChecks` lists; the conditions given must all hold. */
export type DustCheckFilter = {
  /** First day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** true: checks with all six measures in place; false: checks with at least one missing. */
  passed?: InputMaybe<Scalars['Boolean']['input']>;
  /** A region: checks of the sites registered in it or its subregions. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** The construction site's code. */
  siteCode?: InputMaybe<Scalars['ID']['input']>;
  /** Last day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One "six 100%" (六个百分之百) dust-control inspection of a construction site. Each measure: true when in place. */
export type DustCheckInput = {
  /** The inspection record's identifier: letters, digits, - and _. */
  checkId?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not in the future. */
  checkedOn?: InputMaybe<Scalars['String']['input']>;
  /** 物料堆放覆盖: stockpiles covered. */
  coveredStockpiles?: InputMaybe<Scalars['Boolean']['input']>;
  /** 围挡: fenced all round. */
  fencing?: InputMaybe<Scalars['Boolean']['input']>;
  /** 路面硬化: roads hardened. */
  hardenedRoads?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name of the inspector. */
  inspector?: InputMaybe<Scalars['String']['input']>;
  /** 渣土车辆密闭运输: muck trucks sealed. */
  sealedTransport?: InputMaybe<Scalars['Boolean']['input']>;
  /** A registered construction site. */
  siteCode?: InputMaybe<Scalars['String']['input']>;
  /** 出入车辆清洗: vehicles washed. */
  vehicleWashing?: InputMaybe<Scalars['Boolean']['input']>;
  /** 土方开挖湿法作业: earthwork done wet. */
  wetEarthwork?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One hour of a construction site's online dust monitor (扬尘在线监测): mean PM10 of the hour. The hour is its start. */
export type DustMonitorReading = {
  __typename?: 'DustMonitorReading';
  /** Every version of this hour, oldest first, the current one last. */
  history: Array<RecordVersion>;
  /** Start of the hour. */
  hour: Scalars['DateTime']['output'];
  /** Mean PM10 of the hour, µg/m³ (0 to 5000). */
  pm10: Scalars['Float']['output'];
  /** The construction site monitored. */
  site: Maybe<ConstructionSite>;
  /** Code of the construction site monitored. */
  siteCode: Scalars['ID']['output'];
};

/** A page of `dustMonitorReadings`. */
export type DustMonitorReadingConnection = {
  __typename?: 'DustMonitorReadingConnection';
  edges: Array<DustMonitorReadingEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DustMonitorReadingEdge = {
  __typename?: 'DustMonitorReadingEdge';
  cursor: Scalars['String']['output'];
  node: DustMonitorReading;
};

/** Which records `dustMonitorReadings` lists; the conditions given must all hold. */
export type DustMonitorReadingFilter = {
  /** First China-time day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** The construction site's code. */
  siteCode?: InputMaybe<Scalars['ID']['input']>;
  /** Last China-time day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One hour of a construction site's online dust monitor. */
export type DustMonitorReadingInput = {
  /** Start of the hour, ISO 8601 with an offset, on the hour, not in the future. */
  hour?: InputMaybe<Scalars['String']['input']>;
  /** Mean PM10 of the hour, µg/m³, 0 to 5000. */
  pm10?: InputMaybe<Scalars['Float']['input']>;
  /** A registered construction site. */
  siteCode?: InputMaybe<Scalars['String']['input']>;
};

/** A dust-control violation (扬尘违法行为) found at a construction site, and its penalty. */
export type DustViolation = {
  __typename?: 'DustViolation';
  /** Every version of this violation, oldest first, the current one last. */
  history: Array<RecordVersion>;
  /** The day of the violation. */
  occurredOn: Scalars['Date']['output'];
  /** Penalty in CNY, 0 to 10,000,000. */
  penaltyCny: Scalars['Float']['output'];
  /** The construction site. */
  site: Maybe<ConstructionSite>;
  /** Code of the construction site. */
  siteCode: Scalars['ID']['output'];
  type: DustViolationType;
  /** The penalty decision's identifier. */
  violationId: Scalars['ID']['output'];
};

/** A page of `dustViolations`. */
export type DustViolationConnection = {
  __typename?: 'DustViolationConnection';
  edges: Array<DustViolationEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DustViolationEdge = {
  __typename?: 'DustViolationEdge';
  cursor: Scalars['String']['output'];
  node: DustViolation;
};

/** Which records `dustViolations` lists; the conditions given must all hold. */
export type DustViolationFilter = {
  /** First day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** A region: violations at the sites registered in it or its subregions. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** The construction site's code. */
  siteCode?: InputMaybe<Scalars['ID']['input']>;
  /** Last day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
  type?: InputMaybe<DustViolationType>;
};

/** One dust-control violation at a construction site. */
export type DustViolationInput = {
  /** The day of the violation, YYYY-MM-DD, not in the future. */
  occurredOn?: InputMaybe<Scalars['String']['input']>;
  /** Penalty in CNY, 0 to 10,000,000. */
  penaltyCny?: InputMaybe<Scalars['Float']['input']>;
  /** A registered construction site. */
  siteCode?: InputMaybe<Scalars['String']['input']>;
  /** NO_FENCING, UNCOVERED_MATERIAL, NO_WASHING, DUST_EXCEEDANCE or OTHER. */
  type?: InputMaybe<Scalars['String']['input']>;
  /** The penalty decision's identifier: letters, digits, - and _. */
  violationId?: InputMaybe<Scalars['String']['input']>;
};

/** What a construction site was penalised for. */
export type DustViolationType =
  /** 扬尘在线监测超标 */
  | 'DUST_EXCEEDANCE'
  /** 未按要求设置围挡 */
  | 'NO_FENCING'
  /** 出入车辆未清洗 */
  | 'NO_WASHING'
  /** 其他扬尘违法行为 */
  | 'OTHER'
  /** 物料、土方未覆盖 */
  | 'UNCOVERED_MATERIAL';

/** How an enterprise's mean daily electricity use changed from a baseline period to a period (e.g. during a heavy-pollution warning). */
export type ElectricityChange = {
  __typename?: 'ElectricityChange';
  /** kWh per day over the baseline's days with readings; null when it has none. */
  baselineDailyMean: Maybe<Scalars['Float']['output']>;
  /** Days of the baseline with at least one reading. */
  baselineDays: Scalars['Int']['output'];
  /** Relative change, dailyMean / baselineDailyMean − 1 (−0.3 is a 30% cut); null when either mean is missing or the baseline is 0. */
  change: Maybe<Scalars['Float']['output']>;
  /** kWh per day over the period's days with readings; null when it has none. */
  dailyMean: Maybe<Scalars['Float']['output']>;
  /** Days of the period with at least one reading. */
  days: Scalars['Int']['output'];
};

/** The step of an electricity-use series. */
export type ElectricityGranularity =
  /** One point per China-time day with readings: the day of every meter of the firm summed, each meter's day counted once (its whole-day reading, else its hourly readings summed). */
  | 'DAY'
  /** One point per China-time hour with hourly readings; whole-day readings are left out. */
  | 'HOUR';

/** One meter's electricity use on one day, or in one hour of that day (用电监管). */
export type ElectricityReading = {
  __typename?: 'ElectricityReading';
  /** The enterprise the meter supplies. */
  creditCode: Scalars['ID']['output'];
  day: Scalars['Date']['output'];
  /** The enterprise the meter supplies; null when the registry does not know it. */
  enterprise: Maybe<Enterprise>;
  /** Every version of this reading, oldest first. */
  history: Array<RecordVersion>;
  /** 0–23: the China-time hour of an hourly reading; null for a whole-day reading. */
  hour: Maybe<Scalars['Int']['output']>;
  kwh: Scalars['Float']['output'];
  /** The grid company's meter number. */
  meterNo: Scalars['ID']['output'];
};

/** A page of `electricityReadings`. */
export type ElectricityReadingConnection = {
  __typename?: 'ElectricityReadingConnection';
  edges: Array<ElectricityReadingEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ElectricityReadingEdge = {
  __typename?: 'ElectricityReadingEdge';
  cursor: Scalars['String']['output'];
  node: ElectricityReading;
};

/** Which records `electricityReadings` lists; the conditions given must all hold. */
export type ElectricityReadingFilter = {
  creditCode?: InputMaybe<Scalars['ID']['input']>;
  /** First day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** true: hourly readings only; false: whole-day readings only; absent: both. */
  hourly?: InputMaybe<Scalars['Boolean']['input']>;
  meterNo?: InputMaybe<Scalars['ID']['input']>;
  /** Last day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One meter's use on one day, or in one hour of that day. */
export type ElectricityReadingInput = {
  /** Credit code of the enterprise the meter supplies (checked). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, China time, not in the future. */
  day?: InputMaybe<Scalars['String']['input']>;
  /** 0–23: the China-time hour [hour:00, hour+1:00) of an hourly reading; null or absent for the whole day. */
  hour?: InputMaybe<Scalars['Int']['input']>;
  /** kWh used that day (0 to 50,000,000) or that hour (0 to 2,100,000). */
  kwh?: InputMaybe<Scalars['Float']['input']>;
  /** The grid company's meter number: letters, digits, - and _. */
  meterNo?: InputMaybe<Scalars['String']['input']>;
};

/** An enterprise's electricity use over a period, all its meters together. */
export type ElectricityUse = {
  __typename?: 'ElectricityUse';
  /** Days in the period with at least one reading. */
  days: Scalars['Int']['output'];
  /** The use by day or by hour, oldest first; days or hours without readings are absent. */
  series: Array<ElectricityUsePoint>;
  /** kWh over the period: every meter-day once, by its whole-day reading or else its hourly readings summed. */
  totalKwh: Scalars['Float']['output'];
};

/** Use in one day or hour of a series. */
export type ElectricityUsePoint = {
  __typename?: 'ElectricityUsePoint';
  /** The China-time start of the day or hour. */
  at: Scalars['DateTime']['output'];
  kwh: Scalars['Float']['output'];
};

/** An enterprise on a year's emergency reduction list (应急减排清单), with the measure it owes per warning level. */
export type EmergencyListEntry = {
  __typename?: 'EmergencyListEntry';
  creditCode: Scalars['String']['output'];
  /** Null when the registry does not know the credit code. */
  enterprise: Maybe<Enterprise>;
  /** Every version of this listing, oldest first. */
  history: Array<RecordVersion>;
  orangeMeasure: EmergencyMeasure;
  redMeasure: EmergencyMeasure;
  year: Scalars['Int']['output'];
  yellowMeasure: EmergencyMeasure;
};

/** A page of `emergencyList`. */
export type EmergencyListEntryConnection = {
  __typename?: 'EmergencyListEntryConnection';
  edges: Array<EmergencyListEntryEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EmergencyListEntryEdge = {
  __typename?: 'EmergencyListEntryEdge';
  cursor: Scalars['String']['output'];
  node: EmergencyListEntry;
};

/** One enterprise on a year's emergency list. A measure is a reduction like "30%", or HALT, or SELF_DETERMINED (A and LEADING firms). */
export type EmergencyListInput = {
  /** The city whose warnings bind the firm. */
  cityCode?: InputMaybe<Scalars['String']['input']>;
  /** Credit code (checked). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  orange?: InputMaybe<Scalars['String']['input']>;
  red?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  yellow?: InputMaybe<Scalars['String']['input']>;
};

/** The measure an enterprise owes at a warning level. */
export type EmergencyMeasure = {
  __typename?: 'EmergencyMeasure';
  kind: MeasureKind;
  /** The required reduction, 0..1, for CUT (and 0.8 for HALT); null when self-determined. */
  reduction: Maybe<Scalars['Float']['output']>;
};

/** 国一 … 国六b; NONE for pure electric vehicles. */
export type EmissionStage =
  | 'CN1'
  | 'CN2'
  | 'CN3'
  | 'CN4'
  | 'CN5'
  | 'CN6A'
  | 'CN6B'
  | 'NONE';

/** The machine's latest exhaust test (HJ 1014-2020): passed, failed, or not tested yet (electric machinery is not tested). */
export type EmissionTestResult =
  | 'FAIL'
  | 'NOT_TESTED'
  | 'PASS';

/** A legal entity in the market-regulation registry, keyed by its unified social credit code. */
export type Enterprise = {
  __typename?: 'Enterprise';
  address: Scalars['String']['output'];
  /** Quarterly coal-quality checks of the enterprise's power plant, newest quarter first; empty for other enterprises. */
  coalChecks: Maybe<Array<CoalCheck>>;
  /** 18-character unified social credit code (GB 32100-2015). */
  creditCode: Scalars['ID']['output'];
  /** Mean daily electricity use from `from` to `to` against a baseline from `baselineFrom` to `baselineTo` (China-time dates, all inclusive): did the enterprise cut production? */
  electricityChange: Maybe<ElectricityChange>;
  /** Electricity use from `from` to `to`, both inclusive (China-time dates). */
  electricityUse: Maybe<ElectricityUse>;
  /** The enterprise's emergency-list entries, newest year first. */
  emergencyListings: Array<EmergencyListEntry>;
  /** The environment department's profile; null when none is recorded. */
  environmentalProfile: Maybe<EnterpriseProfile>;
  establishedOn: Scalars['Date']['output'];
  /** The vehicles the enterprise operates: those holding a VALID operating licence with it as operator, by VIN. */
  fleet: Array<Vehicle>;
  /** Truck movements through the enterprise's gates (门禁), oldest first. */
  gateRecords: Maybe<EnterpriseGateRecordConnection>;
  /** Every version of this registry record, oldest first, the current one last. */
  history: Array<RecordVersion>;
  /** GB/T 4754 industry code, e.g. 3011 (cement). */
  industryCode: Scalars['String']['output'];
  industryName: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** 绩效分级; null when the enterprise has not been graded. */
  performanceGrade: Maybe<PerformanceGrade>;
  /** The grade with its assessment date and provenance. */
  performanceGradeRecord: Maybe<PerformanceGradeRecord>;
  /** The enterprise's railway sidings, by project code. */
  railSidings: Array<RailSiding>;
  region: Region;
  status: EnterpriseStatus;
};


/** A legal entity in the market-regulation registry, keyed by its unified social credit code. */
export type EnterpriseElectricityChangeArgs = {
  baselineFrom: Scalars['Date']['input'];
  baselineTo: Scalars['Date']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** A legal entity in the market-regulation registry, keyed by its unified social credit code. */
export type EnterpriseElectricityUseArgs = {
  from: Scalars['Date']['input'];
  granularity?: ElectricityGranularity;
  to: Scalars['Date']['input'];
};


/** A legal entity in the market-regulation registry, keyed by its unified social credit code. */
export type EnterpriseGateRecordsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['DateTime']['input']>;
  to: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of `enterprises`. */
export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  edges: Array<EnterpriseEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EnterpriseEdge = {
  __typename?: 'EnterpriseEdge';
  cursor: Scalars['String']['output'];
  node: Enterprise;
};

/** Which records `enterprises` lists; the conditions given must all hold. */
export type EnterpriseFilter = {
  /** GB/T 4754 industry code; a prefix matches its subclasses (30 matches 3011). */
  industryCode?: InputMaybe<Scalars['String']['input']>;
  /** Part of the registered name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<EnterpriseStatus>;
};

/** An enterprise's gate records, oldest first. */
export type EnterpriseGateRecordConnection = {
  __typename?: 'EnterpriseGateRecordConnection';
  edges: Array<EnterpriseGateRecordEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EnterpriseGateRecordEdge = {
  __typename?: 'EnterpriseGateRecordEdge';
  cursor: Scalars['String']['output'];
  node: GateRecord;
};

/** One enterprise of the registry. Dates and enums are strings so that a bad value rejects its row, not the batch. */
export type EnterpriseInput = {
  /** The registered address, at most 500 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Unified social credit code (checked). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not in the future. */
  establishedOn?: InputMaybe<Scalars['String']['input']>;
  /** GB/T 4754 industry code: 2 to 4 digits. */
  industryCode?: InputMaybe<Scalars['String']['input']>;
  /** The industry's name. */
  industryName?: InputMaybe<Scalars['String']['input']>;
  /** The registered name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** GB/T 2260 code of the registering region (checked). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** ACTIVE, REVOKED or CANCELLED. */
  status?: InputMaybe<Scalars['String']['input']>;
};

/** The environment department's profile of an enterprise. */
export type EnterpriseProfile = {
  __typename?: 'EnterpriseProfile';
  creditCode: Scalars['String']['output'];
  /** Has a stack above 45 m. */
  elevatedStack: Scalars['Boolean']['output'];
  /** Every version of this profile, oldest first. */
  history: Array<RecordVersion>;
  /** Industry category of the performance-grading guide, e.g. 钢铁, 水泥, 焦化. */
  industryCategory: Scalars['String']['output'];
  /** Online monitoring (自动监控) installed. */
  monitoringInstalled: Scalars['Boolean']['output'];
  /** Online monitoring networked with the environment department. */
  monitoringNetworked: Scalars['Boolean']['output'];
  permitClass: PermitClass;
  /** Emission permit number. */
  permitNo: Scalars['String']['output'];
  ultraLowAssessedOn: Maybe<Scalars['Date']['output']>;
  ultraLowEmission: UltraLowEmissionStatus;
  /** A VOCs key source. */
  vocsKeySource: Scalars['Boolean']['output'];
};

/** A page of `enterpriseProfiles`. */
export type EnterpriseProfileConnection = {
  __typename?: 'EnterpriseProfileConnection';
  edges: Array<EnterpriseProfileEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EnterpriseProfileEdge = {
  __typename?: 'EnterpriseProfileEdge';
  cursor: Scalars['String']['output'];
  node: EnterpriseProfile;
};

/** One enterprise's environmental profile. */
export type EnterpriseProfileInput = {
  creditCode?: InputMaybe<Scalars['String']['input']>;
  elevatedStack?: InputMaybe<Scalars['Boolean']['input']>;
  industryCategory?: InputMaybe<Scalars['String']['input']>;
  monitoringInstalled?: InputMaybe<Scalars['Boolean']['input']>;
  monitoringNetworked?: InputMaybe<Scalars['Boolean']['input']>;
  /** KEY, SIMPLIFIED or REGISTRATION. */
  permitClass?: InputMaybe<Scalars['String']['input']>;
  permitNo?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; required when ASSESSED. */
  ultraLowAssessedOn?: InputMaybe<Scalars['String']['input']>;
  /** NOT_REQUIRED, IN_PROGRESS, COMPLETED or ASSESSED. */
  ultraLowEmission?: InputMaybe<Scalars['String']['input']>;
  vocsKeySource?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 存续 / 吊销 / 注销. */
export type EnterpriseStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'REVOKED';

/** A city-entry permit for a truck (电子通行证). */
export type EntryPermit = {
  __typename?: 'EntryPermit';
  /** The city the permit lets the truck enter. */
  city: Region;
  /** Every version of this permit, oldest first. */
  history: Array<RecordVersion>;
  permitNo: Scalars['ID']['output'];
  status: PermitStatus;
  validFrom: Scalars['Date']['output'];
  validTo: Scalars['Date']['output'];
  vin: Scalars['ID']['output'];
  /** Zones or roads the permit covers. */
  zones: Array<Scalars['String']['output']>;
};

/** A page of `entryPermits`. */
export type EntryPermitConnection = {
  __typename?: 'EntryPermitConnection';
  edges: Array<EntryPermitEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EntryPermitEdge = {
  __typename?: 'EntryPermitEdge';
  cursor: Scalars['String']['output'];
  node: EntryPermit;
};

/** Which records `entryPermits` lists; the conditions given must all hold. */
export type EntryPermitFilter = {
  cityCode?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PermitStatus>;
  /** Keeps permits valid on that day. */
  validOn?: InputMaybe<Scalars['Date']['input']>;
  vin?: InputMaybe<Scalars['ID']['input']>;
};

/** One city-entry permit. */
export type EntryPermitInput = {
  /** A city code. */
  cityCode?: InputMaybe<Scalars['String']['input']>;
  permitNo?: InputMaybe<Scalars['String']['input']>;
  /** VALID, REVOKED or EXPIRED. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  validFrom?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not before validFrom. */
  validTo?: InputMaybe<Scalars['String']['input']>;
  /** VIN of the truck (checked). */
  vin?: InputMaybe<Scalars['String']['input']>;
  zones?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A straw-burning fire point detected by satellite, drone or patrol. */
export type FirePoint = {
  __typename?: 'FirePoint';
  /** Confirmed on the ground as straw burning (核实确认); unconfirmed points carry no deduction. */
  confirmed: Scalars['Boolean']['output'];
  /** CNY deducted for this fire point (task 20): when confirmed, the rate in force on its China-time detection date (strawBurningDeductionRates); else 0. Derived, never contributed. */
  deduction: Scalars['Float']['output'];
  detectedAt: Scalars['DateTime']['output'];
  /** Every version of this fire point, oldest first. */
  history: Array<RecordVersion>;
  /** The detecting system's identifier. */
  id: Scalars['ID']['output'];
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  /** The county (or city) where it burned. */
  region: Region;
  source: FirePointSource;
};

/** A page of `firePoints`. */
export type FirePointConnection = {
  __typename?: 'FirePointConnection';
  edges: Array<FirePointEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A county's confirmed straw-burning fire points of one month and what they cost it (task 20). */
export type FirePointDeduction = {
  __typename?: 'FirePointDeduction';
  /** Confirmed fire points detected in the month. */
  confirmedFirePoints: Scalars['Int']['output'];
  /** CNY deducted: each confirmed fire point at the rate in force on its China-time detection date (strawBurningDeductionRates). */
  deduction: Scalars['Float']['output'];
  /** The China-time month, YYYY-MM. */
  month: Scalars['String']['output'];
  region: Region;
  /** GB/T 2260 code of the county (or city) the fire points were registered in. */
  regionCode: Scalars['ID']['output'];
};

export type FirePointEdge = {
  __typename?: 'FirePointEdge';
  cursor: Scalars['String']['output'];
  node: FirePoint;
};

/** One straw-burning fire point. */
export type FirePointInput = {
  /** Confirmed on the ground as straw burning; false (the default) while unconfirmed. */
  confirmed?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 8601 with an offset, not in the future. */
  detectedAt?: InputMaybe<Scalars['String']['input']>;
  /** The detecting system's identifier. */
  id?: InputMaybe<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** GB/T 2260 code of the county (or city). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** SATELLITE, DRONE or PATROL. */
  source?: InputMaybe<Scalars['String']['input']>;
};

export type FirePointSource =
  | 'DRONE'
  | 'PATROL'
  | 'SATELLITE';

export type Fuel =
  | 'DIESEL'
  | 'ELECTRIC'
  | 'GASOLINE'
  | 'HYBRID'
  | 'HYDROGEN'
  | 'NATURAL_GAS';

/** Motor gasoline by research octane number (GB 17930) and automotive diesel by cold-filter grade (GB 19147). */
export type FuelGrade =
  /** 0号柴油 */
  | 'DIESEL_0'
  /** -10号柴油 */
  | 'DIESEL_MINUS_10'
  /** -20号柴油 */
  | 'DIESEL_MINUS_20'
  /** -35号柴油 */
  | 'DIESEL_MINUS_35'
  /** 92号汽油 */
  | 'GASOLINE_92'
  /** 95号汽油 */
  | 'GASOLINE_95'
  /** 98号汽油 */
  | 'GASOLINE_98';

/** A fuel sample drawn at a filling station and tested against the national standard (成品油质量抽检). */
export type FuelSample = {
  __typename?: 'FuelSample';
  /** The test items that failed (e.g. 硫含量, 蒸气压); empty when the sample passed. */
  failedItems: Array<Scalars['String']['output']>;
  fuelGrade: FuelGrade;
  /** Every version of this sample record, oldest first, the current one last. */
  history: Array<RecordVersion>;
  result: ComplianceResult;
  /** The sampling report's number. */
  sampleNo: Scalars['ID']['output'];
  /** The day the sample was drawn. */
  sampledOn: Scalars['Date']['output'];
  /** The filling station sampled. */
  station: Maybe<FuelStation>;
};

/** A page of `fuelSamples`. */
export type FuelSampleConnection = {
  __typename?: 'FuelSampleConnection';
  edges: Array<FuelSampleEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type FuelSampleEdge = {
  __typename?: 'FuelSampleEdge';
  cursor: Scalars['String']['output'];
  node: FuelSample;
};

/** Which records `fuelSamples` lists; the conditions given must all hold. */
export type FuelSampleFilter = {
  /** First day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  fuelGrade?: InputMaybe<FuelGrade>;
  /** A region: samples at the stations registered in it or its subregions. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  result?: InputMaybe<ComplianceResult>;
  /** The filling station's code. */
  stationCode?: InputMaybe<Scalars['ID']['input']>;
  /** Last day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One fuel sample. Dates and enums are strings so that a bad value rejects its row, not the batch. */
export type FuelSampleInput = {
  /** The failed test items: at least one for FAIL, none (or null) for PASS. */
  failedItems?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** GASOLINE_92, GASOLINE_95, GASOLINE_98, DIESEL_0, DIESEL_MINUS_10, DIESEL_MINUS_20, DIESEL_MINUS_35. */
  fuelGrade?: InputMaybe<Scalars['String']['input']>;
  /** PASS or FAIL. */
  result?: InputMaybe<Scalars['String']['input']>;
  /** The sampling report's number. */
  sampleNo?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not in the future. */
  sampledOn?: InputMaybe<Scalars['String']['input']>;
  /** Code of the filling station, already registered by market regulation. */
  stationCode?: InputMaybe<Scalars['String']['input']>;
};

/** A filling station (market-regulation registry). */
export type FuelStation = Site & {
  __typename?: 'FuelStation';
  code: Scalars['ID']['output'];
  /** The fuel samples drawn at this station, newest first. */
  fuelSamples: Maybe<Array<FuelSample>>;
  /** Every version of this station record, oldest first. */
  history: Array<RecordVersion>;
  kind: SiteKind;
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** The enterprise operating the station. */
  operator: Maybe<Enterprise>;
  region: Region;
  status: FuelStationStatus;
};

/** A page of `fuelStations`. */
export type FuelStationConnection = {
  __typename?: 'FuelStationConnection';
  edges: Array<FuelStationEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type FuelStationEdge = {
  __typename?: 'FuelStationEdge';
  cursor: Scalars['String']['output'];
  node: FuelStation;
};

/** Which records `fuelStations` lists; the conditions given must all hold. */
export type FuelStationFilter = {
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<FuelStationStatus>;
};

/** One filling station. */
export type FuelStationInput = {
  /** The station's code in the registry: letters, digits, - and _. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** WGS 84 latitude, within Henan. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** WGS 84 longitude, within Henan. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** The station's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Credit code of the operator, an enterprise already in the registry. */
  operatorCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** GB/T 2260 code of the region where the station is sited (checked). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** OPERATING, SUSPENDED or CLOSED. */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type FuelStationStatus =
  | 'CLOSED'
  | 'OPERATING'
  | 'SUSPENDED';

/** Into or out of the enterprise's grounds through its gate. */
export type GateDirection =
  | 'IN'
  | 'OUT';

/** One truck movement through the gate (门禁) of a bulk-material transport enterprise: the plate, the direction, the instant and the emission stage the gate recorded. */
export type GateRecord = {
  __typename?: 'GateRecord';
  /** The enterprise's unified social credit code. */
  creditCode: Scalars['ID']['output'];
  /** Into or out of the grounds. */
  direction: GateDirection;
  /** The emission stage as the gate recorded it (from the truck's papers or the gate's lookup). */
  emissionStage: EmissionStage;
  /** The enterprise whose gate it is. */
  enterprise: Enterprise;
  /** The gate's identifier within the enterprise. */
  gateId: Scalars['ID']['output'];
  /** Every version of this record, oldest first. */
  history: Array<RecordVersion>;
  /** When the truck passed the gate. */
  passedAt: Scalars['DateTime']['output'];
  /** The plate the gate read. */
  plate: Scalars['String']['output'];
  /** The registered vehicle the plate was assigned to when the truck passed the gate; null for a plate not registered then. */
  vehicle: Maybe<Vehicle>;
};

/** A page of `gateRecords`. */
export type GateRecordConnection = {
  __typename?: 'GateRecordConnection';
  edges: Array<GateRecordEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type GateRecordEdge = {
  __typename?: 'GateRecordEdge';
  cursor: Scalars['String']['output'];
  node: GateRecord;
};

/** Which records `gateRecords` lists; the conditions given must all hold. */
export type GateRecordFilter = {
  /** The enterprise's credit code. */
  creditCode?: InputMaybe<Scalars['ID']['input']>;
  /** IN or OUT. */
  direction?: InputMaybe<GateDirection>;
  /** First instant, inclusive. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Last instant, exclusive. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One truck movement through an enterprise's gate. */
export type GateRecordInput = {
  /** The enterprise's unified social credit code (check character verified). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** IN or OUT of the grounds. */
  direction?: InputMaybe<Scalars['String']['input']>;
  /** CN1 … CN6B, or NONE for a pure electric truck. */
  emissionStage?: InputMaybe<Scalars['String']['input']>;
  /** The gate's identifier within the enterprise: letters, digits, - and _. */
  gateId?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 with an offset, not in the future. */
  passedAt?: InputMaybe<Scalars['String']['input']>;
  /** The plate the gate read, e.g. 豫A12345. */
  plate?: InputMaybe<Scalars['String']['input']>;
};

/** Truck movements through an enterprise's gates on one day. */
export type GateTrafficDay = {
  __typename?: 'GateTrafficDay';
  day: Scalars['Date']['output'];
  /** Movements in and out. */
  movements: Scalars['Int']['output'];
};

/** A department (and role) holding a grant in force on a dataset. */
export type Grantee = {
  __typename?: 'Grantee';
  department: Department;
  role: Scalars['String']['output'];
  until: Scalars['Date']['output'];
};

/** The result of checking one identifier. */
export type IdentifierCheck = {
  __typename?: 'IdentifierCheck';
  /** Null when valid. */
  code: Maybe<ValidationCode>;
  /** The right check character, when that is the fault. */
  expected: Maybe<Scalars['String']['output']>;
  /** What is wrong and how to fix it. */
  message: Maybe<Scalars['String']['output']>;
  /** The canonical form (trimmed, upper case). */
  normalized: Maybe<Scalars['String']['output']>;
  valid: Scalars['Boolean']['output'];
  /** Soft problems that do not make the value invalid. */
  warnings: Array<Scalars['String']['output']>;
};

/** The identifiers the hub checks. */
export type IdentifierKind =
  | 'CREDIT_CODE'
  | 'PLATE'
  | 'REGION'
  | 'VIN';

/** One number for a region and a period, with its unit, producer and, where the plan sets one, target and status. */
export type Indicator = {
  __typename?: 'Indicator';
  /** Every version of this indicator value, oldest first. */
  history: Array<RecordVersion>;
  metric: Metric;
  /** YYYY (a year), YYYY-MM (a month) or YYYY-MM..YYYY-MM (a stage of whole months). */
  period: Scalars['String']['output'];
  region: Region;
  /** The department that produced the number (the metric's owner). */
  sourceDepartment: Department;
  /** Null when no target applies. */
  status: Maybe<TargetStatus>;
  /** The target that applies: the region's own, else its city's, else the province's. */
  target: Maybe<Scalars['Float']['output']>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

/** A page of `indicators`. */
export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  edges: Array<IndicatorEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  cursor: Scalars['String']['output'];
  node: Indicator;
};

/** Which records `indicators` lists; the conditions given must all hold. */
export type IndicatorFilter = {
  metric?: InputMaybe<Metric>;
  period?: InputMaybe<Scalars['String']['input']>;
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

/** One indicator value. The unit is the metric's; the producing department is the caller. */
export type IndicatorInput = {
  /** A metric the caller's department owns. */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** YYYY, YYYY-MM or YYYY-MM..YYYY-MM. */
  period?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** In the metric's unit; ratios are fractions 0..1. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** A motor-vehicle emission inspection agency (机动车排放检验机构, I站), accredited by market regulation. */
export type InspectionAgency = {
  __typename?: 'InspectionAgency';
  /** The agency's code in the provincial inspection network. */
  code: Scalars['ID']['output'];
  /** Every version of this agency record, oldest first, the current one last. */
  history: Array<RecordVersion>;
  name: Scalars['String']['output'];
  /** The enterprise running the agency; null when it is not in the registry. */
  operator: Maybe<Enterprise>;
  /** The county (or city) where the agency is sited. */
  region: Region;
  status: InspectionAgencyStatus;
};

/** A page of `inspectionAgencies`. */
export type InspectionAgencyConnection = {
  __typename?: 'InspectionAgencyConnection';
  edges: Array<InspectionAgencyEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type InspectionAgencyEdge = {
  __typename?: 'InspectionAgencyEdge';
  cursor: Scalars['String']['output'];
  node: InspectionAgency;
};

/** Which records `inspectionAgencies` lists; the conditions given must all hold. */
export type InspectionAgencyFilter = {
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<InspectionAgencyStatus>;
};

/** One emission inspection agency. Enums are strings so that a bad value rejects its row, not the batch. */
export type InspectionAgencyInput = {
  /** The agency's code in the provincial inspection network. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The agency's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Credit code of the enterprise running the agency (checked). */
  operatorCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** GB/T 2260 code of the county (or city) where it is sited (checked). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** ACTIVE, SUSPENDED or REVOKED. */
  status?: InputMaybe<Scalars['String']['input']>;
};

/** Whether the agency's accreditation (检验检测机构资质认定) is in force, suspended or revoked. */
export type InspectionAgencyStatus =
  | 'ACTIVE'
  | 'REVOKED'
  | 'SUSPENDED';

/** Test procedures of GB 18285-2018 (spark ignition) and GB 3847-2018 (compression ignition). */
export type InspectionMethod =
  /** 双怠速法 (GB 18285). */
  | 'DOUBLE_IDLE'
  /** 自由加速法 (GB 3847). */
  | 'FREE_ACCELERATION'
  /** 加载减速法 (GB 3847). */
  | 'LUG_DOWN'
  /** 稳态工况法, ASM (GB 18285). */
  | 'STEADY_STATE_LOADED'
  /** 简易瞬态工况法, VMAS (GB 18285). */
  | 'TRANSIENT_LOADED';

export type IssueWarningInput = {
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  level: WarningLevel;
  /** The forecast behind it (at most 2000 characters). */
  reason: Scalars['String']['input'];
  /** The warned city. */
  regionCode: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
};

export type LicenceStatus =
  | 'EXPIRED'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'VALID';

/** An enterprise on the warned city's emergency list during one warning: the measure it owes at the warning's level and the days its electricity use is judged on (the grid company adds the verdict). */
export type ListedEnterprise = {
  __typename?: 'ListedEnterprise';
  /** The 30 days before the warning, leaving out days of the city's other warnings. */
  baselineDates: Array<Scalars['Date']['output']>;
  creditCode: Scalars['String']['output'];
  /** Electricity use before and during the warning, and the verdict (rule in ComplianceVerdict). */
  electricity: Maybe<WarningElectricity>;
  /** Null when the registry does not know the credit code. */
  enterprise: Maybe<Enterprise>;
  /** <warning id>/<credit code>. */
  id: Scalars['ID']['output'];
  level: WarningLevel;
  measure: EmergencyMeasure;
  /** The cut owed, 0..1 (HALT counts as 0.8); null when self-determined. */
  owedCut: Maybe<Scalars['Float']['output']>;
  /** A and LEADING firms choose their own measures: not assessed. */
  selfDetermined: Scalars['Boolean']['output'];
  /** The verdict alone (rule in ComplianceVerdict). */
  verdict: Maybe<ComplianceVerdict>;
  /** The warning's days (China time). */
  warningDates: Array<Scalars['Date']['output']>;
};

export type ListedEnterpriseConnection = {
  __typename?: 'ListedEnterpriseConnection';
  edges: Array<ListedEnterpriseEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ListedEnterpriseEdge = {
  __typename?: 'ListedEnterpriseEdge';
  cursor: Scalars['String']['output'];
  node: ListedEnterprise;
};

/** Kind of non-road mobile machinery: 挖掘机, 装载机, 叉车, 起重机, 压路机, 摊铺机, other. */
export type MachineryType =
  | 'CRANE'
  | 'EXCAVATOR'
  | 'FORKLIFT'
  | 'LOADER'
  | 'OTHER'
  | 'PAVER'
  | 'ROLLER';

/** CUT: reduce production by a share; HALT: stop (counted as an 80% cut when judged); SELF_DETERMINED: A and LEADING firms choose their own. */
export type MeasureKind =
  | 'CUT'
  | 'HALT'
  | 'SELF_DETERMINED';

/** An indicator metric; each belongs to the department that produces it. */
export type Metric =
  | 'AB_GRADE_SHARE'
  | 'AFFORESTATION_MU'
  | 'BUILT_UP_GREEN_RATIO'
  | 'CENTRAL_HEATING_COVERAGE'
  | 'COAL_FIRMS_RELOCATED'
  | 'COAL_POWER_RETIRED_MW'
  | 'DUSTFALL'
  | 'D_GRADE_FIRMS'
  | 'FIRE_POINTS'
  | 'FOREST_TENDING_MU'
  | 'FUEL_SAMPLING_COVERAGE'
  | 'GAS_STORAGE_CITY_GAS_SHARE'
  | 'GAS_STORAGE_LOCAL_DAYS'
  | 'GATE_SYSTEM_SHARE'
  | 'GOOD_DAY_RATIO'
  | 'GREEN_COMMUNITIES'
  | 'HEATING_NETWORK_NEW_KM'
  | 'HEAVY_POLLUTION_DAY_RATIO'
  | 'KILN_GRADE_B_SHARE_HIGH'
  | 'KILN_GRADE_B_SHARE_LOW'
  | 'NEW_ENERGY_SHARE_NEW_AIRPORT'
  | 'NEW_ENERGY_SHARE_NEW_BUSES'
  | 'NEW_ENERGY_SHARE_NEW_POSTAL_LOGISTICS'
  | 'NEW_ENERGY_SHARE_NEW_SANITATION'
  | 'NEW_ENERGY_SHARE_NEW_TAXIS'
  | 'NEW_VEHICLE_SPOT_CHECK_RATE'
  | 'NRMM_REGISTERED'
  | 'O3_EXCEEDANCE_DAYS'
  | 'O3_EXCEEDANCE_RATE'
  | 'PM10_MEAN'
  | 'PM25_MEAN'
  | 'RAIL_SIDINGS_IN_SERVICE'
  | 'RAIL_SIDINGS_UNDER_CONSTRUCTION'
  | 'RENEWABLE_HEATING_ADDED_M2'
  | 'RENEWABLE_POWER_ADDED_MW';

/** An air-quality monitoring station (environment department). */
export type MonitoringStation = Site & {
  __typename?: 'MonitoringStation';
  code: Scalars['ID']['output'];
  controlLevel: StationControlLevel;
  /** Every version of this station record, oldest first. */
  history: Array<RecordVersion>;
  kind: SiteKind;
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  region: Region;
  stationType: StationType;
};

/** A page of `monitoringStations`. */
export type MonitoringStationConnection = {
  __typename?: 'MonitoringStationConnection';
  edges: Array<MonitoringStationEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type MonitoringStationEdge = {
  __typename?: 'MonitoringStationEdge';
  cursor: Scalars['String']['output'];
  node: MonitoringStation;
};

/** Which records `monitoringStations` lists; the conditions given must all hold. */
export type MonitoringStationFilter = {
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

/** One air-quality monitoring station. */
export type MonitoringStationInput = {
  /** The station's code: letters, digits, - and _. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** NATIONAL, PROVINCIAL or CITY. */
  controlLevel?: InputMaybe<Scalars['String']['input']>;
  /** WGS 84 latitude. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** WGS 84 longitude. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** The station's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The city (or county) it reports for. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** URBAN, TRAFFIC, BACKGROUND, MOUNTAIN, VOC or COMPONENT. */
  stationType?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Contributes black-smoke captures (environment only); upserts by capture id. */
  contributeBlackSmokeCaptures: ContributionResult;
  /** Contributes checkpoint passages (public security only); upserts by (checkpoint, plate, instant); the VIN is resolved from the plate registered at that instant. */
  contributeCheckpointPassages: ContributionResult;
  /** Contributes checkpoints (public security only); upserts by code. */
  contributeCheckpoints: ContributionResult;
  /** Contributes quarterly coal-quality checks (market regulation only); upserts by (plantCreditCode, quarter). */
  contributeCoalChecks: ContributionResult;
  /** Contributes agricultural coal replacement per county and year (agriculture only); upserts by (regionCode, year). */
  contributeCoalReplacements: ContributionResult;
  /** Contributes coal-to-electricity households (grid only); upserts by (countyCode, year). */
  contributeCoalToElectricity: ContributionResult;
  /** Contributes construction sites (housing only); upserts by site code. */
  contributeConstructionSites: ContributionResult;
  /** Contributes "six 100%" dust-control checks (housing only); the site must be registered; upserts by check id. */
  contributeDustChecks: ContributionResult;
  /** Contributes hourly PM10 of construction sites' dust monitors (housing only); the site must be registered; upserts by (site, hour). */
  contributeDustMonitorReadings: ContributionResult;
  /** Contributes dust-control violations (housing only); the site must be registered; upserts by violation id. */
  contributeDustViolations: ContributionResult;
  /** Contributes meter readings, whole-day or hourly (grid only); upserts by (meterNo, day, hour). A meter sends either a whole-day reading or hourly readings for a day: a row of the other kind than the meter-day's stored rows, or a batch with both kinds for one meter-day, is refused with MIXED_METER_DAY. */
  contributeElectricityReadings: ContributionResult;
  /** Contributes the emergency reduction list (environment only); upserts by (year, credit code). */
  contributeEmergencyList: ContributionResult;
  /** Contributes enterprise environmental profiles (environment only); upserts by credit code. */
  contributeEnterpriseProfiles: ContributionResult;
  /** Contributes enterprises of the registry (market regulation only); upserts by credit code. */
  contributeEnterprises: ContributionResult;
  /** Contributes city-entry permits (public security only); upserts by permit number. */
  contributeEntryPermits: ContributionResult;
  /** Contributes fire points (agriculture only); upserts by id. */
  contributeFirePoints: ContributionResult;
  /** Contributes fuel samples (market regulation only); the station must be registered; upserts by sample number. */
  contributeFuelSamples: ContributionResult;
  /** Contributes filling stations (market regulation only); the operator must be in the registry. */
  contributeFuelStations: ContributionResult;
  /** Contributes gate records of enterprises (environment only); upserts by (creditCode, gateId, passedAt, plate). */
  contributeGateRecords: ContributionResult;
  /** Contributes indicators; a department may send only the metrics it owns (others are rejected with NOT_OWNED). */
  contributeIndicators: ContributionResult;
  /** Contributes emission inspection agencies (market regulation only); upserts by code. */
  contributeInspectionAgencies: ContributionResult;
  /** Contributes monitoring stations (environment only); upserts by code. */
  contributeMonitoringStations: ContributionResult;
  /** Contributes non-road machinery registrations (environment only); upserts by registration number. */
  contributeNonRoadMachinery: ContributionResult;
  /** Contributes OBD records (environment only); upserts by (vin, at). */
  contributeObdRecords: ContributionResult;
  /** Contributes hourly observations (environment only); upserts by (station, hour). */
  contributeObservations: ContributionResult;
  /** Contributes operating licences (transport only); upserts by licence number. */
  contributeOperatingLicences: ContributionResult;
  /** Contributes performance grades (environment only); upserts by credit code. */
  contributePerformanceGrades: ContributionResult;
  /** Contributes truck phase-outs (transport only); upserts by VIN. */
  contributePhaseOuts: ContributionResult;
  /** Contributes railway sidings (transport only); upserts by project code. */
  contributeRailSidings: ContributionResult;
  /** Contributes remote-sensing tests (environment only); upserts by test id. */
  contributeRemoteSensingTests: ContributionResult;
  /** Contributes M-station repairs (transport only); upserts by repair-order number. */
  contributeRepairs: ContributionResult;
  /** Contributes large restaurants' fume monitors (housing only); upserts by credit code. */
  contributeRestaurantFumeMonitors: ContributionResult;
  /** Contributes straw-burning deduction rates (agriculture only); upserts by effective date. */
  contributeStrawBurningDeductionRates: ContributionResult;
  /** Contributes vehicle emission inspections (market regulation only); the agency must be registered; upserts by inspection number. */
  contributeVehicleInspections: ContributionResult;
  /** Contributes vehicle registrations (public security only); upserts by VIN; a new plate closes the old (plate, vin) period. */
  contributeVehicles: ContributionResult;
  /** The owner's admins approve or deny a pending request, with a note. */
  decideAccess: AccessRequest;
  /** Issues a warning for a city (environment admins). */
  issueWarning: Warning;
  /** Lifts a warning (environment admins), now or at a given instant. */
  liftWarning: Warning;
  /** Recomputes the air-quality indicators of a year from the observations (environment admins); returns the indicators changed. */
  refreshAirQualityIndicators: Scalars['Int']['output'];
  /** Recomputes each city's and the province's FUEL_SAMPLING_COVERAGE of a year (the share of operating filling stations sampled at least once) and contributes it to the indicators as a contributeIndicators batch of the caller (market-regulation admins); returns the indicators changed. */
  refreshFuelSamplingCoverage: Scalars['Int']['output'];
  /** Public-security admins: recomputes, per city and for the province, the new-energy (electric, hydrogen) share of the transit buses and taxis registered in `year` (NEW_ENERGY_SHARE_NEW_BUSES, NEW_ENERGY_SHARE_NEW_TAXIS, task 15) and contributes them as contributeIndicators batches of the caller; returns the indicators changed. */
  refreshNewEnergyShares: Scalars['Int']['output'];
  /** Environment admins: contributes NRMM_REGISTERED (machines in the registry now) for every city and the province under `year`, as a contributeIndicators batch of the caller; returns the indicators changed. */
  refreshNrmmIndicator: Scalars['Int']['output'];
  /** Environment admins: recomputes the plan indicators environment measures from the hub's data for `year` (KILN_GRADE_B_SHARE_HIGH / _LOW with market regulation's industry codes through its API, AB_GRADE_SHARE, D_GRADE_FIRMS, GATE_SYSTEM_SHARE up to October's end, the year's DUSTFALL, NRMM_REGISTERED) and contributes them as contributeIndicators batches of the caller; returns the indicators changed. */
  refreshPlanIndicators: Scalars['Int']['output'];
  /** Transport admins: counts the railway sidings in service and under construction (the registry as it stands; it holds no dates) per city and for the province, and contributes them under `year` (RAIL_SIDINGS_IN_SERVICE, RAIL_SIDINGS_UNDER_CONSTRUCTION, task 12) as contributeIndicators batches of the caller; returns the indicators changed. */
  refreshRailSidingIndicators: Scalars['Int']['output'];
  /** Asks the owner of a CONDITIONAL dataset for a grant for your department and role, for a purpose, until a day (at most 366 days ahead). The owner's admins answer within 5 working days. */
  requestAccess: AccessRequest;
  /** The owner's admins end a grant; it stops working on the next request. */
  revokeAccess: AccessRequest;
  /** Sets (creates or changes) a target (environment admins). */
  setTarget: Target;
};


export type MutationContributeBlackSmokeCapturesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<BlackSmokeCaptureInput>;
};


export type MutationContributeCheckpointPassagesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<PassageInput>;
};


export type MutationContributeCheckpointsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<CheckpointInput>;
};


export type MutationContributeCoalChecksArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<CoalCheckInput>;
};


export type MutationContributeCoalReplacementsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<CoalReplacementInput>;
};


export type MutationContributeCoalToElectricityArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<CoalToElectricityInput>;
};


export type MutationContributeConstructionSitesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<ConstructionSiteInput>;
};


export type MutationContributeDustChecksArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<DustCheckInput>;
};


export type MutationContributeDustMonitorReadingsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<DustMonitorReadingInput>;
};


export type MutationContributeDustViolationsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<DustViolationInput>;
};


export type MutationContributeElectricityReadingsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<ElectricityReadingInput>;
};


export type MutationContributeEmergencyListArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<EmergencyListInput>;
};


export type MutationContributeEnterpriseProfilesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<EnterpriseProfileInput>;
};


export type MutationContributeEnterprisesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<EnterpriseInput>;
};


export type MutationContributeEntryPermitsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<EntryPermitInput>;
};


export type MutationContributeFirePointsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<FirePointInput>;
};


export type MutationContributeFuelSamplesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<FuelSampleInput>;
};


export type MutationContributeFuelStationsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<FuelStationInput>;
};


export type MutationContributeGateRecordsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<GateRecordInput>;
};


export type MutationContributeIndicatorsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<IndicatorInput>;
};


export type MutationContributeInspectionAgenciesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<InspectionAgencyInput>;
};


export type MutationContributeMonitoringStationsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<MonitoringStationInput>;
};


export type MutationContributeNonRoadMachineryArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<NonRoadMachineInput>;
};


export type MutationContributeObdRecordsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<ObdRecordInput>;
};


export type MutationContributeObservationsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<ObservationInput>;
};


export type MutationContributeOperatingLicencesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<OperatingLicenceInput>;
};


export type MutationContributePerformanceGradesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<PerformanceGradeInput>;
};


export type MutationContributePhaseOutsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<PhaseOutInput>;
};


export type MutationContributeRailSidingsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<RailSidingInput>;
};


export type MutationContributeRemoteSensingTestsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<RemoteSensingTestInput>;
};


export type MutationContributeRepairsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<RepairInput>;
};


export type MutationContributeRestaurantFumeMonitorsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<RestaurantFumeMonitorInput>;
};


export type MutationContributeStrawBurningDeductionRatesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<StrawBurningDeductionRateInput>;
};


export type MutationContributeVehicleInspectionsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<VehicleInspectionInput>;
};


export type MutationContributeVehiclesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<VehicleInput>;
};


export type MutationDecideAccessArgs = {
  approve: Scalars['Boolean']['input'];
  note: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationIssueWarningArgs = {
  input: IssueWarningInput;
};


export type MutationLiftWarningArgs = {
  at: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRefreshAirQualityIndicatorsArgs = {
  year: Scalars['Int']['input'];
};


export type MutationRefreshFuelSamplingCoverageArgs = {
  year: Scalars['Int']['input'];
};


export type MutationRefreshNewEnergySharesArgs = {
  year: Scalars['Int']['input'];
};


export type MutationRefreshNrmmIndicatorArgs = {
  year: Scalars['Int']['input'];
};


export type MutationRefreshPlanIndicatorsArgs = {
  year: Scalars['Int']['input'];
};


export type MutationRefreshRailSidingIndicatorsArgs = {
  year: Scalars['Int']['input'];
};


export type MutationRequestAccessArgs = {
  dataset: Dataset;
  purpose: Scalars['String']['input'];
  until: Scalars['Date']['input'];
};


export type MutationRevokeAccessArgs = {
  note: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationSetTargetArgs = {
  input: TargetInput;
};

/** Emission stage of a non-road diesel engine (GB 20891: 非道路国一 … 国四); NONE for electric machinery. */
export type NonRoadEngineStage =
  | 'NONE'
  | 'NONROAD_CN1'
  | 'NONROAD_CN2'
  | 'NONROAD_CN3'
  | 'NONROAD_CN4';

/** A non-road mobile machine (非道路移动机械) in the environment department's registry, by its registration number. */
export type NonRoadMachine = {
  __typename?: 'NonRoadMachine';
  engineStage: NonRoadEngineStage;
  /** Every version of this registration, oldest first. */
  history: Array<RecordVersion>;
  /** Whether a positioning locator (定位装置) is installed. */
  locatorInstalled: Scalars['Boolean']['output'];
  machineType: MachineryType;
  /** The owning enterprise (registered with market regulation); null when the registry does not know it. */
  owner: Maybe<Enterprise>;
  /** Credit code of the owning enterprise. */
  ownerCreditCode: Scalars['ID']['output'];
  /** The city or county where the machine is registered. */
  region: Region;
  /** The environmental registration number (环保登记编码). */
  registrationNo: Scalars['ID']['output'];
  testResult: EmissionTestResult;
};

/** A page of `nonRoadMachinery`. */
export type NonRoadMachineConnection = {
  __typename?: 'NonRoadMachineConnection';
  edges: Array<NonRoadMachineEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type NonRoadMachineEdge = {
  __typename?: 'NonRoadMachineEdge';
  cursor: Scalars['String']['output'];
  node: NonRoadMachine;
};

/** Which records `nonRoadMachinery` lists; the conditions given must all hold. */
export type NonRoadMachineFilter = {
  engineStage?: InputMaybe<NonRoadEngineStage>;
  machineType?: InputMaybe<MachineryType>;
  /** The owning enterprise's credit code. */
  ownerCreditCode?: InputMaybe<Scalars['ID']['input']>;
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  testResult?: InputMaybe<EmissionTestResult>;
};

/** One non-road mobile machine. Enums are strings so that a bad value rejects its row, not the batch. */
export type NonRoadMachineInput = {
  /** NONROAD_CN1, NONROAD_CN2, NONROAD_CN3, NONROAD_CN4, NONE (NONE for electric machinery). */
  engineStage?: InputMaybe<Scalars['String']['input']>;
  /** Whether a positioning locator is installed. */
  locatorInstalled?: InputMaybe<Scalars['Boolean']['input']>;
  /** EXCAVATOR, LOADER, FORKLIFT, CRANE, ROLLER, PAVER, OTHER. */
  machineType?: InputMaybe<Scalars['String']['input']>;
  /** Credit code of the owning enterprise (checked). */
  ownerCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** GB/T 2260 code of the city or county where the machine is registered. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** The environmental registration number: letters, digits, - and _. */
  registrationNo?: InputMaybe<Scalars['String']['input']>;
  /** PASS, FAIL or NOT_TESTED. */
  testResult?: InputMaybe<Scalars['String']['input']>;
};

/** A record a heavy diesel truck's on-board diagnostics sent to the remote monitoring platform (OBD 远程在线监控). */
export type ObdRecord = {
  __typename?: 'ObdRecord';
  /** When the truck recorded it; one record per truck and instant. */
  at: Scalars['DateTime']['output'];
  /** The fault codes the OBD flagged (e.g. P20EE, SCR efficiency below threshold); empty when none. */
  faultFlags: Array<Scalars['String']['output']>;
  /** Every version of this record, oldest first. */
  history: Array<RecordVersion>;
  /** NOx at the tailpipe sensor, ppm (0 to 5,000). */
  noxPpm: Scalars['Float']['output'];
  /** The truck (registered with public security); null when not registered. */
  vehicle: Maybe<Vehicle>;
  /** VIN of the truck. */
  vin: Scalars['ID']['output'];
};

/** A page of `obdRecords`. */
export type ObdRecordConnection = {
  __typename?: 'ObdRecordConnection';
  edges: Array<ObdRecordEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ObdRecordEdge = {
  __typename?: 'ObdRecordEdge';
  cursor: Scalars['String']['output'];
  node: ObdRecord;
};

/** Which records `obdRecords` lists; the conditions given must all hold. */
export type ObdRecordFilter = {
  /** First China-time day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last China-time day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
  vin?: InputMaybe<Scalars['ID']['input']>;
  /** true: only records with fault flags; false: only records without. */
  withFaults?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One OBD record of a heavy diesel truck. */
export type ObdRecordInput = {
  /** When the truck recorded it: ISO 8601 with an offset, not in the future. */
  at?: InputMaybe<Scalars['String']['input']>;
  /** Fault codes flagged, at most 50 of at most 64 characters (letters, digits, - and _); empty or absent when none. */
  faultFlags?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** NOx at the tailpipe sensor, ppm, 0 to 5,000. */
  noxPpm?: InputMaybe<Scalars['Float']['input']>;
  /** VIN of the truck (checked). */
  vin?: InputMaybe<Scalars['String']['input']>;
};

/** One station's hourly concentrations (µg/m³; CO in mg/m³). The hour is its start, China time. */
export type Observation = {
  __typename?: 'Observation';
  /** mg/m³. */
  co: Maybe<Scalars['Float']['output']>;
  /** Every version of this hour, oldest first. */
  history: Array<RecordVersion>;
  /** Start of the hour. */
  hour: Scalars['DateTime']['output'];
  /** Minutes sampled in the hour. */
  minutesSampled: Maybe<Scalars['Int']['output']>;
  no2: Maybe<Scalars['Float']['output']>;
  o3: Maybe<Scalars['Float']['output']>;
  pm10: Maybe<Scalars['Float']['output']>;
  pm25: Maybe<Scalars['Float']['output']>;
  so2: Maybe<Scalars['Float']['output']>;
  stationCode: Scalars['ID']['output'];
  /** Counts toward averages: at least 45 minutes sampled (GB 3095-2012 §8), or flagged valid by the station. */
  valid: Scalars['Boolean']['output'];
};

/** A page of `observations`. */
export type ObservationConnection = {
  __typename?: 'ObservationConnection';
  edges: Array<ObservationEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ObservationEdge = {
  __typename?: 'ObservationEdge';
  cursor: Scalars['String']['output'];
  node: Observation;
};

/** One station hour. Concentrations in µg/m³ (CO in mg/m³); any may be null when not measured. */
export type ObservationInput = {
  co?: InputMaybe<Scalars['Float']['input']>;
  /** Start of the hour, ISO 8601 with an offset, on the hour, not in the future. */
  hour?: InputMaybe<Scalars['String']['input']>;
  /** Minutes sampled (0–60); 45 or more makes the hour valid. */
  minutesSampled?: InputMaybe<Scalars['Int']['input']>;
  no2?: InputMaybe<Scalars['Float']['input']>;
  o3?: InputMaybe<Scalars['Float']['input']>;
  pm10?: InputMaybe<Scalars['Float']['input']>;
  pm25?: InputMaybe<Scalars['Float']['input']>;
  so2?: InputMaybe<Scalars['Float']['input']>;
  /** A registered monitoring station. */
  stationCode?: InputMaybe<Scalars['String']['input']>;
  /** The station's own validity flag, when it sends one instead of minutes. */
  valid?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A road-transport operating licence (道路运输证) of a freight vehicle. */
export type OperatingLicence = {
  __typename?: 'OperatingLicence';
  /** Every version of this licence, oldest first. */
  history: Array<RecordVersion>;
  licenceNo: Scalars['ID']['output'];
  /** The transport operator holding the licence; null when the registry does not know it. */
  operator: Maybe<Enterprise>;
  status: LicenceStatus;
  validTo: Scalars['Date']['output'];
  /** The licensed vehicle; null when public security has not registered it. */
  vehicle: Maybe<Vehicle>;
  vin: Scalars['ID']['output'];
};

/** A page of `operatingLicences`. */
export type OperatingLicenceConnection = {
  __typename?: 'OperatingLicenceConnection';
  edges: Array<OperatingLicenceEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OperatingLicenceEdge = {
  __typename?: 'OperatingLicenceEdge';
  cursor: Scalars['String']['output'];
  node: OperatingLicence;
};

/** Which records `operatingLicences` lists; the conditions given must all hold. */
export type OperatingLicenceFilter = {
  /** The operator's credit code. */
  operatorCreditCode?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LicenceStatus>;
};

/** One road-transport operating licence. */
export type OperatingLicenceInput = {
  licenceNo?: InputMaybe<Scalars['String']['input']>;
  /** Credit code of the operator (checked). */
  operatorCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** VALID, SUSPENDED, REVOKED or EXPIRED. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  validTo?: InputMaybe<Scalars['String']['input']>;
  /** VIN of the licensed vehicle (checked). */
  vin?: InputMaybe<Scalars['String']['input']>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A vehicle seen at a checkpoint (卡口). */
export type Passage = {
  __typename?: 'Passage';
  checkpoint: Maybe<Checkpoint>;
  checkpointCode: Scalars['ID']['output'];
  direction: Direction;
  /** Every version of this passage, oldest first. */
  history: Array<RecordVersion>;
  passedAt: Scalars['DateTime']['output'];
  /** The plate the camera read. */
  plate: Scalars['String']['output'];
  vehicle: Maybe<Vehicle>;
  /** The vehicle the plate was registered to at that instant; null when none was (a fake or foreign plate). */
  vin: Maybe<Scalars['ID']['output']>;
};

export type PassageConnection = {
  __typename?: 'PassageConnection';
  edges: Array<PassageEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PassageEdge = {
  __typename?: 'PassageEdge';
  cursor: Scalars['String']['output'];
  node: Passage;
};

/** One checkpoint passage; the VIN is looked up from the plate registered at that instant, never sent. */
export type PassageInput = {
  /** A registered checkpoint. */
  checkpointCode?: InputMaybe<Scalars['String']['input']>;
  /** INBOUND or OUTBOUND. */
  direction?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 with an offset, not in the future. */
  passedAt?: InputMaybe<Scalars['String']['input']>;
  /** The plate read (checked). */
  plate?: InputMaybe<Scalars['String']['input']>;
};

/** 绩效分级 of the emergency-reduction grading guide; LEADING is 引领性. */
export type PerformanceGrade =
  | 'A'
  | 'B'
  | 'B_MINUS'
  | 'C'
  | 'D'
  | 'LEADING';

/** Which records `performanceGrades` lists; the conditions given must all hold. */
export type PerformanceGradeFilter = {
  creditCode?: InputMaybe<Scalars['ID']['input']>;
  grade?: InputMaybe<PerformanceGrade>;
};

/** One enterprise's performance grade. */
export type PerformanceGradeInput = {
  /** Credit code of the graded enterprise (checked). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** A, B, B_MINUS, C, D or LEADING. */
  grade?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not in the future. */
  gradedOn?: InputMaybe<Scalars['String']['input']>;
};

/** An enterprise's performance grade as the environment department assessed it. */
export type PerformanceGradeRecord = {
  __typename?: 'PerformanceGradeRecord';
  creditCode: Scalars['ID']['output'];
  /** The graded enterprise; null when the registry does not know it. */
  enterprise: Maybe<Enterprise>;
  grade: PerformanceGrade;
  /** The day the grade was assessed. */
  gradedOn: Scalars['Date']['output'];
  /** Every version of this grade, oldest first. */
  history: Array<RecordVersion>;
};

/** A page of `performanceGrades`. */
export type PerformanceGradeRecordConnection = {
  __typename?: 'PerformanceGradeRecordConnection';
  edges: Array<PerformanceGradeRecordEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PerformanceGradeRecordEdge = {
  __typename?: 'PerformanceGradeRecordEdge';
  cursor: Scalars['String']['output'];
  node: PerformanceGradeRecord;
};

/** Emission-permit management class: 重点 / 简化 / 登记. */
export type PermitClass =
  | 'KEY'
  | 'REGISTRATION'
  | 'SIMPLIFIED';

export type PermitStatus =
  | 'EXPIRED'
  | 'REVOKED'
  | 'VALID';

/** The phase-out (淘汰) of an operating diesel truck of 国三 (CN3) or below: the deadline it has and whether it was met. */
export type PhaseOut = {
  __typename?: 'PhaseOut';
  /** The day it was scrapped or upgraded; null while PENDING. */
  completedOn: Maybe<Scalars['Date']['output']>;
  /** The day by which the truck must be scrapped or upgraded. */
  deadline: Scalars['Date']['output'];
  /** Every version of this phase-out, oldest first. */
  history: Array<RecordVersion>;
  status: PhaseOutStatus;
  /** The truck (registered with public security); null when not registered. */
  vehicle: Maybe<Vehicle>;
  /** VIN of the truck; one phase-out per truck. */
  vin: Scalars['ID']['output'];
};

/** A page of `phaseOuts`. */
export type PhaseOutConnection = {
  __typename?: 'PhaseOutConnection';
  edges: Array<PhaseOutEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PhaseOutEdge = {
  __typename?: 'PhaseOutEdge';
  cursor: Scalars['String']['output'];
  node: PhaseOut;
};

/** Which records `phaseOuts` lists; the conditions given must all hold. */
export type PhaseOutFilter = {
  /** Only deadlines before this day (exclusive). */
  deadlineBefore?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<PhaseOutStatus>;
};

/** One truck's phase-out. */
export type PhaseOutInput = {
  /** YYYY-MM-DD, not in the future; required when SCRAPPED or UPGRADED, absent when PENDING. */
  completedOn?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  deadline?: InputMaybe<Scalars['String']['input']>;
  /** PENDING, SCRAPPED or UPGRADED. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** VIN of the truck (checked). */
  vin?: InputMaybe<Scalars['String']['input']>;
};

/** Where a truck's phase-out stands. */
export type PhaseOutStatus =
  /** Still operating as it was. */
  | 'PENDING'
  /** Scrapped (报废) or otherwise taken off the road for good. */
  | 'SCRAPPED'
  /** Retrofitted or re-powered to a stage that may keep operating. */
  | 'UPGRADED';

/** GREEN is small new-energy, YELLOW_GREEN large new-energy. */
export type PlateColor =
  | 'BLACK'
  | 'BLUE'
  | 'GREEN'
  | 'WHITE'
  | 'YELLOW'
  | 'YELLOW_GREEN';

/** A plate assigned to a vehicle for a period; plates are re-issued, so the VIN is the key. */
export type PlateRegistration = {
  __typename?: 'PlateRegistration';
  plate: Scalars['String']['output'];
  /** Start of the assignment. */
  validFrom: Scalars['DateTime']['output'];
  /** End of the assignment; null while current. */
  validTo: Maybe<Scalars['DateTime']['output']>;
  vin: Scalars['ID']['output'];
};

/** O3_1H and O3_8H are the daily maximum 1-hour value and the maximum 8-hour moving average. */
export type Pollutant =
  | 'CO'
  | 'NO2'
  | 'O3_1H'
  | 'O3_8H'
  | 'PM10'
  | 'PM25'
  | 'SO2';

/** One evaluation item over its own valid days (GB 3095 §8, judged per pollutant): how many, whether they cover the period, and its exceedance days (daily value above the grade-2 24h limit: SO2 150, NO2 80, PM10 150, PM2.5 75, CO 4 mg/m³; O3 MDA8 160). A province's counts are the means of its cities', rounded to whole days. */
export type PollutantEvaluation = {
  __typename?: 'PollutantEvaluation';
  /** The item's valid days have GB 3095's coverage (324 a year, 27 in each whole month, 25 in February); a province's, when every city's have. */
  complete: Scalars['Boolean']['output'];
  exceedanceDays: Scalars['Int']['output'];
  /** Unrounded: the figure before its one GB/T 8170 rounding (a city's still computed from its published daily values; the province's the mean of its cities' unrounded figures). */
  exceedanceDaysUnrounded: Scalars['Float']['output'];
  /** exceedanceDays / validDays, three decimals; null when the item's coverage fails. */
  exceedanceRate: Maybe<Scalars['Float']['output']>;
  /** Unrounded: the figure before its one GB/T 8170 rounding (a city's still computed from its published daily values; the province's the mean of its cities' unrounded figures). */
  exceedanceRateUnrounded: Maybe<Scalars['Float']['output']>;
  missingReason: Maybe<Scalars['String']['output']>;
  /** SO2, NO2, PM10, PM25, CO or O3_8H (MDA8). */
  pollutant: Pollutant;
  validDays: Scalars['Int']['output'];
  /** Unrounded: the figure before its one GB/T 8170 rounding (a city's still computed from its published daily values; the province's the mean of its cities' unrounded figures). */
  validDaysUnrounded: Scalars['Float']['output'];
};

export type PollutantIndex = {
  __typename?: 'PollutantIndex';
  pollutant: Pollutant;
  value: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Access requests your department made or must answer, newest first, with their reply deadlines; `overdue` flags those past it. */
  accessRequests: AccessRequestConnection;
  /** The AQI of given concentrations (HJ 633). `on` chooses the ruleset in force that day; without it, HJ633_2012. */
  airQualityIndex: AirQualityIndex;
  /** The audit trail, newest first (admins). Verify the chain with `lantian audit verify`. */
  auditEvents: AuditEventConnection;
  /** One black-smoke capture, by its id. */
  blackSmokeCapture: Maybe<BlackSmokeCapture>;
  /** Black-smoke captures, oldest first. */
  blackSmokeCaptures: Maybe<BlackSmokeCaptureConnection>;
  /** The data catalogue: every dataset with its owner, sharing class, fields, size, freshness and grantees. */
  catalog: Array<CatalogEntry>;
  /** Checks a credit code, VIN, licence plate or region code the way every contribution does. */
  checkIdentifier: IdentifierCheck;
  checkpoint: Maybe<Checkpoint>;
  /** Traffic checkpoints, ordered by code. */
  checkpoints: CheckpointConnection;
  /** The province's 18 cities ranked by composite index over the period (城市环境空气质量排名技术规定, 2018), best (smallest) first; cities without an index (coverage fails) last, unranked. */
  cityRanking: Array<CityRank>;
  /** Quarterly coal-quality checks at power plants, ordered by plant credit code and quarter. */
  coalChecks: Maybe<CoalCheckConnection>;
  /** Agricultural coal replacement (tobacco barns, edible-fungi producers) per county and year, by county code, then year. */
  coalReplacements: CoalReplacementConnection;
  /** Coal-to-electricity households per county and year, ordered by county, then year. */
  coalToElectricity: CoalToElectricityConnection;
  /** One construction site, by its code. */
  constructionSite: Maybe<ConstructionSite>;
  /** Construction sites, ordered by code. */
  constructionSites: ConstructionSiteConnection;
  /** One dust-control check, by its identifier. */
  dustCheck: Maybe<DustCheck>;
  /** "Six 100%" dust-control checks of construction sites, oldest first (by day, then identifier). */
  dustChecks: Maybe<DustCheckConnection>;
  /** Hourly PM10 of construction sites' online dust monitors, by site and hour; `from` and `to` are China-time days, both inclusive. */
  dustMonitorReadings: Maybe<DustMonitorReadingConnection>;
  /** One dust-control violation, by its identifier. */
  dustViolation: Maybe<DustViolation>;
  /** Dust-control violations at construction sites, oldest first (by day, then identifier). */
  dustViolations: Maybe<DustViolationConnection>;
  /** Meter readings, ordered by meter, day and hour (a day's whole-day reading first). */
  electricityReadings: Maybe<ElectricityReadingConnection>;
  /** The emergency reduction lists, by year and credit code. */
  emergencyList: EmergencyListEntryConnection;
  /** One enterprise of the registry by its credit code; null when it is not registered. */
  enterprise: Maybe<Enterprise>;
  /** Environmental profiles, by credit code. */
  enterpriseProfiles: Maybe<EnterpriseProfileConnection>;
  /** The enterprise registry, ordered by credit code. */
  enterprises: EnterpriseConnection;
  /** City-entry permits, by permit number. */
  entryPermits: Maybe<EntryPermitConnection>;
  firePoint: Maybe<FirePoint>;
  /** Per county (the fire points' region) and China-time month of a year: the confirmed fire points and their deduction (task 20), each point at the rate in force on its China-time detection date (strawBurningDeductionRates); by region, then month. Months without a confirmed point are left out. */
  firePointDeductions: Array<FirePointDeduction>;
  /** Fire points, oldest first; `from` and `to` are China-time dates, both inclusive. */
  firePoints: FirePointConnection;
  /** One fuel sample by its report number; null when there is none. */
  fuelSample: Maybe<FuelSample>;
  /** Fuel samples, oldest first (by sampling day, then sample number). */
  fuelSamples: Maybe<FuelSampleConnection>;
  /** One filling station by its code; null when it is not registered. */
  fuelStation: Maybe<FuelStation>;
  /** The filling stations of the registry, ordered by code. */
  fuelStations: FuelStationConnection;
  /** Gate records, oldest first (by instant, then enterprise, gate and plate). */
  gateRecords: Maybe<GateRecordConnection>;
  /** Indicators of every department, filtered. */
  indicators: IndicatorConnection;
  /** Emission inspection agencies (I站), ordered by code. */
  inspectionAgencies: InspectionAgencyConnection;
  /** One inspection agency by its code; null when it is not registered. */
  inspectionAgency: Maybe<InspectionAgency>;
  /** One monitoring station, by its code. */
  monitoringStation: Maybe<MonitoringStation>;
  /** Air-quality monitoring stations, ordered by code. */
  monitoringStations: MonitoringStationConnection;
  /** One registered non-road machine, by registration number. */
  nonRoadMachine: Maybe<NonRoadMachine>;
  /** The non-road mobile machinery registry, ordered by registration number. */
  nonRoadMachinery: Maybe<NonRoadMachineConnection>;
  /** OBD records of heavy diesel trucks, oldest first. */
  obdRecords: Maybe<ObdRecordConnection>;
  /** Hourly observations, by station and hour. */
  observations: ObservationConnection;
  operatingLicence: Maybe<OperatingLicence>;
  /** Operating licences, ordered by licence number. */
  operatingLicences: Maybe<OperatingLicenceConnection>;
  /** Passages at the checkpoints of a city (and its counties), oldest first: which vehicles of which stage entered it. `emissionStageAtMost: CN3` keeps vehicles of 国三 and below (pure electric excluded); it needs the VIN, so passages of unregistered plates drop out. */
  passages: Maybe<PassageConnection>;
  /** Performance grades, ordered by credit code. */
  performanceGrades: PerformanceGradeRecordConnection;
  /** The phase-out of one truck, by VIN. */
  phaseOut: Maybe<PhaseOut>;
  /** Phase-outs of 国三-and-below operating diesel trucks, earliest deadline first, then by VIN. */
  phaseOuts: Maybe<PhaseOutConnection>;
  /** One railway siding, by project code. */
  railSiding: Maybe<RailSiding>;
  /** Railway sidings, ordered by project code. */
  railSidings: RailSidingConnection;
  /** One region by its GB/T 2260 code. */
  region: Maybe<Region>;
  /** Regions, optionally of one level, ordered by code. */
  regions: Array<Region>;
  /** One remote-sensing test, by its id. */
  remoteSensingTest: Maybe<RemoteSensingTest>;
  /** Remote-sensing tests, oldest first. */
  remoteSensingTests: Maybe<RemoteSensingTestConnection>;
  /** One repair, by repair-order number. */
  repair: Maybe<Repair>;
  /** M-station repairs, oldest first; `from` and `to` are China-time days, both inclusive. */
  repairs: Maybe<RepairConnection>;
  /** The fume monitor of one restaurant, by its enterprise's credit code. */
  restaurantFumeMonitor: Maybe<RestaurantFumeMonitor>;
  /** Online cooking-fume monitors of large restaurants, ordered by credit code. */
  restaurantFumeMonitors: Maybe<RestaurantFumeMonitorConnection>;
  /** The straw-burning deduction's rates, oldest first. */
  strawBurningDeductionRates: StrawBurningDeductionRateConnection;
  /** Applies the national heavy-pollution warning criteria to a forecast of daily AQIs (one per day, from tomorrow). */
  suggestWarningLevel: WarningSuggestion;
  /** The plan's targets. */
  targets: TargetConnection;
  /** Use of each dataset by each department in a month (admins): the oversight the sharing rules ask for; a year is twelve of these. */
  usageReport: Array<UsageLine>;
  vehicle: Maybe<Vehicle>;
  /** The vehicle a plate was assigned to at an instant (default now); plates are re-issued. */
  vehicleByPlate: Maybe<Vehicle>;
  /** One vehicle inspection by its report number; null when there is none. */
  vehicleInspection: Maybe<VehicleInspection>;
  /** Vehicle emission inspections, oldest first; `from` and `to` are China-time dates, both inclusive. */
  vehicleInspections: Maybe<VehicleInspectionConnection>;
  /** Registered vehicles, ordered by VIN. */
  vehicles: VehicleConnection;
  warning: Maybe<Warning>;
  /** Warnings ordered by id (which begins with the start date); `activeAt` keeps those in force at that instant. */
  warnings: WarningConnection;
};


export type QueryAccessRequestsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AccessRequestFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAirQualityIndexArgs = {
  concentrations: ConcentrationsInput;
  on: InputMaybe<Scalars['Date']['input']>;
};


export type QueryAuditEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AuditEventFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBlackSmokeCaptureArgs = {
  captureId: Scalars['ID']['input'];
};


export type QueryBlackSmokeCapturesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<BlackSmokeFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCheckIdentifierArgs = {
  kind: IdentifierKind;
  value: Scalars['String']['input'];
};


export type QueryCheckpointArgs = {
  code: Scalars['ID']['input'];
};


export type QueryCheckpointsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CheckpointFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCityRankingArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryCoalChecksArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CoalCheckFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCoalReplacementsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CoalReplacementFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCoalToElectricityArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CoalToElectricityFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConstructionSiteArgs = {
  code: Scalars['ID']['input'];
};


export type QueryConstructionSitesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ConstructionSiteFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDustCheckArgs = {
  checkId: Scalars['ID']['input'];
};


export type QueryDustChecksArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DustCheckFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDustMonitorReadingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DustMonitorReadingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDustViolationArgs = {
  violationId: Scalars['ID']['input'];
};


export type QueryDustViolationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DustViolationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryElectricityReadingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ElectricityReadingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEmergencyListArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  cityCode: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  year: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEnterpriseArgs = {
  creditCode: Scalars['ID']['input'];
};


export type QueryEnterpriseProfilesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  creditCode: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  vocsKeySource: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryEnterprisesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<EnterpriseFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntryPermitsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<EntryPermitFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFirePointArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFirePointDeductionsArgs = {
  regionCode: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryFirePointsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['Date']['input']>;
  regionCode: InputMaybe<Scalars['ID']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
};


export type QueryFuelSampleArgs = {
  sampleNo: Scalars['ID']['input'];
};


export type QueryFuelSamplesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<FuelSampleFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFuelStationArgs = {
  code: Scalars['ID']['input'];
};


export type QueryFuelStationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<FuelStationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGateRecordsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<GateRecordFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndicatorsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<IndicatorFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionAgenciesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<InspectionAgencyFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionAgencyArgs = {
  code: Scalars['ID']['input'];
};


export type QueryMonitoringStationArgs = {
  code: Scalars['ID']['input'];
};


export type QueryMonitoringStationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<MonitoringStationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNonRoadMachineArgs = {
  registrationNo: Scalars['ID']['input'];
};


export type QueryNonRoadMachineryArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<NonRoadMachineFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryObdRecordsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ObdRecordFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryObservationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['DateTime']['input']>;
  stationCode: InputMaybe<Scalars['ID']['input']>;
  to: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryOperatingLicenceArgs = {
  licenceNo: Scalars['ID']['input'];
};


export type QueryOperatingLicencesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<OperatingLicenceFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPassagesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  cityCode: Scalars['ID']['input'];
  direction: InputMaybe<Direction>;
  emissionStageAtMost: InputMaybe<EmissionStage>;
  first: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['DateTime']['input']>;
  to: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryPerformanceGradesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PerformanceGradeFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPhaseOutArgs = {
  vin: Scalars['ID']['input'];
};


export type QueryPhaseOutsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PhaseOutFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRailSidingArgs = {
  projectCode: Scalars['ID']['input'];
};


export type QueryRailSidingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RailSidingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  level: InputMaybe<RegionLevel>;
};


export type QueryRemoteSensingTestArgs = {
  testId: Scalars['ID']['input'];
};


export type QueryRemoteSensingTestsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RemoteSensingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRepairArgs = {
  repairNo: Scalars['ID']['input'];
};


export type QueryRepairsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RepairFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRestaurantFumeMonitorArgs = {
  creditCode: Scalars['ID']['input'];
};


export type QueryRestaurantFumeMonitorsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RestaurantFumeMonitorFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStrawBurningDeductionRatesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySuggestWarningLevelArgs = {
  forecastAqi: Array<Scalars['Int']['input']>;
};


export type QueryTargetsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  metric: InputMaybe<Metric>;
};


export type QueryUsageReportArgs = {
  month: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type QueryVehicleArgs = {
  vin: Scalars['ID']['input'];
};


export type QueryVehicleByPlateArgs = {
  at: InputMaybe<Scalars['DateTime']['input']>;
  plate: Scalars['String']['input'];
};


export type QueryVehicleInspectionArgs = {
  inspectionNo: Scalars['ID']['input'];
};


export type QueryVehicleInspectionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<VehicleInspectionFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVehiclesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<VehicleFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWarningArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWarningsArgs = {
  activeAt: InputMaybe<Scalars['DateTime']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  level: InputMaybe<WarningLevel>;
  regionCode: InputMaybe<Scalars['ID']['input']>;
};

/** A railway siding (铁路专用线) of an enterprise: bulk freight moved from road to rail (公转铁). */
export type RailSiding = {
  __typename?: 'RailSiding';
  /** Bulk freight the siding carries a year, in 10,000 t (万吨), 0 to 100,000; planned or designed capacity unless IN_SERVICE. */
  annualTonnage: Scalars['Float']['output'];
  /** The enterprise the siding serves; null when the registry does not know it. */
  enterprise: Maybe<Enterprise>;
  /** Every version of this siding record, oldest first. */
  history: Array<RecordVersion>;
  /** The siding project's code. */
  projectCode: Scalars['ID']['output'];
  /** The county (or city) where the siding is. */
  region: Region;
  status: RailSidingStatus;
};

/** A page of `railSidings`. */
export type RailSidingConnection = {
  __typename?: 'RailSidingConnection';
  edges: Array<RailSidingEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RailSidingEdge = {
  __typename?: 'RailSidingEdge';
  cursor: Scalars['String']['output'];
  node: RailSiding;
};

/** Which records `railSidings` lists; the conditions given must all hold. */
export type RailSidingFilter = {
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<RailSidingStatus>;
};

/** One railway siding. */
export type RailSidingInput = {
  /** Yearly bulk freight in 10,000 t (万吨), 0 to 100,000. */
  annualTonnage?: InputMaybe<Scalars['Float']['input']>;
  /** Credit code of the enterprise the siding serves (checked). */
  enterpriseCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** The siding project's code: letters, digits, - and _. */
  projectCode?: InputMaybe<Scalars['String']['input']>;
  /** GB/T 2260 code of the county (or city). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** PLANNED, UNDER_CONSTRUCTION or IN_SERVICE. */
  status?: InputMaybe<Scalars['String']['input']>;
};

/** Where a railway siding project stands. */
export type RailSidingStatus =
  | 'IN_SERVICE'
  | 'PLANNED'
  | 'UNDER_CONSTRUCTION';

/** One version of a contributed record: the current one, or one a later batch replaced. */
export type RecordVersion = {
  __typename?: 'RecordVersion';
  batchId: Scalars['ID']['output'];
  contributedAt: Scalars['DateTime']['output'];
  contributedBy: Department;
  /** True for the version in force. */
  current: Scalars['Boolean']['output'];
  /** When a later batch replaced it; null for the current version. */
  supersededAt: Maybe<Scalars['DateTime']['output']>;
  /** The department that replaced it. */
  supersededBy: Maybe<Department>;
  /** The batch that replaced it. */
  supersededByBatch: Maybe<Scalars['ID']['output']>;
  /** The record's fields in this version, by column name. */
  values: Scalars['JSONObject']['output'];
  /** 1 for the first version. */
  version: Scalars['Int']['output'];
};

/** An administrative region (GB/T 2260): the province, its cities, their counties and districts. */
export type Region = {
  __typename?: 'Region';
  /** The period's evaluation. A city's agrees with its dailyAirQuality over the same period (each item over its own valid days); the province's is the mean of its cities' figures. */
  airQuality: AirQualitySummary;
  /** The regions directly below this one, ordered by code. */
  children: Array<Region>;
  /** GB/T 2260 six-digit code, e.g. 410100 for Zhengzhou. */
  code: Scalars['ID']['output'];
  /** One entry per day with observations, from and to inclusive (China time). A city's day comes from the hourly mean of its stations; each value is published rounded once (GB/T 8170: integers, CO one decimal). The province's day is the mean of its cities' unrounded days, rounded once; it is for reading only, since the province's period figures are the means of its cities' figures (see airQuality). */
  dailyAirQuality: Array<DailyAirQuality>;
  /** For cities: the plan's target group. */
  group: Maybe<CityGroup>;
  level: RegionLevel;
  /** Chinese name, e.g. 郑州市. */
  name: Scalars['String']['output'];
  /** Pinyin name, e.g. Zhengzhou. */
  nameEn: Scalars['String']['output'];
  /** The region this one belongs to; null for the province. */
  parent: Maybe<Region>;
  /** Every target of the year that applies to this region, per metric and period: its own, else its city's, else the province's. `actual` is, for air-quality metrics, the published (rounded) evaluation over the target's period up to today (as airQuality computes it; the province's is the mean of its cities'); for other metrics, the indicator the owning department contributed for this region and period. `status`: MET / MISSED when the period has ended and actual, rounded to its reporting precision (GB/T 8170: µg/m³ to integers, ratios to three decimals, days to whole days), meets / fails the target, ON_TRACK / AT_RISK while it runs, NO_DATA without an actual. */
  targetProgress: Array<TargetProgress>;
};


/** An administrative region (GB/T 2260): the province, its cities, their counties and districts. */
export type RegionAirQualityArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** An administrative region (GB/T 2260): the province, its cities, their counties and districts. */
export type RegionDailyAirQualityArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** An administrative region (GB/T 2260): the province, its cities, their counties and districts. */
export type RegionTargetProgressArgs = {
  year: Scalars['Int']['input'];
};

export type RegionLevel =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

/** Which records `remoteSensingTests` lists; the conditions given must all hold. */
export type RemoteSensingFilter = {
  /** First China-time day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  result?: InputMaybe<RemoteSensingResult>;
  /** Last China-time day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
  vin?: InputMaybe<Scalars['ID']['input']>;
};

/** Whether a remote-sensing test found the vehicle within the limits of HJ 845-2017 (diesel) or GB 18285-2018 (petrol). */
export type RemoteSensingResult =
  | 'FAIL'
  | 'PASS';

/** A roadside remote-sensing test of a passing vehicle's exhaust (遥感监测). */
export type RemoteSensingTest = {
  __typename?: 'RemoteSensingTest';
  /** When the vehicle passed the site. */
  at: Scalars['DateTime']['output'];
  /** Every version of this test record, oldest first. */
  history: Array<RecordVersion>;
  result: RemoteSensingResult;
  /** The remote-sensing site, e.g. 郑州G107国道遥感点. */
  siteName: Scalars['String']['output'];
  /** The test's id at the remote-sensing network. */
  testId: Scalars['ID']['output'];
  /** The measured values. */
  values: RemoteSensingValues;
  /** The tested vehicle (registered with public security); null when not registered. */
  vehicle: Maybe<Vehicle>;
  /** VIN of the tested vehicle. */
  vin: Scalars['ID']['output'];
};

/** A page of `remoteSensingTests`. */
export type RemoteSensingTestConnection = {
  __typename?: 'RemoteSensingTestConnection';
  edges: Array<RemoteSensingTestEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RemoteSensingTestEdge = {
  __typename?: 'RemoteSensingTestEdge';
  cursor: Scalars['String']['output'];
  node: RemoteSensingTest;
};

/** One remote-sensing test. Times and enums are strings so that a bad value rejects its row, not the batch. */
export type RemoteSensingTestInput = {
  /** When the vehicle passed: ISO 8601 with an offset, not in the future. */
  at?: InputMaybe<Scalars['String']['input']>;
  /** PASS or FAIL. */
  result?: InputMaybe<Scalars['String']['input']>;
  /** The remote-sensing site's name. */
  siteName?: InputMaybe<Scalars['String']['input']>;
  /** The test's id at the remote-sensing network: letters, digits, - and _. */
  testId?: InputMaybe<Scalars['String']['input']>;
  /** The measured values, at least one. */
  values?: InputMaybe<RemoteSensingValuesInput>;
  /** VIN of the tested vehicle (checked). */
  vin?: InputMaybe<Scalars['String']['input']>;
};

/** What a remote-sensing test measured; a value the site did not measure is null. */
export type RemoteSensingValues = {
  __typename?: 'RemoteSensingValues';
  /** Carbon monoxide, % by volume. */
  coPercent: Maybe<Scalars['Float']['output']>;
  /** Hydrocarbons, ppm. */
  hcPpm: Maybe<Scalars['Float']['output']>;
  /** Nitric oxide, ppm. */
  noPpm: Maybe<Scalars['Float']['output']>;
  /** Smoke opacity (不透光度), %. */
  opacityPercent: Maybe<Scalars['Float']['output']>;
};

/** The values a remote-sensing test measured; send those the site measures, at least one. */
export type RemoteSensingValuesInput = {
  /** Carbon monoxide, % by volume, 0 to 15. */
  coPercent?: InputMaybe<Scalars['Float']['input']>;
  /** Hydrocarbons, ppm, 0 to 10,000. */
  hcPpm?: InputMaybe<Scalars['Float']['input']>;
  /** Nitric oxide, ppm, 0 to 10,000. */
  noPpm?: InputMaybe<Scalars['Float']['input']>;
  /** Smoke opacity, %, 0 to 100. */
  opacityPercent?: InputMaybe<Scalars['Float']['input']>;
};

/** A repair at a maintenance station (M站) in the inspection/maintenance (I/M) loop: a vehicle that failed an emission test is repaired, then retested. */
export type Repair = {
  __typename?: 'Repair';
  /** Every version of this repair record, oldest first. */
  history: Array<RecordVersion>;
  /** What was repaired or replaced, one entry per item (e.g. 更换DPF), at least one. */
  items: Array<Scalars['String']['output']>;
  /** The station's repair-order number. */
  repairNo: Scalars['ID']['output'];
  /** When the repair was finished. */
  repairedAt: Scalars['DateTime']['output'];
  /** Whether the emission retest after the repair passed; null while not yet retested. */
  retestPassed: Maybe<Scalars['Boolean']['output']>;
  /** Code of the M station that did the repair. */
  stationCode: Scalars['ID']['output'];
  /** The repaired vehicle (registered with public security); null when not registered. */
  vehicle: Maybe<Vehicle>;
  /** VIN of the repaired vehicle. */
  vin: Scalars['ID']['output'];
};

/** A page of `repairs`. */
export type RepairConnection = {
  __typename?: 'RepairConnection';
  edges: Array<RepairEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RepairEdge = {
  __typename?: 'RepairEdge';
  cursor: Scalars['String']['output'];
  node: Repair;
};

/** Which records `repairs` lists; the conditions given must all hold. */
export type RepairFilter = {
  /** First China-time day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** The M station's code. */
  stationCode?: InputMaybe<Scalars['ID']['input']>;
  /** Last China-time day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
  vin?: InputMaybe<Scalars['ID']['input']>;
};

/** One repair at an M station. */
export type RepairInput = {
  /** What was repaired or replaced: 1 to 50 entries of at most 200 characters. */
  items?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** The station's repair-order number. */
  repairNo?: InputMaybe<Scalars['String']['input']>;
  /** When the repair was finished: ISO 8601 with an offset, not in the future. */
  repairedAt?: InputMaybe<Scalars['String']['input']>;
  /** Whether the retest passed; null or absent while not yet retested. */
  retestPassed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Code of the M station: letters, digits, - and _. */
  stationCode?: InputMaybe<Scalars['String']['input']>;
  /** VIN of the repaired vehicle (checked). */
  vin?: InputMaybe<Scalars['String']['input']>;
};

/** The online cooking-fume monitor (油烟在线监控) of a large restaurant: whether it reports. */
export type RestaurantFumeMonitor = {
  __typename?: 'RestaurantFumeMonitor';
  /** Credit code of the restaurant's enterprise. */
  creditCode: Scalars['ID']['output'];
  /** The restaurant's enterprise; null when the registry does not know it. */
  enterprise: Maybe<Enterprise>;
  /** Every version of this monitor record, oldest first, the current one last. */
  history: Array<RecordVersion>;
  /** When the monitor last sent data; null when it never has. */
  lastDataAt: Maybe<Scalars['DateTime']['output']>;
  /** The monitor is installed and connected. */
  online: Scalars['Boolean']['output'];
};

/** A page of `restaurantFumeMonitors`. */
export type RestaurantFumeMonitorConnection = {
  __typename?: 'RestaurantFumeMonitorConnection';
  edges: Array<RestaurantFumeMonitorEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RestaurantFumeMonitorEdge = {
  __typename?: 'RestaurantFumeMonitorEdge';
  cursor: Scalars['String']['output'];
  node: RestaurantFumeMonitor;
};

/** Which records `restaurantFumeMonitors` lists; the conditions given must all hold. */
export type RestaurantFumeMonitorFilter = {
  /** true: connected monitors only; false: offline ones only. */
  online?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The online cooking-fume monitor of one large restaurant. */
export type RestaurantFumeMonitorInput = {
  /** Credit code of the restaurant's enterprise (checked). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** When the monitor last sent data: ISO 8601 with an offset, not in the future; absent when it never has. */
  lastDataAt?: InputMaybe<Scalars['String']['input']>;
  /** The monitor is installed and connected. */
  online?: InputMaybe<Scalars['Boolean']['input']>;
};

/** OPEN: any department. CONDITIONAL: a grant the owner approved. RESTRICTED: the owner only; others see a mask or nothing. */
export type SharingClass =
  | 'CONDITIONAL'
  | 'OPEN'
  | 'RESTRICTED';

/** NAME: 张*; ID_NUMBER: 4101**********1234. */
export type SharingMask =
  | 'ID_NUMBER'
  | 'NAME';

/** A place a department registers: a monitoring station, construction site, filling station or checkpoint. */
export type Site = {
  /** Department-assigned code, unique within its kind. */
  code: Scalars['ID']['output'];
  kind: SiteKind;
  /** WGS 84 latitude. */
  latitude: Scalars['Float']['output'];
  /** WGS 84 longitude. */
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  region: Region;
};

/** The kind of a registered site; each kind is owned by one department. */
export type SiteKind =
  | 'CHECKPOINT'
  | 'CONSTRUCTION_SITE'
  | 'FUEL_STATION'
  | 'MONITORING_STATION';

/** 国控 / 省控 / 市控. */
export type StationControlLevel =
  | 'CITY'
  | 'NATIONAL'
  | 'PROVINCIAL';

export type StationType =
  | 'BACKGROUND'
  | 'COMPONENT'
  | 'MOUNTAIN'
  | 'TRAFFIC'
  | 'URBAN'
  | 'VOC';

/** A rate of the straw-burning deduction: CNY taken from a county's finances per confirmed fire point, from its effective date until the next rate's. */
export type StrawBurningDeductionRate = {
  __typename?: 'StrawBurningDeductionRate';
  /** CNY deducted per confirmed fire point. */
  cnyPerConfirmedFirePoint: Scalars['Float']['output'];
  /** First China-time day the rate applies to (by a fire point's detection date). */
  effectiveFrom: Scalars['Date']['output'];
  /** Every version of this rate, oldest first. */
  history: Array<RecordVersion>;
  /** The clause that sets the rate, quoted. */
  sourceClause: Scalars['String']['output'];
};

/** A page of `strawBurningDeductionRates`. */
export type StrawBurningDeductionRateConnection = {
  __typename?: 'StrawBurningDeductionRateConnection';
  edges: Array<StrawBurningDeductionRateEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type StrawBurningDeductionRateEdge = {
  __typename?: 'StrawBurningDeductionRateEdge';
  cursor: Scalars['String']['output'];
  node: StrawBurningDeductionRate;
};

/** One rate of the straw-burning deduction. */
export type StrawBurningDeductionRateInput = {
  /** CNY per confirmed fire point, 0 to 100,000,000. */
  cnyPerConfirmedFirePoint?: InputMaybe<Scalars['Float']['input']>;
  /** YYYY-MM-DD; may be in the future for an announced change. */
  effectiveFrom?: InputMaybe<Scalars['String']['input']>;
  /** The clause that sets the rate, quoted (at most 500 characters). */
  sourceClause?: InputMaybe<Scalars['String']['input']>;
};

/** A numeric target of the plan for a region, metric and period. */
export type Target = {
  __typename?: 'Target';
  comparison: Comparison;
  metric: Metric;
  period: Scalars['String']['output'];
  region: Region;
  /** Where the plan sets it, e.g. 二(一). */
  sourceClause: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type TargetConnection = {
  __typename?: 'TargetConnection';
  edges: Array<TargetEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TargetEdge = {
  __typename?: 'TargetEdge';
  cursor: Scalars['String']['output'];
  node: Target;
};

export type TargetInput = {
  comparison: Comparison;
  metric: Metric;
  /** YYYY, YYYY-MM or YYYY-MM..YYYY-MM. */
  period: Scalars['String']['input'];
  regionCode: Scalars['ID']['input'];
  /** Where the plan sets it (at most 2000 characters). */
  sourceClause: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

/** One target and how the region stands against it. */
export type TargetProgress = {
  __typename?: 'TargetProgress';
  /** The value so far; null when there is none (or the period's coverage fails). */
  actual: Maybe<Scalars['Float']['output']>;
  comparison: Comparison;
  metric: Metric;
  period: Scalars['String']['output'];
  /** True when the hub holds no data to measure the metric: the value is reported outside the hub (actual is what a department recorded, if any). */
  reportedOutsideHub: Scalars['Boolean']['output'];
  sourceClause: Scalars['String']['output'];
  status: TargetStatus;
  target: Scalars['Float']['output'];
  /** Whose target this is: the region's own, its city's, or the province's. */
  targetRegion: Region;
  unit: Scalars['String']['output'];
};

/** MET / MISSED: the period has ended and the value meets / fails the target. ON_TRACK / AT_RISK: the period is still running and the value so far meets / fails it. NO_DATA: no value. */
export type TargetStatus =
  | 'AT_RISK'
  | 'MET'
  | 'MISSED'
  | 'NO_DATA'
  | 'ON_TRACK';

/** 超低排放改造: not required, in progress, completed, completed and assessed. */
export type UltraLowEmissionStatus =
  | 'ASSESSED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_REQUIRED';

/** A department's use of a dataset in a month. */
export type UsageLine = {
  __typename?: 'UsageLine';
  /** Days with any use. */
  activeDays: Scalars['Int']['output'];
  dataset: Dataset;
  department: Department;
  /** Requests that read the dataset. */
  requests: Scalars['Int']['output'];
  /** Records contributed (accepted). */
  rowsContributed: Scalars['Float']['output'];
  /** Records read. */
  rowsRead: Scalars['Float']['output'];
};

/** Why a value was rejected; one list shared by identifier checks and every contributed row. */
export type ValidationCode =
  | 'BAD_AUTHORITY'
  | 'BAD_CHARACTER'
  | 'BAD_CHECK_CHARACTER'
  | 'BAD_DATE'
  | 'BAD_ENUM'
  | 'BAD_FORMAT'
  | 'BAD_LENGTH'
  | 'BAD_PERIOD'
  | 'BAD_PROVINCE'
  | 'DATES_OUT_OF_ORDER'
  | 'DUPLICATE_KEY'
  | 'FUTURE_TIME'
  | 'INVALID_TEXT'
  | 'MIXED_METER_DAY'
  | 'NOT_IN_HENAN'
  | 'NOT_ON_THE_HOUR'
  | 'NOT_OWNED'
  | 'OUT_OF_RANGE'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'UNKNOWN_REFERENCE'
  | 'UNKNOWN_REGION';

/** A registered motor vehicle (public security), keyed by VIN; the plate is looked up. */
export type Vehicle = {
  __typename?: 'Vehicle';
  /** Black-smoke captures of the vehicle, newest first. */
  blackSmoke: Maybe<Array<BlackSmokeCapture>>;
  emissionStage: EmissionStage;
  /** The truck's city-entry permits, newest first. */
  entryPermits: Maybe<Array<EntryPermit>>;
  fuel: Fuel;
  /** Every version of this registration, oldest first (public security only: the versions carry owner data). */
  history: Maybe<Array<RecordVersion>>;
  /** The vehicle's emission inspections, newest first. */
  inspections: Maybe<Array<VehicleInspection>>;
  /** The vehicle's latest emission inspection; null when it has none. */
  lastInspection: Maybe<VehicleInspection>;
  /** The truck's latest OBD records, newest first. */
  obdRecords: Maybe<Array<ObdRecord>>;
  /** The vehicle's operating licence: the valid one if any, else the latest; null when it never had one. */
  operatingLicence: Maybe<OperatingLicence>;
  /** The owner's identity number: public security sees it; everyone else 4101**********1234. */
  ownerIdNumber: Maybe<Scalars['String']['output']>;
  /** The owner's name: public security sees it; everyone else the family name only (张*). */
  ownerName: Maybe<Scalars['String']['output']>;
  /** Where the vehicle was seen, newest first. */
  passages: Maybe<PassageConnection>;
  /** The phase-out of this 国三-or-below diesel truck; null when it is not on the list. */
  phaseOut: Maybe<PhaseOut>;
  /** The plate assigned now; null when none is. */
  plate: Maybe<Scalars['String']['output']>;
  plateColor: PlateColor;
  /** Every plate the vehicle has carried, oldest first. */
  plateHistory: Array<PlateRegistration>;
  region: Region;
  registeredOn: Scalars['Date']['output'];
  /** The vehicle's remote-sensing tests, newest first. */
  remoteSensing: Maybe<Array<RemoteSensingTest>>;
  /** The vehicle's M-station repairs, newest first. */
  repairs: Maybe<Array<Repair>>;
  status: VehicleStatus;
  use: VehicleUse;
  vehicleType: VehicleType;
  /** 17-character VIN (GB 16735). */
  vin: Scalars['ID']['output'];
};


/** A registered motor vehicle (public security), keyed by VIN; the plate is looked up. */
export type VehicleObdRecordsArgs = {
  first?: Scalars['Int']['input'];
};


/** A registered motor vehicle (public security), keyed by VIN; the plate is looked up. */
export type VehiclePassagesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['DateTime']['input']>;
  to: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of `vehicles`. */
export type VehicleConnection = {
  __typename?: 'VehicleConnection';
  edges: Array<VehicleEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type VehicleEdge = {
  __typename?: 'VehicleEdge';
  cursor: Scalars['String']['output'];
  node: Vehicle;
};

/** Which records `vehicles` lists; the conditions given must all hold. */
export type VehicleFilter = {
  emissionStage?: InputMaybe<EmissionStage>;
  fuel?: InputMaybe<Fuel>;
  /** Registration region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<VehicleStatus>;
  use?: InputMaybe<VehicleUse>;
  vehicleType?: InputMaybe<VehicleType>;
};

/** One vehicle registration. Enums and dates are strings so a bad value rejects its row, not the batch. */
export type VehicleInput = {
  /** CN1 … CN6B; NONE only for pure electric. */
  emissionStage?: InputMaybe<Scalars['String']['input']>;
  /** DIESEL, GASOLINE, NATURAL_GAS, ELECTRIC, HYBRID or HYDROGEN. */
  fuel?: InputMaybe<Scalars['String']['input']>;
  /** Resident identity number (checked); personal data. */
  ownerIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** Personal data: stored, shown only to public security. */
  ownerName?: InputMaybe<Scalars['String']['input']>;
  /** The plate assigned now (checked); a change closes the old (plate, vin) period and opens a new one. */
  plate?: InputMaybe<Scalars['String']['input']>;
  /** BLUE, YELLOW, GREEN, YELLOW_GREEN, WHITE or BLACK. */
  plateColor?: InputMaybe<Scalars['String']['input']>;
  /** The registering region (GB/T 2260). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not in the future. */
  registeredOn?: InputMaybe<Scalars['String']['input']>;
  /** ACTIVE, SCRAPPED, DEREGISTERED or SEIZED. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** OPERATING_FREIGHT, OPERATING_PASSENGER, NON_OPERATING, BUS_TRANSIT, TAXI or SPECIAL_PURPOSE. */
  use?: InputMaybe<Scalars['String']['input']>;
  /** HEAVY_TRUCK, MEDIUM_TRUCK, LIGHT_TRUCK, BUS, CAR or SPECIAL. */
  vehicleType?: InputMaybe<Scalars['String']['input']>;
  /** 17-character VIN (checked). */
  vin?: InputMaybe<Scalars['String']['input']>;
};

/** A periodic emission inspection of a vehicle at an inspection agency (机动车排放定期检验). */
export type VehicleInspection = {
  __typename?: 'VehicleInspection';
  /** The agency that ran the inspection. */
  agency: Maybe<InspectionAgency>;
  /** Every version of this inspection record, oldest first, the current one last. */
  history: Array<RecordVersion>;
  /** When the test was run. */
  inspectedAt: Scalars['DateTime']['output'];
  /** The inspection report's number. */
  inspectionNo: Scalars['ID']['output'];
  /** The measured values by name, each a number ≥ 0 in the method's unit (e.g. {"opacityK": 0.42} m⁻¹); null when not reported. */
  measuredValues: Maybe<Scalars['JSONObject']['output']>;
  method: InspectionMethod;
  result: ComplianceResult;
  /** The inspected vehicle (registered by public security); null when not registered. */
  vehicle: Maybe<Vehicle>;
  /** VIN of the inspected vehicle. */
  vin: Scalars['ID']['output'];
};

/** A page of `vehicleInspections`. */
export type VehicleInspectionConnection = {
  __typename?: 'VehicleInspectionConnection';
  edges: Array<VehicleInspectionEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type VehicleInspectionEdge = {
  __typename?: 'VehicleInspectionEdge';
  cursor: Scalars['String']['output'];
  node: VehicleInspection;
};

/** Which records `vehicleInspections` lists; the conditions given must all hold. */
export type VehicleInspectionFilter = {
  /** The inspection agency's code. */
  agencyCode?: InputMaybe<Scalars['ID']['input']>;
  /** First China-time day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  method?: InputMaybe<InspectionMethod>;
  result?: InputMaybe<ComplianceResult>;
  /** Last China-time day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
  vin?: InputMaybe<Scalars['ID']['input']>;
};

/** One vehicle emission inspection. Times and enums are strings so that a bad value rejects its row, not the batch. */
export type VehicleInspectionInput = {
  /** Code of the inspection agency, already registered by market regulation. */
  agencyCode?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 with an offset, not in the future. */
  inspectedAt?: InputMaybe<Scalars['String']['input']>;
  /** The inspection report's number. */
  inspectionNo?: InputMaybe<Scalars['String']['input']>;
  /** Measured values by name, each a number ≥ 0, e.g. {"opacityK": 0.42}; optional. */
  measuredValues?: InputMaybe<Scalars['JSON']['input']>;
  /** DOUBLE_IDLE, STEADY_STATE_LOADED, TRANSIENT_LOADED, LUG_DOWN, FREE_ACCELERATION. */
  method?: InputMaybe<Scalars['String']['input']>;
  /** PASS or FAIL. */
  result?: InputMaybe<Scalars['String']['input']>;
  /** VIN of the inspected vehicle (checked). */
  vin?: InputMaybe<Scalars['String']['input']>;
};

export type VehicleStatus =
  | 'ACTIVE'
  | 'DEREGISTERED'
  | 'SCRAPPED'
  | 'SEIZED';

export type VehicleType =
  | 'BUS'
  | 'CAR'
  | 'HEAVY_TRUCK'
  | 'LIGHT_TRUCK'
  | 'MEDIUM_TRUCK'
  | 'SPECIAL';

/** 使用性质 of the registration. */
export type VehicleUse =
  | 'BUS_TRANSIT'
  | 'NON_OPERATING'
  | 'OPERATING_FREIGHT'
  | 'OPERATING_PASSENGER'
  | 'SPECIAL_PURPOSE'
  | 'TAXI';

/** A heavy-pollution warning for a city, from its start until it ends or is lifted. */
export type Warning = {
  __typename?: 'Warning';
  /** The planned end; null until announced. */
  endsAt: Maybe<Scalars['DateTime']['output']>;
  /** For an ORANGE or RED warning, the gate traffic of each enterprise on the city's emergency list, day by day against its 30-day baseline (the plan asks key vehicle-using enterprises to cut or stop road freight then); null for a YELLOW one. */
  gateTraffic: Maybe<Array<WarningGateTraffic>>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** Who issued it (token subject). */
  issuedBy: Scalars['String']['output'];
  level: WarningLevel;
  /** When it was lifted, if before its planned end. */
  liftedAt: Maybe<Scalars['DateTime']['output']>;
  /** Every firm on the warned city's emergency list for the warning's year, by credit code, with the measure owed at this level. */
  listedEnterprises: ListedEnterpriseConnection;
  reason: Scalars['String']['output'];
  region: Region;
  startsAt: Scalars['DateTime']['output'];
};


/** A heavy-pollution warning for a city, from its start until it ends or is lifted. */
export type WarningListedEnterprisesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};

export type WarningConnection = {
  __typename?: 'WarningConnection';
  edges: Array<WarningEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type WarningEdge = {
  __typename?: 'WarningEdge';
  cursor: Scalars['String']['output'];
  node: Warning;
};

/** Electricity use before and during a warning (kWh per day, over days with readings). */
export type WarningElectricity = {
  __typename?: 'WarningElectricity';
  baselineDailyKwh: Maybe<Scalars['Float']['output']>;
  baselineDays: Scalars['Int']['output'];
  baselineDaysWithReadings: Scalars['Int']['output'];
  /** 1 − during / baseline; null without both means. */
  cut: Maybe<Scalars['Float']['output']>;
  /** cut − owed: negative means short of the measure (the report sorts by it). */
  gap: Maybe<Scalars['Float']['output']>;
  verdict: ComplianceVerdict;
  warningDailyKwh: Maybe<Scalars['Float']['output']>;
  warningDays: Scalars['Int']['output'];
  warningDaysWithReadings: Scalars['Int']['output'];
};

/** A listed enterprise's heavy-truck movements per day during a warning, against its baseline: the mean per day over the 30 days before the warning began. */
export type WarningGateTraffic = {
  __typename?: 'WarningGateTraffic';
  /** Mean movements per day over the 30 days before the warning. */
  baselinePerDay: Scalars['Float']['output'];
  creditCode: Scalars['ID']['output'];
  /** Each day the warning was in force (China time), movements counted. */
  days: Array<GateTrafficDay>;
  enterprise: Enterprise;
  /** Mean movements per day during the warning over the baseline (1 = no change); null without a baseline. */
  ratio: Maybe<Scalars['Float']['output']>;
};

/** 黄色 / 橙色 / 红色 heavy-pollution warning. */
export type WarningLevel =
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';

/** The warning level the national criteria (2019) give a forecast, and why. */
export type WarningSuggestion = {
  __typename?: 'WarningSuggestion';
  /** RED, ORANGE, YELLOW, or null for no warning. */
  level: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
};
