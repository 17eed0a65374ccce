import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/common/paths.js";

/** The saved client operations, with variables that select demo rows. */
export const SAVED_OPERATION_VARIABLES: Record<string, Record<string, unknown>> = {
  AirQualityProgress: { year: 2021 },
  Cities: {},
  DustCity: { cityCode: "410100", from: "2021-03-01", to: "2021-05-31" },
  DustSiteExceedances: { regionCode: "410100", from: "2021-01-01", to: "2021-12-31", first: 20 },
  EmergencyCompliance: { warningId: "W2021-410100-02", first: 20 },
  // a job that is none (null), and a small export of OPEN data (the job runs after the answer)
  ExportJob: { id: "00000000-0000-4000-8000-000000000000" },
  RequestExport: { dataset: "CHECKPOINTS", format: "CSV" },
  FirePointDeductions: { year: 2021 },
  FirePoints: { from: "2021-01-01", to: "2021-12-31", first: 20 },
  FuelSamples: { from: "2021-01-01", to: "2021-12-31", first: 20 },
  FuelStations: { first: 20 },
  HighEmissionTrucks: { cityCode: "410100", from: "2021-01-01T00:00:00+08:00", to: "2021-12-31T00:00:00+08:00", first: 20 },
  Targets: {},
};

/** The saved client operations of schema/operations/, each with its variables above. */
export function savedOperations(): { name: string; source: string; variables: Record<string, unknown> }[] {
  const dir = path.join(projectRoot(), "schema", "operations");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .map((f) => {
      const name = f.replace(/\.graphql$/, "");
      return { name, source: fs.readFileSync(path.join(dir, f), "utf8"), variables: SAVED_OPERATION_VARIABLES[name] };
    });
}
