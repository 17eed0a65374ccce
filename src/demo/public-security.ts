import { residentIdCheckChar } from "../shared/identifiers/resident-id.js";
import { childrenOf, citiesOf } from "../shared/regions.data.js";
import { entryPermits } from "../departments/public-security/entry-permit.dataset.js";
import { passages as passageDataset } from "../departments/public-security/passage.dataset.js";
import type { DemoData, DemoTable } from "./demo.types.js";
import type { Random } from "./random.js";
import { demoTable, isOldStage, isTruck, pad } from "./table.js";

const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
const GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "华", "建国", "志强", "海燕", "红梅"];

/** A made-up vehicle owner with a well-formed identity number of the owner's city. */
export function person(r: Random, cityCode: string): { name: string; idNumber: string } {
  const counties = childrenOf(cityCode);
  const region = counties.length ? r.pick(counties).code : cityCode;
  const birth = `${r.int(1960, 2000)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}`;
  const first17 = `${region}${birth}${pad(r.int(0, 999), 3)}`;
  return { name: r.pick([...SURNAMES]) + r.pick(GIVEN), idNumber: first17 + residentIdCheckChar(first17) };
}

/**
 * Entry permits and a month (December 2021) of checkpoint passages: trucks of every city cross other
 * cities' checkpoints; most newer trucks entering a city hold its permit, while some 国三 trucks enter
 * without one (what the high-emission-truck report looks for); a few plates are unregistered.
 */
export function publicSecurityDemoTables(r: Random, vehicles: DemoData["vehicles"]): DemoTable[] {
  const cities = citiesOf().map((c) => c.code);
  const trucks = vehicles.filter((v) => isTruck(v) && v.status === "ACTIVE" && v.use === "OPERATING_FREIGHT");
  const permits: unknown[][] = [];
  const visits: { vin: string; plate: string; city: string }[] = [];
  trucks.forEach((v, i) => {
    const old = v.fuel === "DIESEL" && isOldStage(v.emissionStage);
    // each truck serves its own city and one or two others
    const served = [v.regionCode, cities[(i * 7 + 3) % cities.length], ...(i % 3 === 0 ? [cities[(i * 11 + 5) % cities.length]] : [])];
    for (const city of [...new Set(served)]) {
      visits.push({ vin: v.vin, plate: v.plate, city });
      const permitted = old ? r.next() < 0.3 : r.next() < 0.85;
      if (permitted) {
        permits.push([`TX${city}${pad(permits.length + 1, 5)}`, v.vin, city, "2021-01-01", "2021-12-31", JSON.stringify(["绕城高速以内"]), old && r.next() < 0.3 ? "REVOKED" : "VALID"]);
      }
    }
  });

  const passages: unknown[][] = [];
  const seen = new Set<string>();
  const start = Date.UTC(2021, 10, 30, 16); // 2021-12-01T00:00+08:00
  for (let day = 0; day < 31; day++) {
    for (const visit of visits) {
      if (r.next() > 0.35) continue;
      const checkpoint = `KK${visit.city}${pad(r.int(1, 3))}`;
      const inAt = start + day * 86_400_000 + r.int(5 * 60, 20 * 60) * 60_000 + r.int(0, 59) * 1000;
      for (const [at, direction] of [[inAt, "INBOUND"], [inAt + r.int(2, 9) * 3_600_000, "OUTBOUND"]] as const) {
        const key = `${checkpoint}|${visit.plate}|${at}`;
        if (seen.has(key) || at >= Date.UTC(2021, 11, 31, 16)) continue;
        seen.add(key);
        passages.push([checkpoint, new Date(at).toISOString(), visit.plate, direction, visit.vin]);
      }
    }
  }
  // plates no registration knows (cloned or foreign plates): the hub records them without a VIN
  for (let k = 0; k < 40; k++) {
    const city = r.pick(cities);
    passages.push([`KK${city}0${r.int(1, 3)}`, new Date(start + r.int(0, 30) * 86_400_000 + r.int(0, 86_399) * 1000).toISOString(), `豫AZ${String(9000 + k)}`, "INBOUND", null]);
  }

  return [demoTable(entryPermits, permits), demoTable(passageDataset, passages)];
}
