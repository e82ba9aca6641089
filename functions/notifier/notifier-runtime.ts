import type { Logger } from "@aws-lambda-powertools/logger";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createCoordinatorNotifier } from "../bot/coordinator-notifier.ts";
import { createApi } from "../bot/create-bot.ts";
import { createEnquiryEraser } from "../bot/enquiry-eraser.ts";
import { createI18n, localesDirectory } from "../bot/i18n.ts";
import { contentDirectory, loadContent } from "../content/load-content.ts";
import type { Enquiry } from "../domain/enquiry.ts";
import { DynamoDbCoordinatorStore } from "../store/coordinator-store.ts";
import { DynamoDbEnquiryStore } from "../store/enquiry-store.ts";
import { DynamoDbErasedFiguresStore } from "../store/erased-figures-store.ts";
import { DynamoDbEnquiryLookups } from "../store/enquiry-lookup-store.ts";

export interface NotifierRuntimeOptions {
  token: string;
  apiRoot?: string;
  tableName: string;
  documentClient: DynamoDBDocumentClient;
  coordinatorChatId: number | undefined;
  localesDir?: string;
  contentDir?: string;
  /** How long an erased topic's marker stays. @default 180 (the enquiries' default retention) */
  retentionDays?: number;
  /** @default () => new Date() */
  now?: () => Date;
  logger: Logger;
}

/**
 * Composition root of the notifier: in Lambda fed by the table's stream (new enquiries, and
 * enquiries DynamoDB's TTL removed), locally by an outbox poll.
 */
export function createNotifierRuntime(options: NotifierRuntimeOptions) {
  const now = options.now ?? (() => new Date());
  const store = new DynamoDbEnquiryStore(options.documentClient, options.tableName, now);
  const lookups = new DynamoDbEnquiryLookups(options.documentClient, options.tableName, now);
  const api = createApi(options.token, options.apiRoot);
  const i18n = createI18n(localesDirectory(options.localesDir));
  const eraseEnquiry = createEnquiryEraser({
    store,
    lookups,
    figures: new DynamoDbErasedFiguresStore(options.documentClient, options.tableName),
    i18n,
    retentionDays: options.retentionDays ?? 180,
    now,
    log: options.logger,
  });
  return {
    store,
    lookups,
    notifyNewEnquiry: createCoordinatorNotifier({
      api,
      store,
      lookups,
      coordinators: new DynamoDbCoordinatorStore(options.documentClient, options.tableName),
      routing: loadContent(contentDirectory(options.contentDir)).routing,
      coordinatorChatId: options.coordinatorChatId,
      i18n,
      now,
      log: options.logger,
    }),
    /** Removes an enquiry whose retention ended from the group and its lookups (the item itself may be gone already). */
    eraseExpiredEnquiry: (enquiry: Enquiry) => eraseEnquiry(api, enquiry, "retention"),
  };
}

export type NotifierRuntime = ReturnType<typeof createNotifierRuntime>;
