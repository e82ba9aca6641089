import { Api, Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { I18n } from "@grammyjs/i18n";
import { autoRetry } from "@grammyjs/auto-retry";
import type { DirectoryStore } from "../domain/directory.ts";
import type { CoordinatorStore } from "../domain/coordinators.ts";
import type { Routing } from "../domain/routing.ts";
import type { Translator } from "../domain/translation.ts";
import type { EnquiryStore } from "../domain/enquiry.ts";
import type { ErasedFiguresStore } from "../domain/enquiry-stats.ts";
import type { EnquiryLookups } from "../domain/enquiry-lookups.ts";
import type { KnowledgeEntry } from "../domain/knowledge-base.ts";
import type { KnowledgeGapStore } from "../domain/knowledge-gaps.ts";
import type { KnowledgeSearch } from "../domain/search/knowledge-search.ts";
import type { UserPreferencesStore } from "../domain/user-preferences.ts";
import type { BotContext } from "./context.ts";
import { helpFeature } from "./features/help.ts";
import { languageFeature } from "./features/language.ts";
import { privacyFeature } from "./features/privacy.ts";
import { coordinationFeature } from "./features/coordination/coordination-feature.ts";
import { directoryFeature } from "./features/directory.ts";
import { enquiryFeature, type EnquirySettings } from "./features/enquiry.ts";
import { myEnquiriesFeature } from "./features/my-enquiries.ts";
import { menuFeature } from "./features/menu.ts";
import { questionsFeature } from "./features/questions.ts";
import { unhandledFeature } from "./features/unhandled.ts";
import { preferencesMiddleware } from "./preferences.ts";
import { createEnquiryEraser } from "./enquiry-eraser.ts";

/** The update kinds the bot handles; `setWebhook` and long polling ask Telegram for these only. */
export const ALLOWED_UPDATES = ["message", "callback_query", "chat_member"] as const;

export interface BotDependencies {
  token: string;
  /** Known bot identity, so that no `getMe` runs on a cold start (it retries forever without network). */
  botInfo: UserFromGetMe;
  /** @default "https://api.telegram.org" */
  apiRoot?: string;
  i18n: I18n<BotContext>;
  preferences: UserPreferencesStore;
  knowledge: {
    entries: readonly KnowledgeEntry[];
    search: KnowledgeSearch;
    detectSmallTalk: (message: string) => "greeting" | "thanks" | undefined;
  };
  gaps: KnowledgeGapStore;
  directory: { districts: readonly string[]; store: DirectoryStore };
  /** `erasedFigures`: what statistics keep of enquiries whose data was erased. */
  enquiries: { store: EnquiryStore; lookups: EnquiryLookups; settings: EnquirySettings; erasedFigures: ErasedFiguresStore };
  /** The coordinators' group and who is registered in it. */
  coordination: { chatId: number | undefined; coordinators: CoordinatorStore; routing: Routing };
  /** Machine translation of relayed messages; undefined: off. */
  translator?: Translator;
  /** Where the bot notes what happened (ids and references only). */
  log: { info(message: string, details: Record<string, unknown>): void; warn(message: string, details: Record<string, unknown>): void };
  /** @default () => new Date() */
  now?: () => Date;
}

/**
 * Bounds for outgoing calls that fit inside the webhook function's 20 s timeout: a call gives up
 * after 8 s; only a 429 whose `retry_after` is at most 5 s is retried here, once. Network errors and
 * Telegram's 5xx are not retried in the request (the plugin would back off for 3 + 6 s and more):
 * they fail the update as transient, and Telegram's own redelivery is the retry.
 */
const API_TIMEOUT_SECONDS = 8;
const RETRY = { maxRetryAttempts: 1, maxDelaySeconds: 5, rethrowInternalServerErrors: true, rethrowHttpErrors: true } as const;

/** A Bot API client with the same bounds as the bot's own, for code that only sends (the notifier). */
export function createApi(token: string, apiRoot?: string): Api {
  const api = new Api(token, { apiRoot, timeoutSeconds: API_TIMEOUT_SECONDS });
  api.config.use(autoRetry(RETRY));
  return api;
}

/** Wires every feature into one bot; the same bot runs under the webhook, long polling and the tests. */
export function createBot(deps: BotDependencies): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    botInfo: deps.botInfo,
    client: { apiRoot: deps.apiRoot, timeoutSeconds: API_TIMEOUT_SECONDS },
  });
  bot.api.config.use(autoRetry(RETRY));

  const now = deps.now ?? (() => new Date());
  const { settings } = deps.enquiries;
  const eraseEnquiry = createEnquiryEraser({
    store: deps.enquiries.store,
    lookups: deps.enquiries.lookups,
    figures: deps.enquiries.erasedFigures,
    i18n: deps.i18n,
    retentionDays: settings.retentionDays,
    now,
    log: deps.log,
  });
  bot.use(preferencesMiddleware(deps.preferences, now));
  bot.use(deps.i18n);
  // Before the menus and the search: a message may belong to an enquiry being written or added to.
  bot.use(
    coordinationFeature({
      coordinatorChatId: deps.coordination.chatId,
      entries: deps.knowledge.entries,
      ...(deps.translator ? { translator: deps.translator } : {}),
      coordinators: deps.coordination.coordinators,
      routing: deps.coordination.routing,
      gaps: deps.gaps,
      enquiries: deps.enquiries.store,
      lookups: deps.enquiries.lookups,
      erasedFigures: deps.enquiries.erasedFigures,
      i18n: deps.i18n,
      retentionDays: settings.retentionDays,
      now,
      log: deps.log,
    }),
  );
  bot.use(
    myEnquiriesFeature({ store: deps.enquiries.store, lookups: deps.enquiries.lookups, retentionDays: settings.retentionDays, now, i18n: deps.i18n, log: deps.log, ...(deps.translator ? { translator: deps.translator } : {}) }),
  );
  bot.use(enquiryFeature({ store: deps.enquiries.store, settings, districts: deps.directory.districts, now, log: deps.log }));
  bot.use(menuFeature(deps.knowledge.entries), helpFeature(), languageFeature());
  bot.use(
    privacyFeature({
      preferences: deps.preferences,
      enquiries: deps.enquiries.store,
      lookups: deps.enquiries.lookups,
      eraseEnquiry,
      retentionDays: settings.retentionDays,
      draftTtlHours: settings.draftTtlHours,
      now,
    }),
  );
  bot.use(
    directoryFeature({
      districts: deps.directory.districts,
      directory: deps.directory.store,
      overviews: deps.knowledge.entries.filter((entry) => entry.directory),
    }),
  );
  bot.use(questionsFeature({ ...deps.knowledge, gaps: deps.gaps, now }));
  bot.use(unhandledFeature());
  return bot;
}

/** What `getMe` would say, built from configuration: the bot's id is the number before the token's colon. */
export function botInfoFrom(botId: number, username: string): UserFromGetMe {
  return {
    id: botId,
    is_bot: true,
    first_name: username,
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

/** Asks Telegram who the bot is; only for local runs without `TELEGRAM_BOT_USERNAME`, never in Lambda. */
export function fetchBotInfo(token: string, apiRoot?: string): Promise<UserFromGetMe> {
  return new Api(token, { apiRoot, timeoutSeconds: API_TIMEOUT_SECONDS }).getMe();
}
