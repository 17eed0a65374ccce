import { createContext, useContext } from "react";

/**
 * The console's languages: Chinese by default (its users are provincial and city staff), English at a switch.
 * Each page keeps its own dictionary beside it and reads it with `tr(lang, dict, key)`; the shell's words
 * are below. A dictionary is one object per language of the same keys, so a missing word is a type error.
 */
export type Lang = "zh" | "en";

export const LANGS: readonly Lang[] = ["zh", "en"];

export type Dictionary<K extends string> = Record<Lang, Record<K, string>>;

/** The word for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function tr<K extends string>(lang: Lang, dict: Dictionary<K>, key: K, vars?: Record<string, string | number>): string {
  const text = dict[lang][key] ?? dict.zh[key] ?? key;
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

/** A translator bound to one dictionary and language: `const t = translator(dict, lang); t("title")`. */
export function translator<K extends string>(dict: Dictionary<K>, lang: Lang) {
  return (key: K, vars?: Record<string, string | number>) => tr(lang, dict, key, vars);
}

export const LangContext = createContext<Lang>("zh");

export function useLang(): Lang {
  return useContext(LangContext);
}

/** Where the chosen language is kept between visits. */
const LANG_KEY = "lantian.console.lang";

export function savedLang(): Lang {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return v === "en" ? "en" : "zh";
  } catch {
    return "zh";
  }
}

export function saveLang(lang: Lang) {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // private mode: the choice lasts for the page only
  }
}
