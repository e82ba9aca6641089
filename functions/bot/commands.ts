import type { BotCommand } from "grammy/types";
import type { I18n } from "@grammyjs/i18n";
import type { Language } from "../domain/languages.ts";
import type { BotContext } from "./context.ts";

/** The commands shown in Telegram's menu, in this order. */
export const MENU_COMMANDS = ["start", "enquiry", "my", "help", "language", "privacy", "mydata", "deletemydata"] as const;

export function menuCommands(i18n: I18n<BotContext>, language: Language): BotCommand[] {
  return MENU_COMMANDS.map((command) => ({ command, description: i18n.t(language, `command-${command}`) }));
}
