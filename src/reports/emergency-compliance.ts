import { EmergencyComplianceDocument, type EmergencyComplianceQuery } from "../client/index.js";
import { fetchAll, ReportOptionError, type ReportDefinition, type Row } from "./report.js";

type Listed = NonNullable<EmergencyComplianceQuery["warning"]>["listedEnterprises"]["edges"][number]["node"];

/**
 * A warning's listed firms (`Warning.listedEnterprises`, paged): the measure owed at the warning's level and the
 * grid company's electricity evidence and verdict (rule in ComplianceVerdict). Sorted by gap (cut − owed),
 * the firms furthest short of their measure first; firms without a gap (not assessed, no data) last.
 */
export const emergencyCompliance: ReportDefinition = {
  name: "emergency-compliance",
  description: "a warning's listed firms: measure owed, electricity change against the baseline, verdict, by gap",
  options: { warning: { type: "string", description: "the warning's id, e.g. W2021-410100-01", required: true } },
  async run(client, options) {
    const warningId = options.warning;
    if (!warningId) throw new ReportOptionError("--warning <id> is required");
    const notes: string[] = [];
    let warning: NonNullable<EmergencyComplianceQuery["warning"]> | null = null;
    const listed: Listed[] = await fetchAll(
      client,
      EmergencyComplianceDocument,
      { warningId },
      (d) => {
        if (!d.warning) throw new ReportOptionError(`no warning ${warningId}`);
        warning = d.warning;
        return d.warning.listedEnterprises;
      },
      notes,
    );
    const rows: Row[] = listed.map((l) => ({
      creditCode: l.creditCode,
      name: l.enterprise?.name ?? null,
      grade: l.enterprise?.performanceGrade ?? null,
      measure: l.measure.kind,
      owedCut: l.owedCut,
      baselineDailyKwh: l.electricity?.baselineDailyKwh ?? null,
      baselineDays: l.electricity ? `${l.electricity.baselineDaysWithReadings}/${l.electricity.baselineDays}` : null,
      warningDailyKwh: l.electricity?.warningDailyKwh ?? null,
      warningDays: l.electricity ? `${l.electricity.warningDaysWithReadings}/${l.electricity.warningDays}` : null,
      cut: l.electricity?.cut ?? null,
      gap: l.electricity?.gap ?? null,
      // electricity may be withheld (GRANT_REQUIRED); a self-determined measure is not assessed either way
      verdict: l.electricity?.verdict ?? (l.selfDetermined ? "NOT_ASSESSED" : null),
    }));
    rows.sort((a, b) => {
      const ga = a.gap as number | null;
      const gb = b.gap as number | null;
      if (ga === null || gb === null) return ga === gb ? String(a.creditCode).localeCompare(String(b.creditCode)) : ga === null ? 1 : -1;
      return ga - gb || String(a.creditCode).localeCompare(String(b.creditCode));
    });
    const w = warning!;
    const verdicts = new Map<string, number>();
    for (const r of rows) verdicts.set(String(r.verdict), (verdicts.get(String(r.verdict)) ?? 0) + 1);
    notes.push(`${w.level} warning in ${w.region.name} (${w.region.code}) from ${w.startsAt} to ${w.liftedAt ?? w.endsAt ?? "open"}`);
    notes.push(`verdicts: ${[...verdicts].map(([v, n]) => `${v} ${n}`).join(", ")}`);
    return {
      name: this.name,
      title: `Emergency-list compliance during warning ${w.id}`,
      parameters: { warning: w.id },
      columns: [
        { key: "creditCode", header: "credit code" },
        { key: "name", header: "enterprise" },
        { key: "grade", header: "grade" },
        { key: "measure", header: "measure" },
        { key: "owedCut", header: "owed", percent: true, digits: 0 },
        { key: "baselineDailyKwh", header: "baseline kWh/d", digits: 0 },
        { key: "baselineDays", header: "days" },
        { key: "warningDailyKwh", header: "warning kWh/d", digits: 0 },
        { key: "warningDays", header: "days" },
        { key: "cut", header: "cut", percent: true },
        { key: "gap", header: "gap", percent: true },
        { key: "verdict", header: "verdict" },
      ],
      rows,
      notes,
    };
  },
};
