/** The languages the bot speaks. German is the office's language and the fallback for every text. */
export const LANGUAGES = ["de", "en", "ar", "fa", "uk"] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "de";

/** Arabic and Farsi/Dari are written right to left. */
export const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(["ar", "fa"]);

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the bot's language for a person who has not chosen one, from Telegram's `language_code`
 * (an IETF tag such as `de`, `en-GB`, `fa-AF`, or `prs` for Dari). Someone whose app is in a
 * language we do not speak more likely reads English than German; someone whose app tells us
 * nothing gets the office's language.
 */
export function languageFromTelegram(languageCode: string | undefined): Language {
  if (!languageCode) return DEFAULT_LANGUAGE;
  const primary = languageCode.toLowerCase().split(/[-_]/)[0] ?? "";
  if (primary === "prs") return "fa";
  return isLanguage(primary) ? primary : "en";
}
