import { InlineKeyboard } from "grammy";
import { AUDIENCES } from "../domain/audiences.ts";
import { LANGUAGES } from "../domain/languages.ts";
import { callbackData } from "./callback-data.ts";

type Translate = (key: string) => string;

/** "Who are you?": one audience a row, so that long translations fit on a phone. */
export function audienceKeyboard(t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const audience of AUDIENCES) keyboard.text(t(`audience-${audience}`), callbackData.audience(audience)).row();
  return keyboard;
}

export function homeKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("menu-home"), callbackData.home);
}

/** Language names are shown in their own language, whatever language the bot speaks now. */
export function languageKeyboard(t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  LANGUAGES.forEach((language, index) => {
    keyboard.text(t(`language-name-${language}`), callbackData.language(language));
    if (index % 2 === 1) keyboard.row();
  });
  return keyboard;
}

export function confirmDeletionKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("deletemydata-yes"), callbackData.deleteMyData(true))
    .text(t("deletemydata-no"), callbackData.deleteMyData(false));
}
