import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType } from "react";
import { ApiContext, createApi, type ConsoleApi } from "./api";
import { LangContext, saveLang, savedLang, translator, type Dictionary, type Lang } from "./i18n";
import { departmentName, formatTime, roleName } from "./names";
import { loadSession, saveSession, expired, type Session } from "./session";
import { SignIn } from "./SignIn";
import { Catalogue } from "./catalogue/Catalogue";
import { Contributions } from "./contributions/Contributions";

// GraphiQL with Monaco, and the dashboard's charts, are most of the console's weight: loaded when opened
const Explorer = lazy(() => import("./explorer/Explorer").then((m) => ({ default: m.Explorer })));
// The dashboard is its own module (console/src/dashboard/); found by glob, so the shell builds before it exists
const dashboardModule = import.meta.glob<{ Dashboard: ComponentType<{ api: ConsoleApi; lang: Lang }> }>("./dashboard/Dashboard.tsx")["./dashboard/Dashboard.tsx"];
const Dashboard = dashboardModule ? lazy(() => dashboardModule().then((m) => ({ default: m.Dashboard }))) : null;

const ROUTES = ["explorer", "catalogue", "dashboard", "contributions"] as const;
type Route = (typeof ROUTES)[number];

const dict: Dictionary<Route | "product" | "signedInAs" | "until" | "signOut" | "language" | "loading" | "notBuilt" | "sessionExpired"> = {
  zh: {
    product: "蓝天 · 数据共享控制台",
    explorer: "查询",
    catalogue: "数据目录",
    dashboard: "行动计划看板",
    contributions: "数据报送",
    signedInAs: "当前身份",
    until: "有效期至",
    signOut: "退出",
    language: "English",
    loading: "加载中…",
    notBuilt: "此页面尚未提供。",
    sessionExpired: "登录已失效（令牌过期或不再被接受），请重新登录。",
  },
  en: {
    product: "Lantian · data-sharing console",
    explorer: "Explorer",
    catalogue: "Catalogue",
    dashboard: "Plan dashboard",
    contributions: "Contributions",
    signedInAs: "Signed in as",
    until: "until",
    signOut: "Sign out",
    language: "中文",
    loading: "Loading…",
    notBuilt: "This page is not available yet.",
    sessionExpired: "Your sign-in is no longer valid (the token expired or is refused); sign in again.",
  },
};

function routeOf(hash: string): Route {
  const r = hash.replace(/^#\/?/, "").split(/[/?]/)[0];
  return (ROUTES as readonly string[]).includes(r) ? (r as Route) : "catalogue";
}

/** The console's frame: who is signed in, the language switch and the pages, by hash route (the hub serves only / and its assets). */
export function App() {
  const [lang, setLang] = useState<Lang>(savedLang);
  const [session, setSession] = useState<Session | null>(loadSession);
  const [route, setRoute] = useState<Route>(() => routeOf(location.hash));
  const [lapsed, setLapsed] = useState(false);
  const t = translator(dict, lang);

  useEffect(() => {
    const onHash = () => setRoute(routeOf(location.hash));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = t("product");
    saveLang(lang);
  }, [lang]);
  // a token that expires while the page is open signs the console out, saying why
  useEffect(() => {
    if (!session) return;
    const left = session.expiresAt - Date.now();
    const timer = setTimeout(() => signIn(null, true), Math.max(0, Math.min(left, 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [session]);

  // a token the hub no longer takes signs the console out, saying why
  const api = useMemo(() => createApi(session?.token ?? null, { onUnauthenticated: () => signIn(null, true) }), [session]);
  const signIn = (s: Session | null, lapsedNow = false) => {
    saveSession(s);
    setSession(s && !expired(s) ? s : null);
    setLapsed(lapsedNow);
  };

  return (
    <LangContext.Provider value={lang}>
      <ApiContext.Provider value={api}>
        <header className="top">
          <span className="product">{t("product")}</span>
          {session && (
            <nav aria-label="pages">
              {ROUTES.map((r) => (
                <a key={r} href={`#/${r}`} aria-current={r === route ? "page" : undefined}>
                  {t(r)}
                </a>
              ))}
            </nav>
          )}
          <span className="spacer" />
          {session && (
            <span className="who" data-testid="who">
              {t("signedInAs")}: <b>{departmentName(session.department, lang)}</b> · {roleName(session.role, lang)} · {t("until")} {formatTime(new Date(session.expiresAt).toISOString(), lang)}
            </span>
          )}
          {session && (
            <button type="button" onClick={() => signIn(null)}>
              {t("signOut")}
            </button>
          )}
          <button type="button" className="lang" onClick={() => setLang(lang === "zh" ? "en" : "zh")}>
            {t("language")}
          </button>
        </header>
        <main className={`page page-${route}`}>
          {!session ? (
            <>
              {lapsed && <p className="error">{t("sessionExpired")}</p>}
              <SignIn lang={lang} onSignIn={(s) => signIn(s)} />
            </>
          ) : (
            <Suspense fallback={<p>{t("loading")}</p>}>
              {route === "explorer" && <Explorer token={session.token} lang={lang} />}
              {route === "catalogue" && <Catalogue session={session} />}
              {route === "dashboard" && (Dashboard ? <Dashboard api={api} lang={lang} /> : <p>{t("notBuilt")}</p>)}
              {route === "contributions" && <Contributions session={session} />}
            </Suspense>
          )}
        </main>
      </ApiContext.Provider>
    </LangContext.Provider>
  );
}
