import { Field, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { plateKind } from "../../common/identifiers/index.js";
import { checkResidentId } from "../../common/identifiers/resident-id.js";
import { regionByCode } from "../../common/regions.data.js";
import { EmissionStage, Fuel, PlateColor, VehicleStatus, VehicleType, VehicleUse } from "./vehicle.entity.js";

@InputType({ description: "One vehicle registration. Enums and dates are strings so a bad value rejects its row, not the batch." })
export class VehicleInput {
  @Field(() => String, { nullable: true, description: "17-character VIN (checked)." }) vin?: string | null;
  @Field(() => String, { nullable: true, description: "The plate assigned now (checked); a change closes the old (plate, vin) period and opens a new one." }) plate?: string | null;
  @Field(() => String, { nullable: true, description: "BLUE, YELLOW, GREEN, YELLOW_GREEN, WHITE or BLACK." }) plateColor?: string | null;
  @Field(() => String, { nullable: true }) vehicleType?: string | null;
  @Field(() => String, { nullable: true }) fuel?: string | null;
  @Field(() => String, { nullable: true, description: "CN1 … CN6B; NONE only for pure electric." }) emissionStage?: string | null;
  @Field(() => String, { nullable: true, description: "OPERATING_FREIGHT, OPERATING_PASSENGER, NON_OPERATING, BUS_TRANSIT, TAXI or SPECIAL_PURPOSE." }) use?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, not in the future." }) registeredOn?: string | null;
  @Field(() => String, { nullable: true, description: "The registering region (GB/T 2260)." }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) status?: string | null;
  @Field(() => String, { nullable: true, description: "Personal data: stored, shown only to public security." }) ownerName?: string | null;
  @Field(() => String, { nullable: true, description: "Resident identity number (checked); personal data." }) ownerIdNumber?: string | null;
}

const COLOR_FOR_KIND: Record<string, PlateColor[]> = {
  NEW_ENERGY_SMALL: [PlateColor.GREEN],
  NEW_ENERGY_LARGE: [PlateColor.YELLOW_GREEN],
  ORDINARY: [PlateColor.BLUE, PlateColor.YELLOW, PlateColor.WHITE, PlateColor.BLACK],
};

export const vehicleContribution: ContributionSpec<VehicleInput> = {
  dataset: Dataset.VEHICLES,
  table: "public_security.vehicles",
  key: ["vin"],
  columns: [
    { name: "vin", type: "text" },
    { name: "plate", type: "text" },
    { name: "plate_color", type: "text" },
    { name: "vehicle_type", type: "text" },
    { name: "fuel", type: "text" },
    { name: "emission_stage", type: "text" },
    { name: "use", type: "text" },
    { name: "registered_on", type: "date" },
    { name: "region_code", type: "text" },
    { name: "status", type: "text" },
    { name: "owner_name", type: "text" },
    { name: "owner_id_number", type: "text" },
  ],
  uniqueInBatch: [{ column: "plate", field: "plate" }],
  validate(r, c, v) {
    const plate = r.plate ? c.plate("plate", r.plate) : null;
    const color = c.enumValue("plateColor", r.plateColor, Object.values(PlateColor));
    const kind = plate ? plateKind(plate) : null;
    if (kind && color && !COLOR_FOR_KIND[kind].includes(color)) {
      c.error("plateColor", "BAD_FORMAT", `a ${kind.toLowerCase().replace(/_/g, " ")} plate is ${COLOR_FOR_KIND[kind].join(" or ")}, not ${color}`);
    }
    const fuel = c.enumValue("fuel", r.fuel, Object.values(Fuel));
    const stage = c.enumValue("emissionStage", r.emissionStage, Object.values(EmissionStage));
    if (stage === EmissionStage.NONE && fuel && fuel !== Fuel.ELECTRIC) c.error("emissionStage", "BAD_FORMAT", `emission stage NONE is for pure electric vehicles; a ${fuel} vehicle has a stage CN1…CN6B`);
    if (fuel === Fuel.ELECTRIC && stage && stage !== EmissionStage.NONE) c.error("emissionStage", "BAD_FORMAT", "a pure electric vehicle has emission stage NONE");
    const region = c.region("regionCode", r.regionCode);
    if (region && regionByCode(region)?.level === "PROVINCE") c.error("regionCode", "BAD_FORMAT", "register a vehicle in a city or county, not the province");
    let ownerId: string | null = null;
    if (r.ownerIdNumber) {
      const id = checkResidentId(r.ownerIdNumber);
      if (id.valid) ownerId = id.normalized;
      else c.error("ownerIdNumber", id.code!, `ownerIdNumber: ${id.message}`);
    }
    const ownerName = r.ownerName ? c.text("ownerName", r.ownerName, 100) : null;
    return [
      c.vin("vin", r.vin),
      plate,
      color,
      c.enumValue("vehicleType", r.vehicleType, Object.values(VehicleType)),
      fuel,
      stage,
      c.enumValue("use", r.use, Object.values(VehicleUse)),
      c.date("registeredOn", r.registeredOn, { notAfter: v.today }),
      region,
      c.enumValue("status", r.status, Object.values(VehicleStatus)),
      ownerName,
      ownerId,
    ];
  },
  // Plates are re-issued: keep (plate, vin, from, to) in step with the registrations just written.
  afterWrite: async (client) => {
    await client.query(`update public_security.plate_registrations r set valid_to = now()
                          from contribution_stage s where r.vin = s.vin and r.valid_to is null and r.plate is distinct from s.plate`);
    await client.query(`update public_security.plate_registrations r set valid_to = now()
                          from contribution_stage s where r.plate = s.plate and r.valid_to is null and r.vin <> s.vin`);
    await client.query(`insert into public_security.plate_registrations (plate, valid_from, vin, valid_to)
      select s.plate,
             greatest((s.registered_on::text || 'T00:00:00+08:00')::timestamptz,
                      coalesce((select max(valid_to) from public_security.plate_registrations p where p.plate = s.plate), '-infinity'),
                      coalesce((select max(valid_to) from public_security.plate_registrations p where p.vin = s.vin), '-infinity')),
             s.vin, null
        from contribution_stage s
       where s.plate is not null
         and not exists (select 1 from public_security.plate_registrations r where r.vin = s.vin and r.plate = s.plate and r.valid_to is null)`);
  },
};
