import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { Server } from "node:http";
import { Api } from "grammy";
import { localEnvironmentSchema, parseEnvironment, type LocalEnvironment } from "../functions/config.ts";
import { DEFAULT_LANGUAGE, isLanguage } from "../functions/domain/languages.ts";
import { createDynamoDbClients } from "../functions/store/dynamodb-client.ts";
import { registerWebhook, setBotProfile, setCommandMenus } from "./telegram-setup.ts";
import { loadDotEnv } from "./dotenv.ts";
import { createFunctionUrlServer, listen } from "./function-url-server.ts";
import { createLocalLogger } from "./logger.ts";
import { recreateTable } from "./local-dynamodb.ts";
import { endWithParent, startLocalRuntime } from "./local-runtime.ts";
import { runLongPolling } from "./long-polling.ts";
import { LOCAL_TOKEN } from "./local-token.ts";
import { BotApiEmulator } from "./playground/bot-api-emulator.ts";
import { PLAYGROUND_GROUP } from "./playground/personas.ts";
import { createPlaygroundServer } from "./playground/playground-server.ts";
import { runTerminalChat } from "./terminal-chat.ts";

/**
 * `npm start`: with TELEGRAM_BOT_TOKEN, the bot talks to Telegram by long polling; without, a
 * local Telegram (the Bot API emulator) with a playground page in the browser and a chat in this
 * terminal. Either way every update goes through the webhook handler and an embedded DynamoDB
 * whose data stays in LOCAL_DATA_DIR.
 */
async function main() {
  loadDotEnv();
  const environment = parseEnvironment(localEnvironmentSchema, process.env);
  // Nothing outside this process sees this secret: it only keeps the handler's check honest.
  const webhookSecret = environment.TELEGRAM_WEBHOOK_SECRET ?? randomBytes(24).toString("hex");
  if (environment.TELEGRAM_BOT_TOKEN) return runWithTelegram(environment, environment.TELEGRAM_BOT_TOKEN, webhookSecret);
  return runPlayground(environment, webhookSecret);
}

async function runWithTelegram(environment: LocalEnvironment, token: string, webhookSecret: string) {
  const logger = createLocalLogger(environment);
  const runtime = await startLocalRuntime({ environment, token, webhookSecret, apiRoot: environment.TELEGRAM_API_ROOT, logger });
  const stopping = new AbortController();
  endWithParent(async () => {
    // A long poll may hang for 25 s more; nothing is lost by leaving now, Telegram keeps unconfirmed updates.
    stopping.abort();
    await runtime.close();
  });
  console.log(`@${runtime.bot.botInfo.username} is running by long polling (DynamoDB: ${runtime.dynamoDbEndpoint}). Ctrl+C stops it.`);
  await runLongPolling(runtime, token, environment.TELEGRAM_API_ROOT, webhookSecret, stopping.signal);
  await runtime.close();
}

async function runPlayground(environment: LocalEnvironment, webhookSecret: string) {
  const username = environment.TELEGRAM_BOT_USERNAME ?? "local_engagement_bot";
  const emulator = await new BotApiEmulator({
    bot: { id: Number(LOCAL_TOKEN.split(":")[0]), username, first_name: "Engagement Bot" },
    stateFile: join(environment.LOCAL_DATA_DIR, "playground.json"),
  }).start();
  const logger = createLocalLogger(environment, true);
  // The local Telegram knows only its own group: a real group's id from .env (for polling) would fail.
  const coordinatorChatId = PLAYGROUND_GROUP.id;
  const runtime = await startLocalRuntime({
    environment: { ...environment, TELEGRAM_BOT_USERNAME: username, COORDINATOR_CHAT_ID: coordinatorChatId },
    token: LOCAL_TOKEN,
    webhookSecret,
    apiRoot: emulator.apiRoot,
    logger,
  });

  // The webhook as `npm run serve` serves it, registered the way `npm run webhook:set` does.
  const webhook = createFunctionUrlServer(runtime.handle);
  const webhookPort = await listen(webhook, 0);
  const api = new Api(LOCAL_TOKEN, { apiRoot: emulator.apiRoot });
  await registerWebhook(api, `http://127.0.0.1:${webhookPort}/telegram`, webhookSecret);
  await setCommandMenus(api, environment.LOCALES_DIR);
  await setBotProfile(api, environment.LOCALES_DIR);

  const { client } = createDynamoDbClients({ endpoint: runtime.dynamoDbEndpoint });
  const playground = await createPlaygroundServer({ emulator, resetData: () => recreateTable(client, environment.TABLE_NAME) });
  const playgroundPort = await listenOrAnyPort(playground, environment.PLAYGROUND_PORT);
  console.log(`No TELEGRAM_BOT_TOKEN set: a local Telegram runs on this machine (data in ${environment.LOCAL_DATA_DIR}).`);
  console.log(`Playground: http://127.0.0.1:${playgroundPort}/ (open it in a browser: chat as a volunteer, a company or a refugee, and answer as the coordinators)`);

  const stop = async () => {
    // Open keep-alive connections (the browser's page) would otherwise hold the ports.
    playground.closeAllConnections();
    playground.close();
    webhook.closeAllConnections();
    webhook.close();
    await runtime.close();
    client.destroy();
    await emulator.stop();
  };
  endWithParent(stop);

  // The terminal's language when the bot speaks it, else the office's; /language switches anyway.
  const terminalLanguage = (process.env.LANG ?? "").slice(0, 2).toLowerCase();
  const language_code = isLanguage(terminalLanguage) ? terminalLanguage : DEFAULT_LANGUAGE;
  const { quit } = await runTerminalChat(emulator, { id: 4242, first_name: "Local", language_code }, coordinatorChatId);
  // Without a terminal (input closed) the playground page keeps running until Ctrl+C.
  if (quit) {
    await stop();
    process.exit(0);
  }
}

/** The configured port, or any free one when it is taken (a second `npm start`). */
async function listenOrAnyPort(server: Server, port: number): Promise<number> {
  try {
    return await listen(server, port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    console.log(`Port ${port} is taken (PLAYGROUND_PORT); using a free one.`);
    return listen(server, 0);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
