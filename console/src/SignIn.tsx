import { useEffect, useState, type FormEvent } from "react";
import { translator, type Dictionary, type Lang } from "./i18n";
import { departmentName, roleName } from "./names";
import { sessionOf, expired, type Session } from "./session";

const dict: Dictionary<"title" | "paste" | "pasteHint" | "signIn" | "demo" | "demoHint" | "department" | "role" | "demoSignIn" | "badToken" | "expiredToken" | "demoOff"> = {
  zh: {
    title: "登录",
    paste: "访问令牌",
    pasteHint: "粘贴 `lantian token` 签发的令牌",
    signIn: "登录",
    demo: "演示登录（仅开发环境、本机访问）",
    demoHint: "选择部门和角色，获取一小时内有效的演示令牌",
    department: "部门",
    role: "角色",
    demoSignIn: "以演示身份登录",
    badToken: "这不是本平台的令牌（应为签名的 JWT，写明部门、角色和有效期）",
    expiredToken: "令牌已过期",
    demoOff: "演示登录未开放：",
  },
  en: {
    title: "Sign in",
    paste: "Access token",
    pasteHint: "Paste a token from `lantian token`",
    signIn: "Sign in",
    demo: "Demo sign-in (development, this machine only)",
    demoHint: "Pick a department and role for a demo token valid for an hour",
    department: "Department",
    role: "Role",
    demoSignIn: "Sign in as demo",
    badToken: "Not a token of this hub (a signed JWT naming department, role and expiry)",
    expiredToken: "The token has expired",
    demoOff: "Demo sign-in is off: ",
  },
};

interface DevTokenOffer {
  available: boolean;
  reason?: string;
  departments: { value: string; nameZh: string }[];
  roles: string[];
}

/** Signs in by a pasted token, or in development by a demo department and role (the hub signs a short-lived token). */
export function SignIn({ lang, onSignIn }: { lang: Lang; onSignIn: (s: Session) => void }) {
  const t = translator(dict, lang);
  const [pasted, setPasted] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [offer, setOffer] = useState<DevTokenOffer | null>(null);
  const [department, setDepartment] = useState("ENVIRONMENT");
  const [role, setRole] = useState("member");

  useEffect(() => {
    fetch("/console/dev-token")
      .then((r) => r.json())
      .then((o: DevTokenOffer) => setOffer(o))
      .catch(() => setOffer(null));
  }, []);

  const paste = (e: FormEvent) => {
    e.preventDefault();
    const s = sessionOf(pasted);
    if (!s) return setError(t("badToken"));
    if (expired(s)) return setError(t("expiredToken"));
    onSignIn(s);
  };

  const demo = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const res = await fetch("/console/dev-token", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ department, role }) });
      const body = await res.json();
      if (!res.ok) throw new Error(`${body.errors?.[0]?.message ?? res.status} (${body.errors?.[0]?.extensions?.code ?? res.status})`);
      const s = sessionOf(body.token);
      if (!s) throw new Error(t("badToken"));
      onSignIn(s);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <section className="signin" aria-labelledby="signin-title">
      <h1 id="signin-title">{t("title")}</h1>
      <form onSubmit={paste} className="card">
        <label>
          {t("paste")}
          <textarea name="token" rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder={t("pasteHint")} spellCheck={false} />
        </label>
        <button type="submit">{t("signIn")}</button>
      </form>
      {offer?.available ? (
        <form onSubmit={demo} className="card" aria-label={t("demo")}>
          <h2>{t("demo")}</h2>
          <p className="hint">{t("demoHint")}</p>
          <label>
            {t("department")}
            <select name="department" value={department} onChange={(e) => setDepartment(e.target.value)}>
              {offer.departments.map((d) => (
                <option key={d.value} value={d.value}>
                  {departmentName(d.value, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("role")}
            <select name="role" value={role} onChange={(e) => setRole(e.target.value)}>
              {offer.roles.map((r) => (
                <option key={r} value={r}>
                  {roleName(r, lang)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t("demoSignIn")}</button>
        </form>
      ) : offer ? (
        <p className="hint">
          {t("demoOff")}
          {offer.reason}
        </p>
      ) : null}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
