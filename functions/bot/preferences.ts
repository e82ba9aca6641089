import type { MiddlewareFn } from "grammy";
import { languageFromTelegram } from "../domain/languages.ts";
import type { UserPreferences, UserPreferencesStore } from "../domain/user-preferences.ts";
import type { BotContext } from "./context.ts";

/** Gives each update `ctx.preferences`, reading the person's item lazily and at most once. */
export function preferencesMiddleware(store: UserPreferencesStore): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const userId = ctx.from?.id;
    let loaded: Promise<UserPreferences | undefined> | undefined;
    const get = () => {
      if (userId === undefined) return Promise.resolve(undefined);
      loaded ??= store.get(userId);
      return loaded;
    };
    ctx.preferences = {
      get,
      language: async () => (await get())?.language ?? languageFromTelegram(ctx.from?.language_code),
      setLanguage: async (language) => {
        if (userId === undefined) return;
        await store.setLanguage(userId, language);
        loaded = store.get(userId);
      },
    };
    await next();
  };
}
