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
  /** The CONDITIONAL dataset asked for. */
  dataset: Dataset;
  /** When the owner approved or denied it; null while pending. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The token subject (an owner's admin) that decided; null while pending. */
  decidedBy: Maybe<Scalars['String']['output']>;
  /** Approved but `until` has passed. */
  expired: Scalars['Boolean']['output'];
  /** The requesting department, which the grant is for. */
  granteeDepartment: Department;
  /** The role the grant is for: the requester's. */
  granteeRole: Scalars['String']['output'];
  /** The request's number, given by the hub; `decideAccess` and `revokeAccess` name it. */
  id: Scalars['ID']['output'];
  /** The owner's note with the decision or the revocation. */
  note: Maybe<Scalars['String']['output']>;
  /** Still pending after the reply deadline. */
  overdue: Scalars['Boolean']['output'];
  /** The dataset's owner, whose admins decide. */
  owner: Department;
  /** What the requester says the data is for; the owner decides on it. */
  purpose: Scalars['String']['output'];
  /** The owner answers by this day: 5 working days after the request. */
  replyDue: Scalars['Date']['output'];
  /** When the request was made. */
  requestedAt: Scalars['DateTime']['output'];
  /** The token subject that asked. */
  requestedBy: Scalars['String']['output'];
  /** When the owner revoked the grant; null unless REVOKED. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** Pending, approved, denied or revoked. */
  status: AccessRequestStatus;
  /** Last day of the grant (China time). */
  until: Scalars['Date']['output'];
};

/** A page of AccessRequest records, in the list's order. */
export type AccessRequestConnection = {
  __typename?: 'AccessRequestConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<AccessRequestEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AccessRequest of a page, with its position in the list. */
export type AccessRequestEdge = {
  __typename?: 'AccessRequestEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The AccessRequest itself. */
  node: AccessRequest;
};

/** Which access requests `accessRequests` lists; the conditions given must all hold. */
export type AccessRequestFilter = {
  /** Only requests for this dataset. */
  dataset?: InputMaybe<Dataset>;
  /** true: requests on my department's datasets; false: my department's own requests; absent: both. */
  onMyDatasets?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only pending requests past their reply deadline. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only requests in this state. */
  status?: InputMaybe<AccessRequestStatus>;
};

/** Where an access request stands: waiting for the owner, decided, or withdrawn after approval. */
export type AccessRequestStatus =
  /** Approved: a grant to read the dataset until `until`. */
  | 'APPROVED'
  /** Denied by the owner; no grant. */
  | 'DENIED'
  /** Waiting for the owner's admins to approve or deny it. */
  | 'PENDING'
  /** Approved once, then revoked by the owner: the grant no longer holds. */
  | 'REVOKED';

/** The figures of an AirQualitySummary before their rounding, for analysts. Unrounded: the figure before its one GB/T 8170 rounding (a city's still computed from its published daily values; the province's the mean of its cities' unrounded figures). Day counts of the province are means, hence fractional. */
export type AirQualityFigures = {
  __typename?: 'AirQualityFigures';
  /** Single index: CO 95th percentile / 4. */
  coIndex: Maybe<Scalars['Float']['output']>;
  /** 95th percentile of daily CO, mg/m³. */
  coP95: Maybe<Scalars['Float']['output']>;
  /** The sum of the unrounded single indices. */
  compositeIndex: Maybe<Scalars['Float']['output']>;
  /** Good days (AQI ≤ 100, 优良天数比例) over days with an AQI, a fraction 0..1. */
  goodDayRatio: Maybe<Scalars['Float']['output']>;
  /** Days with AQI ≤ 100 (优良). */
  goodDays: Scalars['Float']['output'];
  /** Days with AQI above 200 over days with an AQI, a fraction 0..1. */
  heavyPollutionDayRatio: Maybe<Scalars['Float']['output']>;
  /** Days with AQI above 200 (重度及以上污染). */
  heavyPollutionDays: Scalars['Float']['output'];
  /** Single index: NO2 mean / 40. */
  no2Index: Maybe<Scalars['Float']['output']>;
  /** Period mean of NO2's valid days, µg/m³. */
  no2Mean: Maybe<Scalars['Float']['output']>;
  /** 98th percentile of daily NO2, µg/m³. */
  no2P98: Maybe<Scalars['Float']['output']>;
  /** Days with MDA8 O3 above 160 µg/m³. */
  o3ExceedanceDays: Scalars['Float']['output'];
  /** O3 exceedance days over O3's valid days, a fraction 0..1. */
  o3ExceedanceRate: Maybe<Scalars['Float']['output']>;
  /** Single index: O3 MDA8 90th percentile / 160. */
  o3Index: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of daily MDA8 O3, µg/m³. */
  o3Mda8P90: Maybe<Scalars['Float']['output']>;
  /** Single index: PM10 mean / 70. */
  pm10Index: Maybe<Scalars['Float']['output']>;
  /** Period mean of PM10's valid days, µg/m³. */
  pm10Mean: Maybe<Scalars['Float']['output']>;
  /** 95th percentile of daily PM10, µg/m³. */
  pm10P95: Maybe<Scalars['Float']['output']>;
  /** Single index: PM2.5 mean / 35. */
  pm25Index: Maybe<Scalars['Float']['output']>;
  /** Period mean of PM2.5's valid days, µg/m³. */
  pm25Mean: Maybe<Scalars['Float']['output']>;
  /** 95th percentile of daily PM2.5, µg/m³. */
  pm25P95: Maybe<Scalars['Float']['output']>;
  /** A city's: its published SO2 mean / 60, not yet rounded. */
  so2Index: Maybe<Scalars['Float']['output']>;
  /** Period mean of SO2's valid days, µg/m³. */
  so2Mean: Maybe<Scalars['Float']['output']>;
  /** 98th percentile of daily SO2, µg/m³. */
  so2P98: Maybe<Scalars['Float']['output']>;
  /** Days with an AQI: the denominator of the day ratios. */
  validDays: Scalars['Float']['output'];
};

/** An AQI with its category, primary and exceeding pollutants (HJ 633). */
export type AirQualityIndex = {
  __typename?: 'AirQualityIndex';
  /** Null when no indicator was given. */
  aqi: Maybe<Scalars['Int']['output']>;
  /** True when a concentration lay above the table's top and its IAQI was held at 500. */
  capped: Scalars['Boolean']['output'];
  /** The AQI category (优 … 严重污染); null when there is no AQI. */
  category: Maybe<AqiCategory>;
  /** The category colour, #RRGGBB. */
  color: Maybe<Scalars['String']['output']>;
  /** Pollutants with IAQI > 100. */
  exceedingPollutants: Array<Pollutant>;
  /** The individual index of every pollutant given; the AQI is their maximum. */
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
  /** First China-time day of the period, inclusive. */
  from: Scalars['Date']['output'];
  /** Good days (AQI ≤ 100, 优良天数比例) over days with an AQI, a fraction 0..1. */
  goodDayRatio: Maybe<Scalars['Float']['output']>;
  /** Days with AQI ≤ 100 (优良). */
  goodDays: Scalars['Int']['output'];
  /** Days with AQI above 200 over days with an AQI, a fraction 0..1. */
  heavyPollutionDayRatio: Maybe<Scalars['Float']['output']>;
  /** Days with AQI above 200 (重度及以上污染). */
  heavyPollutionDays: Scalars['Int']['output'];
  /** Why a figure is null (which coverage fails, and by how many days); null when nothing is missing. */
  missingReason: Maybe<Scalars['String']['output']>;
  /** NO2 mean / 40. */
  no2Index: Maybe<Scalars['Float']['output']>;
  /** Period mean of NO2's valid days, µg/m³. */
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
  /** Period mean of PM10's valid days, µg/m³. */
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
  /** Period mean of SO2's valid days, µg/m³. */
  so2Mean: Maybe<Scalars['Float']['output']>;
  /** 98th percentile of daily SO2. */
  so2P98: Maybe<Scalars['Float']['output']>;
  /** Last China-time day of the period, inclusive. */
  to: Scalars['Date']['output'];
  /** The same figures before rounding, for analysts. */
  unrounded: AirQualityFigures;
  /** Days with an AQI (from at least one valid indicator): the denominator of the day ratios. */
  validDays: Scalars['Int']['output'];
};

/** 优 / 良 / 轻度 / 中度 / 重度 / 严重污染 (HJ 633-2012). */
export type AqiCategory =
  /** Excellent (优), AQI 0–50. */
  | 'EXCELLENT'
  /** Good (良), AQI 51–100. */
  | 'GOOD'
  /** Heavily polluted (重度污染), AQI 201–300. */
  | 'HEAVY'
  /** Lightly polluted (轻度污染), AQI 101–150. */
  | 'LIGHT'
  /** Moderately polluted (中度污染), AQI 151–200. */
  | 'MODERATE'
  /** Severely polluted (严重污染), AQI above 300. */
  | 'SEVERE';

/** One entry of the append-only, hash-chained audit trail. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** When the entry was appended. */
  at: Scalars['DateTime']['output'];
  /** The dataset acted on; null for an entry about no single dataset. */
  dataset: Maybe<Dataset>;
  /** The department that acted. */
  department: Department;
  /** The entry as hashed: who, role, operation name and hash, record keys or count, batch, decision. */
  entry: Scalars['JSONObject']['output'];
  /** HMAC-SHA-256 (hex) over the previous hash, the id, the instant and the entry: altering or dropping an entry breaks every hash after it. */
  hash: Scalars['String']['output'];
  /** The entry's place in the chain: ids grow with every entry. */
  id: Scalars['ID']['output'];
  /** What happened: CONTRIBUTION, ACCESS_REQUEST, ACCESS_DECISION, ACCESS_REVOKE, READ or EXPORT. */
  kind: Scalars['String']['output'];
  /** Hash of the previous entry. */
  prevHash: Scalars['String']['output'];
};

/** A page of AuditEvent records, in the list's order. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<AuditEventEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEvent of a page, with its position in the list. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The AuditEvent itself. */
  node: AuditEvent;
};

