import { useCallback, useEffect, useState, type FormEvent } from "react";
import { useApi } from "../api";
import { translator, useLang, type Dictionary } from "../i18n";
import { departmentName, formatTime } from "../names";
import type { Session } from "../session";

const dict: Dictionary<
  | "title" | "scopeAll" | "scopeOwn" | "dataset" | "any" | "from" | "to" | "show" | "more" | "loading" | "none" | "total"
  | "batch" | "department" | "who" | "when" | "rows" | "accepted" | "rejected" | "atomic" | "yes" | "no" | "errors"
  | "row" | "field" | "code" | "message" | "noErrors" | "close" | "outcome" | "written" | "refused" | "checked" | "replayed" | "firstErrors"
> = {
  zh: {
    title: "数据报送记录",
    scopeAll: "生态环境厅管理员：显示所有部门的报送批次。",
    scopeOwn: "显示本部门的报送批次。",
    dataset: "数据集",
    any: "全部",
    from: "起始日期",
    to: "截止日期",
    show: "查询",
    more: "加载更多",
    loading: "加载中…",
    none: "没有符合条件的报送批次。",
    total: "共 {n} 个批次",
    batch: "批次",
    department: "部门",
    who: "报送人",
    when: "时间",
    rows: "行数",
    accepted: "接受",
    rejected: "拒绝",
    atomic: "整批",
    yes: "是",
    no: "否",
    errors: "批次 {id} 的行错误",
    row: "行",
    field: "字段",
    code: "代码",
    message: "说明",
    noErrors: "此批次没有行错误。",
    close: "关闭",
    outcome: "结果",
    written: "已写入",
    refused: "整批退回",
    checked: "仅校验",
    replayed: "重复提交",
    firstErrors: "共 {n} 条行错误，以下为前 {shown} 条。",
  },
  en: {
    title: "Contribution batches",
    scopeAll: "Environment admin: every department's batches.",
    scopeOwn: "Your department's batches.",
    dataset: "Dataset",
    any: "any",
    from: "From",
    to: "To",
    show: "Show",
    more: "More",
    loading: "Loading…",
    none: "No batches match.",
    total: "{n} batches",
    batch: "Batch",
    department: "Department",
    who: "Who",
    when: "When",
    rows: "Rows",
    accepted: "Accepted",
    rejected: "Rejected",
    atomic: "Atomic",
    yes: "yes",
    no: "no",
    errors: "Row errors of batch {id}",
    row: "Row",
    field: "Field",
    code: "Code",
    message: "Message",
    noErrors: "This batch has no row errors.",
    close: "Close",
    outcome: "Outcome",
    written: "written",
    refused: "refused",
    checked: "checked only",
    replayed: "replayed",
    firstErrors: "{n} row errors; the first {shown} below.",
  },
};

interface Batch {
  /** the row's cursor: a replayed batch is listed again under the same batch id */
  key: string;
  batchId: string;
  dataset: string;
  department: string;
  subject: string;
  createdAt: string;
  rowCount: number;
  accepted: number;
  rejected: number;
  atomic: boolean;
  checkOnly: boolean;
  replayed: boolean;
  errorCount: number;
  errors: { row: number; field: string | null; code: string; message: string }[];
}

