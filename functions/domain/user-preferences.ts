import type { Language } from "./languages.ts";

/** What the bot remembers about a person who has not filed any request: only their choices. */
export interface UserPreferences {
  telegramUserId: number;
  language: Language;
  updatedAt: string;
}

/** Port for the person's remembered choices; stored only after the person makes a choice. */
export interface UserPreferencesStore {
  get(telegramUserId: number): Promise<UserPreferences | undefined>;
  setLanguage(telegramUserId: number, language: Language): Promise<void>;
  delete(telegramUserId: number): Promise<void>;
}
