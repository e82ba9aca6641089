import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { HTML } from "../html.ts";

export function helpFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType("private").command("help", (ctx) => ctx.reply(ctx.t("help"), HTML));
  return feature;
}
