import type { MiddlewareFn } from "grammy";
import type { EnquiryDraft } from "../domain/enquiry-dialogue.ts";
import { languageFromTelegram } from "../domain/languages.ts";
import type { UserPreferences, UserPreferencesStore } from "../domain/user-preferences.ts";
import type { BotContext } from "./context.ts";

/**
 * Gives each update `ctx.preferences`: the person's state, read lazily and at most once per
 * update; changes are written at once and kept in the update's copy, so nothing is read twice.
 */
export function preferencesMiddleware(store: UserPreferencesStore, now: () => Date): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const userId = ctx.from?.id;
    let loaded: Promise<UserPreferences | undefined> | undefined;
    const get = () => {
      if (userId === undefined) return Promise.resolve(undefined);
      loaded ??= store.get(userId);
      return loaded;
    };
    const change = async (write: (id: number) => Promise<void>, apply: (state: UserPreferences) => UserPreferences) => {
      if (userId === undefined) return;
      const before = await get();
      await write(userId);
      loaded = Promise.resolve(apply(before ?? { telegramUserId: userId, updatedAt: now().toISOString() }));
    };
    ctx.preferences = {
      get,
      language: async () => (await get())?.language ?? languageFromTelegram(ctx.from?.language_code),
      setLanguage: (language) => change((id) => store.setLanguage(id, language), (state) => ({ ...state, language })),
      saveDraft: (draft: EnquiryDraft, expiresAt: Date) =>
        change((id) => store.saveDraft(id, draft, expiresAt), ({ addingTo: _dropped, ...state }) => ({ ...state, draft })),
      clearDraft: () => change((id) => store.clearDraft(id), ({ draft: _dropped, ...state }) => state),
      setAddingTo: (enquiryId: string | undefined) =>
        change(
          (id) => store.setAddingTo(id, enquiryId),
          ({ addingTo: _dropped, ...state }) => (enquiryId ? { ...state, addingTo: enquiryId } : state),
        ),
    };
    await next();
  };
}
