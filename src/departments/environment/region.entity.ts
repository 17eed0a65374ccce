import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";

export const RegionLevel = defineEnum(
  "RegionLevel",
  {
    PROVINCE: "The province of Henan (河南省, 410000).",
    CITY: "A prefecture-level city (省辖市) or the Jiyuan demonstration zone (419001).",
    COUNTY: "A county, county-level city or district (县/市/区) under a city.",
  },
  "A region's level in the GB/T 2260 hierarchy.",
);
export type RegionLevel = EnumOf<typeof RegionLevel>;

export const CityGroup = defineEnum(
  "CityGroup",
  {
    TRANSMISSION_CHANNEL: "Beijing-Tianjin-Hebei transmission-channel cities (京津冀大气污染传输通道): Zhengzhou, Kaifeng, Anyang, Hebi, Xinxiang, Jiaozuo, Puyang.",
    FENWEI: "Fenwei-plain cities (汾渭平原): Luoyang, Sanmenxia.",
    OTHER: "The other cities and Jiyuan.",
  },
  "The city groups the plan sets targets by: Beijing-Tianjin-Hebei transmission channel, Fenwei plain, the rest.",
);
export type CityGroup = EnumOf<typeof CityGroup>;

/** Reference data: kept in step with src/shared/regions.data.ts on every start (reference-data.ts), never contributed. */
export const regions = defineDataset({
  dataset: Dataset.REGIONS,
  sharing: "OPEN",
  catalogue: "Administrative regions of Henan (province, 18 cities, counties) with codes.",
  name: "Region",
  description: "An administrative region (GB/T 2260): the province, its cities, their counties and districts.",
  directives: ['@key(fields: "code")'],
  table: "environment.regions",
  key: ["code"],
  fields: {
    code: { type: "ID", description: "GB/T 2260 six-digit code, e.g. 410100 for Zhengzhou." },
    name: { type: "String", description: "Chinese name, e.g. 郑州市." },
    nameEn: { type: "String", description: "Pinyin name, e.g. Zhengzhou." },
    level: { type: "String", enum: RegionLevel, description: "Province, city or county, in the GB/T 2260 hierarchy." },
    parentCode: { type: "String", hidden: true, nullable: true },
    group: { type: "String", enum: CityGroup, column: "city_group", nullable: true, description: "For cities: the plan's target group." },
  },
});

export const Region = regions.entity;
export type Region = Row<typeof regions>;
