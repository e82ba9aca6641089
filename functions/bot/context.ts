import type { Context } from "grammy";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Coordinator } from "../domain/coordinators.ts";
import type { EnquiryDraft } from "../domain/enquiry-dialogue.ts";
import type { Language } from "../domain/languages.ts";
import type { UserPreferences } from "../domain/user-preferences.ts";

/** The person's remembered choices, read from the store at most once per update. */
export interface PreferencesFlavor {
  preferences: {
    /** Undefined until the person has chosen something. */
    get(): Promise<UserPreferences | undefined>;
    /** Their chosen language, else the one their Telegram app suggests. */
    language(): Promise<Language>;
    setLanguage(language: Language): Promise<void>;
    saveDraft(draft: EnquiryDraft, expiresAt: Date): Promise<void>;
    clearDraft(): Promise<void>;
    setAddingTo(enquiryId: string | undefined): Promise<void>;
  };
}

/** Set by the `registeredCoordinator` middleware in the coordinators' group, for the handlers after it. */
export interface CoordinatorFlavor {
  coordinator?: Coordinator;
}

export type BotContext = Context & I18nFlavor & PreferencesFlavor & CoordinatorFlavor;
