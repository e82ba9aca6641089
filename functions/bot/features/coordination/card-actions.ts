import { Composer, InlineKeyboard } from "grammy";
import { applyTransition, assign, awaitsRating, cardTransition, hasEnded, type CardAction } from "../../../domain/enquiry-lifecycle.ts";
import type { BotContext } from "../../context.ts";
import { coordinationData, coordinationPattern, myEnquiryData } from "../../callback-data.ts";
import { displayName, HTML } from "../../html.ts";
import { registeredCoordinator, type GroupTools } from "./group.ts";

/**
 * The buttons on an enquiry's card (take over, answered, close, reopen) and "Assign to…". The
 * lifecycle decides whether the action fits the status; the store makes it only if nobody changed
 * the enquiry meanwhile; the person is told every change in their language.
 */
export function cardActionsFeature(tools: GroupTools): Composer<BotContext> {
  const { t, deps } = tools;
  const { coordinators, enquiries, i18n, now, log, coordinatorChatId } = deps;
  const feature = new Composer<BotContext>();
  const onlyCoordinators = registeredCoordinator(tools);

  /** The enquiry a button names, if it is one posted in this group. */
  const postedEnquiry = async (id: string) => {
    const enquiry = await enquiries.get(id);
    return enquiry?.coordination?.chatId === coordinatorChatId ? enquiry : undefined;
  };

  /** Makes a card action, once it is decided (and for closing, confirmed). */
  async function act(ctx: BotContext, action: CardAction, enquiryId: string) {
    const coordinator = ctx.coordinator!;
    const enquiry = await postedEnquiry(enquiryId);
    if (!enquiry) return ctx.answerCallbackQuery({ text: t("button-outdated") });
    const decided = cardTransition(action, enquiry, coordinator, now(), deps.retentionDays);
    if (!decided.ok) return ctx.answerCallbackQuery({ text: t("card-not-applicable") });
    const applied = await applyTransition(enquiries, enquiry, decided.transition);
    // Someone else (the person withdrawing, another coordinator) was quicker: nothing is changed twice.
    if (!applied.ok) return ctx.answerCallbackQuery({ text: t(applied.refusal === "gone" ? "button-outdated" : "card-changed-meanwhile"), show_alert: true });
    const updated = applied.enquiry;
    await ctx.answerCallbackQuery();
    log.info("Enquiry status changed by a coordinator", { reference: updated.reference, status: updated.status });
    await tools.refreshCard(ctx, updated);
    const told = await tools.tellStatus(ctx, updated);
    if (told.delivered && awaitsRating(updated)) {
      const stars = new InlineKeyboard();
      for (let rating = 1; rating <= 5; rating++) stars.text(String(rating), myEnquiryData.rate(updated.id, rating));
      await tools.relay.tellEnquirer(ctx.api, updated, i18n.t(updated.language, "rating-question", { reference: updated.reference }), stars);
    }
  }

  feature.callbackQuery(coordinationPattern.card, onlyCoordinators, async (ctx) => {
    const action = ctx.match[1] as CardAction;
    if (action !== "close") return act(ctx, action, ctx.match[2]!);
    // Closing ends the conversation and asks the person for a rating: it is asked first, in the topic.
    const enquiry = await postedEnquiry(ctx.match[2]!);
    if (!enquiry) return ctx.answerCallbackQuery({ text: t("button-outdated") });
    if (!cardTransition("close", enquiry, ctx.coordinator!, now(), deps.retentionDays).ok) return ctx.answerCallbackQuery({ text: t("card-not-applicable") });
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard().text(t("close-confirm-yes"), coordinationData.confirmClose(enquiry.id, true)).text(t("close-confirm-no"), coordinationData.confirmClose(enquiry.id, false));
    await ctx.reply(t("close-confirm", { reference: enquiry.reference }), { ...HTML, reply_markup: keyboard, ...tools.threadOf(enquiry) });
  });

  feature.callbackQuery(coordinationPattern.confirmClose, onlyCoordinators, async (ctx) => {
    const [, answer, enquiryId] = ctx.match;
    if (answer === "closeno") {
      const enquiry = await postedEnquiry(enquiryId!);
      await ctx.answerCallbackQuery();
      return ctx.editMessageText(t("close-kept", { reference: enquiry?.reference ?? "" }), HTML);
    }
    await act(ctx, "close", enquiryId!);
    // The question is answered: its buttons go, so that nobody closes twice from it.
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  });

  feature.callbackQuery(coordinationPattern.assign, onlyCoordinators, async (ctx) => {
    const enquiry = await postedEnquiry(ctx.match[1]!);
    if (!enquiry || hasEnded(enquiry)) return ctx.answerCallbackQuery({ text: t("button-outdated") });
    await ctx.answerCallbackQuery();
    const team = enquiry.coordination?.team;
    // The enquiry's team first, then everyone else.
    const candidates = (await coordinators.list())
      .filter((coordinator) => coordinator.status === "active")
      .sort((a, b) => Number(team !== undefined && b.teams.includes(team)) - Number(team !== undefined && a.teams.includes(team)));
    if (candidates.length === 0) return ctx.reply(t("assign-nobody"), HTML);
    const keyboard = new InlineKeyboard();
    for (const candidate of candidates) keyboard.text(candidate.firstName, coordinationData.assignTo(enquiry.id, candidate.userId)).row();
    await ctx.reply(t("assign-choose", { reference: enquiry.reference }), { ...HTML, reply_markup: keyboard, ...tools.threadOf(enquiry) });
  });

  feature.callbackQuery(coordinationPattern.assignTo, onlyCoordinators, async (ctx) => {
    const enquiry = await postedEnquiry(ctx.match[1]!);
    const assignee = await tools.activeCoordinator(Number(ctx.match[2]));
    if (!enquiry || !assignee) return ctx.answerCallbackQuery({ text: t("button-outdated") });
    const decided = assign(enquiry, assignee, ctx.coordinator!, now());
    if (!decided.ok) return ctx.answerCallbackQuery({ text: t("button-outdated") });
    const applied = await applyTransition(enquiries, enquiry, decided.transition);
    if (!applied.ok) return ctx.answerCallbackQuery({ text: t("card-changed-meanwhile"), show_alert: true });
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(t("card-assignee", { name: displayName(assignee.firstName) }), HTML);
    await tools.refreshCard(ctx, applied.enquiry);
    if (enquiry.status !== applied.enquiry.status) await tools.tellStatus(ctx, applied.enquiry);
  });

  return feature;
}
