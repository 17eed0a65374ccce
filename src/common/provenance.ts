import { Property } from "@mikro-orm/core";
import { Field, ID, registerEnumType } from "type-graphql";
import { Department } from "../shared/departments.js";

registerEnumType(Department, {
  name: "Department",
  description: "A member department of the hub.",
  valuesConfig: {
    ENVIRONMENT: { description: "The Department of Ecology and Environment (生态环境厅): air quality, the plan's targets and warnings." },
    PUBLIC_SECURITY: { description: "The Department of Public Security (公安厅): vehicle registrations, checkpoints and their passages." },
    HOUSING: { description: "The Department of Housing and Urban-Rural Development (住房城乡建设厅): construction sites, dust, restaurant fumes." },
    TRANSPORT: { description: "The Department of Transport (交通运输厅): operating licences, repairs, truck phase-out, rail sidings." },
    AGRICULTURE: { description: "The Department of Agriculture and Rural Affairs (农业农村厅): straw-burning fire points, coal replacement." },
    MARKET_REGULATION: { description: "The Administration for Market Regulation (市场监管局): the enterprise registry, fuel and coal quality, vehicle inspection." },
    GRID: { description: "The power grid company (电力公司): electricity readings of enterprises, coal-to-electricity conversion." },
  },
});

/**
 * Provenance every contributed record carries: which department wrote its current version, in which
 * batch, when. Entities extend this so the columns and the GraphQL fields are declared once.
 */

export abstract class Contributed {
  @Field(() => Department, { description: "The department that contributed the current version." })
  @Property({ fieldName: "contributed_by", type: "text" })
  contributedBy!: Department;

  @Field(() => ID, { description: "The contribution batch that wrote the current version." })
  @Property({ fieldName: "batch_id", type: "text" })
  batchId!: string;

  @Field({ description: "When the current version was contributed." })
  @Property({ fieldName: "contributed_at", type: "timestamptz" })
  contributedAt!: Date;
}
