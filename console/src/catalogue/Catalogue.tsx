import { useCallback, useEffect, useState, type FormEvent } from "react";
import { useApi } from "../api";
import { translator, useLang, type Dictionary } from "../i18n";
import { departmentName, formatTime, roleName, sharingClassName } from "../names";
import type { Session } from "../session";

const dict: Dictionary<
  | "title" | "loading" | "owner" | "class" | "rows" | "lastContribution" | "counted" | "fields" | "field" | "mask" | "grantees" | "none"
  | "request" | "purpose" | "purposeHint" | "until" | "send" | "cancel" | "sent" | "own" | "myRequests" | "pending" | "granted"
  | "dataset" | "requester" | "replyDue" | "overdue" | "status" | "note" | "approve" | "deny" | "revoke" | "noPending" | "noGrants"
  | "noRequests" | "decided" | "revoked" | "requestedAt" | "adminOnly"
> = {
  zh: {
    title: "数据目录",
    loading: "加载中…",
    owner: "责任部门",
    class: "共享类型",
    rows: "记录数",
    lastContribution: "最近报送",
    counted: "统计于",
    fields: "字段",
    field: "字段",
    mask: "脱敏",
    grantees: "已授权",
    none: "无",
    request: "申请使用",
    purpose: "用途",
    purposeHint: "说明数据用途（至少 10 个字），责任部门据此审批",
    until: "使用期限至",
    send: "提交申请",
    cancel: "取消",
    sent: "已提交申请 #{id}，责任部门应于 {due} 前答复。",
    own: "本部门数据",
    myRequests: "本部门的申请",
    pending: "待审批的申请（本部门数据）",
    granted: "生效中的授权（本部门数据）",
    dataset: "数据集",
    requester: "申请部门",
    replyDue: "答复期限",
    overdue: "已逾期",
    status: "状态",
    note: "意见",
    approve: "批准",
    deny: "拒绝",
    revoke: "撤销",
    noPending: "没有待审批的申请。",
    noGrants: "没有生效中的授权。",
    noRequests: "本部门尚无申请。",
    decided: "申请 #{id} 已{status}。",
    revoked: "授权 #{id} 已撤销。",
    requestedAt: "申请时间",
    adminOnly: "审批与撤销由责任部门的管理员办理。",
  },
  en: {
    title: "Data catalogue",
    loading: "Loading…",
    owner: "Owner",
    class: "Sharing class",
    rows: "Records",
    lastContribution: "Last contribution",
    counted: "Counted",
    fields: "Fields",
    field: "Field",
    mask: "Mask",
    grantees: "Grantees",
    none: "none",
    request: "Request access",
    purpose: "Purpose",
    purposeHint: "What the data is for (at least 10 characters); the owner decides on it",
    until: "Until",
    send: "Send request",
    cancel: "Cancel",
    sent: "Request #{id} sent; the owner answers by {due}.",
    own: "your department's",
    myRequests: "Your department's requests",
    pending: "Pending requests on your datasets",
    granted: "Grants in force on your datasets",
    dataset: "Dataset",
    requester: "Requester",
    replyDue: "Reply due",
    overdue: "overdue",
    status: "Status",
    note: "Note",
    approve: "Approve",
    deny: "Deny",
    revoke: "Revoke",
    noPending: "No pending requests.",
    noGrants: "No grants in force.",
    noRequests: "Your department has made no requests.",
    decided: "Request #{id} {status}.",
    revoked: "Grant #{id} revoked.",
    requestedAt: "Requested",
    adminOnly: "Your department's admins approve, deny and revoke.",
  },
};

const STATUS: Record<string, { zh: string; en: string }> = {
  PENDING: { zh: "待审批", en: "pending" },
  APPROVED: { zh: "已批准", en: "approved" },
  DENIED: { zh: "已拒绝", en: "denied" },
  REVOKED: { zh: "已撤销", en: "revoked" },
};

