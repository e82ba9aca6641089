import type { EnquiryDraft } from "./enquiry-dialogue.ts";
import type { Language } from "./languages.ts";

/**
 * What the bot keeps about a person between messages: their chosen language, an enquiry they are
 * writing (expires if not sent), and which enquiry their next message adds to.
 */
export interface UserPreferences {
  telegramUserId: number;
  language?: Language;
  draft?: EnquiryDraft;
  /** The open enquiry the person's next message is added to, after "Add information". */
  addingTo?: string;
  updatedAt: string;
}

/** Port for the person's state; an item exists only once the person chose or started something. */
export interface UserPreferencesStore {
  /** Drafts past their expiry are left out, as DynamoDB's TTL deletes lazily. */
  get(telegramUserId: number): Promise<UserPreferences | undefined>;
  setLanguage(telegramUserId: number, language: Language): Promise<void>;
  saveDraft(telegramUserId: number, draft: EnquiryDraft, expiresAt: Date): Promise<void>;
  clearDraft(telegramUserId: number): Promise<void>;
  setAddingTo(telegramUserId: number, enquiryId: string | undefined): Promise<void>;
  delete(telegramUserId: number): Promise<void>;
}
