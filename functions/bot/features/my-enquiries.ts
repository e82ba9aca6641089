import { Composer, InlineKeyboard } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Translator } from "../../domain/translation.ts";
import { LIMITS, OPEN_STATUSES, visibleToEnquirer, type Enquiry, type EnquiryStore } from "../../domain/enquiry.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml, HTML } from "../html.ts";

export interface MyEnquiriesDependencies {
  store: EnquiryStore;
  retentionDays: number;
  now: () => Date;
  /** For the coordinators' side of a relayed message, which is always German. */
  i18n: I18n<BotContext>;
  /** Translates the person's messages into German for the coordinators; undefined: off. */
  translator?: Translator;
}

const data = {
  show: (id: string) => `my:show:${id}`,
  add: (id: string) => `my:add:${id}`,
  withdraw: (id: string) => `my:wd:${id}`,
  withdrawConfirmed: (id: string) => `my:wdy:${id}`,
};
const pattern = /^my:(show|add|wd|wdy):([a-f0-9]{16})$/;

/**
 * `/my`: a person's own enquiries with their status and history, adding information to an open
 * one, withdrawing it. Every action loads the enquiry and checks it is the sender's: the id in a
 * button proves nothing.
 */
export function myEnquiriesFeature({ store, retentionDays, now, i18n, translator }: MyEnquiriesDependencies): Composer<BotContext> {
  /** The person's text for the coordinators: German first when translation is on, the original beneath. */
  async function forCoordinators(text: string, language: Enquiry["language"]): Promise<string> {
    if (!translator || language === "de") return escapeHtml(text);
    try {
      const german = await translator.translate(text, language, "de");
      return `${escapeHtml(german)}\n\n<i>${i18n.t("de", "relay-original", { language: i18n.t("de", `language-name-${language}`) })}</i>\n${escapeHtml(text)}`;
    } catch {
      return escapeHtml(text);
    }
  }

  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");
  const statusLabel = (ctx: BotContext, enquiry: Enquiry) => ctx.t(`my-status-${enquiry.status}`);

  privateChat.command("my", async (ctx) => {
    const enquiries = await store.listByEnquirer(ctx.from.id);
    if (enquiries.length === 0) return ctx.reply(ctx.t("my-none"), HTML);
    const keyboard = new InlineKeyboard();
    for (const enquiry of enquiries) keyboard.text(`${enquiry.reference} – ${statusLabel(ctx, enquiry)}`, data.show(enquiry.id)).row();
    await ctx.reply(ctx.t("my-list"), { ...HTML, reply_markup: keyboard });
  });

  privateChat.callbackQuery(pattern, async (ctx) => {
    const [, action, id] = ctx.match;
    const enquiry = await store.get(id!);
    if (!enquiry || enquiry.enquirerId !== ctx.from.id) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    await ctx.answerCallbackQuery();
    const open = OPEN_STATUSES.has(enquiry.status);
    if (action !== "show" && !open) return ctx.reply(ctx.t("my-not-open"), HTML);

    switch (action) {
      case "show": {
        const lines = [ctx.t("my-history", { reference: enquiry.reference, status: statusLabel(ctx, enquiry) })];
        for (const event of visibleToEnquirer(enquiry)) {
          const label = event.type === "status-changed" && event.status ? `${ctx.t("my-event-status-changed")}: ${ctx.t(`my-status-${event.status}`)}` : ctx.t(`my-event-${event.type}`);
          const when = event.at.slice(0, 10);
          lines.push(`\n<b>${label}</b> <i>(${when})</i>${event.text ? `\n${escapeHtml(event.text)}` : ""}`);
        }
        const keyboard = new InlineKeyboard();
        if (open) keyboard.text(ctx.t("my-add"), data.add(enquiry.id)).row().text(ctx.t("my-withdraw"), data.withdraw(enquiry.id));
        return ctx.reply(lines.join("\n"), { ...HTML, reply_markup: keyboard });
      }
      case "add":
        await ctx.preferences.setAddingTo(enquiry.id);
        return ctx.reply(ctx.t("my-add-prompt", { reference: enquiry.reference }), HTML);
      case "wd": {
        const keyboard = new InlineKeyboard().text(ctx.t("my-withdraw-yes"), data.withdrawConfirmed(enquiry.id)).text(ctx.t("deletemydata-no"), data.show(enquiry.id));
        return ctx.reply(ctx.t("my-withdraw-confirm", { reference: enquiry.reference }), { ...HTML, reply_markup: keyboard });
      }
      case "wdy": {
        const at = now();
        const deleteAfter = new Date(at.getTime() + retentionDays * 24 * 60 * 60 * 1000);
        await store.addEvent(enquiry.id, { at: at.toISOString(), type: "status-changed", status: "withdrawn" }, { status: "withdrawn", deleteAfter });
        return ctx.editMessageText(ctx.t("my-withdrawn", { reference: enquiry.reference }), HTML);
      }
    }
  });

  // The 1–5 rating asked for after an enquiry was closed; only the owner's first one counts.
  privateChat.callbackQuery(/^rate:([a-f0-9]{16}):([1-5])$/, async (ctx) => {
    const enquiry = await store.get(ctx.match[1]!);
    if (!enquiry || enquiry.enquirerId !== ctx.from.id) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    const counted = await store.rate(enquiry.id, Number(ctx.match[2]));
    await ctx.answerCallbackQuery({ text: counted ? ctx.t("rating-thanks") : ctx.t("button-outdated") });
    if (counted) await ctx.editMessageText(ctx.t("rating-thanks"), HTML);
  });

  /**
   * A message of the person about their open enquiry: into its history, and into its topic for
   * the coordinators (text translated when translation is on; photos, documents and voice copied).
   */
  async function addToEnquiry(ctx: BotContext, enquiry: Enquiry): Promise<void> {
    const message = ctx.message!;
    const text = (message.text ?? message.caption ?? "").trim();
    const largestPhoto = message.photo?.at(-1);
    const attachment = largestPhoto ? { kind: "photo" as const, fileId: largestPhoto.file_id } : message.document ? { kind: "document" as const, fileId: message.document.file_id } : undefined;
    await store.addEvent(enquiry.id, { at: now().toISOString(), type: "message-from-enquirer", text, ...(attachment ? { attachments: [attachment] } : {}) });
    const place = enquiry.coordination;
    if (place) {
      const where = place.threadId !== undefined ? { message_thread_id: place.threadId } : place.cardMessageId ? { reply_parameters: { message_id: place.cardMessageId } } : {};
      const header = i18n.t("de", "relay-from-enquirer", { language: i18n.t("de", `language-name-${enquiry.language}`) });
      if (message.text !== undefined) {
        await ctx.api.sendMessage(place.chatId, `${header}\n${await forCoordinators(text, enquiry.language)}`, { ...HTML, ...where });
      } else {
        await ctx.api.sendMessage(place.chatId, header, { ...HTML, ...where });
        await ctx.api.copyMessage(place.chatId, ctx.chat!.id, message.message_id, where);
      }
    }
    await ctx.reply(ctx.t("my-added", { reference: enquiry.reference }), HTML);
  }

  // A Telegram "reply" to a coordinator's message belongs to that enquiry, whatever it contains.
  privateChat.on("message", async (ctx, next) => {
    const repliedTo = ctx.message.reply_to_message?.message_id;
    const enquiryId = repliedTo === undefined ? undefined : await store.findRelay(ctx.from.id, repliedTo);
    if (!enquiryId) return next();
    const enquiry = await store.get(enquiryId);
    if (!enquiry || enquiry.enquirerId !== ctx.from.id || !OPEN_STATUSES.has(enquiry.status)) return ctx.reply(ctx.t("my-not-open"), HTML);
    if ((ctx.message.text ?? "").length > LIMITS.questionLength) return ctx.reply(ctx.t("enquiry-hint-too-long"), HTML);
    await addToEnquiry(ctx, enquiry);
  });

  // After "Add information", the next message goes into that enquiry's history.
  privateChat.on("message:text", async (ctx, next) => {
    if (ctx.message.text.startsWith("/")) return next();
    const addingTo = (await ctx.preferences.get())?.addingTo;
    if (!addingTo) return next();
    const text = ctx.message.text.trim();
    // Nothing typed is lost: the person is asked again and can shorten it.
    if (!text) return ctx.reply(ctx.t("enquiry-hint-empty"), HTML);
    if (text.length > LIMITS.questionLength) return ctx.reply(ctx.t("enquiry-hint-too-long"), HTML);
    await ctx.preferences.setAddingTo(undefined);
    const enquiry = await store.get(addingTo);
    if (!enquiry || enquiry.enquirerId !== ctx.from.id || !OPEN_STATUSES.has(enquiry.status)) return ctx.reply(ctx.t("my-not-open"), HTML);
    await addToEnquiry(ctx, enquiry);
  });

  return feature;
}
