import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import { DEFAULT_LANGUAGE, isLanguage } from "../domain/languages.ts";
import type { BotContext } from "./context.ts";

/** Where the `.ftl` files are: `LOCALES_DIR` in a Lambda bundle (they are copied next to it), else the repository's. */
export function localesDirectory(configured?: string): string {
  return configured ?? fileURLToPath(new URL("../../locales/", import.meta.url));
}

/**
 * Loads every `<language>.ftl` once per process. The files are read here rather than by the
 * plugin's directory walker so that a file for a language the bot does not offer is ignored.
 */
export function createI18n(directory: string): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: DEFAULT_LANGUAGE,
    localeNegotiator: (ctx) => ctx.preferences.language(),
    // Unicode isolation marks around placeables would show up inside Telegram commands and links.
    fluentBundleOptions: { useIsolating: false },
  });
  // `de.ftl` and parts such as `de.coordinators.ftl` (texts only coordinators read) form one language.
  const sources = new Map<string, string[]>();
  for (const file of readdirSync(directory).sort()) {
    const language = file.split(".")[0] ?? "";
    if (!file.endsWith(".ftl") || !isLanguage(language)) continue;
    sources.set(language, [...(sources.get(language) ?? []), readFileSync(join(directory, file), "utf8")]);
  }
  for (const [language, parts] of sources) i18n.loadLocaleSync(language, { source: parts.join("\n") });
  return i18n;
}

/** The message ids each `<language>.ftl` defines, read from the files (for checks, not for the bot). */
export function messageIdsByLanguage(directory: string): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  for (const file of readdirSync(directory)) {
    if (!file.endsWith(".ftl")) continue;
    const messages = readFileSync(join(directory, file), "utf8")
      .split("\n")
      .map((line) => /^([a-z][a-z0-9-]*)\s*=/.exec(line)?.[1])
      .filter((id): id is string => id !== undefined);
    ids.set(file.replace(/\.ftl$/, ""), new Set(messages));
  }
  return ids;
}
