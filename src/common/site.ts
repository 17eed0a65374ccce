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

/** The words of the fields every site has: the interface's and each kind's own declaration use them. */
export const SITE_FIELDS = {
  code: "Department-assigned code, unique within its kind.",
  name: "The site's name as registered.",
  kind: "Which kind of site this is, and so which department registers it.",
  region: "The county (or city) the site is in.",
  latitude: "WGS 84 latitude, in degrees.",
  longitude: "WGS 84 longitude, in degrees.",
} as const;

/**
 * The `Site` interface, declared by each subgraph that registers a kind of site. It is a factory because
 * `region` must point at the subgraph's own `Region` class (the full entity in environment, a key stub
 * elsewhere), and because implementations must not leak into other subgraphs' schemas.
 */
export function siteInterface(regionType: ClassType) {
  @Envelope()
  @InterfaceType("Site", { description: "A place a department registers: a monitoring station, construction site, filling station or checkpoint.", autoRegisterImplementations: false })
  abstract class Site {
    @Field(() => ID, { description: SITE_FIELDS.code })
    code!: string;

    @Field({ description: SITE_FIELDS.name })
    name!: string;

    @Field(() => SiteKind, { description: SITE_FIELDS.kind })
    kind!: SiteKind;

    @Field(() => regionType, { description: SITE_FIELDS.region })
    region!: unknown;

    @Field(() => Float, { description: SITE_FIELDS.latitude })
    latitude!: number;

    @Field(() => Float, { description: SITE_FIELDS.longitude })
    longitude!: number;
  }
  return Site;
}
