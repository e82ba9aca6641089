import { isAudience, type Audience } from "../domain/audiences.ts";
import { isLanguage, type Language } from "../domain/languages.ts";

/**
 * Callback data is at most 64 bytes and comes back from the client untrusted: every button's data
 * is built here and parsed back here, and anything that does not parse is treated as an outdated button.
 */
export const callbackData = {
  home: "home",
  audience: (audience: Audience) => `aud:${audience}`,
  language: (language: Language) => `lang:${language}`,
  deleteMyData: (confirmed: boolean) => (confirmed ? "del:yes" : "del:no"),
} as const;

export const callbackPattern = {
  audience: /^aud:(.+)$/,
  language: /^lang:(.+)$/,
  deleteMyData: /^del:(yes|no)$/,
} as const;

export function parseAudience(match: string | undefined): Audience | undefined {
  return isAudience(match) ? match : undefined;
}

export function parseLanguage(match: string | undefined): Language | undefined {
  return isLanguage(match) ? match : undefined;
}
