// One lookup for every text of the panel and cards: the user's language (hass.language)
// with English as the fallback, `{name}` placeholders, and plural forms chosen by
// Intl.PluralRules when a translation is an object of categories ("one", "other", …).

import * as TRANSLATIONS from "./translations/index";

export type Placeholders = Record<string, string | number>;
type Entry = string | { [category: string]: string } | { [key: string]: Entry };
export type Dictionary = { [key: string]: Entry };

const dictionaries = TRANSLATIONS as unknown as Record<string, Dictionary>;
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The best language we have for a tag: "pt-BR" -> "pt-BR", else "pt", else another
 * region of it ("pt" -> "pt-BR"), else "en".
 */
export function pickLanguage(tag: string | undefined, available: Iterable<string>): string {
  const have = [...available];
  if (tag) {
    const normalised = tag.replace("_", "-");
    const base = normalised.split("-")[0]!;
    const found =
      have.find((lang) => lang === normalised) ??
      have.find((lang) => lang === base) ??
      have.find((lang) => lang.split("-")[0] === base);
    if (found !== undefined) {
      return found;
    }
  }
  return "en";
}

function lookup(dict: Dictionary | undefined, key: string): Entry | undefined {
  let node: Entry | undefined = dict;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") {
      return undefined;
    }
    node = (node as Dictionary)[part];
  }
  return node;
}

function plural(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

export function fill(template: string, placeholders: Placeholders | undefined, language: string): string {
  if (!placeholders) {
    return template;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = placeholders[name];
    if (value === undefined) {
      return whole;
    }
    return typeof value === "number" ? new Intl.NumberFormat(language).format(value) : value;
  });
}

function resolve(entry: Entry | undefined, language: string, placeholders?: Placeholders): string | undefined {
  if (entry === undefined) {
    return undefined;
  }
  if (typeof entry === "string") {
    return fill(entry, placeholders, language);
  }
  const count = placeholders?.["count"];
  if (typeof count === "number") {
    const forms = entry as Record<string, unknown>;
    const exact = forms[`=${count}`];
    const form = typeof exact === "string" ? exact : forms[plural(language, count)] ?? forms["other"];
    if (typeof form === "string") {
      return fill(form, placeholders, language);
    }
  }
  return undefined;
}

export type Localize = (key: string, placeholders?: Placeholders) => string;

/** A `localize` for a language; unknown keys come back as the key itself, so gaps show. */
export function makeLocalize(language: string | undefined, extra?: Record<string, Dictionary>): Localize {
  const all = { ...dictionaries, ...extra };
  const lang = pickLanguage(language, Object.keys(all));
  const primary = all[lang];
  const english = all["en"];
  return (key, placeholders) =>
    resolve(lookup(primary, key), lang, placeholders) ??
    resolve(lookup(english, key), "en", placeholders) ??
    key;
}

const cache = new Map<string, Localize>();

/** The shared `localize` for `hass.language`. */
export function localizerFor(language: string | undefined): Localize {
  const key = language ?? "en";
  let l = cache.get(key);
  if (!l) {
    l = makeLocalize(language);
    cache.set(key, l);
  }
  return l;
}
