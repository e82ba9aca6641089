import type { Logger } from "@aws-lambda-powertools/logger";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createCoordinatorNotifier } from "../bot/coordinator-notifier.ts";
import { createApi } from "../bot/create-bot.ts";
import { createI18n, localesDirectory } from "../bot/i18n.ts";
import { contentDirectory, loadContent } from "../content/load-content.ts";
import { DynamoDbCoordinatorStore } from "../store/coordinator-store.ts";
import { DynamoDbEnquiryStore } from "../store/enquiry-store.ts";

export interface NotifierRuntimeOptions {
  token: string;
  apiRoot?: string;
  tableName: string;
  documentClient: DynamoDBDocumentClient;
  coordinatorChatId: number | undefined;
  localesDir?: string;
  contentDir?: string;
  logger: Logger;
}

/** Composition root of the notifier: in Lambda fed by the table's stream, locally by an outbox poll. */
export function createNotifierRuntime(options: NotifierRuntimeOptions) {
  const store = new DynamoDbEnquiryStore(options.documentClient, options.tableName);
  return {
    store,
    notifyNewEnquiry: createCoordinatorNotifier({
      api: createApi(options.token, options.apiRoot),
      store,
      coordinators: new DynamoDbCoordinatorStore(options.documentClient, options.tableName),
      routing: loadContent(contentDirectory(options.contentDir)).routing,
      coordinatorChatId: options.coordinatorChatId,
      i18n: createI18n(localesDirectory(options.localesDir)),
      now: () => new Date(),
      log: options.logger,
    }),
  };
}