interface Entry {
  name: string;
  owner: string;
  sharingClass: string;
  description: string;
  fields: { path: string; sharingClass: string; mask: string | null }[];
  rowCount: number;
  lastContributionAt: string | null;
  countedAt: string | null;
  grantees: { department: string; role: string; until: string }[];
}

interface Request {
  id: string;
  dataset: string;
  owner: string;
  granteeDepartment: string;
  granteeRole: string;
  requestedBy: string;
  purpose: string;
  until: string;
  requestedAt: string;
  replyDue: string;
  overdue: boolean;
  status: string;
  active: boolean;
  note: string | null;
}

const CATALOG = `query ConsoleCatalog {
  catalog { name owner sharingClass description rowCount lastContributionAt countedAt
    fields { path sharingClass mask } grantees { department role until } }
}`;

const REQUEST_FIELDS = "id dataset owner granteeDepartment granteeRole requestedBy purpose until requestedAt replyDue overdue status active note";

const REQUESTS = `query ConsoleAccessRequests($filter: AccessRequestFilter, $after: String) {
  accessRequests(filter: $filter, first: 100, after: $after) { edges { node { ${REQUEST_FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;

/** A day `days` ahead in China time, as the API's Date (the grant's last day). */
function daysAhead(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
}

/**
 * The data catalogue: every dataset with its owner, class, fields, size, freshness and grantees; a request
 * for access to another department's CONDITIONAL dataset; and for an owner's admins, the requests to answer
 * and the grants to revoke. What the hub refuses (a member deciding, a bad date) it says, and the page shows.
 */
export function Catalogue({ session }: { session: Session }) {
  const api = useApi();
  const lang = useLang();
  const t = translator(dict, lang);
  const [catalog, setCatalog] = useState<Entry[] | null>(null);
  const [mine, setMine] = useState<Request[]>([]);
  const [pending, setPending] = useState<Request[]>([]);
  const [grants, setGrants] = useState<Request[]>([]);
  const [asking, setAsking] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const admin = session.role === "admin";

  const requests = useCallback(
    async (filter: Record<string, unknown>): Promise<Request[]> => {
      const all: Request[] = [];
      let after: string | null = null;
      // every page: an owner's admins must see every pending request, not the first hundred
      for (;;) {
        const data: { accessRequests: { edges: { node: Request }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await api.graphql(REQUESTS, { filter, after });
        all.push(...data.accessRequests.edges.map((e) => e.node));
        if (!data.accessRequests.pageInfo.hasNextPage) return all;
        after = data.accessRequests.pageInfo.endCursor;
      }
    },
    [api],
  );

  const load = useCallback(async () => {
    try {
      const [c, m, p, g] = await Promise.all([
        api.graphql<{ catalog: Entry[] }>(CATALOG),
        requests({ onMyDatasets: false }),
        admin ? requests({ onMyDatasets: true, status: "PENDING" }) : Promise.resolve([]),
        admin ? requests({ onMyDatasets: true, status: "APPROVED" }) : Promise.resolve([]),
      ]);
      setCatalog(c.catalog);
      setMine(m);
      setPending(p);
      setGrants(g.filter((r) => r.active));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [api, admin, requests]);

  useEffect(() => {
    void load();
  }, [load]);

  const act = async (run: () => Promise<string>) => {
    setError(null);
    setMessage(null);
    try {
      setMessage(await run());
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const decide = (r: Request, approve: boolean, note: string) =>
    act(async () => {
      const { decideAccess } = await api.graphql<{ decideAccess: Request }>(
        `mutation ConsoleDecide($id: ID!, $approve: Boolean!, $note: String) { decideAccess(requestId: $id, approve: $approve, note: $note) { id status } }`,
        { id: r.id, approve, note: note || null },
      );
      return t("decided", { id: decideAccess.id, status: STATUS[decideAccess.status]?.[lang] ?? decideAccess.status });
    });

  const revoke = (r: Request, note: string) =>
    act(async () => {
      const { revokeAccess } = await api.graphql<{ revokeAccess: Request }>(
        `mutation ConsoleRevoke($id: ID!, $note: String) { revokeAccess(requestId: $id, note: $note) { id status } }`,
        { id: r.id, note: note || null },
      );
      return t("revoked", { id: revokeAccess.id });
    });

  const request = (dataset: string, purpose: string, until: string) =>
    act(async () => {
      const { requestAccess } = await api.graphql<{ requestAccess: Request }>(
        `mutation ConsoleRequestAccess($dataset: Dataset!, $purpose: String!, $until: Date!) { requestAccess(dataset: $dataset, purpose: $purpose, until: $until) { id replyDue } }`,
        { dataset, purpose, until },
      );
      setAsking(null);
      return t("sent", { id: requestAccess.id, due: requestAccess.replyDue });
    });

  return (
    <div className="catalogue">
      <h1>{t("title")}</h1>
      {message && <p role="status" className="ok">{message}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {admin && (
        <>
          <RequestsSection id="pending" title={t("pending")} empty={t("noPending")} rows={pending} lang={lang} t={t}
            actions={(r) => [[t("approve"), (note) => decide(r, true, note)], [t("deny"), (note) => decide(r, false, note)]]} />
          <RequestsSection id="grants" title={t("granted")} empty={t("noGrants")} rows={grants} lang={lang} t={t}
            actions={(r) => [[t("revoke"), (note) => revoke(r, note)]]} />
        </>
      )}
      <section aria-labelledby="datasets-title">
        <h2 id="datasets-title" className="visually-hidden">{t("title")}</h2>
        {!catalog ? (
          <p>{t("loading")}</p>
        ) : (
          <ul className="datasets">
            {catalog.map((e) => (
              <li key={e.name} className={`dataset class-${e.sharingClass}`} data-dataset={e.name}>
                <details>
                  <summary>
                    <span className="name">{e.name}</span>
                    <span className="owner">{departmentName(e.owner, lang)}</span>
                    <span className={`badge class-${e.sharingClass}`}>{sharingClassName(e.sharingClass, lang)}</span>
                    <span className="rows">
                      {t("rows")}: {e.rowCount.toLocaleString(lang === "zh" ? "zh-CN" : "en-GB")}
                    </span>
                    <span className="last">
                      {t("lastContribution")}: {formatTime(e.lastContributionAt, lang)}
                    </span>
                  </summary>
                  <p className="description">{e.description}</p>
                  <dl>
                    <dt>{t("owner")}</dt>
                    <dd>{departmentName(e.owner, lang)}</dd>
                    <dt>{t("class")}</dt>
                    <dd>{sharingClassName(e.sharingClass, lang)}</dd>
                    <dt>{t("counted")}</dt>
                    <dd>{formatTime(e.countedAt, lang)}</dd>
                    <dt>{t("grantees")}</dt>
                    <dd className="grantees">
                      {e.grantees.length === 0
                        ? t("none")
                        : e.grantees.map((g) => `${departmentName(g.department, lang)} · ${roleName(g.role, lang)} (→ ${g.until})`).join("；")}
                    </dd>
                  </dl>
                  <table className="fields">
                    <thead>
                      <tr>
                        <th>{t("field")}</th>
                        <th>{t("class")}</th>
                        <th>{t("mask")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {e.fields.map((f) => (
                        <tr key={f.path}>
                          <td>
                            <code>{f.path}</code>
                          </td>
                          <td>{sharingClassName(f.sharingClass, lang)}</td>
                          <td>{f.mask ?? ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
                {e.sharingClass === "CONDITIONAL" &&
                  (e.owner === session.department ? (
                    <span className="hint">{t("own")}</span>
                  ) : asking === e.name ? (
                    <RequestForm t={t} onSend={(purpose, until) => request(e.name, purpose, until)} onCancel={() => setAsking(null)} />
                  ) : (
                    <button type="button" onClick={() => setAsking(e.name)}>
                      {t("request")}
                    </button>
                  ))}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">{t("myRequests")}</h2>
        {mine.length === 0 ? (
          <p className="hint">{t("noRequests")}</p>
        ) : (
          <table className="requests mine">
            <thead>
              <tr>
                <th>#</th>
                <th>{t("dataset")}</th>
                <th>{t("owner")}</th>
                <th>{t("status")}</th>
                <th>{t("until")}</th>
                <th>{t("replyDue")}</th>
                <th>{t("note")}</th>
              </tr>
            </thead>
            <tbody>
              {mine.map((r) => (
                <tr key={r.id} data-request={r.id}>
                  <td>{r.id}</td>
                  <td>{r.dataset}</td>
                  <td>{departmentName(r.owner, lang)}</td>
                  <td>
                    {STATUS[r.status]?.[lang] ?? r.status}
                    {r.overdue && <span className="badge overdue"> {t("overdue")}</span>}
                  </td>
                  <td>{r.until}</td>
                  <td>{r.replyDue}</td>
                  <td>{r.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {!admin && <p className="hint">{t("adminOnly")}</p>}
    </div>
  );
}

type T = ReturnType<typeof translator<keyof (typeof dict)["zh"]>>;

function RequestForm({ t, onSend, onCancel }: { t: T; onSend: (purpose: string, until: string) => void; onCancel: () => void }) {
  const [purpose, setPurpose] = useState("");
  const [until, setUntil] = useState(daysAhead(90));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSend(purpose, until);
  };
  return (
    <form className="request-form" onSubmit={submit} aria-label={t("request")}>
      <label>
        {t("purpose")}
        <textarea name="purpose" rows={2} value={purpose} onChange={(e) => setPurpose(e.target.value)} placeholder={t("purposeHint")} required minLength={10} maxLength={2000} />
      </label>
      <label>
        {t("until")}
        <input type="date" name="until" value={until} min={daysAhead(1)} max={daysAhead(366)} onChange={(e) => setUntil(e.target.value)} required />
      </label>
      <button type="submit">{t("send")}</button>
      <button type="button" onClick={onCancel}>
        {t("cancel")}
      </button>
    </form>
  );
}

/** The pending requests or the grants in force, as a table with an action per row (or a line saying there are none). */
function RequestsSection({ id, title, empty, rows, lang, t, actions }: {
  id: "pending" | "grants";
  title: string;
  empty: string;
  rows: Request[];
  lang: "zh" | "en";
  t: T;
  actions: (r: Request) => [string, (note: string) => void][];
}) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <table className={`requests ${id}`}>
          <thead>
            <tr>
              <th>#</th>
              <th>{t("dataset")}</th>
              <th>{t("requester")}</th>
              <th>{t("purpose")}</th>
              <th>{t("until")}</th>
              <th>{t("replyDue")}</th>
              <th>{t("note")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <RequestRow key={r.id} r={r} lang={lang} t={t} actions={actions(r)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function RequestRow({ r, lang, t, actions }: { r: Request; lang: "zh" | "en"; t: T; actions: [string, (note: string) => void][] }) {
  const [note, setNote] = useState("");
  return (
    <tr data-request={r.id} data-dataset={r.dataset} className={r.overdue ? "overdue" : undefined}>
      <td>{r.id}</td>
      <td>{r.dataset}</td>
      <td>
        {departmentName(r.granteeDepartment, lang)} · {roleName(r.granteeRole, lang)}
        <div className="hint">
          {r.requestedBy} · {t("requestedAt")} {formatTime(r.requestedAt, lang)}
        </div>
      </td>
      <td>{r.purpose}</td>
      <td>{r.until}</td>
      <td>
        {r.replyDue}
        {r.overdue && <span className="badge overdue"> {t("overdue")}</span>}
      </td>
      <td>
        <input name="note" aria-label={t("note")} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </td>
      <td className="actions">
        {actions.map(([label, run]) => (
          <button key={label} type="button" onClick={() => run(note)}>
            {label}
          </button>
        ))}
      </td>
    </tr>
  );
}
