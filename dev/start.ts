import { randomBytes } from "node:crypto";
import { localEnvironmentSchema, parseEnvironment } from "../functions/config.ts";
import { DEFAULT_LANGUAGE, isLanguage } from "../functions/domain/languages.ts";
import { FakeBotApi } from "./fake-bot-api.ts";
import { loadDotEnv } from "./dotenv.ts";
import { createLocalLogger } from "./logger.ts";
import { startLocalRuntime } from "./local-runtime.ts";
import { runLongPolling } from "./long-polling.ts";
import { LOCAL_TOKEN } from "./local-token.ts";
import { runTerminalChat } from "./terminal-chat.ts";

/**
 * `npm start`: with TELEGRAM_BOT_TOKEN, the bot talks to Telegram by long polling; without, a chat
 * in this terminal against a local fake of the Bot API. Either way every update goes through the
 * webhook handler and an embedded DynamoDB whose data stays in LOCAL_DATA_DIR.
 */
async function main() {
  loadDotEnv();
  const environment = parseEnvironment(localEnvironmentSchema, process.env);
  // Nothing outside this process sees this secret: it only keeps the handler's check honest.
  const webhookSecret = environment.TELEGRAM_WEBHOOK_SECRET ?? randomBytes(24).toString("hex");

  if (environment.TELEGRAM_BOT_TOKEN) {
    const logger = createLocalLogger(environment);
    const runtime = await startLocalRuntime({ environment, token: environment.TELEGRAM_BOT_TOKEN, webhookSecret, apiRoot: environment.TELEGRAM_API_ROOT, logger });
    const stopping = new AbortController();
    process.once("SIGINT", () => {
      // A long poll may hang for 25 s more; nothing is lost by leaving now, Telegram keeps unconfirmed updates.
      stopping.abort();
      void runtime.close().finally(() => process.exit(0));
    });
    console.log(`@${runtime.bot.botInfo.username} is running by long polling (DynamoDB: ${runtime.dynamoDbEndpoint}). Ctrl+C stops it.`);
    await runLongPolling(runtime, environment.TELEGRAM_BOT_TOKEN, environment.TELEGRAM_API_ROOT, webhookSecret, stopping.signal);
    await runtime.close();
    return;
  }

  const username = environment.TELEGRAM_BOT_USERNAME ?? "local_engagement_bot";
  const api = await new FakeBotApi({ id: 1000001, username }).start();
  const logger = createLocalLogger(environment, true);
  const runtime = await startLocalRuntime({
    environment: { ...environment, TELEGRAM_BOT_USERNAME: username },
    token: LOCAL_TOKEN,
    webhookSecret,
    apiRoot: api.apiRoot,
    logger,
    // The terminal chat's stand-in for the coordinators' group.
    coordinatorChatId: -1001000001,
  });
  console.log(`No TELEGRAM_BOT_TOKEN set: chatting locally (data in ${environment.LOCAL_DATA_DIR}).`);
  // The terminal's language when the bot speaks it, else the office's; /language switches anyway.
  const terminalLanguage = (process.env.LANG ?? "").slice(0, 2).toLowerCase();
  const language_code = isLanguage(terminalLanguage) ? terminalLanguage : DEFAULT_LANGUAGE;
  await runTerminalChat(runtime, api, webhookSecret, { id: 4242, first_name: "Local", language_code });
  await runtime.close();
  await api.stop();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
