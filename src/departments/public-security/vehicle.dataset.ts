import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from "type-graphql";
import { groupByKey, loader, type HubContext } from "../../common/context.js";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { badInput } from "../../common/errors.js";
import { EmissionStage } from "../../common/graphql-enums.js";
import { checkPlate, plateKind } from "../../shared/identifiers/index.js";
import { checkResidentId } from "../../shared/identifiers/resident-id.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionScope } from "../../common/region-scope.js";
import { regionByCode } from "../../shared/regions.data.js";
import { Shared, SharingMask } from "../../common/sharing.js";
import type { SubgraphParts } from "../../common/federation.js";

export const PlateColor = defineEnum(
  "PlateColor",
  {
    BLUE: "Blue (蓝牌): small vehicles.",
    YELLOW: "Yellow (黄牌): large vehicles (trucks, buses).",
    GREEN: "Green gradient (渐变绿牌): small new-energy vehicles.",
    YELLOW_GREEN: "Yellow-green (黄绿牌): large new-energy vehicles.",
    WHITE: "White (白牌): police and other official vehicles.",
    BLACK: "Black (黑牌): foreign-owned and cross-border vehicles.",
  }, "GREEN is small new-energy, YELLOW_GREEN large new-energy.");
export type PlateColor = EnumOf<typeof PlateColor>;

export const VehicleType = defineEnum(
  "VehicleType",
  {
    HEAVY_TRUCK: "Heavy truck (重型货车).",
    MEDIUM_TRUCK: "Medium truck (中型货车).",
    LIGHT_TRUCK: "Light truck (轻型货车).",
    BUS: "Bus or coach (客车).",
    CAR: "Passenger car (小型、微型载客汽车).",
    SPECIAL: "Special-purpose vehicle (专项作业车).",
  },
  "The registered vehicle type (车辆类型).",
);
export type VehicleType = EnumOf<typeof VehicleType>;

export const Fuel = defineEnum(
  "Fuel",
  {
    DIESEL: "Diesel (柴油).",
    GASOLINE: "Gasoline (汽油).",
    NATURAL_GAS: "Natural gas, compressed or liquefied (天然气).",
    ELECTRIC: "Pure electric (纯电动); emission stage NONE.",
    HYBRID: "Hybrid (混合动力).",
    HYDROGEN: "Hydrogen fuel cell (燃料电池).",
  },
  "The registered fuel (燃料种类).",
);
export type Fuel = EnumOf<typeof Fuel>;

// shared with the environment department's gate records, which record the stage a truck showed at a gate
export { EmissionStage };

export const VehicleStatus = defineEnum(
  "VehicleStatus",
  {
    ACTIVE: "Registered and allowed on the road (正常).",
    SCRAPPED: "Scrapped (报废).",
    DEREGISTERED: "Deregistered for another reason (注销).",
    SEIZED: "Seized by the authorities (查封/扣押).",
  },
  "The registration's status (机动车状态).",
);
export type VehicleStatus = EnumOf<typeof VehicleStatus>;

export const VehicleUse = defineEnum(
  "VehicleUse",
  {
    OPERATING_FREIGHT: "Commercial freight (营运货运).",
    OPERATING_PASSENGER: "Commercial passenger transport (营运客运).",
    NON_OPERATING: "Not for hire (非营运).",
    BUS_TRANSIT: "Public bus (公交客运).",
    TAXI: "Taxi (出租客运).",
    SPECIAL_PURPOSE: "Special purpose (专用), e.g. sanitation or engineering.",
  }, "使用性质 of the registration.");
export type VehicleUse = EnumOf<typeof VehicleUse>;

/** Stages in order of stringency, for "CN3 and below" questions; NONE (pure electric) is outside it. */
export const STAGE_ORDER: EmissionStage[] = ["CN1", "CN2", "CN3", "CN4", "CN5", "CN6A", "CN6B"] as EmissionStage[];

const COLOR_FOR_KIND: Record<string, PlateColor[]> = {
  NEW_ENERGY_SMALL: [PlateColor.GREEN],
  NEW_ENERGY_LARGE: [PlateColor.YELLOW_GREEN],
  ORDINARY: [PlateColor.BLUE, PlateColor.YELLOW, PlateColor.WHITE, PlateColor.BLACK],
};

