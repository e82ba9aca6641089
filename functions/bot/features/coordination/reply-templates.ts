import { Composer, InlineKeyboard } from "grammy";
import { hasEnded } from "../../../domain/enquiry-lifecycle.ts";
import { answerText } from "../../answers.ts";
import type { BotContext } from "../../context.ts";
import { coordinationData, coordinationPattern, myEnquiryData } from "../../callback-data.ts";
import { displayName, escapeHtml, HTML, htmlToPlainText } from "../../html.ts";
import { registeredCoordinator, type GroupTools } from "./group.ts";

/**
 * "📋 Vorlagen" on the card: the knowledge base's answers as replies, previewed in the topic and
 * sent on "Send" in the person's language (English where it is not translated), under the
 * coordinator's name, with its as-of date and source.
 */
export function replyTemplatesFeature(tools: GroupTools): Composer<BotContext> {
  const { t, deps } = tools;
  const { enquiries, entries, i18n, coordinatorChatId } = deps;
  const feature = new Composer<BotContext>();
  const onlyCoordinators = registeredCoordinator(tools);

  /** The open enquiry posted in this group that a template button names, or an "outdated" answer. */
  async function openEnquiry(ctx: BotContext, enquiryId: string) {
    const enquiry = await enquiries.get(enquiryId);
    if (!enquiry || enquiry.coordination?.chatId !== coordinatorChatId || hasEnded(enquiry)) {
      await ctx.answerCallbackQuery({ text: t("button-outdated") });
      return undefined;
    }
    await ctx.answerCallbackQuery();
    return enquiry;
  }

  feature.callbackQuery(coordinationPattern.templates, onlyCoordinators, async (ctx) => {
    const enquiry = await openEnquiry(ctx, ctx.match[1]!);
    if (!enquiry) return;
    const keyboard = new InlineKeyboard();
    for (const entry of entries) keyboard.text(entry.title.de, coordinationData.template(enquiry.id, entry.id, false)).row();
    await ctx.reply(t("templates-choose", { reference: enquiry.reference, language: t(`language-name-${enquiry.language}`) }), { ...HTML, ...tools.threadOf(enquiry), reply_markup: keyboard });
  });

  feature.callbackQuery(coordinationPattern.template, onlyCoordinators, async (ctx) => {
    const [, mode, enquiryId, entryId] = ctx.match;
    const entry = entries.find((candidate) => candidate.id === entryId);
    if (!entry) return ctx.answerCallbackQuery({ text: t("button-outdated") });
    const enquiry = await openEnquiry(ctx, enquiryId!);
    if (!enquiry) return;
    const coordinator = ctx.coordinator!;
    const inTheirLanguage = (key: string, variables?: Record<string, string>) => i18n.t(enquiry.language, key, variables);
    const answer = answerText(entry, enquiry.language, inTheirLanguage, { askFeedback: false });
    const header = inTheirLanguage("relay-from-coordinator", { name: displayName(coordinator.firstName) });
    if (mode === "tp") {
      return ctx.reply(`${t("template-preview")}\n\n${header}\n${answer}`, {
        ...HTML,
        ...tools.threadOf(enquiry),
        reply_markup: new InlineKeyboard().text(t("template-send"), coordinationData.template(enquiry.id, entry.id, true)),
      });
    }
    const replyButton = new InlineKeyboard().text(inTheirLanguage("relay-reply"), myEnquiryData.add(enquiry.id));
    const delivery = await tools.relay.sendToEnquirer(ctx.api, enquiry, [{ html: header }, { html: answer }], replyButton, { conversation: true });
    if (!delivery.delivered) return ctx.reply(tools.undelivered(delivery), { ...HTML, ...tools.threadOf(enquiry) });
    const updated = await tools.recordAnswer(enquiry, coordinator, htmlToPlainText(answer));
    await ctx.editMessageText(t("template-sent", { title: escapeHtml(entry.title.de) }), HTML);
    if (updated && updated.status !== enquiry.status) await tools.refreshCard(ctx, updated);
  });

  return feature;
}
