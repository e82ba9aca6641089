import type { I18n, TranslationVariables } from "@grammyjs/i18n";
import type { Composer, MiddlewareFn } from "grammy";
import type { Coordinator, CoordinatorStore } from "../../../domain/coordinators.ts";
import type { ErasedFiguresStore } from "../../../domain/enquiry-stats.ts";
import { isFirstAnswer, answer } from "../../../domain/enquiry-lifecycle.ts";
import type { Enquiry, EnquiryStore } from "../../../domain/enquiry.ts";
import type { EnquiryLookups } from "../../../domain/enquiry-lookups.ts";
import type { KnowledgeEntry } from "../../../domain/knowledge-base.ts";
import type { KnowledgeGapStore } from "../../../domain/knowledge-gaps.ts";
import type { Routing } from "../../../domain/routing.ts";
import type { Translator } from "../../../domain/translation.ts";
import { LogMessage } from "../../../observability/metric-names.ts";
import type { BotContext } from "../../context.ts";
import { cardKeyboard, cardText, topicName } from "../../coordination-views.ts";
import { escapeHtml, HTML } from "../../html.ts";
import { createRelay, type Delivery, type Relay } from "../../relay.ts";

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
  lookups: EnquiryLookups;
  /** Figures of erased enquiries, so that /stats and /export keep past months as they were. */
  erasedFigures: ErasedFiguresStore;
  i18n: I18n<BotContext>;
  retentionDays: number;
  now: () => Date;
  log: { info(message: string, details: Record<string, unknown>): void };
}

/** What the coordinators' features share: German texts, the checks, the card, the relay. */
export interface GroupTools {
  deps: CoordinationDependencies;
  /** Coordinators read German, whatever their app's language. */
  t: (key: string, variables?: TranslationVariables) => string;
  relay: Relay;
  /** The registered and confirmed coordinator with this id, if there is one. */
  activeCoordinator(userId: number | undefined): Promise<Coordinator | undefined>;
  isAdmin(ctx: BotContext, userId: number): Promise<boolean>;
  /** The card and the topic's name show the enquiry as it is now. */
  refreshCard(ctx: BotContext, enquiry: Enquiry): Promise<void>;
  /** Tells the person about a new status, in their language; a blocked bot is noted, not fatal. */
  tellStatus(ctx: BotContext, enquiry: Enquiry): Promise<Delivery>;
  /** What the coordinator hears when a message did not reach the person. */
  undelivered(delivery: Delivery & { delivered: false }): string;
  /** Where a reply about this enquiry goes in the group: its topic, if it has one. */
  threadOf(enquiry: Enquiry): { message_thread_id?: number };
  /** Stores a coordinator's answer, taking a new enquiry over; logs the first one for the metric. */
  recordAnswer(enquiry: Enquiry, by: Coordinator, text: string): Promise<Enquiry | undefined>;
}

const ADMIN_STATUSES = new Set(["creator", "administrator"]);

export function groupTools(deps: CoordinationDependencies): GroupTools {
  const { coordinators, enquiries, i18n, now, log, routing } = deps;
  const t = (key: string, variables?: TranslationVariables) => i18n.t("de", key, variables);
  const relay = createRelay({ store: enquiries, lookups: deps.lookups, i18n, retentionDays: deps.retentionDays, now, log, ...(deps.translator ? { translator: deps.translator } : {}) });

  return {
    deps,
    t,
    relay,
    async activeCoordinator(userId) {
      const coordinator = userId === undefined ? undefined : await coordinators.get(userId);
      return coordinator?.status === "active" ? coordinator : undefined;
    },
    async isAdmin(ctx, userId) {
      return ADMIN_STATUSES.has((await ctx.api.getChatMember(deps.coordinatorChatId!, userId)).status);
    },
    async refreshCard(ctx, enquiry) {
      const coordination = enquiry.coordination;
      if (!coordination?.cardMessageId) return;
      const assignee = enquiry.assignee === undefined ? undefined : await coordinators.get(enquiry.assignee);
      const team = coordination.team ? routing.teams[coordination.team] : undefined;
      await ctx.api.editMessageText(coordination.chatId, coordination.cardMessageId, cardText(enquiry, t, assignee?.firstName, team), { ...HTML, reply_markup: cardKeyboard(enquiry, t) });
      if (coordination.threadId !== undefined) await ctx.api.editForumTopic(coordination.chatId, coordination.threadId, { name: topicName(enquiry, t) });
    },
    tellStatus(ctx, enquiry) {
      const status = i18n.t(enquiry.language, `my-status-${enquiry.status}`);
      return relay.tellEnquirer(ctx.api, enquiry, i18n.t(enquiry.language, "enquiry-status-notice", { reference: enquiry.reference, status }));
    },
    undelivered(delivery) {
      return delivery.reason === "blocked" ? t("relay-blocked") : t("relay-not-delivered", { reason: escapeHtml(delivery.description ?? "") });
    },
    threadOf(enquiry) {
      const threadId = enquiry.coordination?.threadId;
      return threadId !== undefined ? { message_thread_id: threadId } : {};
    },
    async recordAnswer(enquiry, by, text) {
      const at = now();
      const { event, takeOver } = answer(enquiry, by, at, text);
      // Taken over only while still new; when someone changed it meanwhile, the answer alone is recorded.
      const updated = (takeOver && (await enquiries.addEvent(enquiry.id, event, takeOver))) || (await enquiries.addEvent(enquiry.id, event));
      if (isFirstAnswer(enquiry)) {
        // The log names the reference, never the text; the stack turns it into the time-to-first-answer metric.
        const hoursToFirstAnswer = (at.getTime() - Date.parse(enquiry.createdAt)) / 3_600_000;
        log.info(LogMessage.FirstAnswer, { reference: enquiry.reference, hoursToFirstAnswer: Math.round(hoursToFirstAnswer * 100) / 100 });
      }
      return updated;
    },
  };
}

/** The updates from the coordinators' group; everything else passes by. */
export function coordinatorsGroup(composer: Composer<BotContext>, coordinatorChatId: number | undefined): Composer<BotContext> {
  return composer.filter((ctx) => coordinatorChatId !== undefined && ctx.chat?.id === coordinatorChatId);
}

/**
 * Lets only registered, confirmed coordinators through, with `ctx.coordinator` set; anyone else
 * is told how to register (a button gets the same answer as an alert).
 */
export function registeredCoordinator(tools: GroupTools): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const coordinator = await tools.activeCoordinator(ctx.from?.id);
    if (!coordinator) {
      if (ctx.callbackQuery) return void (await ctx.answerCallbackQuery({ text: tools.t("not-coordinator"), show_alert: true }));
      return void (await ctx.reply(tools.t("not-coordinator"), HTML));
    }
    ctx.coordinator = coordinator;
    await next();
  };
}
