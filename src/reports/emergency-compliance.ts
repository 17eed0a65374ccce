import { EmergencyComplianceDocument } from "../client/index.js";
import { defineReport, fetchAll, isWithheld, ReportOptionError, tally, WITHHELD } from "./report.js";

/**
 * A warning's listed firms (`Warning.listedEnterprises`, paged): the measure owed at the warning's level and the
 * grid company's electricity evidence and verdict (rule in ComplianceVerdict). Sorted by gap (cut − owed),
 * the firms furthest short of their measure first; firms without a gap (not assessed, no data) last.
 */
export const emergencyCompliance = defineReport({
  name: "emergency-compliance",
  description: "a warning's listed firms: measure owed, electricity change against the baseline, verdict, by gap",
  options: { warning: { type: "string", description: "the warning's id, e.g. W2021-410100-01", required: true } },
  parameters({ warning }) {
    if (!warning) throw new ReportOptionError("--warning <id> is required");
    return { warning };
  },
  title: ({ warning }) => `Emergency-list compliance during warning ${warning}`,
  async items(client, { warning: warningId }, notes) {
    let where = "";
    const listed = await fetchAll(
      client,
      EmergencyComplianceDocument,
      { warningId },
      (d) => {
        if (!d.warning) throw new ReportOptionError(`no warning ${warningId}`);
        const w = d.warning;
        where = `${w.level} warning in ${w.region.name} (${w.region.code}) from ${w.startsAt} to ${w.liftedAt ?? w.endsAt ?? "open"}`;
        return d.warning.listedEnterprises;
      },
      notes,
    );
    listed.sort((a, b) => {
      const [ga, gb] = [a.electricity?.gap ?? null, b.electricity?.gap ?? null];
      if (ga === null || gb === null) return ga === gb ? a.creditCode.localeCompare(b.creditCode) : ga === null ? 1 : -1;
      return ga - gb || a.creditCode.localeCompare(b.creditCode);
    });
    // electricity may be withheld (GRANT_REQUIRED); a self-determined measure is not assessed either way. The
    // answer's node is kept as it came (not spread), so the columns' reads see what was withheld of it.
    const items = listed.map((l) => ({
      l,
      verdict: l.electricity?.verdict ?? (l.selfDetermined ? "NOT_ASSESSED" : isWithheld(l, "electricity") ? WITHHELD : null),
    }));
    notes.push(where, `verdicts: ${tally(items.map((i) => i.verdict))}`);
    return items;
  },
  columns: [
    { key: "creditCode", header: "credit code", value: ({ l }) => l.creditCode },
    { key: "name", header: "enterprise", value: ({ l }) => l.enterprise?.name ?? null },
    { key: "grade", header: "grade", value: ({ l }) => l.enterprise?.performanceGrade ?? null },
    { key: "measure", header: "measure", value: ({ l }) => l.measure.kind },
    { key: "owedCut", header: "owed", percent: true, digits: 0, value: ({ l }) => l.owedCut },
    { key: "baselineDailyKwh", header: "baseline kWh/d", digits: 0, value: ({ l }) => l.electricity?.baselineDailyKwh ?? null },
    { key: "baselineDays", header: "days", value: ({ l }) => (l.electricity ? `${l.electricity.baselineDaysWithReadings}/${l.electricity.baselineDays}` : null) },
    { key: "warningDailyKwh", header: "warning kWh/d", digits: 0, value: ({ l }) => l.electricity?.warningDailyKwh ?? null },
    { key: "warningDays", header: "days", value: ({ l }) => (l.electricity ? `${l.electricity.warningDaysWithReadings}/${l.electricity.warningDays}` : null) },
    { key: "cut", header: "cut", percent: true, value: ({ l }) => l.electricity?.cut ?? null },
    { key: "gap", header: "gap", percent: true, value: ({ l }) => l.electricity?.gap ?? null },
    { key: "verdict", header: "verdict", value: ({ verdict }) => verdict },
  ],
});
