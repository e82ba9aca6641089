import { InlineKeyboard } from "grammy";
import { AUDIENCES, type Audience } from "../domain/audiences.ts";
import type { Topic } from "../domain/knowledge-base.ts";
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

/** The topics of an audience, one a row, and the way home. */
export function topicsKeyboard(t: Translate, audience: Audience, topics: readonly Topic[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const topic of topics) keyboard.text(t(`topic-${topic}`), callbackData.topic(audience, topic)).row();
  return keyboard.text(t("menu-home"), callbackData.home);
}

/** The entries of a topic by title, then back to the audience's topics and home. */
export function entriesKeyboard(t: Translate, audience: Audience, entries: readonly { id: string; title: string }[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const entry of entries) keyboard.text(entry.title, callbackData.entry(entry.id, audience)).row();
  return keyboard.text(t("menu-back"), callbackData.audience(audience)).text(t("menu-home"), callbackData.home);
}

/** Where to go when the bot has no answer: a coordinator, or the menus. */
export function noMatchKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("talk-to-coordinator"), callbackData.talkToCoordinator()).row().text(t("menu-topics"), callbackData.homeBelow);
}
