import { randomBytes } from "node:crypto";
import { Composer, GrammyError, InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import { type EnquiryStore } from "../../domain/enquiry.ts";
import { applyInput, checkLimits, correct, enquirerTypeOf, enquiryFrom, formatReference, isComplete, newDraft, stepBack, STEPS, type EnquiryDraft, type EnquiryStep, type KnownAnswers, type StepInput } from "../../domain/enquiry-dialogue.ts";
import type { BotContext } from "../context.ts";
import { parseOfficeSchedule } from "../../domain/reminders.ts";
import { isOpen, local, nextOpening, type OfficeCalendar } from "../../domain/working-hours.ts";
import { formatAsOf } from "../answers.ts";
import { count } from "../dates.ts";
import { officeHoursText } from "../office-hours.ts";
import { callbackPattern, enquiryData, enquiryPattern, parseAudience, parseTopic } from "../callback-data.ts";
import { correctionView, stepView } from "../enquiry-views.ts";
import { HTML } from "../html.ts";
import { LogMessage } from "../../observability/metric-names.ts";

export interface EnquirySettings {
  referencePrefix: string;
  /** "Mo-Fr 09:00-16:00": after sending outside these hours, people learn when the office opens. */
  officeSchedule?: string;
  /** @default "Europe/Berlin" */
  timeZone?: string;
  /** Public holidays (YYYY-MM-DD) on which the office is closed. */
  holidays?: readonly string[];
  draftTtlHours: number;
  retentionDays: number;
  maxOpen: number;
  maxPerDay: number;
  officeHours?: string;
}

export interface EnquiryDependencies {
  store: EnquiryStore;
  settings: EnquirySettings;
  districts: readonly string[];
  now: () => Date;
  log: { info(message: string, details: Record<string, unknown>): void };
}

/** The person's own earlier question that the bot's message (with the tapped button) replies to. */
function personsQuestion(ctx: BotContext): Message | undefined {
  const repliedTo = ctx.callbackQuery?.message?.reply_to_message as Message | undefined;
  return repliedTo?.from?.id === ctx.from?.id && repliedTo?.text && !repliedTo.text.startsWith("/") ? repliedTo : undefined;
}

/** Short enough for button data, random enough that one person's drafts never collide. */
const newId = () => randomBytes(8).toString("hex");

/**
 * The consultation request: a short guided dialogue whose state lives in DynamoDB (the person's
 * draft), so that it survives between Lambda invocations and for days; "Back" and "Cancel" at
 * every step; nothing is an enquiry before the person agreed and pressed "Send".
 */
export function enquiryFeature({ store, settings, districts, now, log }: EnquiryDependencies): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");
  const expiry = () => new Date(now().getTime() + settings.draftTtlHours * 60 * 60 * 1000);
  const schedule = settings.officeSchedule ? parseOfficeSchedule(settings.officeSchedule) : undefined;
  const holidays = new Set(settings.holidays ?? []);
  const calendar: OfficeCalendar | undefined = schedule && { ...schedule, timeZone: settings.timeZone ?? "Europe/Berlin", isHoliday: (date) => holidays.has(date) };

  /** "Das Büro ist gerade geschlossen …", when it is; empty while it is open or no schedule is set. */
  function closedNotice(ctx: BotContext, at: Date): string {
    if (!calendar || isOpen(calendar, at)) return "";
    const opening = local(nextOpening(calendar, at), calendar.timeZone);
    const time = `${String(Math.floor(opening.minutes / 60)).padStart(2, "0")}:${String(opening.minutes % 60).padStart(2, "0")}`;
    return `\n${ctx.t("enquiry-sent-closed", { date: formatAsOf(opening.date, ctx.t), time })}`;
  }

  async function show(ctx: BotContext, draft: EnquiryDraft, options: { edit: boolean; prefix?: string; replyTo?: number }) {
    const view = stepView(draft, ctx.t, districts, settings.retentionDays);
    const text = options.prefix ? `${options.prefix}\n\n${view.text}` : view.text;
    const replyTo = options.replyTo ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {};
    if (options.edit) await ctx.editMessageText(text, { ...HTML, reply_markup: view.keyboard });
    else await ctx.reply(text, { ...HTML, ...replyTo, reply_markup: view.keyboard });
  }

  async function save(ctx: BotContext, draft: EnquiryDraft) {
    await ctx.preferences.saveDraft(draft, expiry());
  }

  /**
   * Entry from a button, /enquiry or the deep link. `questionMessage` is the person's earlier
   * question: the consent step is sent as a reply to it, and only the "I agree" under it stores it.
   */
  async function begin(ctx: BotContext, questionMessage: number | undefined, edit: boolean, known: KnownAnswers = {}) {
    const state = await ctx.preferences.get();
    // A draft still at the consent step holds nothing to come back to (and its question may never
    // have reached the person, if sending it failed): it simply starts again.
    if (state?.draft && state.draft.step !== "consent") {
      const keyboard = new InlineKeyboard()
        .text(ctx.t("enquiry-resume-continue"), enquiryData.resume(true))
        .text(ctx.t("enquiry-resume-restart"), enquiryData.resume(false));
      return ctx.reply(ctx.t("enquiry-resume"), { ...HTML, reply_markup: keyboard });
    }
    const refusal = checkLimits(await store.listByEnquirer(ctx.from!.id), now(), { maxOpen: settings.maxOpen, maxPerDay: settings.maxPerDay });
    if (refusal === "too-many-open") return ctx.reply(ctx.t("enquiry-limit-open", { max: count(settings.maxOpen) }), HTML);
    if (refusal === "daily-limit") return ctx.reply(ctx.t("enquiry-limit-daily"), HTML);
    // The chat's language is the likely answer language; the summary shows it and lets it be changed.
    const draft = newDraft(newId(), now(), { language: await ctx.preferences.language(), ...known });
    await save(ctx, draft);
    await show(ctx, draft, { edit, ...(questionMessage ? { replyTo: questionMessage } : {}) });
  }

  /** The person's input at the current step: on success the next step, else the same step with a hint. */
  async function input(ctx: BotContext, draft: EnquiryDraft, value: StepInput, edit: boolean, messageId?: number) {
    const result = applyInput(draft, value, districts, now());
    if (!result.ok) return show(ctx, draft, { edit: false, prefix: ctx.t(`enquiry-hint-${result.error}`) });
    await save(ctx, messageId === undefined ? result.draft : { ...result.draft, lastMessageId: messageId });
    if (value.kind === "attachment" && result.draft.step === draft.step) {
      return ctx.reply(ctx.t("enquiry-attachment-added", { count: count(result.draft.attachments.length) }), HTML);
    }
    await show(ctx, result.draft, { edit });
  }

  async function send(ctx: BotContext, draft: EnquiryDraft) {
    const at = now();
    const reference = formatReference(settings.referencePrefix, at.getUTCFullYear(), await store.nextSequence(at.getUTCFullYear()));
    // The draft's id is the enquiry's: a second "Send" (double tap, redelivery) finds the first.
    const { created, enquiry } = await store.create(enquiryFrom(draft, ctx.from!.id, reference, at));
    await ctx.preferences.clearDraft();
    if (created) log.info(LogMessage.EnquiryCreated, { reference: enquiry.reference, type: enquiry.type, topic: enquiry.topic });
    // Not created means an earlier delivery of this "Send" stored it but may have failed before the
    // person saw the confirmation (the draft is still there), or a double tap ran alongside: either
    // way the person gets the confirmation, and an identical second edit is no news to Telegram.
    // From the schedule, in the person's language; OFFICE_HOURS (one text for everyone) only without one.
    const officeHours = schedule ? officeHoursText(schedule, ctx.t) : settings.officeHours;
    const hours = officeHours ? `\n${ctx.t("enquiry-sent-hours", { hours: officeHours })}` : "";
    const confirmation = `${ctx.t("enquiry-sent", { reference: enquiry.reference })}${hours}${closedNotice(ctx, new Date(enquiry.createdAt))}`;
    await ctx.editMessageText(confirmation, HTML).catch((error: unknown) => {
      if (!(error instanceof GrammyError && error.description.includes("message is not modified"))) throw error;
    });
  }

  privateChat.command("enquiry", (ctx) => begin(ctx, undefined, false));
  privateChat.command("start", async (ctx, next) => (ctx.match.trim().toLowerCase() === "enquiry" ? begin(ctx, undefined, false) : next()));

  privateChat.callbackQuery(callbackPattern.talkToCoordinator, async (ctx) => {
    await ctx.answerCallbackQuery();
    const type = enquirerTypeOf(parseAudience(ctx.match[1]));
    const topic = parseTopic(ctx.match[2]);
    // The question that led here, when the button sits under a reply to it: a person should not type it twice.
    await begin(ctx, personsQuestion(ctx)?.message_id, false, { ...(type ? { type } : {}), ...(topic ? { topic } : {}) });
  });

  privateChat.callbackQuery(enquiryPattern, async (ctx) => {
    const [, step, value] = ctx.match;
    const state = await ctx.preferences.get();
    const draft = state?.draft;
    if (step === "cancel") {
      await ctx.answerCallbackQuery();
      if (draft) await ctx.preferences.clearDraft();
      return ctx.editMessageText(ctx.t("enquiry-cancelled"), HTML);
    }
    if (!draft) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    await ctx.answerCallbackQuery();
    if (step === "resume") {
      if (value === "continue") return show(ctx, draft, { edit: true });
      const fresh = newDraft(newId(), now());
      await save(ctx, fresh);
      return show(ctx, fresh, { edit: true });
    }
    if (step === "send") {
      if (draft.step !== "summary" || !isComplete(draft)) return show(ctx, draft, { edit: false, prefix: ctx.t("enquiry-outdated") });
      return send(ctx, draft);
    }
    if (step === "back") {
      if (value !== draft.step) return show(ctx, draft, { edit: false, prefix: ctx.t("enquiry-outdated") });
      const previous = stepBack(draft);
      await save(ctx, previous);
      return show(ctx, previous, { edit: true });
    }
    if (step === "fix") {
      if (draft.step !== "summary" || !(STEPS as readonly string[]).includes(value ?? "")) return show(ctx, draft, { edit: false, prefix: ctx.t("enquiry-outdated") });
      const correcting = correct(draft, value as EnquiryStep);
      await save(ctx, correcting);
      return show(ctx, correcting, { edit: true });
    }
    if (step !== draft.step) return show(ctx, draft, { edit: false, prefix: ctx.t("enquiry-outdated") });
    if (step === "summary") {
      const view = value === "correct" ? correctionView(draft, ctx.t) : stepView(draft, ctx.t, districts, settings.retentionDays);
      return ctx.editMessageText(view.text, { ...HTML, reply_markup: view.keyboard });
    }
    const carried = step === "consent" ? personsQuestion(ctx)?.text : undefined;
    await input(ctx, draft, { kind: "choice", value: value ?? "", ...(carried ? { carried } : {}) }, true);
  });

  // Messages while a draft waits for text or attachments; anything else goes on to the other features.
  privateChat.on("message", async (ctx, next) => {
    if (ctx.message.text?.startsWith("/")) return next();
    const draft = (await ctx.preferences.get())?.draft;
    if (!draft) return next();
    const message = ctx.message;
    // Taken already, but what followed failed and Telegram delivers it again: the step it led to.
    if (draft.lastMessageId === message.message_id) return show(ctx, draft, { edit: false });
    const largestPhoto = message.photo?.at(-1);
    const value: StepInput =
      message.text !== undefined
        ? { kind: "text", text: message.text }
        : largestPhoto
          ? { kind: "attachment", attachment: { kind: "photo", fileId: largestPhoto.file_id } }
          : message.document
            ? { kind: "attachment", attachment: { kind: "document", fileId: message.document.file_id } }
            : { kind: "other-media" };
    // Attachments belong to the request text; elsewhere they are not what the step asks for.
    if (value.kind === "attachment" && draft.step !== "question") return show(ctx, draft, { edit: false, prefix: ctx.t("enquiry-hint-use-buttons") });
    await input(ctx, draft, value, false, message.message_id);
  });

  return feature;
}