export const vehicles = defineDataset({
  dataset: Dataset.VEHICLES,
  sharing: "OPEN",
  catalogue: "Vehicle registrations (plate, type, fuel, emission stage); owner data is RESTRICTED.",
  name: "Vehicle",
  description: "A registered motor vehicle (public security), keyed by VIN; the plate is looked up.",
  directives: ['@key(fields: "vin")'],
  table: "public_security.vehicles",
  key: ["vin"],
  fields: {
    vin: { type: "ID", description: "17-character VIN (GB 16735).", input: "17-character VIN (checked).", check: (c, v: string | null) => c.vin("vin", v) },
    plate: {
      type: "String",
      nullable: true,
      description: "The plate assigned now; null when none is.",
      input: "The plate assigned now (checked); a change closes the old (plate, vin) period and opens a new one.",
      check: (c, v: string | null) => (v ? c.plate("plate", v) : null),
    },
    plateColor: {
      description: "The plate's colour: blue, yellow, green (new energy), yellow-green (large new energy), white or black.",
      type: "String",
      enum: PlateColor,
     
      check(c, v: string | null, _v, _r, { plate }) {
        const color = c.enumValue("plateColor", v, Object.values(PlateColor));
        const kind = plate ? plateKind(plate as string) : null;
        if (kind && color && !COLOR_FOR_KIND[kind].includes(color)) {
          c.error("plateColor", "BAD_FORMAT", `a ${kind.toLowerCase().replace(/_/g, " ")} plate is ${COLOR_FOR_KIND[kind].join(" or ")}, not ${color}`);
        }
        return color;
      },
    },
    vehicleType: { type: "String", description: "The registered vehicle type (车辆类型): truck by weight class, bus, car or special-purpose.", enum: VehicleType },
    fuel: { type: "String", description: "The registered fuel (燃料种类).", enum: Fuel },
    emissionStage: {
      description: "The emission standard of the registration: CN1 … CN6B (国一 … 国六b), NONE for pure electric.",
      type: "String",
      enum: EmissionStage,
      input: "CN1 … CN6B; NONE only for pure electric.",
      check(c, v: string | null, _v, _r, { fuel }) {
        const stage = c.enumValue("emissionStage", v, Object.values(EmissionStage));
        if (stage === EmissionStage.NONE && fuel && fuel !== Fuel.ELECTRIC) c.error("emissionStage", "BAD_FORMAT", `emission stage NONE is for pure electric vehicles; a ${fuel as string} vehicle has a stage CN1…CN6B`);
        if (fuel === Fuel.ELECTRIC && stage && stage !== EmissionStage.NONE) c.error("emissionStage", "BAD_FORMAT", "a pure electric vehicle has emission stage NONE");
        return stage;
      },
    },
    use: { type: "String", description: "What the vehicle is registered to be used for (使用性质): commercial freight or passengers, private, bus, taxi, special purpose.", enum: VehicleUse },
    registeredOn: { type: "Date", description: "The day the vehicle was first registered.", input: "YYYY-MM-DD, not in the future.", check: (c, v: string | null, { today }) => c.date("registeredOn", v, { notAfter: today }) },
    regionCode: {
      type: "String",
      hidden: true,
      input: "The registering region (GB/T 2260).",
      check(c, v: string | null) {
        const region = c.region("regionCode", v);
        if (region && regionByCode(region)?.level === "PROVINCE") c.error("regionCode", "BAD_FORMAT", "register a vehicle in a city or county, not the province");
        return region;
      },
    },
    status: { type: "String", description: "The registration's status: active, scrapped, deregistered or seized.", enum: VehicleStatus },
    // personal data: the masked field resolvers below show them; exported as they answer (an empty value is
    // none), masked for others by their declarations there
    ownerName: { type: "String", hidden: true, exported: (c) => `nullif(${c}, '')`, nullable: true, input: "Personal data: stored, shown only to public security.", check: (c, v: string | null) => (v ? c.text("ownerName", v, 100) : null) },
    ownerIdNumber: {
      type: "String",
      hidden: true,
      exported: (c) => `nullif(${c}, '')`,
      nullable: true,
      input: "Resident identity number (checked); personal data.",
      check(c, v: string | null) {
        if (!v) return null;
        const id = checkResidentId(v);
        return id.valid ? id.normalized : c.error("ownerIdNumber", id.code!, `ownerIdNumber: ${id.message}`);
      },
    },
  },
  computed: {
    region: { type: () => RegionRef, description: "The city or county where the vehicle is registered.", get: (v: { regionCode: string }) => regionRef(v.regionCode) },
  },
  list: {
    query: "vehicles",
    description: "Registered vehicles, ordered by VIN.",
    order: ["vin"],
    filters: {
      regionCode: { type: "ID", description: "Registration region; its subregions are included.", where: (code: string) => ({ regionCode: { $in: regionScope(code) } }) },
      emissionStage: { type: "String", enum: EmissionStage },
      vehicleType: { type: "String", enum: VehicleType },
      fuel: { type: "String", enum: Fuel },
      status: { type: "String", enum: VehicleStatus },
      use: { type: "String", enum: VehicleUse },
    },
  },
  byKey: { query: "vehicle", normalize: (vin) => vin.trim().toUpperCase() },
  contribution: {
    mutation: "contributeVehicles",
    description: "Contributes vehicle registrations (public security only); upserts by VIN; a new plate closes the old (plate, vin) period.",
    input: "One vehicle registration. Enums and dates are strings so a bad value rejects its row, not the batch.",
    uniqueInBatch: [{ column: "plate", field: "plate" }],
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
  },
});

