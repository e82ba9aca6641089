import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import type { Logger } from "@aws-lambda-powertools/logger";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { UserFromGetMe } from "grammy/types";
import { createBot } from "../bot/create-bot.ts";
import { createI18n, localesDirectory } from "../bot/i18n.ts";
import { createUpdateProcessor } from "../bot/process-update.ts";
import { contentDirectory, loadContent } from "../content/load-content.ts";
import { createKnowledgeSearch } from "../domain/search/knowledge-search.ts";
import { createSmallTalkDetector } from "../domain/small-talk.ts";
import { DynamoDbDirectoryStore } from "../store/directory-store.ts";
import { DynamoDbEnquiryStore } from "../store/enquiry-store.ts";
import { DynamoDbErasedFiguresStore } from "../store/erased-figures-store.ts";
import { DynamoDbEnquiryLookups } from "../store/enquiry-lookup-store.ts";
import { DynamoDbCoordinatorStore } from "../store/coordinator-store.ts";
import type { EnquirySettings } from "../bot/features/enquiry.ts";
import type { Translator } from "../domain/translation.ts";
import { noUpdateMetrics, type UpdateMetrics } from "../observability/update-metrics.ts";
import { DynamoDbKnowledgeGapStore } from "../store/knowledge-gap-store.ts";
import { DynamoDbUserPreferencesStore } from "../store/user-preferences-store.ts";
import { tableSchema } from "../store/table-schema.ts";
import { createWebhookApp } from "./webhook-app.ts";

export interface WebhookRuntimeOptions {
  token: string;
  webhookSecret: string;
  botInfo: UserFromGetMe;
  /** @default "https://api.telegram.org" */
  apiRoot?: string;
  tableName: string;
  client: DynamoDBClient;
  documentClient: DynamoDBDocumentClient;
  /** @default the repository's `locales/` */
  localesDir?: string;
  /** @default the repository's `content/` */
  contentDir?: string;
  enquirySettings: EnquirySettings;
  /** The coordinators' group; unset: enquiries are stored but have nowhere to go. */
  coordinatorChatId?: number;
  /** Machine translation of relayed messages; unset: off. */
  translator?: Translator;
  /** @default () => new Date() (tests pass a fixed clock) */
  now?: () => Date;
  /** Where failed updates are counted. @default nothing is counted (local runs, most tests) */
  metrics?: UpdateMetrics;
  logger: Logger;
}

/** Composition root of the webhook: the same wiring runs in Lambda, under `npm run serve` and in the tests. */
export function createWebhookRuntime(options: WebhookRuntimeOptions) {
  const preferences = new DynamoDbUserPreferencesStore(options.documentClient, options.tableName);
  const i18n = createI18n(localesDirectory(options.localesDir));
  const content = loadContent(contentDirectory(options.contentDir));
  const knowledge = {
    entries: content.knowledgeBase,
    search: createKnowledgeSearch(content.knowledgeBase, { searchContent: content.search, analysed: content.analysed }),
    detectSmallTalk: createSmallTalkDetector(content.smallTalk),
  };
  const gaps = new DynamoDbKnowledgeGapStore(options.documentClient, options.tableName);
  const directory = { districts: content.districts, store: new DynamoDbDirectoryStore(options.documentClient, options.tableName) };
  const enquiries = {
    store: new DynamoDbEnquiryStore(options.documentClient, options.tableName, options.now),
    lookups: new DynamoDbEnquiryLookups(options.documentClient, options.tableName, options.now),
    erasedFigures: new DynamoDbErasedFiguresStore(options.documentClient, options.tableName),
    settings: { ...options.enquirySettings, holidays: content.holidays },
  };
  const bot = createBot({
    token: options.token,
    botInfo: options.botInfo,
    apiRoot: options.apiRoot,
    i18n,
    preferences,
    knowledge,
    gaps,
    directory,
    enquiries,
    coordination: {
      chatId: options.coordinatorChatId,
      coordinators: new DynamoDbCoordinatorStore(options.documentClient, options.tableName),
      routing: content.routing,
    },
    ...(options.translator ? { translator: options.translator } : {}),
    ...(options.now ? { now: options.now } : {}),
    log: options.logger,
  });
  const processUpdate = createUpdateProcessor({ bot, i18n, log: options.logger });
  const idempotencyStore = new DynamoDBPersistenceLayer({
    tableName: options.tableName,
    awsSdkV3Client: options.client,
    // Single-table design: all update records share one partition, keyed by update in the sort key.
    keyAttr: tableSchema.partitionKey,
    sortKeyAttr: tableSchema.sortKey,
    staticPkValue: "TELEGRAM_UPDATE",
    expiryAttr: tableSchema.timeToLiveAttribute,
  });
  const handle = createWebhookApp({
    webhookSecret: options.webhookSecret,
    processUpdate,
    idempotencyStore,
    metrics: options.metrics ?? noUpdateMetrics,
    logger: options.logger,
  });
  return { bot, i18n, handle };
}

export type WebhookRuntime = ReturnType<typeof createWebhookRuntime>;
