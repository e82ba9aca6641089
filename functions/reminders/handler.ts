import { Logger } from "@aws-lambda-powertools/logger";
import type { Context } from "aws-lambda";
import { lambdaEnvironmentSchema, parseEnvironment } from "../config.ts";
import { createDynamoDbClients } from "../store/dynamodb-client.ts";
import { readBotSecret } from "../webhook/bot-secret.ts";
import { createReminderRuntime } from "./reminder-runtime.ts";

const environment = parseEnvironment(lambdaEnvironmentSchema, process.env);
const logger = new Logger({ logLevel: environment.LOG_LEVEL });
const { documentClient } = createDynamoDbClients();
let runtime: Promise<ReturnType<typeof createReminderRuntime>> | undefined;

/** Scheduled entry (EventBridge, every 30 minutes): sends the reminders that are due. */
export const handler = async (_event: unknown, context: Context) => {
  logger.addContext(context);
  runtime ??= readBotSecret(environment.BOT_SECRET_ARN)
    .then((secret) =>
      createReminderRuntime({
        token: secret.botToken,
        apiRoot: environment.TELEGRAM_API_ROOT,
        tableName: environment.TABLE_NAME,
        documentClient,
        officeSchedule: environment.OFFICE_SCHEDULE,
        timeZone: environment.OFFICE_TIME_ZONE,
        settings: { firstAnswerWorkingHours: environment.FIRST_ANSWER_WORKING_HOURS, reassureAfterWorkingHours: environment.REASSURE_AFTER_WORKING_HOURS },
        localesDir: environment.LOCALES_DIR,
        contentDir: environment.CONTENT_DIR,
        logger,
      }),
    )
    .catch((error: unknown) => {
      runtime = undefined;
      throw error;
    });
  const sent = await (await runtime)();
  logger.info("Reminders sent", sent);
  return sent;
};
