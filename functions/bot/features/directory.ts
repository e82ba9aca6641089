import { Composer, InlineKeyboard } from "grammy";
import type { DirectoryEntry, DirectoryStore } from "../../domain/directory.ts";
import type { KnowledgeEntry } from "../../domain/knowledge-base.ts";
import type { Language } from "../../domain/languages.ts";
import { entryTitle, formatAsOf } from "../answers.ts";
import { callbackData, callbackPattern } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { count } from "../dates.ts";
import { escapeHtml, HTML } from "../html.ts";

export interface DirectoryDependencies {
  districts: readonly string[];
  directory: DirectoryStore;
  /** Entries whose source links are the city's official overviews (`directory: true`). */
  overviews: readonly KnowledgeEntry[];
}

/** Telegram refuses messages over 4,096 characters; the list stops well before, with a pointer to the rest. */
const MAX_LIST_LENGTH = 3_500;

/** "Near you": the friend circles and initiatives of a district, from the imported directory. */
export function directoryFeature({ districts, directory, overviews }: DirectoryDependencies): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");

  const overviewLinks = (language: Language) =>
    overviews.map((entry) => `• <a href="${escapeHtml(entry.sourceUrl)}">${escapeHtml(entryTitle(entry, language))}</a>`).join("\n");

  const describe = (ctx: BotContext, entry: DirectoryEntry) => {
    const lines = [`• <b>${escapeHtml(entry.name)}</b> (${ctx.t(`directory-kind-${entry.kind}`)}) – ${escapeHtml(entry.focus)}`];
    const link = entry.link ? ` · <a href="${escapeHtml(entry.link)}">${ctx.t("directory-website")}</a>` : "";
    lines.push(`  ${escapeHtml(entry.contact)}${link}`);
    lines.push(`  <i>${escapeHtml(ctx.t("answer-as-of", { date: formatAsOf(entry.asOf, ctx.t) }))}</i>`);
    return lines.join("\n");
  };

  privateChat.callbackQuery(callbackData.chooseDistrict, async (ctx) => {
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard();
    districts.forEach((district, index) => {
      keyboard.text(district, callbackData.district(index));
      if (index % 3 === 2) keyboard.row();
    });
    keyboard.row().text(ctx.t("menu-home"), callbackData.home);
    await ctx.reply(ctx.t("directory-choose-district"), { ...HTML, reply_markup: keyboard });
  });

  privateChat.callbackQuery(callbackPattern.district, async (ctx) => {
    const district = districts[Number(ctx.match[1])];
    if (!district) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    await ctx.answerCallbackQuery();
    const language = await ctx.preferences.language();
    const found = await directory.inDistrict(district);
    const home = new InlineKeyboard().text(ctx.t("menu-back"), callbackData.chooseDistrict).text(ctx.t("menu-home"), callbackData.home);

    if (found === undefined) return ctx.reply(`${ctx.t("directory-not-loaded")}\n${overviewLinks(language)}`, { ...HTML, reply_markup: home });
    if (found.length === 0) {
      return ctx.reply(`${ctx.t("directory-none-in-district", { district })}\n${overviewLinks(language)}`, { ...HTML, reply_markup: home });
    }
    let text = `<b>${escapeHtml(ctx.t("directory-heading", { district }))}</b>`;
    let shown = 0;
    for (const entry of found) {
      const block = `\n\n${describe(ctx, entry)}`;
      if (text.length + block.length > MAX_LIST_LENGTH) break;
      text += block;
      shown++;
    }
    if (shown < found.length) text += `\n\n${ctx.t("directory-more", { count: count(found.length - shown) })}\n${overviewLinks(language)}`;
    await ctx.reply(text, { ...HTML, reply_markup: home });
  });

  return feature;
}
