import type { Api } from "grammy";
import { ALLOWED_UPDATES } from "../functions/bot/create-bot.ts";
import { menuCommands } from "../functions/bot/commands.ts";
import { createI18n, localesDirectory } from "../functions/bot/i18n.ts";
import { LANGUAGES } from "../functions/domain/languages.ts";

// Shared by `npm run webhook:set` (Telegram) and `npm start` (the playground's emulator), so that
// the playground registers its webhook exactly as a deployment does.

/**
 * Telegram opens at most this many connections to the webhook at once. It matches the function's
 * reserved concurrency (10), so that Telegram is not throttled by Lambda in ordinary operation.
 */
export const MAX_CONNECTIONS = 10;

/** Points Telegram (or the local emulator) at the webhook, signed with the secret. */
export async function registerWebhook(api: Api, url: string, webhookSecret: string): Promise<void> {
  await api.setWebhook(url, { secret_token: webhookSecret, allowed_updates: [...ALLOWED_UPDATES], max_connections: MAX_CONNECTIONS });
}

/**
 * What Telegram shows about the bot before someone presses Start: the description (at most 512
 * characters) and the short description on its profile (at most 120), in every language, English
 * for apps in other languages.
 */
export async function setBotProfile(api: Api, localesDir?: string): Promise<void> {
  const i18n = createI18n(localesDirectory(localesDir));
  for (const language of [undefined, ...LANGUAGES]) {
    const forLanguage = language === undefined ? {} : { language_code: language };
    await api.setMyDescription(i18n.t(language ?? "en", "bot-description"), forLanguage);
    await api.setMyShortDescription(i18n.t(language ?? "en", "bot-short-description"), forLanguage);
  }
}

/**
 * The command menu in every language. Telegram shows the default list to everyone whose app
 * language has no list of its own: the bot answers those people in English, so the default is English.
 */
export async function setCommandMenus(api: Api, localesDir?: string): Promise<string[]> {
  const i18n = createI18n(localesDirectory(localesDir));
  await api.setMyCommands(menuCommands(i18n, "en"));
  const others = LANGUAGES.filter((language) => language !== "en");
  for (const language of others) await api.setMyCommands(menuCommands(i18n, language), { language_code: language });
  return others;
}
