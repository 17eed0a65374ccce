import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionScope } from "../../common/region-scope.js";

export const EnterpriseStatus = defineEnum(
  "EnterpriseStatus",
  {
    ACTIVE: "In existence (存续): registered and trading.",
    REVOKED: "Business licence revoked (吊销) as a penalty.",
    CANCELLED: "Deregistered (注销): the enterprise no longer exists.",
  },
  "An enterprise's registration status: 存续 / 吊销 / 注销.",
);
export type EnterpriseStatus = EnumOf<typeof EnterpriseStatus>;

/** LIKE treats % and _ as wildcards: escape them so a name filter matches literally. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const enterprise = defineDataset({
  dataset: Dataset.ENTERPRISES,
  sharing: "OPEN",
  catalogue: "The enterprise registry: unified social credit code, name, region, industry.",
  name: "Enterprise",
  description: "A legal entity in the market-regulation registry, keyed by its unified social credit code.",
  directives: ['@key(fields: "creditCode")'],
  table: "market_regulation.enterprises",
  key: ["creditCode"],
  fields: {
    creditCode: {
      type: "ID",
      description: "18-character unified social credit code (GB 32100-2015).",
      input: "Unified social credit code (checked).",
      check: (c, v: string | null) => c.creditCode("creditCode", v),
    },
    name: { type: "String", description: "The enterprise's registered name (企业名称).", input: "The registered name.", check: (c, v: string | null) => c.text("name", v) },
    regionCode: { type: "String", hidden: true, input: "GB/T 2260 code of the registering region (checked).", check: (c, v: string | null) => c.region("regionCode", v) },
    address: { type: "String", description: "The registered address (住所).", input: "The registered address, at most 500 characters.", check: (c, v: string | null) => c.text("address", v, 500) },
    industryCode: {
      type: "String",
      description: "GB/T 4754 industry code, e.g. 3011 (cement).",
      input: "GB/T 4754 industry code: 2 to 4 digits.",
      check(c, v: string | null) {
        const industryCode = c.text("industryCode", v, 4);
        if (industryCode !== null && !/^\d{2,4}$/.test(industryCode)) c.error("industryCode", "BAD_FORMAT", `industryCode ${industryCode} is not a GB/T 4754 code of 2 to 4 digits`);
        return industryCode;
      },
    },
    industryName: { type: "String", description: "The name of its GB/T 4754 industry (国民经济行业分类), e.g. 水泥制造.", input: "The industry's name.", check: (c, v: string | null) => c.text("industryName", v) },
    status: { type: "String", description: "The registration status: in existence (存续), licence revoked (吊销) or deregistered (注销).", enum: EnterpriseStatus },
    establishedOn: { type: "Date", description: "The day the enterprise was established (成立日期).", input: "YYYY-MM-DD, not in the future.", check: (c, v: string | null, { today }) => c.date("establishedOn", v, { notAfter: today }) },
  },
  computed: {
    region: { type: () => RegionRef, description: "The city or county where the enterprise is registered.", get: (e: { regionCode: string }) => regionRef(e.regionCode) },
  },
  list: {
    query: "enterprises",
    description: "The enterprise registry, ordered by credit code.",
    order: ["creditCode"],
    skipEmpty: true,
    filters: {
      regionCode: { type: "ID", description: "A region; its subregions are included.", where: (code: string) => ({ regionCode: { $in: regionScope(code) } }) },
      industryCode: {
        type: "String",
        description: "GB/T 4754 industry code; a prefix matches its subclasses (30 matches 3011).",
        where: (code: string) => ({ industryCode: { $like: `${likeLiteral(code)}%` } }),
      },
      nameContains: { type: "String", description: "Part of the registered name.", where: (part: string) => ({ name: { $like: `%${likeLiteral(part)}%` } }) },
      status: { type: "String", enum: EnterpriseStatus },
    },
  },
  byKey: { query: "enterprise", description: "One enterprise of the registry by its credit code; null when it is not registered.", normalize: (code) => code.trim().toUpperCase() },
  history: "Every version of this registry record, oldest first, the current one last.",
  contribution: {
    mutation: "contributeEnterprises",
    description: "Contributes enterprises of the registry (market regulation only); upserts by credit code.",
    input: "One enterprise of the registry. Dates and enums are strings so that a bad value rejects its row, not the batch.",
  },
});
export type Enterprise = Row<typeof enterprise>;
