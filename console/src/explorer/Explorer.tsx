import "./workers";
import { useEffect, useMemo, useState } from "react";
import { GraphiQL } from "graphiql";
import type { FetcherParams } from "@graphiql/toolkit";
import { buildSchema, type GraphQLSchema } from "graphql";
import "graphiql/style.css";
import { translator, type Dictionary, type Lang } from "../i18n";

const dict: Dictionary<"loading" | "failed" | "welcome"> = {
  zh: { loading: "正在加载接口文档…", failed: "无法加载接口文档：", welcome: "数据目录" },
  en: { loading: "Loading the API's documentation…", failed: "Could not load the API's documentation: ", welcome: "Catalogue" },
};

/** The first tab: a query every signed-in department may run. */
const WELCOME = `# 数据目录 / the data catalogue: every dataset, its owner, class and size
query Catalogue {
  catalog {
    name
    owner
    sharingClass
    rowCount
    lastContributionAt
  }
}
`;

/**
 * A Web Storage kept in memory: GraphiQL's tabs and history last as long as the page, and nothing of a
 * signed-in session (queries, results) is left in the browser's localStorage.
 */
class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, String(value));
  }
}

interface SavedOperation {
  name: string;
  query: string;
}

async function getText(url: string, token: string): Promise<string> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

/**
 * GraphiQL over the hub's /graphql with the signed-in token. Its documentation is the checked-in
 * schema/api.graphql the hub serves, not introspection (off in production); the saved operations of
 * schema/operations/ open as tabs.
 */
export function Explorer({ token, lang }: { token: string; lang: Lang }) {
  const t = translator(dict, lang);
  const [schema, setSchema] = useState<GraphQLSchema | null>(null);
  const [operations, setOperations] = useState<SavedOperation[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([getText("/console/schema.graphql", token), getText("/console/operations.json", token)])
      .then(([sdl, ops]) => {
        if (!live) return;
        setSchema(buildSchema(sdl));
        setOperations(JSON.parse(ops) as SavedOperation[]);
      })
      .catch((e) => live && setError((e as Error).message));
    return () => {
      live = false;
    };
  }, [token]);

  const fetcher = useMemo(
    () => async (params: FetcherParams) => {
      const res = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(params),
      });
      return res.json();
    },
    [token],
  );
  const storage = useMemo(() => new MemoryStorage(), [token]);

  if (error) return <p role="alert" className="error">{t("failed") + error}</p>;
  if (!schema || !operations) return <p>{t("loading")}</p>;
  return (
    <div className="explorer">
      <GraphiQL
        key={token}
        fetcher={fetcher}
        schema={schema}
        storage={storage}
        defaultTabs={[{ query: WELCOME }, ...operations.map((o) => ({ query: o.query }))]}
        defaultEditorToolsVisibility={false}
        isHeadersEditorEnabled={false}
      />
    </div>
  );
}