interface Page {
  contributionBatches: {
    edges: { cursor: string; node: Omit<Batch, "key"> }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

const BATCHES = `query ConsoleContributionBatches($dataset: Dataset, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  contributionBatches(dataset: $dataset, from: $from, to: $to, first: $first, after: $after) {
    edges { cursor node { batchId dataset department subject createdAt rowCount accepted rejected atomic checkOnly replayed errorCount errors { row field code message } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

const PAGE_SIZE = 25;

/** A day's start in China time, as the API's DateTime. */
function chinaStart(day: string): string {
  return `${day}T00:00:00+08:00`;
}

/** The day after `day` (YYYY-MM-DD): the API's `to` is exclusive, the form's last day inclusive. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A department's recent contribution batches (dataset, who, when, accepted, rejected) and a batch's row
 * errors, newest first. Whose batches the hub returns is its rule, not the page's: a department's members
 * read their own, the environment department's admins everyone's.
 */
export function Contributions({ session }: { session: Session }) {
  const api = useApi();
  const lang = useLang();
  const t = translator(dict, lang);
  const [datasets, setDatasets] = useState<string[]>([]);
  const [filter, setFilter] = useState({ dataset: "", from: "", to: "" });
  const [batches, setBatches] = useState<Batch[] | null>(null);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [open, setOpen] = useState<Batch | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api
      .graphql<{ catalog: { name: string }[] }>("query ConsoleDatasets { catalog { name } }")
      .then((d) => setDatasets(d.catalog.map((e) => e.name)))
      .catch(() => setDatasets([]));
  }, [api]);

  const fetchPage = useCallback(
    async (after: string | null) => {
      setError(null);
      try {
        const variables: Record<string, unknown> = { first: PAGE_SIZE, after };
        if (filter.dataset) variables.dataset = filter.dataset;
        if (filter.from) variables.from = chinaStart(filter.from);
        if (filter.to) variables.to = chinaStart(nextDay(filter.to));
        const { contributionBatches: page } = await api.graphql<Page>(BATCHES, variables);
        const rows = page.edges.map((e) => ({ ...e.node, key: e.cursor }));
        setBatches((prev) => (after && prev ? [...prev, ...rows] : rows));
        setTotal(page.totalCount);
        setNext(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
      } catch (e) {
        setError((e as Error).message);
        if (!after) setBatches([]);
      }
    },
    [api, filter],
  );

  useEffect(() => {
    void fetchPage(null);
    // the first page once; later ones on "show"
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOpen(null);
    void fetchPage(null);
  };

  const outcome = (b: Batch) => [b.checkOnly ? t("checked") : b.accepted > 0 ? t("written") : t("refused"), ...(b.replayed ? [t("replayed")] : [])].join(" · ");

  const all = session.department === "ENVIRONMENT" && session.role === "admin";
  return (
    <div className="contributions">
      <h1>{t("title")}</h1>
      <p className="hint">{all ? t("scopeAll") : t("scopeOwn")}</p>
      <form className="filters" onSubmit={submit}>
        <label>
          {t("dataset")}
          <select name="dataset" value={filter.dataset} onChange={(e) => setFilter({ ...filter, dataset: e.target.value })}>
            <option value="">{t("any")}</option>
            {datasets.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("from")}
          <input type="date" name="from" value={filter.from} onChange={(e) => setFilter({ ...filter, from: e.target.value })} />
        </label>
        <label>
          {t("to")}
          <input type="date" name="to" value={filter.to} onChange={(e) => setFilter({ ...filter, to: e.target.value })} />
        </label>
        <button type="submit">{t("show")}</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {!batches ? (
        <p>{t("loading")}</p>
      ) : batches.length === 0 ? (
        !error && <p className="hint" data-testid="batch-none">{t("none")}</p>
      ) : (
        <>
          <p className="hint" data-testid="batch-total">{t("total", { n: total })}</p>
          <table className="batches">
            <thead>
              <tr>
                <th>{t("batch")}</th>
                <th>{t("dataset")}</th>
                <th>{t("department")}</th>
                <th>{t("who")}</th>
                <th>{t("when")}</th>
                <th>{t("rows")}</th>
                <th>{t("accepted")}</th>
                <th>{t("rejected")}</th>
                <th>{t("atomic")}</th>
                <th>{t("outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.key} data-batch={b.batchId} aria-selected={open === b} className={b.rejected > 0 ? "has-errors" : undefined}>
                  <td>
                    <button type="button" className="link" onClick={() => setOpen(open === b ? null : b)}>
                      {b.batchId}
                    </button>
                  </td>
                  <td>{b.dataset}</td>
                  <td>{departmentName(b.department, lang)}</td>
                  <td>{b.subject}</td>
                  <td>{formatTime(b.createdAt, lang)}</td>
                  <td className="num">{b.rowCount}</td>
                  <td className="num">{b.accepted}</td>
                  <td className="num">{b.rejected}</td>
                  <td>{b.atomic ? t("yes") : t("no")}</td>
                  <td>{outcome(b)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {next && (
            <button type="button" onClick={() => void fetchPage(next)}>
              {t("more")}
            </button>
          )}
        </>
      )}
      {open && (
        <section className="batch-errors" aria-labelledby="batch-errors-title">
          <h2 id="batch-errors-title">{t("errors", { id: open.batchId })}</h2>
          {open.errorCount > open.errors.length && <p className="hint">{t("firstErrors", { n: open.errorCount, shown: open.errors.length })}</p>}
          {open.errors.length === 0 ? (
            <p className="hint">{t("noErrors")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t("row")}</th>
                  <th>{t("field")}</th>
                  <th>{t("code")}</th>
                  <th>{t("message")}</th>
                </tr>
              </thead>
              <tbody>
                {open.errors.map((e, i) => (
                  <tr key={i}>
                    <td className="num">{e.row}</td>
                    <td>{e.field ?? ""}</td>
                    <td>
                      <code>{e.code}</code>
                    </td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button type="button" onClick={() => setOpen(null)}>
            {t("close")}
          </button>
        </section>
      )}
    </div>
  );
}
