import divisions from "./gbt2260-henan.json";

/**
 * GB/T 2260 administrative divisions of Henan: the province, its 17 prefecture-level cities plus the
 * Jiyuan demonstration zone, and their counties, county-level cities and districts. Codes are the current
 * ones (after the 2021 Luoyang reorganisation); development zones (41xx7x) are statistical codes, not
 * GB/T 2260, and are deliberately absent. The divisions are reference data, kept as data in
 * gbt2260-henan.json; this module builds the lookups over them.
 */

export type RegionLevel = "PROVINCE" | "CITY" | "COUNTY";

/** The plan sets different targets for these groups of cities. */
export type CityGroup = "TRANSMISSION_CHANNEL" | "FENWEI" | "OTHER";

export interface RegionRecord {
  code: string;
  name: string;
  /** pinyin */
  nameEn: string;
  level: RegionLevel;
  parentCode: string | null;
  /** cities only, else null */
  group: CityGroup | null;
  /** issuing-authority letters of the city's plates (豫A …); cities only, else [] */
  plateLetters: string[];
}

export const HENAN_PROVINCE_CODE = divisions.province.code;

function freezeRecord(record: RegionRecord): RegionRecord {
  Object.freeze(record.plateLetters);
  return Object.freeze(record);
}

function buildRegions(): readonly RegionRecord[] {
  const { province } = divisions;
  const records = [freezeRecord({ ...province, level: "PROVINCE", parentCode: null, group: null, plateLetters: [] })];
  for (const { counties, ...city } of divisions.cities) {
    records.push(freezeRecord({ ...city, group: city.group as CityGroup, level: "CITY", parentCode: province.code }));
    for (const [code, name, nameEn] of counties) {
      records.push(freezeRecord({ code, name, nameEn, level: "COUNTY", parentCode: city.code, group: null, plateLetters: [] }));
    }
  }
  return Object.freeze(records);
}

export const REGIONS: readonly RegionRecord[] = buildRegions();

/**
 * Codes withdrawn from GB/T 2260 by recent reorganisations. Old records and credit codes issued before
 * the change still carry them, so a check can say what replaced the code instead of just "unknown".
 */
export interface RetiredRegionCode {
  code: string;
  name: string;
  replacedBy: string;
  year: number;
}

export const RETIRED_REGION_CODES: ReadonlyMap<string, RetiredRegionCode> = new Map(
  divisions.retired.map(([code, name, replacedBy, year]) => [
    String(code),
    Object.freeze({ code: String(code), name: String(name), replacedBy: String(replacedBy), year: Number(year) }),
  ]),
);

const BY_CODE: ReadonlyMap<string, RegionRecord> = new Map(REGIONS.map((region) => [region.code, region]));

const CHILDREN: ReadonlyMap<string, readonly RegionRecord[]> = (() => {
  const children = new Map<string, RegionRecord[]>();
  for (const region of REGIONS) {
    if (region.parentCode === null) continue;
    const siblings = children.get(region.parentCode);
    if (siblings) siblings.push(region);
    else children.set(region.parentCode, [region]);
  }
  for (const list of children.values()) Object.freeze(list);
  return children;
})();

const NO_REGIONS: readonly RegionRecord[] = Object.freeze([]);

export function regionByCode(code: string): RegionRecord | undefined {
  return BY_CODE.get(code);
}

export function isKnownRegionCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** Direct children: the cities of a province, the counties and districts of a city. */
export function childrenOf(code: string): readonly RegionRecord[] {
  return CHILDREN.get(code) ?? NO_REGIONS;
}

export function citiesOf(provinceCode: string = HENAN_PROVINCE_CODE): readonly RegionRecord[] {
  return childrenOf(provinceCode).filter((region) => region.level === "CITY");
}

/** The city a county belongs to, the city itself for a city; undefined for the province or an unknown code. */
export function cityOf(code: string): RegionRecord | undefined {
  const region = BY_CODE.get(code);
  if (!region) return undefined;
  if (region.level === "CITY") return region;
  if (region.level === "COUNTY" && region.parentCode !== null) return BY_CODE.get(region.parentCode);
  return undefined;
}
