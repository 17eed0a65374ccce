import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { enterpriseRef, EnterpriseRef } from "../../common/references.js";

export const restaurantFumeMonitor = defineDataset({
  dataset: Dataset.RESTAURANT_FUME_MONITORS,
  sharing: "CONDITIONAL",
  catalogue: "Restaurant cooking-fume monitors and their readings.",
  name: "RestaurantFumeMonitor",
  description: "The online cooking-fume monitor (油烟在线监控) of a large restaurant: whether it reports.",
  table: "housing.restaurant_fume_monitors",
  key: ["creditCode"],
  fields: {
    creditCode: {
      type: "ID",
      description: "Credit code of the restaurant's enterprise.",
      input: "Credit code of the restaurant's enterprise (checked).",
      check: (c, v: string | null) => c.creditCode("creditCode", v),
    },
    online: {
      type: "Boolean",
      description: "The monitor is installed and connected.",
      input: "The monitor is installed and connected.",
      check: (c, v: boolean | null) => v ?? c.error("online", "REQUIRED", "online is required: true when the monitor is connected, false when not"),
    },
    lastDataAt: {
      type: "DateTime",
      nullable: true,
      description: "When the monitor last sent data; null when it never has.",
      input: "When the monitor last sent data: ISO 8601 with an offset, not in the future; absent when it never has.",
      // optional: only a time that was sent is checked
      check: (c, v: string | null, ctx) => (v?.trim() ? c.dateTime("lastDataAt", v, { notAfter: ctx.now }) : null),
    },
  },
  computed: {
    enterprise: {
      type: () => EnterpriseRef,
      nullable: true,
      description: "The restaurant's enterprise; null when the registry does not know it.",
      get: (m: { creditCode: string }) => enterpriseRef(m.creditCode),
    },
  },
  list: {
    query: "restaurantFumeMonitors",
    description: "Online cooking-fume monitors of large restaurants, ordered by credit code.",
    nullable: true,
    order: ["creditCode"],
    filters: {
      online: { type: "Boolean", description: "true: connected monitors only; false: offline ones only." },
    },
  },
  // credit codes are stored upper-case
  byKey: { query: "restaurantFumeMonitor", description: "The fume monitor of one restaurant, by its enterprise's credit code.", normalize: (code) => code.trim().toUpperCase() },
  history: "Every version of this monitor record, oldest first, the current one last.",
  contribution: {
    mutation: "contributeRestaurantFumeMonitors",
    description: "Contributes large restaurants' fume monitors (housing only); upserts by credit code.",
    input: "The online cooking-fume monitor of one large restaurant.",
  },
});
export type RestaurantFumeMonitor = Row<typeof restaurantFumeMonitor>;
