import { Composer, GrammyError, InlineKeyboard, InputFile } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import { STATUS_ICONS, statusAfter, type CardAction, type CoordinatorStore } from "../../domain/coordinators.ts";
import { ENQUIRY_STATUSES, OPEN_STATUSES, type Enquiry, type EnquiryEvent, type EnquiryStore } from "../../domain/enquiry.ts";
import { exportCsv, monthStats, type ErasedFiguresStore } from "../../domain/enquiry-stats.ts";
import { monthOf, type KnowledgeGapStore } from "../../domain/knowledge-gaps.ts";
import type { BotContext } from "../context.ts";
import { answerText } from "../answers.ts";
import {
  assignPattern,
  assignToData,
  assignToPattern,
  cardKeyboard,
  cardPattern,
  cardText,
  templateData,
  templatePattern,
  templatesPattern,
  topicName,
} from "../coordination-views.ts";
import type { KnowledgeEntry } from "../../domain/knowledge-base.ts";
import type { Translator } from "../../domain/translation.ts";
import type { Routing } from "../../domain/routing.ts";
import { displayName, escapeHtml, HTML, htmlToPlainText } from "../html.ts";
import { myEnquiryData } from "../callback-data.ts";
import { createRelay, type Delivery } from "../relay.ts";
import { LogMessage } from "../../observability/metric-names.ts";

export interface CoordinationDependencies {
  coordinatorChatId: number | undefined;
  /** Translates relayed messages; undefined: they pass unchanged, with the language noted. */
  translator?: Translator;
  /** Reply templates: the knowledge base's answers, sent in the person's language. */
  entries: readonly KnowledgeEntry[];
  routing: Routing;
  gaps: KnowledgeGapStore;
  coordinators: CoordinatorStore;
  enquiries: EnquiryStore;
  /** Figures of erased enquiries, so that /stats and /export keep past months as they were. */
  erasedFigures: ErasedFiguresStore;
  i18n: I18n<BotContext>;
  retentionDays: number;
  now: () => Date;
  log: { info(message: string, details: Record<string, unknown>): void };
}

const ADMIN_STATUSES = new Set(["creator", "administrator"]);
const INBOX_PAGE = 10;
const registrationData = (userId: number) => `reg:${userId}`;
const NOTE = /^\/note(@\w+)?(\s|$)/;

/**
 * The coordinators' side, in their group only: registering, the buttons on each enquiry's card,
 * and the conversation in the enquiry's topic, relayed to the person in private. Every action is
 * checked on the server: the chat must be the coordinators' group and the sender a registered
 * coordinator; what a button carries proves nothing.
 */
