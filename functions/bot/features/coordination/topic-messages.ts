import { Composer } from "grammy";
import { hasEnded } from "../../../domain/enquiry-lifecycle.ts";
import type { BotContext } from "../../context.ts";
import { displayName, HTML } from "../../html.ts";
import type { GroupTools } from "./group.ts";

const NOTE = /^\/note(@\w+)?(\s|$)/;

/**
 * A coordinator's message in an enquiry's topic (or, without topics, in reply to its card): to the
 * person in private, under the coordinator's name; `/note …` stays in the group as a private note.
 */
export function topicMessagesFeature(tools: GroupTools): Composer<BotContext> {
  const { t, deps } = tools;
  const { enquiries, now } = deps;
  const feature = new Composer<BotContext>();

  feature.on("message", async (ctx, next) => {
    const message = ctx.message;
    const threadId = message.is_topic_message ? message.message_thread_id : undefined;
    const cardReply = message.reply_to_message?.from?.id === ctx.me.id ? message.reply_to_message.message_id : undefined;
    if (threadId === undefined && cardReply === undefined) return next();
    if (message.text?.startsWith("/") && !NOTE.test(message.text)) return next();
    const place = await deps.lookups.placeOf(ctx.chat.id, threadId, threadId === undefined ? cardReply : undefined);
    if (!place) return next();
    // The person deleted their data (or its retention ended) but Telegram kept the topic.
    if (place.kind === "erased") return ctx.reply(t("relay-erased", { reference: place.reference }), HTML);
    const enquiry = await enquiries.get(place.enquiryId);
    if (!enquiry) return next();
    const coordinator = await tools.activeCoordinator(ctx.from?.id);
    if (!coordinator) return ctx.reply(t("not-coordinator"), HTML);

    if (message.text && NOTE.test(message.text)) {
      const by = { userId: coordinator.userId, firstName: coordinator.firstName };
      await enquiries.addEvent(enquiry.id, { at: now().toISOString(), type: "note", private: true, text: message.text.replace(NOTE, "").trim(), by });
      return ctx.reply(t("note-saved"), HTML);
    }
    if (hasEnded(enquiry)) return ctx.reply(t("relay-closed"), HTML);

    const relayed = { chatId: ctx.chat.id, messageId: message.message_id, ...(message.text !== undefined ? { text: message.text } : {}) };
    const delivery = await tools.relay.coordinatorToEnquirer(ctx.api, enquiry, displayName(coordinator.firstName), relayed);
    if (!delivery.delivered) return ctx.reply(tools.undelivered(delivery), { ...HTML, reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } });
    await tools.relay.markDelivered(ctx.api, relayed);
    const updated = await tools.recordAnswer(enquiry, coordinator, message.text ?? message.caption ?? "");
    if (updated && updated.status !== enquiry.status) await tools.refreshCard(ctx, updated);
  });

  return feature;
}