export const Vehicle = vehicles.entity;
export type Vehicle = Row<typeof vehicles>;

/** Derived from the registrations (afterWrite above), never contributed: shared with them. */
@Shared(Dataset.VEHICLES)
@ObjectType({ description: "A plate assigned to a vehicle for a period; plates are re-issued, so the VIN is the key." })
@Entity({ tableName: "plate_registrations", schema: "public_security" })
export class PlateRegistration {
  @Field({ description: "The licence plate, e.g. 豫A12345." })
  @PrimaryKey({ type: "text" })
  plate!: string;

  @Field({ description: "Start of the assignment." })
  @PrimaryKey({ fieldName: "valid_from", type: "timestamptz" })
  validFrom!: Date;

  @Field(() => ID, { description: "VIN of the vehicle the plate was assigned to." })
  @Property({ type: "text" })
  vin!: string;

  @Field(() => Date, { nullable: true, description: "End of the assignment; null while current." })
  @Property({ fieldName: "valid_to", type: "timestamptz", nullable: true })
  validTo!: Date | null;
}

const platesOfVehicleLoader = (ctx: HubContext) =>
  loader<string, PlateRegistration[]>(ctx, "ps.platesOfVehicle", async (vins) =>
    groupByKey(vins, await ctx.em.find(PlateRegistration, { vin: { $in: [...vins] } }, { orderBy: { validFrom: "asc" } }), (p) => p.vin),
  );

@Resolver(() => Vehicle)
export class VehicleResolver {
  @Query(() => Vehicle, { nullable: true, description: "The vehicle a plate was assigned to at an instant (default now); plates are re-issued." })
  async vehicleByPlate(
    @Arg("plate", { description: "A licence plate (GA 36-2018), e.g. 豫A12345; checked, then upper-cased." }) plate: string,
    @Arg("at", () => Date, { nullable: true, description: "The instant the plate was seen; default now." }) at: Date | undefined, @Ctx() ctx: HubContext): Promise<Vehicle | null> {
    const check = checkPlate(plate);
    if (!check.valid) throw badInput(`plate: ${check.message}`, { argument: "plate", validationCode: check.code });
    const instant = at ?? new Date();
    const reg = await ctx.em.findOne(PlateRegistration, { plate: check.normalized!, validFrom: { $lte: instant }, $or: [{ validTo: null }, { validTo: { $gt: instant } }] });
    return reg ? vehicles.loader(ctx).load(reg.vin) : null;
  }

  // Personal data: RESTRICTED whatever the dataset's class; the sharing layer masks it for other departments.
  @Shared(Dataset.VEHICLES, { mask: SharingMask.NAME })
  @FieldResolver(() => String, { nullable: true, description: "The owner's name: public security sees it; everyone else the family name only (张*)." })
  ownerName(@Root() v: Vehicle): string | null {
    return v.ownerName || null;
  }

  @Shared(Dataset.VEHICLES, { mask: SharingMask.ID_NUMBER })
  @FieldResolver(() => String, { nullable: true, description: "The owner's identity number: public security sees it; everyone else 4101**********1234." })
  ownerIdNumber(@Root() v: Vehicle): string | null {
    return v.ownerIdNumber || null;
  }

  // Old versions say who owned the vehicle when: personal data with no useful mask, so owner only.
  @Shared(Dataset.VEHICLES, { mask: null })
  @FieldResolver(() => [RecordVersion], { nullable: true, description: "Every version of this registration, oldest first (public security only: the versions carry owner data)." })
  history(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, vehicles.contribution).load([v.vin]);
  }

  @FieldResolver(() => [PlateRegistration], { description: "Every plate the vehicle has carried, oldest first." })
  plateHistory(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return platesOfVehicleLoader(ctx).load(v.vin);
  }
}

export const parts: SubgraphParts = { resolvers: [VehicleResolver], entities: [PlateRegistration] };