export function coordinationFeature(deps: CoordinationDependencies): Composer<BotContext> {
  const { coordinatorChatId, coordinators, enquiries, i18n, now, log, routing, gaps, entries, translator, erasedFigures } = deps;
  const relay = createRelay({ store: enquiries, i18n, retentionDays: deps.retentionDays, now, log, ...(translator ? { translator } : {}) });
  const feature = new Composer<BotContext>();
  // Coordinators read German, whatever their app's language.
  const t = (key: string, variables?: Record<string, string>) => i18n.t("de", key, variables);
  const inGroup = feature.filter((ctx) => coordinatorChatId !== undefined && ctx.chat?.id === coordinatorChatId);

  const isAdmin = async (ctx: BotContext, userId: number) => ADMIN_STATUSES.has((await ctx.api.getChatMember(coordinatorChatId!, userId)).status);
  const activeCoordinator = async (userId: number | undefined) => {
    const coordinator = userId === undefined ? undefined : await coordinators.get(userId);
    return coordinator?.status === "active" ? coordinator : undefined;
  };

  /** Tells the person about a new status, in their language; a blocked bot is noted, not fatal. */
  const tellStatus = (ctx: BotContext, enquiry: Enquiry) =>
    relay.tellEnquirer(ctx.api, enquiry, i18n.t(enquiry.language, "enquiry-status-notice", { reference: enquiry.reference, status: i18n.t(enquiry.language, `my-status-${enquiry.status}`) }));

  /** What the coordinator hears when a message did not reach the person. */
  const undelivered = (delivery: Delivery & { delivered: false }) =>
    delivery.reason === "blocked" ? t("relay-blocked") : t("relay-not-delivered", { reason: escapeHtml(delivery.description ?? "") });

  async function refreshCard(ctx: BotContext, enquiry: Enquiry) {
    const coordination = enquiry.coordination;
    if (!coordination?.cardMessageId) return;
    const assignee = enquiry.assignee === undefined ? undefined : await coordinators.get(enquiry.assignee);
    const team = coordination.team ? routing.teams[coordination.team] : undefined;
    await ctx.api.editMessageText(coordination.chatId, coordination.cardMessageId, cardText(enquiry, t, assignee?.firstName, team), {
      ...HTML,
      reply_markup: cardKeyboard(enquiry, t),
    });
    if (coordination.threadId !== undefined) await ctx.api.editForumTopic(coordination.chatId, coordination.threadId, { name: topicName(enquiry, t) });
  }

  inGroup.command("register", async (ctx) => {
    const user = ctx.from!;
    const known = await coordinators.get(user.id);
    if (known?.status === "active") return ctx.reply(t("register-already", { name: displayName(user.first_name) }), HTML);
    const registeredAt = now().toISOString();
    if (await isAdmin(ctx, user.id)) {
      await coordinators.save({ userId: user.id, firstName: user.first_name, status: "active", registeredAt, teams: known?.teams ?? [] });
      return ctx.reply(t("register-done", { name: displayName(user.first_name) }), HTML);
    }
    await coordinators.save({ userId: user.id, firstName: user.first_name, status: "pending", registeredAt, teams: [] });
    await ctx.reply(t("register-pending", { name: displayName(user.first_name) }), {
      ...HTML,
      reply_markup: new InlineKeyboard().text(t("register-confirm"), registrationData(user.id)),
    });
  });

  inGroup.callbackQuery(/^reg:(\d+)$/, async (ctx) => {
    if (!(await isAdmin(ctx, ctx.from.id))) return ctx.answerCallbackQuery({ text: t("register-not-admin"), show_alert: true });
    const pending = await coordinators.get(Number(ctx.match[1]));
    if (!pending) return ctx.answerCallbackQuery({ text: t("button-outdated") });
    await coordinators.save({ ...pending, status: "active", confirmedBy: ctx.from.id });
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(t("register-confirmed", { name: displayName(pending.firstName), by: displayName(ctx.from.first_name) }), HTML);
  });

  inGroup.command("unregister", async (ctx) => {
    await coordinators.remove(ctx.from!.id);
    await ctx.reply(t("unregister-done", { name: displayName(ctx.from!.first_name) }), HTML);
  });

  inGroup.command(["join", "leave"], async (ctx) => {
    const coordinator = await activeCoordinator(ctx.from?.id);
    if (!coordinator) return ctx.reply(t("not-coordinator"), HTML);
    const team = ctx.match.trim().toLowerCase();
    if (!(team in routing.teams)) return ctx.reply(t("team-unknown", { teams: Object.keys(routing.teams).join(", ") }), HTML);
    const joining = ctx.message!.text!.startsWith("/join");
    const teams = joining ? [...new Set([...coordinator.teams, team])] : coordinator.teams.filter((other) => other !== team);
    await coordinators.save({ ...coordinator, teams });
    await ctx.reply(t(joining ? "team-joined" : "team-left", { name: displayName(coordinator.firstName), team: escapeHtml(routing.teams[team]!) }), HTML);
  });

  inGroup.command("teams", async (ctx) => {
    const everyone = (await coordinators.list()).filter((coordinator) => coordinator.status === "active");
    const lines = Object.entries(routing.teams).map(([id, name]) => {
      const members = everyone.filter((coordinator) => coordinator.teams.includes(id)).map((coordinator) => displayName(coordinator.firstName));
      return `<b>${escapeHtml(name)}</b> (/join ${id}): ${members.join(", ") || "–"}`;
    });
    await ctx.reply([t("team-list"), ...lines].join("\n"), HTML);
  });

  inGroup.callbackQuery(assignPattern, async (ctx) => {
    if (!(await activeCoordinator(ctx.from.id))) return ctx.answerCallbackQuery({ text: t("not-coordinator"), show_alert: true });
    const enquiry = await enquiries.get(ctx.match[1]!);
    const place = enquiry?.coordination;
    if (!enquiry || !place || place.chatId !== coordinatorChatId) return ctx.answerCallbackQuery({ text: t("button-outdated") });
    await ctx.answerCallbackQuery();
    const team = place.team;
    // The enquiry's team first, then everyone else.
    const candidates = (await coordinators.list())
      .filter((coordinator) => coordinator.status === "active")
      .sort((a, b) => Number(team !== undefined && b.teams.includes(team)) - Number(team !== undefined && a.teams.includes(team)));
    if (candidates.length === 0) return ctx.reply(t("assign-nobody"), HTML);
    const keyboard = new InlineKeyboard();
    for (const candidate of candidates) keyboard.text(candidate.firstName, assignToData(enquiry.id, candidate.userId)).row();
    await ctx.reply(t("assign-choose", { reference: enquiry.reference }), {
      ...HTML,
      reply_markup: keyboard,
      ...(place.threadId !== undefined ? { message_thread_id: place.threadId } : {}),
    });
  });

  inGroup.callbackQuery(assignToPattern, async (ctx) => {
    const coordinator = await activeCoordinator(ctx.from.id);
    if (!coordinator) return ctx.answerCallbackQuery({ text: t("not-coordinator"), show_alert: true });
    const enquiry = await enquiries.get(ctx.match[1]!);
    const assignee = await activeCoordinator(Number(ctx.match[2]));
    const open = enquiry && enquiry.status !== "closed" && enquiry.status !== "withdrawn";
    if (!enquiry || !open || !assignee || enquiry.coordination?.chatId !== coordinatorChatId) return ctx.answerCallbackQuery({ text: t("button-outdated") });
    const changed = enquiry.status !== "assigned";
    const updated = await enquiries.addEvent(
      enquiry.id,
      { at: now().toISOString(), type: "status-changed", status: "assigned", by: { userId: coordinator.userId, firstName: coordinator.firstName } },
      { status: "assigned", assignee: assignee.userId, expectedStatus: enquiry.status },
    );
    if (!updated) return ctx.answerCallbackQuery({ text: t("card-changed-meanwhile"), show_alert: true });
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(t("card-assignee", { name: displayName(assignee.firstName) }), HTML);
    await refreshCard(ctx, updated);
    if (changed) await tellStatus(ctx, updated);
  });

  /** One line per enquiry: reference (linking to its topic), status, age, who has it. */
  const listLine = (enquiry: Enquiry, names: Map<number, string>) => {
    const place = enquiry.coordination;
    const link = place?.threadId !== undefined ? `https://t.me/c/${String(place.chatId).replace(/^-100/, "")}/${place.threadId}` : undefined;
    const reference = link ? `<a href="${link}">${enquiry.reference}</a>` : enquiry.reference;
    const days = Math.floor((now().getTime() - Date.parse(enquiry.createdAt)) / (24 * 60 * 60 * 1000));
    const who = enquiry.assignee !== undefined ? ` · ${displayName(names.get(enquiry.assignee) ?? "?")}` : "";
    return `${STATUS_ICONS[enquiry.status]} ${reference} · ${t(`my-status-${enquiry.status}`)} · ${t("age-days", { days: String(days) })}${who}`;
  };
  const names = async () => new Map((await coordinators.list()).map((coordinator) => [coordinator.userId, coordinator.firstName]));

  async function showInbox(ctx: BotContext, page: number, edit: boolean) {
    const open = (await Promise.all([...OPEN_STATUSES].map((status) => enquiries.listByStatus(status)))).flat();
    open.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    if (open.length === 0) return ctx.reply(t("inbox-empty"), HTML);
    const start = page * INBOX_PAGE;
    const shown = open.slice(start, start + INBOX_PAGE);
    const byId = await names();
    const text = [t("inbox-title", { from: String(start + 1), to: String(start + shown.length), total: String(open.length) }), ...shown.map((enquiry) => listLine(enquiry, byId))].join("\n");
    const more = start + INBOX_PAGE < open.length ? { reply_markup: new InlineKeyboard().text(t("inbox-more"), `co:inbox:${page + 1}`) } : {};
    if (edit) await ctx.editMessageText(text, { ...HTML, ...more });
    else await ctx.reply(text, { ...HTML, ...more });
  }

  inGroup.command("inbox", async (ctx) => {
    if (!(await activeCoordinator(ctx.from?.id))) return ctx.reply(t("not-coordinator"), HTML);
    await showInbox(ctx, 0, false);
  });

  inGroup.callbackQuery(/^co:inbox:(\d{1,4})$/, async (ctx) => {
    if (!(await activeCoordinator(ctx.from.id))) return ctx.answerCallbackQuery({ text: t("not-coordinator"), show_alert: true });
    await ctx.answerCallbackQuery();
    await showInbox(ctx, Number(ctx.match[1]), true);
  });

  inGroup.command("mine", async (ctx) => {
    const coordinator = await activeCoordinator(ctx.from?.id);
    if (!coordinator) return ctx.reply(t("not-coordinator"), HTML);
    const mine = (await enquiries.listByAssignee(coordinator.userId)).filter((enquiry) => enquiry.status !== "closed" && enquiry.status !== "withdrawn");
    if (mine.length === 0) return ctx.reply(t("mine-empty"), HTML);
    const byId = await names();
    await ctx.reply([t("mine-title"), ...mine.map((enquiry) => listLine(enquiry, byId))].join("\n"), HTML);
  });

  inGroup.command("find", async (ctx) => {
    if (!(await activeCoordinator(ctx.from?.id))) return ctx.reply(t("not-coordinator"), HTML);
    const reference = ctx.match.trim().toUpperCase();
    if (!/^[A-Z]{1,3}-\d{4}-\d{5}$/.test(reference)) return ctx.reply(t("find-usage"), HTML);
    const enquiry = await enquiries.findByReference(reference);
    if (!enquiry) return ctx.reply(t("find-none", { reference }), HTML);
    await ctx.reply(listLine(enquiry, await names()), HTML);
  });

  /** Loads the enquiry a template button is about, with all the checks of a card button. */
  async function templateContext(ctx: BotContext, enquiryId: string) {
    if (!(await activeCoordinator(ctx.from?.id))) {
      await ctx.answerCallbackQuery({ text: t("not-coordinator"), show_alert: true });
      return undefined;
    }
    const enquiry = await enquiries.get(enquiryId);
    const place = enquiry?.coordination;
    if (!enquiry || !place || place.chatId !== coordinatorChatId || enquiry.status === "closed" || enquiry.status === "withdrawn") {
      await ctx.answerCallbackQuery({ text: t("button-outdated") });
      return undefined;
    }
    await ctx.answerCallbackQuery();
    return { enquiry, thread: place.threadId !== undefined ? { message_thread_id: place.threadId } : {} };
  }

  inGroup.callbackQuery(templatesPattern, async (ctx) => {
    const found = await templateContext(ctx, ctx.match[1]!);
    if (!found) return;
    const { enquiry, thread } = found;
    const keyboard = new InlineKeyboard();
    for (const entry of entries) keyboard.text(entry.title.de, templateData(enquiry.id, entry.id, false)).row();
    await ctx.reply(t("templates-choose", { reference: enquiry.reference, language: t(`language-name-${enquiry.language}`) }), { ...HTML, ...thread, reply_markup: keyboard });
  });

  inGroup.callbackQuery(templatePattern, async (ctx) => {
    const [, mode, enquiryId, entryId] = ctx.match;
    const entry = entries.find((candidate) => candidate.id === entryId);
    if (!entry) return ctx.answerCallbackQuery({ text: t("button-outdated") });
    const found = await templateContext(ctx, enquiryId!);
    if (!found) return;
    const { enquiry, thread } = found;
    const coordinator = (await activeCoordinator(ctx.from.id))!;
    const inTheirLanguage = (key: string, variables?: Record<string, string>) => i18n.t(enquiry.language, key, variables);
    const answer = answerText(entry, enquiry.language, inTheirLanguage, { askFeedback: false });
    const header = inTheirLanguage("relay-from-coordinator", { name: displayName(coordinator.firstName) });
    const message = `${header}\n${answer}`;
    if (mode === "tp") {
      return ctx.reply(`${t("template-preview")}\n\n${message}`, {
        ...HTML,
        ...thread,
        reply_markup: new InlineKeyboard().text(t("template-send"), templateData(enquiry.id, entry.id, true)),
      });
    }
    const replyButton = new InlineKeyboard().text(inTheirLanguage("relay-reply"), myEnquiryData.add(enquiry.id));
    const delivery = await relay.sendToEnquirer(ctx.api, enquiry, [{ html: header }, { html: answer }], replyButton, { conversation: true });
    if (!delivery.delivered) return ctx.reply(undelivered(delivery), { ...HTML, ...thread });
    const by = { userId: coordinator.userId, firstName: coordinator.firstName };
    const updated = await recordAnswer(enquiry, { at: now().toISOString(), type: "message-from-coordinator", text: htmlToPlainText(answer), by }, coordinator.userId);
    await ctx.editMessageText(t("template-sent", { title: escapeHtml(entry.title.de) }), HTML);
    if (updated && updated.status !== enquiry.status) await refreshCard(ctx, updated);
  });

  /**
   * Stores a coordinator's answer; the first answer to a new enquiry also takes it over, unless
   * someone changed its status meanwhile (then only the answer is recorded). The first answer is
   * logged with the time it took, which the stack turns into the time-to-first-answer metric; the
   * log names the reference, never the text.
   */
  async function recordAnswer(enquiry: Enquiry, event: EnquiryEvent, coordinatorId: number) {
    const takeOver = enquiry.status === "new" ? { status: "assigned" as const, assignee: coordinatorId, expectedStatus: "new" as const } : undefined;
    const updated = (takeOver && (await enquiries.addEvent(enquiry.id, event, takeOver))) || (await enquiries.addEvent(enquiry.id, event));
    if (!enquiry.events.some((earlier) => earlier.type === "message-from-coordinator")) {
      const hoursToFirstAnswer = (Date.parse(event.at) - Date.parse(enquiry.createdAt)) / 3_600_000;
      log.info(LogMessage.FirstAnswer, { reference: enquiry.reference, hoursToFirstAnswer: Math.round(hoursToFirstAnswer * 100) / 100 });
    }
    return updated;
  }

  /** Every enquiry still stored, whatever its status: a city office's volume fits a few queries. */
  // Ended enquiries past their retention too: until they are erased, they are not in the figures of erased ones.
  const allEnquiries = async () => (await Promise.all(ENQUIRY_STATUSES.map((status) => enquiries.listByStatus(status, { includeExpired: true })))).flat();

  inGroup.command("stats", async (ctx) => {
    if (!(await activeCoordinator(ctx.from?.id))) return ctx.reply(t("not-coordinator"), HTML);
    const today = now();
    const months = [monthOf(today), monthOf(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1)))];
    const stored = await allEnquiries();
    const blocks: string[] = [];
    for (const month of months) {
      const stats = monthStats(month, stored, await gaps.countsFor(month), await erasedFigures.listMonth(month));
      const list = (counts: Record<string, number>) => Object.entries(counts).map(([key, value]) => `${key} ${value}`).join(", ") || t("stats-none");
      const hours = (value: number | undefined) => (value === undefined ? t("stats-none") : value.toFixed(1));
      blocks.push(
        [
          t("stats-title", { month }),
          t("stats-total", { count: String(stats.total) }),
          t("stats-by-type", { values: list(stats.byType) }),
          t("stats-by-topic", { values: list(stats.byTopic) }),
          t("stats-by-status", { values: list(stats.byStatus) }),
          t("stats-first-answer", { hours: hours(stats.medianHoursToFirstAnswer) }),
          t("stats-close", { hours: hours(stats.medianHoursToClose) }),
          t("stats-helpful", { yes: String(stats.helpful), no: String(stats.notHelpful), unanswered: String(stats.unanswered) }),
          t("stats-rating", { count: String(stats.ratings), average: stats.averageRating === undefined ? t("stats-none") : stats.averageRating.toFixed(1) }),
        ].join("\n"),
      );
    }
    await ctx.reply(blocks.join("\n\n"), HTML);
  });

  inGroup.command("export", async (ctx) => {
    const coordinator = await activeCoordinator(ctx.from?.id);
    if (!coordinator) return ctx.reply(t("not-coordinator"), HTML);
    const [month, flag] = ctx.match.trim().split(/\s+/);
    if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || (flag !== undefined && !/^(persönlich|personal)$/i.test(flag))) return ctx.reply(t("export-usage"), HTML);
    const personal = flag !== undefined;
    // Personal exports are rare and deliberate: who took one, and when, is on record.
    if (personal) log.info("Enquiries exported with personal data", { coordinatorId: coordinator.userId, month });
    const csv = exportCsv(await allEnquiries(), month, { personal }, await erasedFigures.listMonth(month));
    await ctx.replyWithDocument(new InputFile(Buffer.from(csv, "utf8"), `anfragen-${month}${personal ? "-persoenlich" : ""}.csv`), {
      caption: t("export-caption", { month, personal: personal ? t("export-personal") : "" }),
      ...(ctx.message?.message_thread_id !== undefined ? { message_thread_id: ctx.message.message_thread_id } : {}),
    });
  });

  // Leaving the group, or being removed from it, ends the registration.
  inGroup.on("chat_member", async (ctx) => {
    const member = ctx.chatMember.new_chat_member;
    if (member.status === "left" || member.status === "kicked") await coordinators.remove(member.user.id);
  });

  inGroup.callbackQuery(cardPattern, async (ctx) => {
    const coordinator = await activeCoordinator(ctx.from.id);
    if (!coordinator) return ctx.answerCallbackQuery({ text: t("not-coordinator"), show_alert: true });
    const action = ctx.match[1] as CardAction;
    const enquiry = await enquiries.get(ctx.match[2]!);
    if (!enquiry || enquiry.coordination?.chatId !== coordinatorChatId) return ctx.answerCallbackQuery({ text: t("button-outdated") });
    const status = statusAfter(action, enquiry.status);
    if (!status) return ctx.answerCallbackQuery({ text: t("card-not-applicable") });
    const at = now();
    const ended = status === "closed";
    const updated = await enquiries.addEvent(
      enquiry.id,
      { at: at.toISOString(), type: "status-changed", status, by: { userId: coordinator.userId, firstName: coordinator.firstName } },
      {
        status,
        expectedStatus: enquiry.status,
        ...(action === "take" || action === "reopen" ? { assignee: coordinator.userId } : {}),
        ...(ended ? { deleteAfter: new Date(at.getTime() + deps.retentionDays * 24 * 60 * 60 * 1000) } : {}),
      },
    );
    // Someone else (the person withdrawing, another coordinator) was quicker: nothing is changed twice.
    if (!updated) return ctx.answerCallbackQuery({ text: t("card-changed-meanwhile"), show_alert: true });
    await ctx.answerCallbackQuery();
    log.info("Enquiry status changed by a coordinator", { reference: updated.reference, status });
    await refreshCard(ctx, updated);
    const told = await tellStatus(ctx, updated);
    if (told.delivered && status === "closed" && updated.rating === undefined) {
      const stars = new InlineKeyboard();
      for (let rating = 1; rating <= 5; rating++) stars.text(String(rating), myEnquiryData.rate(updated.id, rating));
      await relay.tellEnquirer(ctx.api, updated, i18n.t(updated.language, "rating-question", { reference: updated.reference }), stars);
    }
  });

  // A coordinator's message in an enquiry's topic (or, without topics, in reply to its card).
  inGroup.on("message", async (ctx, next) => {
    const message = ctx.message;
    const threadId = message.is_topic_message ? message.message_thread_id : undefined;
    const cardReply = message.reply_to_message?.from?.id === ctx.me.id ? message.reply_to_message.message_id : undefined;
    if (threadId === undefined && cardReply === undefined) return next();
    if (message.text?.startsWith("/") && !NOTE.test(message.text)) return next();
    const place = await enquiries.placeOf(ctx.chat.id, threadId, threadId === undefined ? cardReply : undefined);
    if (!place) return next();
    // The person deleted their data (or its retention ended) but Telegram kept the topic.
    if (place.kind === "erased") return ctx.reply(t("relay-erased", { reference: place.reference }), HTML);
    const enquiry = place.enquiry;
    const coordinator = await activeCoordinator(ctx.from?.id);
    if (!coordinator) return ctx.reply(t("not-coordinator"), HTML);
    const by = { userId: coordinator.userId, firstName: coordinator.firstName };

    if (message.text && NOTE.test(message.text)) {
      await enquiries.addEvent(enquiry.id, { at: now().toISOString(), type: "note", private: true, text: message.text.replace(NOTE, "").trim(), by });
      return ctx.reply(t("note-saved"), HTML);
    }
    if (enquiry.status === "closed" || enquiry.status === "withdrawn") return ctx.reply(t("relay-closed"), HTML);

    const delivery = await relay.coordinatorToEnquirer(ctx.api, enquiry, displayName(coordinator.firstName), { chatId: ctx.chat.id, messageId: message.message_id, ...(message.text !== undefined ? { text: message.text } : {}) });
    if (!delivery.delivered) return ctx.reply(undelivered(delivery), { ...HTML, reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } });
    const updated = await recordAnswer(enquiry, { at: now().toISOString(), type: "message-from-coordinator", text: message.text ?? message.caption ?? "", by }, coordinator.userId);
    if (updated && updated.status !== enquiry.status) await refreshCard(ctx, updated);
  });

  return feature;
}
