import { Composer, InlineKeyboard } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Translator } from "../../domain/translation.ts";
import type { EnquiryLookups } from "../../domain/enquiry-lookups.ts";
import { applyTransition, isOpen, withdraw } from "../../domain/enquiry-lifecycle.ts";
import { visibleToEnquirer, type Enquiry, type EnquiryStore } from "../../domain/enquiry.ts";
import { LIMITS } from "../../domain/enquiry-dialogue.ts";
import { myEnquiryData, myEnquiryPattern } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml, HTML } from "../html.ts";
import { historyPages } from "../history-pages.ts";
import { count, readableDateTime } from "../dates.ts";
import { createRelay } from "../relay.ts";

export interface MyEnquiriesDependencies {
  store: EnquiryStore;
  lookups: EnquiryLookups;
  retentionDays: number;
  now: () => Date;
  /** For the coordinators' side of a relayed message, which is always German. */
  i18n: I18n<BotContext>;
  /** Translates the person's messages into German for the coordinators; undefined: off. */
  translator?: Translator;
  log: { info(message: string, details: Record<string, unknown>): void };
}

/**
 * `/my`: a person's own enquiries with their status and history, adding information to an open
 * one, withdrawing it. Every action loads the enquiry and checks it is the sender's: the id in a
 * button proves nothing. A message about an enquiry that has ended still reaches the coordinators,
 * who may reopen it.
 */
