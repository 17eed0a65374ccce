import { Field, Float, ID, InterfaceType, registerEnumType, type ClassType } from "type-graphql";
import { Envelope } from "./sharing.js";

export enum SiteKind {
  MONITORING_STATION = "MONITORING_STATION",
  CONSTRUCTION_SITE = "CONSTRUCTION_SITE",
  FUEL_STATION = "FUEL_STATION",
  CHECKPOINT = "CHECKPOINT",
}
registerEnumType(SiteKind, {
  name: "SiteKind",
  description: "The kind of a registered site; each kind is owned by one department.",
  valuesConfig: {
    MONITORING_STATION: { description: "An air-quality monitoring station (environment)." },
    CONSTRUCTION_SITE: { description: "A construction site under dust control (housing)." },
    FUEL_STATION: { description: "A filling station whose fuel is sampled (market regulation)." },
    CHECKPOINT: { description: "A traffic checkpoint recording vehicle passages (public security)." },
  },
});

/**
 * The `Site` interface, declared by each subgraph that registers a kind of site. It is a factory because
 * `region` must point at the subgraph's own `Region` class (the full entity in environment, a key stub
 * elsewhere), and because implementations must not leak into other subgraphs' schemas.
 */
export function siteInterface(regionType: ClassType) {
  @Envelope()
  @InterfaceType("Site", { description: "A place a department registers: a monitoring station, construction site, filling station or checkpoint.", autoRegisterImplementations: false })
  abstract class Site {
    @Field(() => ID, { description: "Department-assigned code, unique within its kind." })
    code!: string;

    @Field()
    name!: string;

    @Field(() => SiteKind)
    kind!: SiteKind;

    @Field(() => regionType)
    region!: unknown;

    @Field(() => Float, { description: "WGS 84 latitude." })
    latitude!: number;

    @Field(() => Float, { description: "WGS 84 longitude." })
    longitude!: number;
  }
  return Site;
}
