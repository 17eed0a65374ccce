/**
 * The dashboard's operations. Three requests fill the page: the cities' ranking with each city's
 * progress against the plan's targets (one request, under the hub's cost limit), the year's warnings with
 * their listed enterprises and verdicts, and, per chosen city, its daily AQIs for the calendar.
 * Every figure and every status shown is the API's: the page only draws them.
 */

/** The four indicators shown as bars, as the API's Metric enum names them. */
export const BAR_METRICS = ["PM25_MEAN", "PM10_MEAN", "GOOD_DAY_RATIO", "HEAVY_POLLUTION_DAY_RATIO"] as const;
export type BarMetric = (typeof BAR_METRICS)[number];

/** The AirQualitySummary field of each bar metric: the figure shown when no target applies. */
export const SUMMARY_FIELD: Record<BarMetric, "pm25Mean" | "pm10Mean" | "goodDayRatio" | "heavyPollutionDayRatio"> = {
  PM25_MEAN: "pm25Mean",
  PM10_MEAN: "pm10Mean",
  GOOD_DAY_RATIO: "goodDayRatio",
  HEAVY_POLLUTION_DAY_RATIO: "heavyPollutionDayRatio",
};

export type TargetStatus = "MET" | "ON_TRACK" | "AT_RISK" | "MISSED" | "NO_DATA";
export type AqiCategory = "EXCELLENT" | "GOOD" | "LIGHT" | "MODERATE" | "HEAVY" | "SEVERE";
export type WarningLevel = "YELLOW" | "ORANGE" | "RED";
export type ComplianceVerdict = "COMPLIANT" | "SUSPECT" | "NOT_ASSESSED" | "NO_DATA";

export interface RegionName {
  code: string;
  name: string;
  nameEn: string;
}

export interface TargetProgress {
  metric: string;
  period: string;
  comparison: "AT_MOST" | "AT_LEAST";
  target: number;
  actual: number | null;
  unit: string;
  status: TargetStatus;
  targetRegion: RegionName & { level: "PROVINCE" | "CITY" | "COUNTY" };
}

export interface CityRankRow {
  rank: number | null;
  compositeIndex: number | null;
  region: RegionName & { targetProgress: TargetProgress[] };
  airQuality: {
    pm25Mean: number | null;
    pm10Mean: number | null;
    goodDayRatio: number | null;
    heavyPollutionDayRatio: number | null;
    missingReason: string | null;
  };
}

export const OVERVIEW = /* GraphQL */ `
  query DashboardOverview($year: Int!, $from: Date!, $to: Date!) {
    cityRanking(from: $from, to: $to) {
      rank
      compositeIndex
      region {
        code
        name
        nameEn
        targetProgress(year: $year) {
          metric
          period
          comparison
          target
          actual
          unit
          status
          targetRegion {
            code
            name
            nameEn
            level
          }
        }
      }
      airQuality {
        pm25Mean
        pm10Mean
        goodDayRatio
        heavyPollutionDayRatio
        missingReason
      }
    }
  }
`;

export interface DayAqi {
  date: string;
  aqi: number | null;
  category: AqiCategory | null;
  primaryPollutants: string[];
}

export const DAILY = /* GraphQL */ `
  query DashboardDaily($code: ID!, $from: Date!, $to: Date!) {
    region(code: $code) {
      code
      name
      nameEn
      dailyAirQuality(from: $from, to: $to) {
        date
        aqi
        category
        primaryPollutants
      }
    }
  }
`;

export interface ListedRow {
  creditCode: string;
  enterprise: { name: string } | null;
  measure: { kind: "CUT" | "HALT" | "SELF_DETERMINED"; reduction: number | null };
  owedCut: number | null;
  selfDetermined: boolean;
  /** absent when the signed-in department may not read the electricity evidence */
  verdict?: ComplianceVerdict | null;
  electricity?: { cut: number | null } | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface WarningRow {
  id: string;
  level: WarningLevel;
  startsAt: string;
  endsAt: string | null;
  liftedAt: string | null;
  reason: string;
  region: RegionName;
  listedEnterprises: { totalCount: number; pageInfo: PageInfo; edges: { node: ListedRow }[] };
}

/** Rows of a page of the warnings and of their lists; small pages keep each request under the cost limit. */
export const WARNINGS_PAGE = 20;
export const LISTED_PAGE = 50;

const LISTED_FIELDS = (verdicts: boolean) => `
  creditCode
  enterprise { name }
  measure { kind reduction }
  owedCut
  selfDetermined
  ${verdicts ? "verdict electricity { cut }" : ""}
`;

/**
 * The warnings with their lists; with `verdicts`, also each firm's electricity verdict (the grid company's
 * CONDITIONAL data: a department without the grant asks again without it).
 */
export function warningsQuery(verdicts: boolean): string {
  return /* GraphQL */ `
    query DashboardWarnings($after: String, $first: Int!, $listed: Int!) {
      warnings(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id
            level
            startsAt
            endsAt
            liftedAt
            reason
            region { code name nameEn }
            listedEnterprises(first: $listed) {
              totalCount
              pageInfo { hasNextPage endCursor }
              edges { node { ${LISTED_FIELDS(verdicts)} } }
            }
          }
        }
      }
    }
  `;
}

/** The rest of one warning's list, past the first page. */
export function listedQuery(verdicts: boolean): string {
  return /* GraphQL */ `
    query DashboardWarningListed($id: ID!, $after: String, $listed: Int!) {
      warning(id: $id) {
        listedEnterprises(first: $listed, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { ${LISTED_FIELDS(verdicts)} } }
        }
      }
    }
  `;
}
