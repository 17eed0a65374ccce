import type pg from "pg";
import type { Dataset } from "../datasets.js";
import type { Principal } from "../auth.js";
import type { ContributionResult } from "./types.js";

/** A batch's row errors kept for its entry in the list of batches; the count says how many there were. */
export const LOGGED_ERRORS_MAX = 1000;

export interface ContributionAttempt {
  principal: Principal;
  dataset: Dataset;
  rowCount: number;
  atomic: boolean;
  checkOnly: boolean;
  result: ContributionResult;
}

/**
 * The list of contribution attempts (`contributionBatches`), on the hub's database. A refused batch keeps
 * nothing else (its id may be reused for the corrected rows), so its errors are found only here.
 *
 * It is bookkeeping written after the outcome: the rows of a written batch are committed by then and its
 * answer stands, so a failure to note it is logged, never the contributor's error.
 */
export class ContributionLog {
  constructor(
    private readonly hub: pg.Pool,
    private readonly onError: (e: Error) => void,
  ) {}

  async note(a: ContributionAttempt): Promise<void> {
    const { result } = a;
    try {
      await this.hub.query(
        `insert into hub.contribution_log (department, dataset, batch_id, subject, row_count, accepted, rejected, atomic, check_only, replayed, error_count, errors)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          a.principal.department,
          a.dataset,
          result.batchId,
          a.principal.subject,
          a.rowCount,
          result.accepted,
          result.rejected,
          a.atomic,
          a.checkOnly,
          result.replayed,
          result.errors.length,
          JSON.stringify(result.errors.slice(0, LOGGED_ERRORS_MAX)),
        ],
      );
    } catch (e) {
      this.onError(e as Error);
    }
  }
}
