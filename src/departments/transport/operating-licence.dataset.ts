import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { Enterprise, Vehicle } from "./federated.js";

export const LicenceStatus = defineEnum(
  "LicenceStatus",
  {
    VALID: "In force: the vehicle may operate.",
    SUSPENDED: "Suspended for a time (暂停).",
    REVOKED: "Withdrawn (吊销).",
    EXPIRED: "Past its end date.",
  },
  "Whether a road transport operating licence (道路运输证) is in force.",
);
export type LicenceStatus = EnumOf<typeof LicenceStatus>;

export const operatingLicence = defineDataset({
  dataset: Dataset.OPERATING_LICENCES,
  sharing: "CONDITIONAL",
  catalogue: "Road transport operating licences of vehicles.",
  name: "OperatingLicence",
  description: "A road-transport operating licence (道路运输证) of a freight vehicle.",
  table: "transport.operating_licences",
  key: ["licenceNo"],
  fields: {
    licenceNo: { type: "ID", description: "The road transport operating licence number (道路运输证号).", check: (c, v: string | null) => c.code("licenceNo", v) },
    vin: { type: "ID", description: "VIN of the licensed vehicle.", input: "VIN of the licensed vehicle (checked).", check: (c, v: string | null) => c.vin("vin", v) },
    operatorCreditCode: { type: "String", hidden: true, input: "Credit code of the operator (checked).", check: (c, v: string | null) => c.creditCode("operatorCreditCode", v) },
    validTo: { type: "Date", description: "Last day the licence is valid, inclusive.", input: "YYYY-MM-DD.", check: (c, v: string | null) => c.date("validTo", v) },
    status: {
      description: "Whether the licence is in force, suspended, revoked or expired.",
      type: "String",
      enum: LicenceStatus,
     
      check(c, v: string | null, { today }, _row, { validTo }) {
        const status = c.enumValue("status", v, Object.values(LicenceStatus));
        if (status === LicenceStatus.VALID && typeof validTo === "string" && validTo < today) {
          c.error("validTo", "DATES_OUT_OF_ORDER", `a VALID licence cannot have expired on ${validTo}; send status EXPIRED or the new validTo`);
        }
        return status;
      },
    },
  },
  computed: {
    vehicle: { type: () => Vehicle, nullable: true, description: "The licensed vehicle; null when public security has not registered it.", get: (l: { vin: string }): Vehicle => ({ vin: l.vin }) },
    operator: {
      type: () => Enterprise,
      nullable: true,
      description: "The transport operator holding the licence; null when the registry does not know it.",
      get: (l: { operatorCreditCode: string }): Enterprise => ({ creditCode: l.operatorCreditCode }),
    },
  },
  indexes: [["vin"]],
  list: {
    query: "operatingLicences",
    description: "Operating licences, ordered by licence number.",
    nullable: true,
    order: ["licenceNo"],
    skipEmpty: true,
    filters: {
      operatorCreditCode: { type: "ID", description: "The operator's credit code." },
      status: { type: "String", enum: LicenceStatus },
    },
  },
  byKey: { query: "operatingLicence" },
  history: "Every version of this licence, oldest first.",
  contribution: {
    mutation: "contributeOperatingLicences",
    description: "Contributes operating licences (transport only); upserts by licence number.",
    input: "One road-transport operating licence.",
  },
});
export type OperatingLicence = Row<typeof operatingLicence>;