export function myEnquiriesFeature({ store, lookups, retentionDays, now, i18n, translator, log }: MyEnquiriesDependencies): Composer<BotContext> {
  const relay = createRelay({ store, lookups, i18n, retentionDays, now, log, ...(translator ? { translator } : {}) });
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");
  const statusLabel = (ctx: BotContext, enquiry: Enquiry) => ctx.t(`my-status-${enquiry.status}`);

  privateChat.command("my", async (ctx) => {
    const enquiries = await store.listByEnquirer(ctx.from.id);
    if (enquiries.length === 0) return ctx.reply(ctx.t("my-none"), HTML);
    const keyboard = new InlineKeyboard();
    for (const enquiry of enquiries) keyboard.text(`${enquiry.reference} – ${statusLabel(ctx, enquiry)}`, myEnquiryData.show(enquiry.id)).row();
    await ctx.reply(ctx.t("my-list"), { ...HTML, reply_markup: keyboard });
  });

  /** One page of the history, newest first, with "older"/"newer" and, while it is open, add and withdraw. */
  async function showHistory(ctx: BotContext, enquiry: Enquiry, page: number, edit: boolean) {
    const open = isOpen(enquiry);
    const title = ctx.t("my-history", { reference: enquiry.reference, status: statusLabel(ctx, enquiry) });
    const entries = [...visibleToEnquirer(enquiry)].reverse().map((event) => {
      const label = event.type === "status-changed" && event.status ? `${ctx.t("my-event-status-changed")}: ${ctx.t(`my-status-${event.status}`)}` : ctx.t(`my-event-${event.type}`);
      return { heading: `<b>${label}</b> <i>(${readableDateTime(event.at, ctx.t)})</i>`, text: event.text ?? "" };
    });
    const pages = historyPages(title, entries, { shortened: ctx.t("my-history-shortened"), pageLabel: (number, total) => ctx.t("my-history-page", { page: count(number), pages: count(total) }) });
    const shown = Math.min(page, pages.length - 1);
    const keyboard = new InlineKeyboard();
    if (shown > 0) keyboard.text(ctx.t("my-history-newer"), myEnquiryData.show(enquiry.id, shown - 1));
    if (shown < pages.length - 1) keyboard.text(ctx.t("my-history-older"), myEnquiryData.show(enquiry.id, shown + 1));
    if (open) keyboard.row().text(ctx.t("my-add"), myEnquiryData.add(enquiry.id)).row().text(ctx.t("my-withdraw"), myEnquiryData.withdraw(enquiry.id));
    else keyboard.row().text(ctx.t("my-write-again"), myEnquiryData.add(enquiry.id));
    const text = pages[shown]!;
    if (edit) return ctx.editMessageText(text, { ...HTML, reply_markup: keyboard });
    return ctx.reply(text, { ...HTML, reply_markup: keyboard });
  }

  privateChat.callbackQuery(myEnquiryPattern.action, async (ctx) => {
    const [, action, id, page] = ctx.match;
    const enquiry = await store.get(id!);
    if (!enquiry || enquiry.enquirerId !== ctx.from.id) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    await ctx.answerCallbackQuery();
    const open = isOpen(enquiry);

    switch (action) {
      case "show":
        // A page button edits its own message; the list's buttons open the history anew.
        return showHistory(ctx, enquiry, Number(page ?? 0), page !== undefined);
      case "add":
        // Also after the enquiry ended: what the person writes reaches the coordinators, who may reopen it.
        await ctx.preferences.setAddingTo(enquiry.id);
        return ctx.reply(ctx.t(open ? "my-add-prompt" : "my-add-prompt-ended", { reference: enquiry.reference }), HTML);
      case "wd": {
        if (!open) return ctx.reply(ctx.t("my-not-open"), HTML);
        const keyboard = new InlineKeyboard().text(ctx.t("my-withdraw-yes"), myEnquiryData.withdrawConfirmed(enquiry.id)).text(ctx.t("deletemydata-no"), myEnquiryData.show(enquiry.id));
        return ctx.reply(ctx.t("my-withdraw-confirm", { reference: enquiry.reference }), { ...HTML, reply_markup: keyboard });
      }
      case "wdy": {
        const decided = withdraw(enquiry, now(), retentionDays);
        if (!decided.ok) return ctx.reply(ctx.t("my-not-open"), HTML);
        const withdrawn = await applyTransition(store, enquiry, decided.transition);
        if (!withdrawn.ok) {
          // A coordinator changed it at the same moment: the person decides again on what it is now.
          const current = await store.get(enquiry.id);
          return ctx.editMessageText(ctx.t("my-changed-meanwhile", { reference: enquiry.reference, status: current ? statusLabel(ctx, current) : "–" }), HTML);
        }
        return ctx.editMessageText(ctx.t("my-withdrawn", { reference: enquiry.reference }), HTML);
      }
    }
  });

  // The 1–5 rating asked for after an enquiry was closed; only the owner's first one counts.
  privateChat.callbackQuery(myEnquiryPattern.rate, async (ctx) => {
    const enquiry = await store.get(ctx.match[1]!);
    if (!enquiry || enquiry.enquirerId !== ctx.from.id) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    const rating = Number(ctx.match[2]);
    const counted = await store.rate(enquiry.id, rating);
    await ctx.answerCallbackQuery({ text: counted ? ctx.t("rating-thanks") : ctx.t("button-outdated") });
    if (!counted) return;
    await ctx.editMessageText(ctx.t("rating-thanks"), HTML);
    await relay.tellCoordinators(ctx.api, enquiry, i18n.t("de", "rating-posted", { reference: enquiry.reference, rating: count(rating) }));
  });

  /**
   * A message of the person about their enquiry: into its history, and into its topic for the
   * coordinators (text translated when translation is on; photos, documents and voice copied).
   * After the enquiry ended it reaches them with a "Reopen" button, and the person is told so.
   */
  async function addToEnquiry(ctx: BotContext, enquiry: Enquiry): Promise<void> {
    const message = ctx.message!;
    const text = (message.text ?? message.caption ?? "").trim();
    const largestPhoto = message.photo?.at(-1);
    const attachment = largestPhoto ? { kind: "photo" as const, fileId: largestPhoto.file_id } : message.document ? { kind: "document" as const, fileId: message.document.file_id } : undefined;
    const recorded = await store.addEvent(enquiry.id, { at: now().toISOString(), type: "message-from-enquirer", text, ...(attachment ? { attachments: [attachment] } : {}) });
    if (!recorded) return void (await ctx.reply(ctx.t("button-outdated"), HTML));
    const delivery = await relay.enquirerToCoordinators(ctx.api, recorded, { chatId: ctx.chat!.id, messageId: message.message_id, ...(message.text !== undefined ? { text } : {}) });
    const ended = !isOpen(recorded);
    const reply = !delivery.delivered ? "my-added-not-posted" : ended ? "my-added-after-end" : "my-added";
    await ctx.reply(ctx.t(reply, { reference: escapeHtml(enquiry.reference) }), HTML);
  }

  // A Telegram "reply" to a coordinator's message belongs to that enquiry, whatever it contains.
  privateChat.on("message", async (ctx, next) => {
    const repliedTo = ctx.message.reply_to_message?.message_id;
    const enquiryId = repliedTo === undefined ? undefined : await lookups.findRelay(ctx.from.id, repliedTo);
    if (!enquiryId) return next();
    const enquiry = await store.get(enquiryId);
    if (!enquiry || enquiry.enquirerId !== ctx.from.id) return ctx.reply(ctx.t("my-not-open"), HTML);
    if ((ctx.message.text ?? "").length > LIMITS.questionLength) return ctx.reply(ctx.t("enquiry-hint-too-long"), HTML);
    await addToEnquiry(ctx, enquiry);
  });

  // After "Add information" (or "Write again"), the next message goes into that enquiry's history.
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
    if (!enquiry || enquiry.enquirerId !== ctx.from.id) return ctx.reply(ctx.t("my-not-open"), HTML);
    await addToEnquiry(ctx, enquiry);
  });

  return feature;
}
