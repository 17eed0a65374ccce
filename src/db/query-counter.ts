import { DefaultLogger, type LogContext } from "@mikro-orm/core";

/**
 * Counts the SQL statements the ORM sends, process-wide. Tests use it to prove that a query's statement
 * count does not grow with its page size (no N+1); it costs one increment per statement.
 */
export const sqlStatements = { count: 0 };

export class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    sqlStatements.count += 1;
    super.logQuery(context);
  }
}