/** Which audit entries `auditEvents` lists; the conditions given must all hold. */
export type AuditEventFilter = {
  /** Only entries about this dataset. */
  dataset?: InputMaybe<Dataset>;
  /** The acting department. */
  department?: InputMaybe<Department>;
  /** CONTRIBUTION, ACCESS_REQUEST, ACCESS_DECISION, ACCESS_REVOKE, READ or EXPORT. */
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

/** A page of `blackSmokeCaptures`: BlackSmokeCapture records in the list's order, with the total. */
export type BlackSmokeCaptureConnection = {
  __typename?: 'BlackSmokeCaptureConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<BlackSmokeCaptureEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One BlackSmokeCapture of a page, with its position in the list. */
export type BlackSmokeCaptureEdge = {
  __typename?: 'BlackSmokeCaptureEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The BlackSmokeCapture itself. */
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
  /** Only records of this vehicle (its 17-character VIN, upper-cased before matching). */
  vin?: InputMaybe<Scalars['ID']['input']>;
};

/** One dataset of the hub: who owns it, under which class it is shared, what it holds and who may read it. */
export type CatalogEntry = {
  __typename?: 'CatalogEntry';
  /** When the owning department last counted this dataset: after each contribution and at its start. Null: it has not reported yet. */
  countedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the dataset holds, as its declaration says. */
  description: Scalars['String']['output'];
  /** Every API field that reads this dataset, from the same declarations enforcement uses. */
  fields: Array<CatalogField>;
  /** Grants in force (CONDITIONAL datasets). */
  grantees: Array<Grantee>;
  /** When the last contribution batch was accepted. */
  lastContributionAt: Maybe<Scalars['DateTime']['output']>;
  /** The dataset's name, as grants and the audit trail name it. */
  name: Dataset;
  /** The department that owns the dataset: the only one that contributes it. */
  owner: Department;
  /** Records held, as the owning department last counted them (see countedAt); 0 before its first count. */
  rowCount: Scalars['Int']['output'];
  /** Who may read it: OPEN, CONDITIONAL (with a grant) or RESTRICTED (the owner only). */
  sharingClass: SharingClass;
};

/** A field of the API and the sharing class it is read under. */
export type CatalogField = {
  __typename?: 'CatalogField';
  /** How others see a RESTRICTED value; null: they get nothing. */
  mask: Maybe<SharingMask>;
  /** Type.field as in the API. */
  path: Scalars['String']['output'];
  /** The class the field is read under: its dataset's, or RESTRICTED for personal data. */
  sharingClass: SharingClass;
};

/** Days of one AQI category in a period (a province: the mean of its cities' counts, rounded to a whole day). */
export type CategoryDays = {
  __typename?: 'CategoryDays';
  /** The AQI category counted. */
  category: AqiCategory;
  /** Days of the period in that category, of those with an AQI. */
  days: Scalars['Int']['output'];
  /** Unrounded: the figure before its one GB/T 8170 rounding (a city's still computed from its published daily values; the province's the mean of its cities' unrounded figures). */
  daysUnrounded: Scalars['Float']['output'];
};

/** A traffic checkpoint camera (卡口) of public security. */
export type Checkpoint = Site & {
  __typename?: 'Checkpoint';
  /** Department-assigned code, unique within its kind. */
  code: Scalars['ID']['output'];
  /** Every version of this checkpoint record, oldest first. */
  history: Array<RecordVersion>;
  /** Which kind of site this is, and so which department registers it. */
  kind: SiteKind;
  /** WGS 84 latitude, in degrees. */
  latitude: Scalars['Float']['output'];
  /** WGS 84 longitude, in degrees. */
  longitude: Scalars['Float']['output'];
  /** The site's name as registered. */
  name: Scalars['String']['output'];
  /** Vehicles seen at this checkpoint, newest first. */
  passages: Maybe<PassageConnection>;
  /** The county (or city) the site is in. */
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

/** A page of `checkpoints`: Checkpoint records in the list's order, with the total. */
export type CheckpointConnection = {
  __typename?: 'CheckpointConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<CheckpointEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Checkpoint of a page, with its position in the list. */
export type CheckpointEdge = {
  __typename?: 'CheckpointEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The Checkpoint itself. */
  node: Checkpoint;
};

/** Which records `checkpoints` lists; the conditions given must all hold. */
export type CheckpointFilter = {
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

/** One checkpoint camera. */
export type CheckpointInput = {
  /** Department-assigned code, unique within its kind. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** WGS 84 latitude, in degrees. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** WGS 84 longitude, in degrees. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** The site's name as registered. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** GB/T 2260 code of the county (or city) the checkpoint stands in. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** The road it watches. */
  road?: InputMaybe<Scalars['String']['input']>;
};

/** The city groups the plan sets targets by: Beijing-Tianjin-Hebei transmission channel, Fenwei plain, the rest. */
export type CityGroup =
  /** Fenwei-plain cities (汾渭平原): Luoyang, Sanmenxia. */
  | 'FENWEI'
  /** The other cities and Jiyuan. */
  | 'OTHER'
  /** Beijing-Tianjin-Hebei transmission-channel cities (京津冀大气污染传输通道): Zhengzhou, Kaifeng, Anyang, Hebi, Xinxiang, Jiaozuo, Puyang. */
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
  /** The city ranked. */
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

/** A page of `coalChecks`: CoalCheck records in the list's order, with the total. */
export type CoalCheckConnection = {
  __typename?: 'CoalCheckConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<CoalCheckEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One CoalCheck of a page, with its position in the list. */
export type CoalCheckEdge = {
  __typename?: 'CoalCheckEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The CoalCheck itself. */
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
  /** The calendar year the conversions were made in. */
  year: Scalars['Int']['output'];
};

/** A page of `coalReplacements`: CoalReplacement records in the list's order, with the total. */
export type CoalReplacementConnection = {
  __typename?: 'CoalReplacementConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<CoalReplacementEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One CoalReplacement of a page, with its position in the list. */
export type CoalReplacementEdge = {
  __typename?: 'CoalReplacementEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The CoalReplacement itself. */
  node: CoalReplacement;
};

/** Which records `coalReplacements` lists; the conditions given must all hold. */
export type CoalReplacementFilter = {
  /** A region; its counties are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only records whose `year` is this value: the calendar year the conversions were made in. */
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
  /** The calendar year the households were switched from coal to electric heating in. */
  year: Scalars['Int']['output'];
};

/** A page of `coalToElectricity`: CoalToElectricity records in the list's order, with the total. */
export type CoalToElectricityConnection = {
  __typename?: 'CoalToElectricityConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<CoalToElectricityEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One CoalToElectricity of a page, with its position in the list. */
export type CoalToElectricityEdge = {
  __typename?: 'CoalToElectricityEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The CoalToElectricity itself. */
  node: CoalToElectricity;
};

/** Which records `coalToElectricity` lists; the conditions given must all hold. */
export type CoalToElectricityFilter = {
  /** A region: a county, or a city (its counties) or the province. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only records whose `year` is this value: the calendar year the households were switched from coal to electric heating in. */
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

/** Concentrations for an AQI: µg/m³, CO in mg/m³. The daily report uses 24h means, the O3 daily max 1h and max 8h. */
export type ConcentrationsInput = {
  /** CO, mg/m³, 24-hour mean. */
  co?: InputMaybe<Scalars['Float']['input']>;
  /** Hourly report: CO 1-hour value, mg/m³. */
  coOneHour?: InputMaybe<Scalars['Float']['input']>;
  /** NO2, µg/m³, 24-hour mean. */
  no2?: InputMaybe<Scalars['Float']['input']>;
  /** Hourly report: NO2 1-hour value, µg/m³. */
  no2OneHour?: InputMaybe<Scalars['Float']['input']>;
  /** O3, µg/m³: the day's maximum 8-hour moving average (MDA8); above 800 it is not used and O3 relies on its 1-hour value. */
  o3EightHour?: InputMaybe<Scalars['Float']['input']>;
  /** O3, µg/m³, 1-hour value (the daily report: the day's maximum). */
  o3OneHour?: InputMaybe<Scalars['Float']['input']>;
  /** PM10, µg/m³, 24-hour mean. */
  pm10?: InputMaybe<Scalars['Float']['input']>;
  /** PM2.5, µg/m³, 24-hour mean. */
  pm25?: InputMaybe<Scalars['Float']['input']>;
  /** SO2, µg/m³, 24-hour mean. */
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
  /** Department-assigned code, unique within its kind. */
  code: Scalars['ID']['output'];
  /** The site's "six 100%" dust-control checks, newest first. */
  dustChecks: Maybe<Array<DustCheck>>;
  /** Hours of the site's online dust monitor with PM10 above `threshold` µg/m³ (default 150) from `from` to `to`, China-time days, both inclusive. */
  dustExceedanceHours: Maybe<Scalars['Int']['output']>;
  /** Every version of this site record, oldest first. */
  history: Array<RecordVersion>;
  /** Which kind of site this is, and so which department registers it. */
  kind: SiteKind;
  /** WGS 84 latitude, in degrees. */
  latitude: Scalars['Float']['output'];
  /** WGS 84 longitude, in degrees. */
  longitude: Scalars['Float']['output'];
  /** The site's name as registered. */
  name: Scalars['String']['output'];
  /** The county (or city) the site is in. */
  region: Region;
  /** The day works started (or are to start, for a PLANNED site). */
  startedOn: Scalars['Date']['output'];
  /** Where the site's works stand: planned, active, suspended or completed. */
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

/** A page of `constructionSites`: ConstructionSite records in the list's order, with the total. */
export type ConstructionSiteConnection = {
  __typename?: 'ConstructionSiteConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<ConstructionSiteEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ConstructionSite of a page, with its position in the list. */
export type ConstructionSiteEdge = {
  __typename?: 'ConstructionSiteEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The ConstructionSite itself. */
  node: ConstructionSite;
};

/** Which records `constructionSites` lists; the conditions given must all hold. */
export type ConstructionSiteFilter = {
  /** The builder's credit code. */
  builderCreditCode?: InputMaybe<Scalars['ID']['input']>;
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only records whose `status` is this value: where the site's works stand: planned, active, suspended or completed. */
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

/** One contribution call as its contributor saw it: a batch written, refused, only checked, or replayed. */
export type ContributionBatch = {
  __typename?: 'ContributionBatch';
  /** Rows written (or already identical); 0 when the batch was refused or only checked. */
  accepted: Scalars['Int']['output'];
  /** Whether one refused row refused the whole batch. */
  atomic: Scalars['Boolean']['output'];
  /** The batch id the contributor sent. */
  batchId: Scalars['ID']['output'];
  /** True for a check (`checkOnly`): nothing was written. */
  checkOnly: Scalars['Boolean']['output'];
  /** When the answer was given. */
  createdAt: Scalars['DateTime']['output'];
  /** The dataset contributed to. */
  dataset: Dataset;
  /** The contributing department. */
  department: Department;
  /** Row errors of the batch; `errors` holds the first 1000. */
  errorCount: Scalars['Int']['output'];
  /** Why rows were refused, as the contributor was answered (the first ones, see errorCount). */
  errors: Array<ContributionIssue>;
  /** The entry's place in the list: ids grow with every attempt. */
  id: Scalars['ID']['output'];
  /** Rows refused. */
  rejected: Scalars['Int']['output'];
  /** True when the same batch was sent again and got its first answer. */
  replayed: Scalars['Boolean']['output'];
  /** Rows sent. */
  rowCount: Scalars['Int']['output'];
  /** Who contributed: the token's subject. */
  subject: Scalars['String']['output'];
};

/** A page of ContributionBatch records, in the list's order. */
export type ContributionBatchConnection = {
  __typename?: 'ContributionBatchConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<ContributionBatchEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ContributionBatch of a page, with its position in the list. */
export type ContributionBatchEdge = {
  __typename?: 'ContributionBatchEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The ContributionBatch itself. */
  node: ContributionBatch;
};

/** A problem with one contributed row. */
export type ContributionIssue = {
  __typename?: 'ContributionIssue';
  /** Why the row or field was refused (or warned about), as a code to switch on. */
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
  /** The batch id the client sent. */
  batchId: Scalars['ID']['output'];
  /** The dataset contributed to. */
  dataset: Dataset;
  /** Why rows were rejected, one entry per problem; with `atomic: true` any error rejects every row. */
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
  /** The day's AQI (HJ 633), the maximum of the valid indicators' IAQIs; null when none is valid. */
  aqi: Maybe<Scalars['Int']['output']>;
  /** The AQI category (优 … 严重污染); null when there is no AQI. */
  category: Maybe<AqiCategory>;
  /** mg/m³. */
  co: Maybe<Scalars['Float']['output']>;
  /** The China-time day. */
  date: Scalars['Date']['output'];
  /** The indicators whose daily value failed its validity rule; the AQI is computed from the others (HJ 633), and is null when none is valid. */
  missingIndicators: Array<Pollutant>;
  /** 24-hour mean NO2, µg/m³; null when invalid. */
  no2: Maybe<Scalars['Float']['output']>;
  /** MDA8: the day's maximum 8-hour moving average. */
  o3EightHourMax: Maybe<Scalars['Float']['output']>;
  /** The day's maximum 1-hour O3, µg/m³; null when invalid. */
  o3OneHourMax: Maybe<Scalars['Float']['output']>;
  /** 24-hour mean PM10, µg/m³; null when invalid. */
  pm10: Maybe<Scalars['Float']['output']>;
  /** 24-hour mean PM2.5, µg/m³; null when the day's hours do not meet the validity rule. */
  pm25: Maybe<Scalars['Float']['output']>;
  /** The pollutants with the highest IAQI when the AQI is above 50 (首要污染物); empty otherwise. */
  primaryPollutants: Array<Pollutant>;
  /** 24-hour mean SO2, µg/m³; null when invalid. */
  so2: Maybe<Scalars['Float']['output']>;
  /** All seven indicators valid. A day with some missing still counts for the others (validity is judged per pollutant): see missingIndicators. */
  valid: Scalars['Boolean']['output'];
};

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

/** A member department of the hub. */
export type Department =
  /** The Department of Agriculture and Rural Affairs (农业农村厅): straw-burning fire points, coal replacement. */
  | 'AGRICULTURE'
  /** The Department of Ecology and Environment (生态环境厅): air quality, the plan's targets and warnings. */
  | 'ENVIRONMENT'
  /** The power grid company (电力公司): electricity readings of enterprises, coal-to-electricity conversion. */
  | 'GRID'
  /** The Department of Housing and Urban-Rural Development (住房城乡建设厅): construction sites, dust, restaurant fumes. */
  | 'HOUSING'
  /** The Administration for Market Regulation (市场监管局): the enterprise registry, fuel and coal quality, vehicle inspection. */
  | 'MARKET_REGULATION'
  /** The Department of Public Security (公安厅): vehicle registrations, checkpoints and their passages. */
  | 'PUBLIC_SECURITY'
  /** The Department of Transport (交通运输厅): operating licences, repairs, truck phase-out, rail sidings. */
  | 'TRANSPORT';

/** Into or out of the city the checkpoint guards. */
export type Direction =
  /** Entering the city the checkpoint guards. */
  | 'INBOUND'
  /** Leaving the city the checkpoint guards. */
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

/** A page of `dustChecks`: DustCheck records in the list's order, with the total. */
export type DustCheckConnection = {
  __typename?: 'DustCheckConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<DustCheckEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One DustCheck of a page, with its position in the list. */
export type DustCheckEdge = {
  __typename?: 'DustCheckEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The DustCheck itself. */
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

/** A page of `dustMonitorReadings`: DustMonitorReading records in the list's order, with the total. */
export type DustMonitorReadingConnection = {
  __typename?: 'DustMonitorReadingConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<DustMonitorReadingEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One DustMonitorReading of a page, with its position in the list. */
export type DustMonitorReadingEdge = {
  __typename?: 'DustMonitorReadingEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The DustMonitorReading itself. */
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
  /** What the site was penalised for (the dust-control rule broken). */
  type: DustViolationType;
  /** The penalty decision's identifier. */
  violationId: Scalars['ID']['output'];
};

/** A page of `dustViolations`: DustViolation records in the list's order, with the total. */
export type DustViolationConnection = {
  __typename?: 'DustViolationConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<DustViolationEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One DustViolation of a page, with its position in the list. */
export type DustViolationEdge = {
  __typename?: 'DustViolationEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The DustViolation itself. */
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
  /** Only records whose `type` is this value: what the site was penalised for (the dust-control rule broken). */
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
  /** The site's online dust monitor over the limit (扬尘在线监测超标). */
  | 'DUST_EXCEEDANCE'
  /** No site hoarding as required (未按要求设置围挡). */
  | 'NO_FENCING'
  /** Vehicles leaving the site unwashed (出入车辆未清洗). */
  | 'NO_WASHING'
  /** Any other dust offence (其他扬尘违法行为). */
  | 'OTHER'
  /** Materials or earth left uncovered (物料、土方未覆盖). */
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
  /** The China-time day the reading is for. */
  day: Scalars['Date']['output'];
  /** The enterprise the meter supplies; null when the registry does not know it. */
  enterprise: Maybe<Enterprise>;
  /** Every version of this reading, oldest first. */
  history: Array<RecordVersion>;
  /** 0–23: the China-time hour of an hourly reading; null for a whole-day reading. */
  hour: Maybe<Scalars['Int']['output']>;
  /** Electricity used, in kWh: over the hour for an hourly reading, over the day for a whole-day one. */
  kwh: Scalars['Float']['output'];
  /** The grid company's meter number. */
  meterNo: Scalars['ID']['output'];
};

/** A page of `electricityReadings`: ElectricityReading records in the list's order, with the total. */
export type ElectricityReadingConnection = {
  __typename?: 'ElectricityReadingConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<ElectricityReadingEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ElectricityReading of a page, with its position in the list. */
export type ElectricityReadingEdge = {
  __typename?: 'ElectricityReadingEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The ElectricityReading itself. */
  node: ElectricityReading;
};

/** Which records `electricityReadings` lists; the conditions given must all hold. */
export type ElectricityReadingFilter = {
  /** Only the readings of meters supplying this enterprise (its unified social credit code). */
  creditCode?: InputMaybe<Scalars['ID']['input']>;
  /** First day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** true: hourly readings only; false: whole-day readings only; absent: both. */
  hourly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the readings of this meter (the grid company's meter number). */
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
  /** Electricity used in the day or hour, in kWh, all the enterprise's meters together. */
  kwh: Scalars['Float']['output'];
};

/** An enterprise on a year's emergency reduction list (应急减排清单), with the measure it owes per warning level. */
export type EmergencyListEntry = {
  __typename?: 'EmergencyListEntry';
  /** The listed enterprise's unified social credit code. */
  creditCode: Scalars['String']['output'];
  /** Null when the registry does not know the credit code. */
  enterprise: Maybe<Enterprise>;
  /** Every version of this listing, oldest first. */
  history: Array<RecordVersion>;
  /** The measure the enterprise owes while a orange warning is in force in its city. */
  orangeMeasure: EmergencyMeasure;
  /** The measure the enterprise owes while a red warning is in force in its city. */
  redMeasure: EmergencyMeasure;
  /** The year whose emergency reduction list this entry is on. */
  year: Scalars['Int']['output'];
  /** The measure the enterprise owes while a yellow warning is in force in its city. */
  yellowMeasure: EmergencyMeasure;
};

/** A page of `emergencyList`: EmergencyListEntry records in the list's order, with the total. */
export type EmergencyListEntryConnection = {
  __typename?: 'EmergencyListEntryConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<EmergencyListEntryEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One EmergencyListEntry of a page, with its position in the list. */
export type EmergencyListEntryEdge = {
  __typename?: 'EmergencyListEntryEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The EmergencyListEntry itself. */
  node: EmergencyListEntry;
};

/** One enterprise on a year's emergency list. A measure is a reduction like "30%", or HALT, or SELF_DETERMINED (A and LEADING firms). */
export type EmergencyListInput = {
  /** The city whose warnings bind the firm. */
  cityCode?: InputMaybe<Scalars['String']['input']>;
  /** Credit code (checked). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** The measure at an orange warning: a reduction like "30%", HALT or SELF_DETERMINED. */
  orange?: InputMaybe<Scalars['String']['input']>;
  /** The measure at a red warning: a reduction like "50%", HALT or SELF_DETERMINED (at every level or at none). */
  red?: InputMaybe<Scalars['String']['input']>;
  /** The year of the list, 2015 to 2100. */
  year?: InputMaybe<Scalars['Int']['input']>;
  /** The measure at a yellow warning: a reduction like "30%", HALT or SELF_DETERMINED. */
  yellow?: InputMaybe<Scalars['String']['input']>;
};

/** The measure an enterprise owes at a warning level. */
export type EmergencyMeasure = {
  __typename?: 'EmergencyMeasure';
  /** Cut production by a share, halt it, or self-determined reductions (A and LEADING firms). */
  kind: MeasureKind;
  /** The required reduction, 0..1, for CUT (and 0.8 for HALT); null when self-determined. */
  reduction: Maybe<Scalars['Float']['output']>;
};

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

/** The machine's latest exhaust test (HJ 1014-2020): passed, failed, or not tested yet (electric machinery is not tested). */
export type EmissionTestResult =
  /** The latest exhaust test found the machine over the limits. */
  | 'FAIL'
  /** Not tested yet (electric machinery is never tested). */
  | 'NOT_TESTED'
  /** The latest exhaust test found the machine within the limits. */
  | 'PASS';

/** A legal entity in the market-regulation registry, keyed by its unified social credit code. */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** The registered address (住所). */
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
  /** The day the enterprise was established (成立日期). */
  establishedOn: Scalars['Date']['output'];
  /** The vehicles the enterprise operates: those holding a VALID operating licence with it as operator, by VIN. */
  fleet: Array<Vehicle>;
  /** Truck movements through the enterprise's gates (门禁), oldest first. */
  gateRecords: Maybe<EnterpriseGateRecordConnection>;
  /** Every version of this registry record, oldest first, the current one last. */
  history: Array<RecordVersion>;
  /** GB/T 4754 industry code, e.g. 3011 (cement). */
  industryCode: Scalars['String']['output'];
  /** The name of its GB/T 4754 industry (国民经济行业分类), e.g. 水泥制造. */
  industryName: Scalars['String']['output'];
  /** The enterprise's registered name (企业名称). */
  name: Scalars['String']['output'];
  /** 绩效分级; null when the enterprise has not been graded. */
  performanceGrade: Maybe<PerformanceGrade>;
  /** The grade with its assessment date and provenance. */
  performanceGradeRecord: Maybe<PerformanceGradeRecord>;
  /** The enterprise's railway sidings, by project code. */
  railSidings: Array<RailSiding>;
  /** The city or county where the enterprise is registered. */
  region: Region;
  /** The registration status: in existence (存续), licence revoked (吊销) or deregistered (注销). */
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

/** A page of `enterprises`: Enterprise records in the list's order, with the total. */
export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<EnterpriseEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Enterprise of a page, with its position in the list. */
export type EnterpriseEdge = {
  __typename?: 'EnterpriseEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The Enterprise itself. */
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
  /** Only records whose `status` is this value: the registration status: in existence (存续), licence revoked (吊销) or deregistered (注销). */
  status?: InputMaybe<EnterpriseStatus>;
};

/** An enterprise's gate records, oldest first. */
export type EnterpriseGateRecordConnection = {
  __typename?: 'EnterpriseGateRecordConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<EnterpriseGateRecordEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One EnterpriseGateRecord of a page, with its position in the list. */
export type EnterpriseGateRecordEdge = {
  __typename?: 'EnterpriseGateRecordEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The EnterpriseGateRecord itself. */
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
  /** The enterprise's unified social credit code (统一社会信用代码). */
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
  /** The enterprise's emission-permit management class: key, simplified or registration (重点 / 简化 / 登记). */
  permitClass: PermitClass;
  /** Emission permit number. */
  permitNo: Scalars['String']['output'];
  /** The day the retrofit passed its assessment; null unless ASSESSED. */
  ultraLowAssessedOn: Maybe<Scalars['Date']['output']>;
  /** Where its ultra-low-emission retrofit (超低排放改造) stands. */
  ultraLowEmission: UltraLowEmissionStatus;
  /** Listed as a key source of volatile organic compounds (VOCs 重点排放源). */
  vocsKeySource: Scalars['Boolean']['output'];
};

/** A page of `enterpriseProfiles`: EnterpriseProfile records in the list's order, with the total. */
export type EnterpriseProfileConnection = {
  __typename?: 'EnterpriseProfileConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<EnterpriseProfileEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One EnterpriseProfile of a page, with its position in the list. */
export type EnterpriseProfileEdge = {
  __typename?: 'EnterpriseProfileEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The EnterpriseProfile itself. */
  node: EnterpriseProfile;
};

/** One enterprise's environmental profile. */
export type EnterpriseProfileInput = {
  /** The enterprise's unified social credit code (统一社会信用代码). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Has a stack above 45 m. */
  elevatedStack?: InputMaybe<Scalars['Boolean']['input']>;
  /** Industry category of the performance-grading guide, e.g. 钢铁, 水泥, 焦化. */
  industryCategory?: InputMaybe<Scalars['String']['input']>;
  /** Online monitoring (自动监控) installed. */
  monitoringInstalled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Online monitoring networked with the environment department. */
  monitoringNetworked?: InputMaybe<Scalars['Boolean']['input']>;
  /** KEY, SIMPLIFIED or REGISTRATION. */
  permitClass?: InputMaybe<Scalars['String']['input']>;
  /** Emission permit number. */
  permitNo?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; required when ASSESSED. */
  ultraLowAssessedOn?: InputMaybe<Scalars['String']['input']>;
  /** NOT_REQUIRED, IN_PROGRESS, COMPLETED or ASSESSED. */
  ultraLowEmission?: InputMaybe<Scalars['String']['input']>;
  /** Listed as a key source of volatile organic compounds (VOCs 重点排放源). */
  vocsKeySource?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An enterprise's registration status: 存续 / 吊销 / 注销. */
export type EnterpriseStatus =
  /** In existence (存续): registered and trading. */
  | 'ACTIVE'
  /** Deregistered (注销): the enterprise no longer exists. */
  | 'CANCELLED'
  /** Business licence revoked (吊销) as a penalty. */
  | 'REVOKED';

/** A city-entry permit for a truck (电子通行证). */
export type EntryPermit = {
  __typename?: 'EntryPermit';
  /** The city the permit lets the truck enter. */
  city: Region;
  /** Every version of this permit, oldest first. */
  history: Array<RecordVersion>;
  /** The permit number the issuing city gave it. */
  permitNo: Scalars['ID']['output'];
  /** Whether the permit is in force, revoked or expired. */
  status: PermitStatus;
  /** First day the permit is valid, inclusive. */
  validFrom: Scalars['Date']['output'];
  /** Last day the permit is valid, inclusive. */
  validTo: Scalars['Date']['output'];
  /** VIN of the truck the permit is for. */
  vin: Scalars['ID']['output'];
  /** Zones or roads the permit covers. */
  zones: Array<Scalars['String']['output']>;
};

/** A page of `entryPermits`: EntryPermit records in the list's order, with the total. */
export type EntryPermitConnection = {
  __typename?: 'EntryPermitConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<EntryPermitEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One EntryPermit of a page, with its position in the list. */
export type EntryPermitEdge = {
  __typename?: 'EntryPermitEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The EntryPermit itself. */
  node: EntryPermit;
};

/** Which records `entryPermits` lists; the conditions given must all hold. */
export type EntryPermitFilter = {
  /** Only permits for entering this city (its GB/T 2260 code). */
  cityCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only records whose `status` is this value: whether the permit is in force, revoked or expired. */
  status?: InputMaybe<PermitStatus>;
  /** Keeps permits valid on that day. */
  validOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only permits for this VIN (upper-cased before matching). */
  vin?: InputMaybe<Scalars['ID']['input']>;
};

/** One city-entry permit. */
export type EntryPermitInput = {
  /** GB/T 2260 code of the city the permit lets the truck enter (a city, not a county). */
  cityCode?: InputMaybe<Scalars['String']['input']>;
  /** The permit number the issuing city gave it. */
  permitNo?: InputMaybe<Scalars['String']['input']>;
  /** VALID, REVOKED or EXPIRED. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  validFrom?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not before validFrom. */
  validTo?: InputMaybe<Scalars['String']['input']>;
  /** VIN of the truck (checked). */
  vin?: InputMaybe<Scalars['String']['input']>;
  /** Zones or roads the permit covers. */
  zones?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The file format of a bulk export. */
export type ExportFormat =
  /** Comma-separated values with a header of the field names (RFC 4180; null is an empty cell, the empty text ""). */
  | 'CSV'
  /** One JSON object per line, its keys the field names, its values as the API answers them. */
  | 'JSONL';

/** A bulk export: the rows of a dataset the requester may read, as a file the owning department wrote, masked as the API masks them. */
export type ExportJob = {
  __typename?: 'ExportJob';
  /** The dataset exported. */
  dataset: Dataset;
  /** The requesting department. */
  department: Department;
  /** A link to download the file, a path to resolve against the hub's address (GET, no token needed: the link is signed); good until `downloadUrlExpiresAt`, a new one with every read. Null unless DONE, for the requester's department and role, before `expiresAt`, while they may read the dataset (a grant that ended or was revoked ends the links). */
  downloadUrl: Maybe<Scalars['String']['output']>;
  /** When `downloadUrl` stops working (LANTIAN_EXPORT_LINK_TTL after this read, at most `expiresAt`). */
  downloadUrlExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** When the file is removed (the retention period, LANTIAN_EXPORT_RETENTION, after it was written). */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** The filter as given: conditions of the dataset's list query; null for all rows. */
  filter: Maybe<Scalars['JSONObject']['output']>;
  /** When it ended (DONE or FAILED). */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** The file's format. */
  format: ExportFormat;
  /** The job's id. */
  id: Scalars['ID']['output'];
  /** Why it FAILED (with the error code); null otherwise. */
  reason: Maybe<Scalars['String']['output']>;
  /** When it was asked for. */
  requestedAt: Scalars['DateTime']['output'];
  /** Rows in the file (DONE). */
  rowCount: Maybe<Scalars['Float']['output']>;
  /** SHA-256 of the file, hex (DONE): check the download against it (the audit entry holds it too). */
  sha256: Maybe<Scalars['String']['output']>;
  /** The file's size in bytes (DONE), or written so far (RUNNING). */
  sizeBytes: Maybe<Scalars['Float']['output']>;
  /** When the owning department started it. */
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where the job stands. */
  status: ExportStatus;
  /** Who asked (the token's subject). */
  subject: Scalars['String']['output'];
};

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

/** A straw-burning fire point detected by satellite, drone or patrol. */
export type FirePoint = {
  __typename?: 'FirePoint';
  /** Confirmed on the ground as straw burning (核实确认); unconfirmed points carry no deduction. */
  confirmed: Scalars['Boolean']['output'];
  /** CNY deducted for this fire point (task 20): when confirmed, the rate in force on its China-time detection date (strawBurningDeductionRates); else 0. Derived, never contributed. */
  deduction: Scalars['Float']['output'];
  /** When the fire point was detected (an instant, shown in China time). */
  detectedAt: Scalars['DateTime']['output'];
  /** Every version of this fire point, oldest first. */
  history: Array<RecordVersion>;
  /** The detecting system's identifier. */
  id: Scalars['ID']['output'];
  /** WGS 84 latitude of the fire, in degrees. */
  latitude: Scalars['Float']['output'];
  /** WGS 84 longitude of the fire, in degrees. */
  longitude: Scalars['Float']['output'];
  /** The county (or city) where it burned. */
  region: Region;
  /** How the fire point was detected: satellite, drone or ground patrol. */
  source: FirePointSource;
};

/** A page of `firePoints`: FirePoint records in the list's order, with the total. */
export type FirePointConnection = {
  __typename?: 'FirePointConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<FirePointEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
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
  /** The county (or city) the fire points were registered in. */
  region: Region;
  /** GB/T 2260 code of the county (or city) the fire points were registered in. */
  regionCode: Scalars['ID']['output'];
};

/** One FirePoint of a page, with its position in the list. */
export type FirePointEdge = {
  __typename?: 'FirePointEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The FirePoint itself. */
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
  /** WGS 84 latitude of the fire, in degrees. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** WGS 84 longitude of the fire, in degrees. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** GB/T 2260 code of the county (or city). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** SATELLITE, DRONE or PATROL. */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** How a straw-burning fire point was detected. */
export type FirePointSource =
  /** Detected by a drone flight. */
  | 'DRONE'
  /** Found by a ground patrol (地面巡查). */
  | 'PATROL'
  /** Detected by satellite remote sensing (卫星遥感). */
  | 'SATELLITE';

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

/** Motor gasoline by research octane number (GB 17930) and automotive diesel by cold-filter grade (GB 19147). */
export type FuelGrade =
  /** Automotive diesel, grade 0: freezing point at most 0 °C (0号柴油). */
  | 'DIESEL_0'
  /** Automotive diesel, grade -10: freezing point at most −10 °C (-10号柴油). */
  | 'DIESEL_MINUS_10'
  /** Automotive diesel, grade -20: freezing point at most −20 °C (-20号柴油). */
  | 'DIESEL_MINUS_20'
  /** Automotive diesel, grade -35: freezing point at most −35 °C (-35号柴油). */
  | 'DIESEL_MINUS_35'
  /** Motor gasoline, research octane number 92 (92号汽油). */
  | 'GASOLINE_92'
  /** Motor gasoline, research octane number 95 (95号汽油). */
  | 'GASOLINE_95'
  /** Motor gasoline, research octane number 98 (98号汽油). */
  | 'GASOLINE_98';

/** A fuel sample drawn at a filling station and tested against the national standard (成品油质量抽检). */
export type FuelSample = {
  __typename?: 'FuelSample';
  /** The test items that failed (e.g. 硫含量, 蒸气压); empty when the sample passed. */
  failedItems: Array<Scalars['String']['output']>;
  /** The grade of fuel sampled: gasoline by octane number, diesel by cold-filter grade. */
  fuelGrade: FuelGrade;
  /** Every version of this sample record, oldest first, the current one last. */
  history: Array<RecordVersion>;
  /** Whether the sample met its national standard (GB 17930 gasoline, GB 19147 diesel). */
  result: ComplianceResult;
  /** The sampling report's number. */
  sampleNo: Scalars['ID']['output'];
  /** The day the sample was drawn. */
  sampledOn: Scalars['Date']['output'];
  /** The filling station sampled. */
  station: Maybe<FuelStation>;
};

/** A page of `fuelSamples`: FuelSample records in the list's order, with the total. */
export type FuelSampleConnection = {
  __typename?: 'FuelSampleConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<FuelSampleEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One FuelSample of a page, with its position in the list. */
export type FuelSampleEdge = {
  __typename?: 'FuelSampleEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The FuelSample itself. */
  node: FuelSample;
};

/** Which records `fuelSamples` lists; the conditions given must all hold. */
export type FuelSampleFilter = {
  /** First day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only records whose `fuelGrade` is this value: the grade of fuel sampled: gasoline by octane number, diesel by cold-filter grade. */
  fuelGrade?: InputMaybe<FuelGrade>;
  /** A region: samples at the stations registered in it or its subregions. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only records whose `result` is this value: whether the sample met its national standard (GB 17930 gasoline, GB 19147 diesel). */
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
  /** Department-assigned code, unique within its kind. */
  code: Scalars['ID']['output'];
  /** The fuel samples drawn at this station, newest first. */
  fuelSamples: Maybe<Array<FuelSample>>;
  /** Every version of this station record, oldest first. */
  history: Array<RecordVersion>;
  /** Which kind of site this is, and so which department registers it. */
  kind: SiteKind;
  /** WGS 84 latitude, in degrees. */
  latitude: Scalars['Float']['output'];
  /** WGS 84 longitude, in degrees. */
  longitude: Scalars['Float']['output'];
  /** The site's name as registered. */
  name: Scalars['String']['output'];
  /** The enterprise operating the station. */
  operator: Maybe<Enterprise>;
  /** The county (or city) the site is in. */
  region: Region;
  /** Whether the station sells fuel: operating, suspended or closed. */
  status: FuelStationStatus;
};

/** A page of `fuelStations`: FuelStation records in the list's order, with the total. */
export type FuelStationConnection = {
  __typename?: 'FuelStationConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<FuelStationEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One FuelStation of a page, with its position in the list. */
export type FuelStationEdge = {
  __typename?: 'FuelStationEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The FuelStation itself. */
  node: FuelStation;
};

/** Which records `fuelStations` lists; the conditions given must all hold. */
export type FuelStationFilter = {
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only records whose `status` is this value: whether the station sells fuel: operating, suspended or closed. */
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

/** Whether a filling station sells fuel. */
export type FuelStationStatus =
  /** Closed for good. */
  | 'CLOSED'
  /** Selling fuel; counted in the sampling coverage. */
  | 'OPERATING'
  /** Temporarily not selling fuel. */
  | 'SUSPENDED';

/** Into or out of the enterprise's grounds through its gate. */
export type GateDirection =
  /** Entering the enterprise's grounds. */
  | 'IN'
  /** Leaving the enterprise's grounds. */
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

/** A page of `gateRecords`: GateRecord records in the list's order, with the total. */
export type GateRecordConnection = {
  __typename?: 'GateRecordConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<GateRecordEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One GateRecord of a page, with its position in the list. */
export type GateRecordEdge = {
  __typename?: 'GateRecordEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The GateRecord itself. */
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
  /** The China-time day. */
  day: Scalars['Date']['output'];
  /** Movements in and out. */
  movements: Scalars['Int']['output'];
};

/** A department (and role) holding a grant in force on a dataset. */
export type Grantee = {
  __typename?: 'Grantee';
  /** The department holding the grant. */
  department: Department;
  /** The role the grant is for (the requester's role). */
  role: Scalars['String']['output'];
  /** Last day of the grant, China time. */
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
  /** True when the value passes every check (warnings aside). */
  valid: Scalars['Boolean']['output'];
  /** Soft problems that do not make the value invalid. */
  warnings: Array<Scalars['String']['output']>;
};

/** The identifiers the hub checks. */
export type IdentifierKind =
  /** Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters with a check character; the key of an enterprise. */
  | 'CREDIT_CODE'
  /** Licence plate (GA 36-2018): province character, authority letter and 5 characters, or 6 for new energy, e.g. 豫A12345. */
  | 'PLATE'
  /** Administrative division code (GB/T 2260): 6 digits of a Henan province, city or county, e.g. 410100 for Zhengzhou. */
  | 'REGION'
  /** Vehicle identification number (ISO 3779 / GB 16735): 17 characters, no I, O or Q, check digit in position 9; the key of a vehicle. */
  | 'VIN';

/** One number for a region and a period, with its unit, producer and, where the plan sets one, target and status. */
export type Indicator = {
  __typename?: 'Indicator';
  /** Every version of this indicator value, oldest first. */
  history: Array<RecordVersion>;
  /** What the value measures; each metric belongs to the department that produces it. */
  metric: Metric;
  /** YYYY (a year), YYYY-MM (a month) or YYYY-MM..YYYY-MM (a stage of whole months). */
  period: Scalars['String']['output'];
  /** The province, city or county the value is for. */
  region: Region;
  /** The department that produced the number (the metric's owner). */
  sourceDepartment: Department;
  /** Null when no target applies. */
  status: Maybe<TargetStatus>;
  /** The target that applies: the region's own, else its city's, else the province's. */
  target: Maybe<Scalars['Float']['output']>;
  /** The metric's unit, e.g. µg/m³, ratio, days, t/(month·km²). */
  unit: Scalars['String']['output'];
  /** The value, in the metric's unit (`unit`); ratios are fractions 0..1. */
  value: Scalars['Float']['output'];
};

/** A page of `indicators`: Indicator records in the list's order, with the total. */
export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<IndicatorEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Indicator of a page, with its position in the list. */
export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The Indicator itself. */
  node: Indicator;
};

/** Which records `indicators` lists; the conditions given must all hold. */
export type IndicatorFilter = {
  /** Only records whose `metric` is this value: what the value measures; each metric belongs to the department that produces it. */
  metric?: InputMaybe<Metric>;
  /** Only values of exactly this period: YYYY, YYYY-MM or YYYY-MM..YYYY-MM. */
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
  /** GB/T 2260 code of the province, city or county the value is for. */
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
  /** The agency's registered name. */
  name: Scalars['String']['output'];
  /** The enterprise running the agency; null when it is not in the registry. */
  operator: Maybe<Enterprise>;
  /** The county (or city) where the agency is sited. */
  region: Region;
  /** Whether the agency's accreditation (资质认定) is in force, suspended or revoked. */
  status: InspectionAgencyStatus;
};

/** A page of `inspectionAgencies`: InspectionAgency records in the list's order, with the total. */
export type InspectionAgencyConnection = {
  __typename?: 'InspectionAgencyConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<InspectionAgencyEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One InspectionAgency of a page, with its position in the list. */
export type InspectionAgencyEdge = {
  __typename?: 'InspectionAgencyEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The InspectionAgency itself. */
  node: InspectionAgency;
};

/** Which records `inspectionAgencies` lists; the conditions given must all hold. */
export type InspectionAgencyFilter = {
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only records whose `status` is this value: whether the agency's accreditation (资质认定) is in force, suspended or revoked. */
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
  /** Accredited: may inspect vehicles. */
  | 'ACTIVE'
  /** Accreditation withdrawn. */
  | 'REVOKED'
  /** Accreditation suspended for a time: may not inspect. */
  | 'SUSPENDED';

/** Test procedures of GB 18285-2018 (spark ignition) and GB 3847-2018 (compression ignition). */
export type InspectionMethod =
  /** Two-speed idle, 双怠速法 (GB 18285). */
  | 'DOUBLE_IDLE'
  /** Free acceleration, 自由加速法 (GB 3847). */
  | 'FREE_ACCELERATION'
  /** Lug-down, 加载减速法 (GB 3847). */
  | 'LUG_DOWN'
  /** Steady-state loaded, 稳态工况法, ASM (GB 18285). */
  | 'STEADY_STATE_LOADED'
  /** Simplified transient loaded, 简易瞬态工况法, VMAS (GB 18285). */
  | 'TRANSIENT_LOADED';

/** A heavy-pollution warning to issue for a city. */
export type IssueWarningInput = {
  /** The planned end; absent until announced. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The level the national criteria give the forecast (see suggestWarningLevel). */
  level: WarningLevel;
  /** The forecast behind it (at most 2000 characters). */
  reason: Scalars['String']['input'];
  /** The warned city. */
  regionCode: Scalars['ID']['input'];
  /** When the warning comes into force. */
  startsAt: Scalars['DateTime']['input'];
};

/** Whether a road transport operating licence (道路运输证) is in force. */
export type LicenceStatus =
  /** Past its end date. */
  | 'EXPIRED'
  /** Withdrawn (吊销). */
  | 'REVOKED'
  /** Suspended for a time (暂停). */
  | 'SUSPENDED'
  /** In force: the vehicle may operate. */
  | 'VALID';

/** An enterprise on the warned city's emergency list during one warning: the measure it owes at the warning's level and the days its electricity use is judged on (the grid company adds the verdict). */
export type ListedEnterprise = {
  __typename?: 'ListedEnterprise';
  /** The 30 days before the warning, leaving out days of the city's other warnings. */
  baselineDates: Array<Scalars['Date']['output']>;
  /** The listed enterprise's unified social credit code. */
  creditCode: Scalars['String']['output'];
  /** Electricity use before and during the warning, and the verdict (rule in ComplianceVerdict). */
  electricity: Maybe<WarningElectricity>;
  /** Null when the registry does not know the credit code. */
  enterprise: Maybe<Enterprise>;
  /** <warning id>/<credit code>. */
  id: Scalars['ID']['output'];
  /** The level of the warning, which decides the measure owed. */
  level: WarningLevel;
  /** The measure the emergency list sets for the enterprise at this level. */
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

/** A page of ListedEnterprise records, in the list's order. */
export type ListedEnterpriseConnection = {
  __typename?: 'ListedEnterpriseConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<ListedEnterpriseEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ListedEnterprise of a page, with its position in the list. */
export type ListedEnterpriseEdge = {
  __typename?: 'ListedEnterpriseEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The ListedEnterprise itself. */
  node: ListedEnterprise;
};

/** Kind of non-road mobile machinery: 挖掘机, 装载机, 叉车, 起重机, 压路机, 摊铺机, other. */
export type MachineryType =
  /** Crane (起重机). */
  | 'CRANE'
  /** Excavator (挖掘机). */
  | 'EXCAVATOR'
  /** Forklift (叉车). */
  | 'FORKLIFT'
  /** Loader (装载机). */
  | 'LOADER'
  /** Any other non-road mobile machinery. */
  | 'OTHER'
  /** Paver (摊铺机). */
  | 'PAVER'
  /** Road roller (压路机). */
  | 'ROLLER';

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

/** An air-quality monitoring station (environment department). */
export type MonitoringStation = Site & {
  __typename?: 'MonitoringStation';
  /** Department-assigned code, unique within its kind. */
  code: Scalars['ID']['output'];
  /** The tier of the monitoring network: national (国控), provincial (省控) or city (市控). */
  controlLevel: StationControlLevel;
  /** Every version of this station record, oldest first. */
  history: Array<RecordVersion>;
  /** Which kind of site this is, and so which department registers it. */
  kind: SiteKind;
  /** WGS 84 latitude, in degrees. */
  latitude: Scalars['Float']['output'];
  /** WGS 84 longitude, in degrees. */
  longitude: Scalars['Float']['output'];
  /** The site's name as registered. */
  name: Scalars['String']['output'];
  /** The city or county the station stands in. */
  region: Region;
  /** What the station is sited to measure: urban air, traffic, regional background, mountain, VOCs or particulate composition. */
  stationType: StationType;
};

/** A page of `monitoringStations`: MonitoringStation records in the list's order, with the total. */
export type MonitoringStationConnection = {
  __typename?: 'MonitoringStationConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<MonitoringStationEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One MonitoringStation of a page, with its position in the list. */
export type MonitoringStationEdge = {
  __typename?: 'MonitoringStationEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The MonitoringStation itself. */
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

/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
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
  /** Starts a bulk export of the rows of `dataset` you may read (OPEN data, your own, or CONDITIONAL data with a grant in force; a RESTRICTED field masked as the API masks it, or left out where the API refuses it), in no particular order. Follow it with exportJob(id); the file is kept for the retention period. */
  requestExport: ExportJob;
  /** The owner's admins end a grant; it stops working on the next request. */
  revokeAccess: AccessRequest;
  /** Sets (creates or changes) a target (environment admins). */
  setTarget: Target;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeBlackSmokeCapturesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<BlackSmokeCaptureInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeCheckpointPassagesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<PassageInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeCheckpointsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<CheckpointInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeCoalChecksArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<CoalCheckInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeCoalReplacementsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<CoalReplacementInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeCoalToElectricityArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<CoalToElectricityInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeConstructionSitesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<ConstructionSiteInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeDustChecksArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<DustCheckInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeDustMonitorReadingsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<DustMonitorReadingInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeDustViolationsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<DustViolationInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeElectricityReadingsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<ElectricityReadingInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeEmergencyListArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<EmergencyListInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeEnterpriseProfilesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<EnterpriseProfileInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeEnterprisesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<EnterpriseInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeEntryPermitsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<EntryPermitInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeFirePointsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<FirePointInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeFuelSamplesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<FuelSampleInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeFuelStationsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<FuelStationInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeGateRecordsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<GateRecordInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeIndicatorsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<IndicatorInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeInspectionAgenciesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<InspectionAgencyInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeMonitoringStationsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<MonitoringStationInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeNonRoadMachineryArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<NonRoadMachineInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeObdRecordsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<ObdRecordInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeObservationsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<ObservationInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeOperatingLicencesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<OperatingLicenceInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributePerformanceGradesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<PerformanceGradeInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributePhaseOutsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<PhaseOutInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeRailSidingsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<RailSidingInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeRemoteSensingTestsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<RemoteSensingTestInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeRepairsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<RepairInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeRestaurantFumeMonitorsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<RestaurantFumeMonitorInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeStrawBurningDeductionRatesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<StrawBurningDeductionRateInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeVehicleInspectionsArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<VehicleInspectionInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationContributeVehiclesArgs = {
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  batchId: Scalars['ID']['input'];
  checkOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<VehicleInput>;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationDecideAccessArgs = {
  approve: Scalars['Boolean']['input'];
  note: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationIssueWarningArgs = {
  input: IssueWarningInput;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationLiftWarningArgs = {
  at: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationRefreshAirQualityIndicatorsArgs = {
  year: Scalars['Int']['input'];
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationRefreshFuelSamplingCoverageArgs = {
  year: Scalars['Int']['input'];
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationRefreshNewEnergySharesArgs = {
  year: Scalars['Int']['input'];
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationRefreshNrmmIndicatorArgs = {
  year: Scalars['Int']['input'];
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationRefreshPlanIndicatorsArgs = {
  year: Scalars['Int']['input'];
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationRefreshRailSidingIndicatorsArgs = {
  year: Scalars['Int']['input'];
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationRequestAccessArgs = {
  dataset: Dataset;
  purpose: Scalars['String']['input'];
  until: Scalars['Date']['input'];
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationRequestExportArgs = {
  dataset: Dataset;
  filter: InputMaybe<Scalars['JSONObject']['input']>;
  format?: ExportFormat;
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationRevokeAccessArgs = {
  note: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


/** Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data. */
export type MutationSetTargetArgs = {
  input: TargetInput;
};

/** Emission stage of a non-road diesel engine (GB 20891: 非道路国一 … 国四); NONE for electric machinery. */
export type NonRoadEngineStage =
  /** No engine stage: electric machinery. */
  | 'NONE'
  /** Non-road China I (非道路国一), GB 20891 stage I. */
  | 'NONROAD_CN1'
  /** Non-road China II (非道路国二), GB 20891 stage II. */
  | 'NONROAD_CN2'
  /** Non-road China III (非道路国三), GB 20891 stage III. */
  | 'NONROAD_CN3'
  /** Non-road China IV (非道路国四), GB 20891 stage IV, the strictest. */
  | 'NONROAD_CN4';

/** A non-road mobile machine (非道路移动机械) in the environment department's registry, by its registration number. */
export type NonRoadMachine = {
  __typename?: 'NonRoadMachine';
  /** The emission stage of its diesel engine (GB 20891, 非道路国一 … 国四); NONE for electric machinery. */
  engineStage: NonRoadEngineStage;
  /** Every version of this registration, oldest first. */
  history: Array<RecordVersion>;
  /** Whether a positioning locator (定位装置) is installed. */
  locatorInstalled: Scalars['Boolean']['output'];
  /** The kind of machine: excavator, loader, forklift, crane, road roller, paver or other. */
  machineType: MachineryType;
  /** The owning enterprise (registered with market regulation); null when the registry does not know it. */
  owner: Maybe<Enterprise>;
  /** Credit code of the owning enterprise. */
  ownerCreditCode: Scalars['ID']['output'];
  /** The city or county where the machine is registered. */
  region: Region;
  /** The environmental registration number (环保登记编码). */
  registrationNo: Scalars['ID']['output'];
  /** The result of its latest exhaust test (HJ 1014-2020): passed, failed or not tested. */
  testResult: EmissionTestResult;
};

/** A page of `nonRoadMachinery`: NonRoadMachine records in the list's order, with the total. */
export type NonRoadMachineConnection = {
  __typename?: 'NonRoadMachineConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<NonRoadMachineEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One NonRoadMachine of a page, with its position in the list. */
export type NonRoadMachineEdge = {
  __typename?: 'NonRoadMachineEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The NonRoadMachine itself. */
  node: NonRoadMachine;
};

/** Which records `nonRoadMachinery` lists; the conditions given must all hold. */
export type NonRoadMachineFilter = {
  /** Only records whose `engineStage` is this value: the emission stage of its diesel engine (GB 20891, 非道路国一 … 国四); NONE for electric machinery. */
  engineStage?: InputMaybe<NonRoadEngineStage>;
  /** Only records whose `machineType` is this value: the kind of machine: excavator, loader, forklift, crane, road roller, paver or other. */
  machineType?: InputMaybe<MachineryType>;
  /** The owning enterprise's credit code. */
  ownerCreditCode?: InputMaybe<Scalars['ID']['input']>;
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only records whose `testResult` is this value: the result of its latest exhaust test (HJ 1014-2020): passed, failed or not tested. */
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

/** A page of `obdRecords`: ObdRecord records in the list's order, with the total. */
export type ObdRecordConnection = {
  __typename?: 'ObdRecordConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<ObdRecordEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ObdRecord of a page, with its position in the list. */
export type ObdRecordEdge = {
  __typename?: 'ObdRecordEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The ObdRecord itself. */
  node: ObdRecord;
};

/** Which records `obdRecords` lists; the conditions given must all hold. */
export type ObdRecordFilter = {
  /** First China-time day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last China-time day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only records of this vehicle (its 17-character VIN, upper-cased before matching). */
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
  /** CO, the hour's mean, mg/m³; null when not measured. */
  co: Maybe<Scalars['Float']['output']>;
  /** Every version of this hour, oldest first. */
  history: Array<RecordVersion>;
  /** Start of the hour. */
  hour: Scalars['DateTime']['output'];
  /** Minutes sampled in the hour. */
  minutesSampled: Maybe<Scalars['Int']['output']>;
  /** NO2, the hour's mean, µg/m³; null when not measured. */
  no2: Maybe<Scalars['Float']['output']>;
  /** O3, the hour's mean, µg/m³; null when not measured. */
  o3: Maybe<Scalars['Float']['output']>;
  /** PM10, the hour's mean, µg/m³; null when not measured. */
  pm10: Maybe<Scalars['Float']['output']>;
  /** PM2.5, the hour's mean, µg/m³; null when not measured. */
  pm25: Maybe<Scalars['Float']['output']>;
  /** SO2, the hour's mean, µg/m³; null when not measured. */
  so2: Maybe<Scalars['Float']['output']>;
  /** Code of the monitoring station that observed. */
  stationCode: Scalars['ID']['output'];
  /** Counts toward averages: at least 45 minutes sampled (GB 3095-2012 §8), or flagged valid by the station. */
  valid: Scalars['Boolean']['output'];
};

/** A page of `observations`: Observation records in the list's order, with the total. */
export type ObservationConnection = {
  __typename?: 'ObservationConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<ObservationEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Observation of a page, with its position in the list. */
export type ObservationEdge = {
  __typename?: 'ObservationEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The Observation itself. */
  node: Observation;
};

/** One station hour. Concentrations in µg/m³ (CO in mg/m³); any may be null when not measured. */
export type ObservationInput = {
  /** CO, the hour's mean, mg/m³; null when not measured. */
  co?: InputMaybe<Scalars['Float']['input']>;
  /** Start of the hour, ISO 8601 with an offset, on the hour, not in the future. */
  hour?: InputMaybe<Scalars['String']['input']>;
  /** Minutes sampled (0–60); 45 or more makes the hour valid. */
  minutesSampled?: InputMaybe<Scalars['Int']['input']>;
  /** NO2, the hour's mean, µg/m³; null when not measured. */
  no2?: InputMaybe<Scalars['Float']['input']>;
  /** O3, the hour's mean, µg/m³; null when not measured. */
  o3?: InputMaybe<Scalars['Float']['input']>;
  /** PM10, the hour's mean, µg/m³; null when not measured. */
  pm10?: InputMaybe<Scalars['Float']['input']>;
  /** PM2.5, the hour's mean, µg/m³; null when not measured. */
  pm25?: InputMaybe<Scalars['Float']['input']>;
  /** SO2, the hour's mean, µg/m³; null when not measured. */
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
  /** The road transport operating licence number (道路运输证号). */
  licenceNo: Scalars['ID']['output'];
  /** The transport operator holding the licence; null when the registry does not know it. */
  operator: Maybe<Enterprise>;
  /** Whether the licence is in force, suspended, revoked or expired. */
  status: LicenceStatus;
  /** Last day the licence is valid, inclusive. */
  validTo: Scalars['Date']['output'];
  /** The licensed vehicle; null when public security has not registered it. */
  vehicle: Maybe<Vehicle>;
  /** VIN of the licensed vehicle. */
  vin: Scalars['ID']['output'];
};

/** A page of `operatingLicences`: OperatingLicence records in the list's order, with the total. */
export type OperatingLicenceConnection = {
  __typename?: 'OperatingLicenceConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<OperatingLicenceEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One OperatingLicence of a page, with its position in the list. */
export type OperatingLicenceEdge = {
  __typename?: 'OperatingLicenceEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The OperatingLicence itself. */
  node: OperatingLicence;
};

/** Which records `operatingLicences` lists; the conditions given must all hold. */
export type OperatingLicenceFilter = {
  /** The operator's credit code. */
  operatorCreditCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only records whose `status` is this value: whether the licence is in force, suspended, revoked or expired. */
  status?: InputMaybe<LicenceStatus>;
};

/** One road-transport operating licence. */
export type OperatingLicenceInput = {
  /** The road transport operating licence number (道路运输证号). */
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

/** Where a page stands in its list (Relay cursor connections): whether more rows follow, and the cursors to continue from. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last row, to pass as `after` for the next page; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more rows follow this page: ask for them with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was asked for with `after`, so rows come before it. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first row; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A vehicle seen at a checkpoint (卡口). */
export type Passage = {
  __typename?: 'Passage';
  /** The checkpoint that recorded the passage; null when its code is not registered. */
  checkpoint: Maybe<Checkpoint>;
  /** Code of the checkpoint that recorded the passage. */
  checkpointCode: Scalars['ID']['output'];
  /** Into or out of the city the checkpoint guards. */
  direction: Direction;
  /** Every version of this passage, oldest first. */
  history: Array<RecordVersion>;
  /** When the vehicle passed (an instant, shown in China time). */
  passedAt: Scalars['DateTime']['output'];
  /** The plate the camera read. */
  plate: Scalars['String']['output'];
  /** The registered vehicle of the VIN; null when the VIN is not registered in Henan. */
  vehicle: Maybe<Vehicle>;
  /** The vehicle the plate was registered to at that instant; null when none was (a fake or foreign plate). */
  vin: Maybe<Scalars['ID']['output']>;
};

/** A page of Passage records, in the list's order. */
export type PassageConnection = {
  __typename?: 'PassageConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<PassageEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Passage of a page, with its position in the list. */
export type PassageEdge = {
  __typename?: 'PassageEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The Passage itself. */
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

/** Which records `performanceGrades` lists; the conditions given must all hold. */
export type PerformanceGradeFilter = {
  /** Only the grade of this enterprise (its credit code, upper-cased before matching). */
  creditCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only records whose `grade` is this value: the performance grade (绩效分级): A, B, B-, C, D or LEADING (引领性). */
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
  /** The graded enterprise's unified social credit code. */
  creditCode: Scalars['ID']['output'];
  /** The graded enterprise; null when the registry does not know it. */
  enterprise: Maybe<Enterprise>;
  /** The performance grade (绩效分级): A, B, B-, C, D or LEADING (引领性). */
  grade: PerformanceGrade;
  /** The day the grade was assessed. */
  gradedOn: Scalars['Date']['output'];
  /** Every version of this grade, oldest first. */
  history: Array<RecordVersion>;
};

/** A page of `performanceGrades`: PerformanceGradeRecord records in the list's order, with the total. */
export type PerformanceGradeRecordConnection = {
  __typename?: 'PerformanceGradeRecordConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<PerformanceGradeRecordEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PerformanceGradeRecord of a page, with its position in the list. */
export type PerformanceGradeRecordEdge = {
  __typename?: 'PerformanceGradeRecordEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The PerformanceGradeRecord itself. */
  node: PerformanceGradeRecord;
};

/** Emission-permit management class: 重点 / 简化 / 登记. */
export type PermitClass =
  /** Key management (重点管理): a full emission permit with the strictest monitoring and reporting. */
  | 'KEY'
  /** Registration management (登记管理): no permit, only a registration of the emission source. */
  | 'REGISTRATION'
  /** Simplified management (简化管理): an emission permit with lighter requirements. */
  | 'SIMPLIFIED';

/** Whether an entry permit is in force. */
export type PermitStatus =
  /** Past its end date. */
  | 'EXPIRED'
  /** Withdrawn before its end. */
  | 'REVOKED'
  /** In force within its dates. */
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
  /** Whether the truck is still operating, scrapped, or upgraded to a stage that may keep operating. */
  status: PhaseOutStatus;
  /** The truck (registered with public security); null when not registered. */
  vehicle: Maybe<Vehicle>;
  /** VIN of the truck; one phase-out per truck. */
  vin: Scalars['ID']['output'];
};

/** A page of `phaseOuts`: PhaseOut records in the list's order, with the total. */
export type PhaseOutConnection = {
  __typename?: 'PhaseOutConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<PhaseOutEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PhaseOut of a page, with its position in the list. */
export type PhaseOutEdge = {
  __typename?: 'PhaseOutEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The PhaseOut itself. */
  node: PhaseOut;
};

/** Which records `phaseOuts` lists; the conditions given must all hold. */
export type PhaseOutFilter = {
  /** Only deadlines before this day (exclusive). */
  deadlineBefore?: InputMaybe<Scalars['Date']['input']>;
  /** Only records whose `status` is this value: whether the truck is still operating, scrapped, or upgraded to a stage that may keep operating. */
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
  /** Black (黑牌): foreign-owned and cross-border vehicles. */
  | 'BLACK'
  /** Blue (蓝牌): small vehicles. */
  | 'BLUE'
  /** Green gradient (渐变绿牌): small new-energy vehicles. */
  | 'GREEN'
  /** White (白牌): police and other official vehicles. */
  | 'WHITE'
  /** Yellow (黄牌): large vehicles (trucks, buses). */
  | 'YELLOW'
  /** Yellow-green (黄绿牌): large new-energy vehicles. */
  | 'YELLOW_GREEN';

/** A plate assigned to a vehicle for a period; plates are re-issued, so the VIN is the key. */
export type PlateRegistration = {
  __typename?: 'PlateRegistration';
  /** The licence plate, e.g. 豫A12345. */
  plate: Scalars['String']['output'];
  /** Start of the assignment. */
  validFrom: Scalars['DateTime']['output'];
  /** End of the assignment; null while current. */
  validTo: Maybe<Scalars['DateTime']['output']>;
  /** VIN of the vehicle the plate was assigned to. */
  vin: Scalars['ID']['output'];
};

/** O3_1H and O3_8H are the daily maximum 1-hour value and the maximum 8-hour moving average. */
export type Pollutant =
  /** Carbon monoxide (一氧化碳), mg/m³. */
  | 'CO'
  /** Nitrogen dioxide (二氧化氮), µg/m³. */
  | 'NO2'
  /** Ozone (臭氧), the day's maximum 1-hour value, µg/m³. */
  | 'O3_1H'
  /** Ozone (臭氧), the day's maximum 8-hour moving average (MDA8), µg/m³. */
  | 'O3_8H'
  /** Inhalable particulate matter PM10 (可吸入颗粒物), µg/m³. */
  | 'PM10'
  /** Fine particulate matter PM2.5 (细颗粒物), µg/m³. */
  | 'PM25'
  /** Sulphur dioxide (二氧化硫), µg/m³. */
  | 'SO2';

/** One evaluation item over its own valid days (GB 3095 §8, judged per pollutant): how many, whether they cover the period, and its exceedance days (daily value above the grade-2 24h limit: SO2 150, NO2 80, PM10 150, PM2.5 75, CO 4 mg/m³; O3 MDA8 160). A province's counts are the means of its cities', rounded to whole days. */
export type PollutantEvaluation = {
  __typename?: 'PollutantEvaluation';
  /** The item's valid days have GB 3095's coverage (324 a year, 27 in each whole month, 25 in February); a province's, when every city's have. */
  complete: Scalars['Boolean']['output'];
  /** Valid days with the daily value above the grade-2 24-hour limit (O3: MDA8 above 160). */
  exceedanceDays: Scalars['Int']['output'];
  /** Unrounded: the figure before its one GB/T 8170 rounding (a city's still computed from its published daily values; the province's the mean of its cities' unrounded figures). */
  exceedanceDaysUnrounded: Scalars['Float']['output'];
  /** exceedanceDays / validDays, three decimals; null when the item's coverage fails. */
  exceedanceRate: Maybe<Scalars['Float']['output']>;
  /** Unrounded: the figure before its one GB/T 8170 rounding (a city's still computed from its published daily values; the province's the mean of its cities' unrounded figures). */
  exceedanceRateUnrounded: Maybe<Scalars['Float']['output']>;
  /** Why a figure is null (which coverage fails, and by how many days); null when nothing is missing. */
  missingReason: Maybe<Scalars['String']['output']>;
  /** SO2, NO2, PM10, PM25, CO or O3_8H (MDA8). */
  pollutant: Pollutant;
  /** Days the item's daily value met its validity rule. */
  validDays: Scalars['Int']['output'];
  /** Unrounded: the figure before its one GB/T 8170 rounding (a city's still computed from its published daily values; the province's the mean of its cities' unrounded figures). */
  validDaysUnrounded: Scalars['Float']['output'];
};

/** One pollutant's individual air quality index (IAQI, 空气质量分指数), from its concentration and the HJ 633 breakpoints. */
export type PollutantIndex = {
  __typename?: 'PollutantIndex';
  /** The pollutant the index is for. */
  pollutant: Pollutant;
  /** Its IAQI, 0 to 500, rounded up to a whole number. */
  value: Scalars['Int']['output'];
};

/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
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
  /** One Checkpoint by its `code`; null when there is none. */
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
  /** Contribution batches, newest first: a department's members read their own department's, the environment department's admins every department's. */
  contributionBatches: ContributionBatchConnection;
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
  /** One export job of your department, with a fresh download link when it is done; null when there is none. */
  exportJob: Maybe<ExportJob>;
  /** Your department's export jobs, newest first; page on with `after`. */
  exportJobs: Array<ExportJob>;
  /** One FirePoint by its `id`; null when there is none. */
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
  /** One OperatingLicence by its `licenceNo`; null when there is none. */
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
  /** The plan's targets, by region, metric and period. */
  targets: TargetConnection;
  /** Use of each dataset by each department in a month (admins): the oversight the sharing rules ask for; a year is twelve of these. */
  usageReport: Array<UsageLine>;
  /** One Vehicle by its `vin`; null when there is none. */
  vehicle: Maybe<Vehicle>;
  /** The vehicle a plate was assigned to at an instant (default now); plates are re-issued. */
  vehicleByPlate: Maybe<Vehicle>;
  /** One vehicle inspection by its report number; null when there is none. */
  vehicleInspection: Maybe<VehicleInspection>;
  /** Vehicle emission inspections, oldest first; `from` and `to` are China-time dates, both inclusive. */
  vehicleInspections: Maybe<VehicleInspectionConnection>;
  /** Registered vehicles, ordered by VIN. */
  vehicles: VehicleConnection;
  /** One warning by its id; null when there is none. */
  warning: Maybe<Warning>;
  /** Warnings ordered by id (which begins with the start date); `activeAt` keeps those in force at that instant. */
  warnings: WarningConnection;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryAccessRequestsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AccessRequestFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryAirQualityIndexArgs = {
  concentrations: ConcentrationsInput;
  on: InputMaybe<Scalars['Date']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryAuditEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AuditEventFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryBlackSmokeCaptureArgs = {
  captureId: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryBlackSmokeCapturesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<BlackSmokeFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryCheckIdentifierArgs = {
  kind: IdentifierKind;
  value: Scalars['String']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryCheckpointArgs = {
  code: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryCheckpointsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CheckpointFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryCityRankingArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryCoalChecksArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CoalCheckFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryCoalReplacementsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CoalReplacementFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryCoalToElectricityArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CoalToElectricityFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryConstructionSiteArgs = {
  code: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryConstructionSitesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ConstructionSiteFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryContributionBatchesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  dataset: InputMaybe<Dataset>;
  first: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['DateTime']['input']>;
  to: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryDustCheckArgs = {
  checkId: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryDustChecksArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DustCheckFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryDustMonitorReadingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DustMonitorReadingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryDustViolationArgs = {
  violationId: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryDustViolationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DustViolationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryElectricityReadingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ElectricityReadingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryEmergencyListArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  cityCode: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  year: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryEnterpriseArgs = {
  creditCode: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryEnterpriseProfilesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  creditCode: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  vocsKeySource: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryEnterprisesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<EnterpriseFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryEntryPermitsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<EntryPermitFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryExportJobArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryExportJobsArgs = {
  after: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryFirePointArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryFirePointDeductionsArgs = {
  regionCode: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryFirePointsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['Date']['input']>;
  regionCode: InputMaybe<Scalars['ID']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryFuelSampleArgs = {
  sampleNo: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryFuelSamplesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<FuelSampleFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryFuelStationArgs = {
  code: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryFuelStationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<FuelStationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryGateRecordsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<GateRecordFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryIndicatorsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<IndicatorFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryInspectionAgenciesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<InspectionAgencyFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryInspectionAgencyArgs = {
  code: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryMonitoringStationArgs = {
  code: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryMonitoringStationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<MonitoringStationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryNonRoadMachineArgs = {
  registrationNo: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryNonRoadMachineryArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<NonRoadMachineFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryObdRecordsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ObdRecordFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryObservationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['DateTime']['input']>;
  stationCode: InputMaybe<Scalars['ID']['input']>;
  to: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryOperatingLicenceArgs = {
  licenceNo: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryOperatingLicencesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<OperatingLicenceFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryPassagesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  cityCode: Scalars['ID']['input'];
  direction: InputMaybe<Direction>;
  emissionStageAtMost: InputMaybe<EmissionStage>;
  first: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['DateTime']['input']>;
  to: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryPerformanceGradesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PerformanceGradeFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryPhaseOutArgs = {
  vin: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryPhaseOutsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PhaseOutFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryRailSidingArgs = {
  projectCode: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryRailSidingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RailSidingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryRegionsArgs = {
  level: InputMaybe<RegionLevel>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryRemoteSensingTestArgs = {
  testId: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryRemoteSensingTestsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RemoteSensingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryRepairArgs = {
  repairNo: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryRepairsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RepairFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryRestaurantFumeMonitorArgs = {
  creditCode: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryRestaurantFumeMonitorsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RestaurantFumeMonitorFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryStrawBurningDeductionRatesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QuerySuggestWarningLevelArgs = {
  forecastAqi: Array<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryTargetsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  metric: InputMaybe<Metric>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryUsageReportArgs = {
  month: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryVehicleArgs = {
  vin: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryVehicleByPlateArgs = {
  at: InputMaybe<Scalars['DateTime']['input']>;
  plate: Scalars['String']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryVehicleInspectionArgs = {
  inspectionNo: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryVehicleInspectionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<VehicleInspectionFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryVehiclesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<VehicleFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
export type QueryWarningArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants. */
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
  /** Where the siding project stands: planned, under construction or in service. */
  status: RailSidingStatus;
};

/** A page of `railSidings`: RailSiding records in the list's order, with the total. */
export type RailSidingConnection = {
  __typename?: 'RailSidingConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<RailSidingEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One RailSiding of a page, with its position in the list. */
export type RailSidingEdge = {
  __typename?: 'RailSidingEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The RailSiding itself. */
  node: RailSiding;
};

/** Which records `railSidings` lists; the conditions given must all hold. */
export type RailSidingFilter = {
  /** A region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only records whose `status` is this value: where the siding project stands: planned, under construction or in service. */
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
  /** Built and in service (建成投运), counted toward the plan's sidings completed. */
  | 'IN_SERVICE'
  /** Planned, construction not started. */
  | 'PLANNED'
  /** Construction started (开工), counted toward the plan's sidings started. */
  | 'UNDER_CONSTRUCTION';

/** One version of a contributed record: the current one, or one a later batch replaced. */
export type RecordVersion = {
  __typename?: 'RecordVersion';
  /** The contribution batch that wrote this version. */
  batchId: Scalars['ID']['output'];
  /** When this version was contributed. */
  contributedAt: Scalars['DateTime']['output'];
  /** The department that contributed this version. */
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
  /** Province, city or county, in the GB/T 2260 hierarchy. */
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

/** A region's level in the GB/T 2260 hierarchy. */
export type RegionLevel =
  /** A prefecture-level city (省辖市) or the Jiyuan demonstration zone (419001). */
  | 'CITY'
  /** A county, county-level city or district (县/市/区) under a city. */
  | 'COUNTY'
  /** The province of Henan (河南省, 410000). */
  | 'PROVINCE';

/** Which records `remoteSensingTests` lists; the conditions given must all hold. */
export type RemoteSensingFilter = {
  /** First China-time day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only records whose `result` is this value: whether the vehicle's exhaust was within the remote-sensing limits (HJ 845-2017 diesel, GB 18285-2018 petrol). */
  result?: InputMaybe<RemoteSensingResult>;
  /** Last China-time day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only records of this vehicle (its 17-character VIN, upper-cased before matching). */
  vin?: InputMaybe<Scalars['ID']['input']>;
};

/** Whether a remote-sensing test found the vehicle within the limits of HJ 845-2017 (diesel) or GB 18285-2018 (petrol). */
export type RemoteSensingResult =
  /** The vehicle's exhaust exceeded the remote-sensing limits (a screened high emitter). */
  | 'FAIL'
  /** The vehicle's exhaust was within the remote-sensing limits. */
  | 'PASS';

/** A roadside remote-sensing test of a passing vehicle's exhaust (遥感监测). */
export type RemoteSensingTest = {
  __typename?: 'RemoteSensingTest';
  /** When the vehicle passed the site. */
  at: Scalars['DateTime']['output'];
  /** Every version of this test record, oldest first. */
  history: Array<RecordVersion>;
  /** Whether the vehicle's exhaust was within the remote-sensing limits (HJ 845-2017 diesel, GB 18285-2018 petrol). */
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

/** A page of `remoteSensingTests`: RemoteSensingTest records in the list's order, with the total. */
export type RemoteSensingTestConnection = {
  __typename?: 'RemoteSensingTestConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<RemoteSensingTestEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One RemoteSensingTest of a page, with its position in the list. */
export type RemoteSensingTestEdge = {
  __typename?: 'RemoteSensingTestEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The RemoteSensingTest itself. */
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

/** A page of `repairs`: Repair records in the list's order, with the total. */
export type RepairConnection = {
  __typename?: 'RepairConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<RepairEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Repair of a page, with its position in the list. */
export type RepairEdge = {
  __typename?: 'RepairEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The Repair itself. */
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
  /** Only repairs of this vehicle (its VIN, upper-cased before matching). */
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

/** A page of `restaurantFumeMonitors`: RestaurantFumeMonitor records in the list's order, with the total. */
export type RestaurantFumeMonitorConnection = {
  __typename?: 'RestaurantFumeMonitorConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<RestaurantFumeMonitorEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One RestaurantFumeMonitor of a page, with its position in the list. */
export type RestaurantFumeMonitorEdge = {
  __typename?: 'RestaurantFumeMonitorEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The RestaurantFumeMonitor itself. */
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
  /** Readable by the owner, and by another department only with an access request the owner approved, until it ends (有条件共享). */
  | 'CONDITIONAL'
  /** Readable by every member department (无条件共享). */
  | 'OPEN'
  /** Readable by the owner only (不予共享); others see a masked value where a mask is declared, else null and FORBIDDEN. */
  | 'RESTRICTED';

/** How a RESTRICTED value is shown to those who may not read it. NAME: 张**; ID_NUMBER: 4101**********1234. */
export type SharingMask =
  /** A resident identity number with all but the first 4 and last 4 characters hidden: 4101**********1234. */
  | 'ID_NUMBER'
  /** A person's name with all but its first character (the family name) hidden: 张三丰 → 张**. */
  | 'NAME';

/** A place a department registers: a monitoring station, construction site, filling station or checkpoint. */
export type Site = {
  /** Department-assigned code, unique within its kind. */
  code: Scalars['ID']['output'];
  /** Which kind of site this is, and so which department registers it. */
  kind: SiteKind;
  /** WGS 84 latitude, in degrees. */
  latitude: Scalars['Float']['output'];
  /** WGS 84 longitude, in degrees. */
  longitude: Scalars['Float']['output'];
  /** The site's name as registered. */
  name: Scalars['String']['output'];
  /** The county (or city) the site is in. */
  region: Region;
};

/** The kind of a registered site; each kind is owned by one department. */
export type SiteKind =
  /** A traffic checkpoint recording vehicle passages (public security). */
  | 'CHECKPOINT'
  /** A construction site under dust control (housing). */
  | 'CONSTRUCTION_SITE'
  /** A filling station whose fuel is sampled (market regulation). */
  | 'FUEL_STATION'
  /** An air-quality monitoring station (environment). */
  | 'MONITORING_STATION';

/** Which tier of the monitoring network a station belongs to: 国控 / 省控 / 市控. */
export type StationControlLevel =
  /** City control station (市控站). */
  | 'CITY'
  /** National control station (国控站), part of the national monitoring network. */
  | 'NATIONAL'
  /** Provincial control station (省控站). */
  | 'PROVINCIAL';

/** What a monitoring station is sited to measure. */
export type StationType =
  /** Regional background station (背景站), away from local sources. */
  | 'BACKGROUND'
  /** Particulate composition station (颗粒物组分站). */
  | 'COMPONENT'
  /** Mountain station (山区站). */
  | 'MOUNTAIN'
  /** Roadside traffic station (交通站). */
  | 'TRAFFIC'
  /** Urban assessment station (城市评价点), measuring the air a city's residents breathe. */
  | 'URBAN'
  /** Volatile organic compounds station (VOCs 监测站). */
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

/** A page of `strawBurningDeductionRates`: StrawBurningDeductionRate records in the list's order, with the total. */
export type StrawBurningDeductionRateConnection = {
  __typename?: 'StrawBurningDeductionRateConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<StrawBurningDeductionRateEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One StrawBurningDeductionRate of a page, with its position in the list. */
export type StrawBurningDeductionRateEdge = {
  __typename?: 'StrawBurningDeductionRateEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The StrawBurningDeductionRate itself. */
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
  /** Whether the value must stay at most (≤) or reach at least (≥) the target. */
  comparison: Comparison;
  /** What the target is set on. */
  metric: Metric;
  /** The period the target covers: YYYY (a year), YYYY-MM (a month) or YYYY-MM..YYYY-MM (a stage of whole months). */
  period: Scalars['String']['output'];
  /** The province, city or county the target is set for. */
  region: Region;
  /** Where the plan sets it, e.g. 二(一). */
  sourceClause: Scalars['String']['output'];
  /** The target value, in the metric's unit; ratios are fractions 0..1. */
  value: Scalars['Float']['output'];
};

/** A page of Target records, in the list's order. */
export type TargetConnection = {
  __typename?: 'TargetConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<TargetEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Target of a page, with its position in the list. */
export type TargetEdge = {
  __typename?: 'TargetEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The Target itself. */
  node: Target;
};

/** A target of the plan to set: region, metric and period name it; a target already set for them is changed. */
export type TargetInput = {
  /** AT_MOST (≤) or AT_LEAST (≥) the value. */
  comparison: Comparison;
  /** The metric the target is set on. */
  metric: Metric;
  /** YYYY, YYYY-MM or YYYY-MM..YYYY-MM. */
  period: Scalars['String']['input'];
  /** GB/T 2260 code of the province, city or county the target is for. */
  regionCode: Scalars['ID']['input'];
  /** Where the plan sets it (at most 2000 characters). */
  sourceClause: Scalars['String']['input'];
  /** The target value in the metric's unit; ratios are fractions 0..1. */
  value: Scalars['Float']['input'];
};

/** One target and how the region stands against it. */
export type TargetProgress = {
  __typename?: 'TargetProgress';
  /** The value so far; null when there is none (or the period's coverage fails). */
  actual: Maybe<Scalars['Float']['output']>;
  /** Whether the actual must stay at most (≤) or reach at least (≥) the target. */
  comparison: Comparison;
  /** The metric the target is set on. */
  metric: Metric;
  /** The target's period: YYYY, YYYY-MM or YYYY-MM..YYYY-MM. */
  period: Scalars['String']['output'];
  /** True when the hub holds no data to measure the metric: the value is reported outside the hub (actual is what a department recorded, if any). */
  reportedOutsideHub: Scalars['Boolean']['output'];
  /** Where the plan sets the target, e.g. 二(一). */
  sourceClause: Scalars['String']['output'];
  /** Met, on track, at risk, missed, or no data (the rule is in TargetStatus). */
  status: TargetStatus;
  /** The target value, in `unit`. */
  target: Scalars['Float']['output'];
  /** Whose target this is: the region's own, its city's, or the province's. */
  targetRegion: Region;
  /** The metric's unit, e.g. µg/m³ or ratio (a fraction 0..1). */
  unit: Scalars['String']['output'];
};

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

/** 超低排放改造: not required, in progress, completed, completed and assessed. */
export type UltraLowEmissionStatus =
  /** The retrofit is completed and has passed its assessment (评估监测). */
  | 'ASSESSED'
  /** The retrofit is completed, not yet assessed. */
  | 'COMPLETED'
  /** The retrofit (超低排放改造) is under way. */
  | 'IN_PROGRESS'
  /** The enterprise's industry owes no ultra-low-emission retrofit. */
  | 'NOT_REQUIRED';

/** A department's use of a dataset in a month. */
export type UsageLine = {
  __typename?: 'UsageLine';
  /** Days with any use. */
  activeDays: Scalars['Int']['output'];
  /** The dataset used. */
  dataset: Dataset;
  /** The department that read or contributed. */
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
  /** A licence plate whose issuing-authority letter that province does not use. */
  | 'BAD_AUTHORITY'
  /** A character outside the identifier's alphabet (a VIN has no I, O or Q; a credit code no I, O, Z, S or V). */
  | 'BAD_CHARACTER'
  /** The check character or digit does not match the rest; `expected` carries the right one. */
  | 'BAD_CHECK_CHARACTER'
  /** Not a calendar date written YYYY-MM-DD, or not an ISO 8601 instant with an offset. */
  | 'BAD_DATE'
  /** Not one of the field's allowed values. */
  | 'BAD_ENUM'
  /** Right length and alphabet, but the structure is wrong (or a rule across fields fails, e.g. a plate's colour). */
  | 'BAD_FORMAT'
  /** The value has the wrong number of characters (a credit code has 18, a VIN 17). */
  | 'BAD_LENGTH'
  /** An indicator period that is not YYYY, YYYY-MM or YYYY-MM..YYYY-MM. */
  | 'BAD_PERIOD'
  /** A licence plate that does not start with a mainland province character (豫, 京, …). */
  | 'BAD_PROVINCE'
  /** An end (to, until) before its start (from). */
  | 'DATES_OUT_OF_ORDER'
  /** Two rows of one batch with the same key (or the same unique value, e.g. a plate). */
  | 'DUPLICATE_KEY'
  /** A day or instant after today or now, for something that has to have happened. */
  | 'FUTURE_TIME'
  /** Text that cannot be stored: a NUL character (U+0000) or a lone UTF-16 surrogate. */
  | 'INVALID_TEXT'
  /** A meter's day with both a whole-day reading and hourly readings (in the batch, or in the batch and the stored rows). */
  | 'MIXED_METER_DAY'
  /** A real region code, but outside Henan (codes 41xxxx): the hub holds Henan only. */
  | 'NOT_IN_HENAN'
  /** An hourly value whose time is not the start of an hour. */
  | 'NOT_ON_THE_HOUR'
  /** Points at a record the contributing department does not own. */
  | 'NOT_OWNED'
  /** A number outside its plausible range, or a date outside 1900-01-01 … 2100-12-31. */
  | 'OUT_OF_RANGE'
  /** The value is empty, whitespace only or missing. */
  | 'REQUIRED'
  /** Text longer than the field allows. */
  | 'TOO_LONG'
  /** Points at a record that does not exist (an enterprise, vehicle, site, …). */
  | 'UNKNOWN_REFERENCE'
  /** Not a GB/T 2260 region code the hub knows. */
  | 'UNKNOWN_REGION';

/** A registered motor vehicle (public security), keyed by VIN; the plate is looked up. */
export type Vehicle = {
  __typename?: 'Vehicle';
  /** Black-smoke captures of the vehicle, newest first. */
  blackSmoke: Maybe<Array<BlackSmokeCapture>>;
  /** The emission standard of the registration: CN1 … CN6B (国一 … 国六b), NONE for pure electric. */
  emissionStage: EmissionStage;
  /** The truck's city-entry permits, newest first. */
  entryPermits: Maybe<Array<EntryPermit>>;
  /** The registered fuel (燃料种类). */
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
  /** The plate's colour: blue, yellow, green (new energy), yellow-green (large new energy), white or black. */
  plateColor: PlateColor;
  /** Every plate the vehicle has carried, oldest first. */
  plateHistory: Array<PlateRegistration>;
  /** The city or county where the vehicle is registered. */
  region: Region;
  /** The day the vehicle was first registered. */
  registeredOn: Scalars['Date']['output'];
  /** The vehicle's remote-sensing tests, newest first. */
  remoteSensing: Maybe<Array<RemoteSensingTest>>;
  /** The vehicle's M-station repairs, newest first. */
  repairs: Maybe<Array<Repair>>;
  /** The registration's status: active, scrapped, deregistered or seized. */
  status: VehicleStatus;
  /** What the vehicle is registered to be used for (使用性质): commercial freight or passengers, private, bus, taxi, special purpose. */
  use: VehicleUse;
  /** The registered vehicle type (车辆类型): truck by weight class, bus, car or special-purpose. */
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

/** A page of `vehicles`: Vehicle records in the list's order, with the total. */
export type VehicleConnection = {
  __typename?: 'VehicleConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<VehicleEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Vehicle of a page, with its position in the list. */
export type VehicleEdge = {
  __typename?: 'VehicleEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The Vehicle itself. */
  node: Vehicle;
};

/** Which records `vehicles` lists; the conditions given must all hold. */
export type VehicleFilter = {
  /** Only records whose `emissionStage` is this value: the emission standard of the registration: CN1 … CN6B (国一 … 国六b), NONE for pure electric. */
  emissionStage?: InputMaybe<EmissionStage>;
  /** Only records whose `fuel` is this value: the registered fuel (燃料种类). */
  fuel?: InputMaybe<Fuel>;
  /** Registration region; its subregions are included. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only records whose `status` is this value: the registration's status: active, scrapped, deregistered or seized. */
  status?: InputMaybe<VehicleStatus>;
  /** Only records whose `use` is this value: what the vehicle is registered to be used for (使用性质): commercial freight or passengers, private, bus, taxi, special purpose. */
  use?: InputMaybe<VehicleUse>;
  /** Only records whose `vehicleType` is this value: the registered vehicle type (车辆类型): truck by weight class, bus, car or special-purpose. */
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
  /** The test procedure used (GB 18285-2018 for spark ignition, GB 3847-2018 for compression ignition). */
  method: InspectionMethod;
  /** Whether the vehicle passed the emission inspection. */
  result: ComplianceResult;
  /** The inspected vehicle (registered by public security); null when not registered. */
  vehicle: Maybe<Vehicle>;
  /** VIN of the inspected vehicle. */
  vin: Scalars['ID']['output'];
};

/** A page of `vehicleInspections`: VehicleInspection records in the list's order, with the total. */
export type VehicleInspectionConnection = {
  __typename?: 'VehicleInspectionConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<VehicleInspectionEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One VehicleInspection of a page, with its position in the list. */
export type VehicleInspectionEdge = {
  __typename?: 'VehicleInspectionEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The VehicleInspection itself. */
  node: VehicleInspection;
};

/** Which records `vehicleInspections` lists; the conditions given must all hold. */
export type VehicleInspectionFilter = {
  /** The inspection agency's code. */
  agencyCode?: InputMaybe<Scalars['ID']['input']>;
  /** First China-time day, inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only records whose `method` is this value: the test procedure used (GB 18285-2018 for spark ignition, GB 3847-2018 for compression ignition). */
  method?: InputMaybe<InspectionMethod>;
  /** Only records whose `result` is this value: whether the vehicle passed the emission inspection. */
  result?: InputMaybe<ComplianceResult>;
  /** Last China-time day, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only inspections of this vehicle (its VIN, upper-cased before matching). */
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

/** A heavy-pollution warning for a city, from its start until it ends or is lifted. */
export type Warning = {
  __typename?: 'Warning';
  /** The planned end; null until announced. */
  endsAt: Maybe<Scalars['DateTime']['output']>;
  /** For an ORANGE or RED warning, the gate traffic of each enterprise on the city's emergency list, day by day against its 30-day baseline (the plan asks key vehicle-using enterprises to cut or stop road freight then); null for a YELLOW one. */
  gateTraffic: Maybe<Array<WarningGateTraffic>>;
  /** The warning's identifier, beginning with its start date. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** Who issued it (token subject). */
  issuedBy: Scalars['String']['output'];
  /** Yellow, orange or red (黄色 / 橙色 / 红色), by the forecast's severity and length. */
  level: WarningLevel;
  /** When it was lifted, if before its planned end. */
  liftedAt: Maybe<Scalars['DateTime']['output']>;
  /** Every firm on the warned city's emergency list for the warning's year, by credit code, with the measure owed at this level. */
  listedEnterprises: ListedEnterpriseConnection;
  /** The forecast behind the warning, as the issuer wrote it. */
  reason: Scalars['String']['output'];
  /** The city the warning is issued for. */
  region: Region;
  /** When the warning comes into force. */
  startsAt: Scalars['DateTime']['output'];
};


/** A heavy-pollution warning for a city, from its start until it ends or is lifted. */
export type WarningListedEnterprisesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Warning records, in the list's order. */
export type WarningConnection = {
  __typename?: 'WarningConnection';
  /** The page's rows, in the list's order; empty past the last row. */
  edges: Array<WarningEdge>;
  /** Whether more rows follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Warning of a page, with its position in the list. */
export type WarningEdge = {
  __typename?: 'WarningEdge';
  /** This row's position in its list, opaque: pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The Warning itself. */
  node: Warning;
};

/** Electricity use before and during a warning (kWh per day, over days with readings). */
export type WarningElectricity = {
  __typename?: 'WarningElectricity';
  /** Mean kWh per day over the baseline's days with readings (the 30 days before the warning, leaving out the city's other warnings); null when none has readings. */
  baselineDailyKwh: Maybe<Scalars['Float']['output']>;
  /** Days in the baseline: the 30 days before the warning, less days of the city's other warnings. */
  baselineDays: Scalars['Int']['output'];
  /** Days of the baseline with at least one reading. */
  baselineDaysWithReadings: Scalars['Int']['output'];
  /** 1 − during / baseline; null without both means. */
  cut: Maybe<Scalars['Float']['output']>;
  /** cut − owed: negative means short of the measure (the report sorts by it). */
  gap: Maybe<Scalars['Float']['output']>;
  /** Whether the cut in use meets the owed reduction (the rule is in ComplianceVerdict). */
  verdict: ComplianceVerdict;
  /** Mean kWh per day over the warning's days with readings; null when none has readings. */
  warningDailyKwh: Maybe<Scalars['Float']['output']>;
  /** Days the warning covers (China-time days from its start to its end). */
  warningDays: Scalars['Int']['output'];
  /** Days of the warning with at least one reading. */
  warningDaysWithReadings: Scalars['Int']['output'];
};

/** A listed enterprise's heavy-truck movements per day during a warning, against its baseline: the mean per day over the 30 days before the warning began. */
export type WarningGateTraffic = {
  __typename?: 'WarningGateTraffic';
  /** Mean movements per day over the 30 days before the warning. */
  baselinePerDay: Scalars['Float']['output'];
  /** The listed enterprise's unified social credit code. */
  creditCode: Scalars['ID']['output'];
  /** Each day the warning was in force (China time), movements counted. */
  days: Array<GateTrafficDay>;
  /** The listed enterprise, as the market-regulation registry has it. */
  enterprise: Enterprise;
  /** Mean movements per day during the warning over the baseline (1 = no change); null without a baseline. */
  ratio: Maybe<Scalars['Float']['output']>;
};

/** 黄色 / 橙色 / 红色 heavy-pollution warning. */
export type WarningLevel =
  /** Orange (橙色): AQI above 200 for 3 days or more, at least one above 300. */
  | 'ORANGE'
  /** Red (红色), the highest: AQI above 200 for 4 days or more with at least 2 above 300, or any day reaching 500. */
  | 'RED'
  /** Yellow (黄色), the lowest: forecast daily AQI above 200 for 2 days or more. */
  | 'YELLOW';

/** The warning level the national criteria (2019) give a forecast, and why. */
export type WarningSuggestion = {
  __typename?: 'WarningSuggestion';
  /** RED, ORANGE, YELLOW, or null for no warning. */
  level: Maybe<Scalars['String']['output']>;
  /** Which criterion gave the level (days above 200, 300 or reaching 500), or why none applies. */
  reason: Scalars['String']['output'];
};
