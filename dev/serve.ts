import { ConfigError, localEnvironmentSchema, parseEnvironment } from "../functions/config.ts";
import { createFunctionUrlServer, listen } from "./function-url-server.ts";
import { loadDotEnv } from "./dotenv.ts";
import { createLocalLogger } from "./logger.ts";
import { endWithParent, startLocalRuntime } from "./local-runtime.ts";
import { LOCAL_TOKEN } from "./local-token.ts";


async function main() {
  loadDotEnv();
  const environment = parseEnvironment(localEnvironmentSchema, process.env);
  // Telegram (or a local emulator) signs every delivery with it: the server cannot run without one.
  const webhookSecret = environment.TELEGRAM_WEBHOOK_SECRET;
  if (!webhookSecret) throw new ConfigError("Configuration error: TELEGRAM_WEBHOOK_SECRET is missing");
  const talksToTelegram = new URL(environment.TELEGRAM_API_ROOT).hostname === "api.telegram.org";
  if (talksToTelegram && !environment.TELEGRAM_BOT_TOKEN) {
    throw new Error("Configuration error: TELEGRAM_BOT_TOKEN is missing (or set TELEGRAM_API_ROOT to a local Bot API)");
  }
  const logger = createLocalLogger(environment);
  const runtime = await startLocalRuntime({
    environment,
    token: environment.TELEGRAM_BOT_TOKEN ?? LOCAL_TOKEN,
    webhookSecret,
    apiRoot: environment.TELEGRAM_API_ROOT,
    logger,
  });
  const server = createFunctionUrlServer(runtime.handle);
  const port = await listen(server, environment.PORT);
  console.log(`Webhook listening on http://127.0.0.1:${port}/telegram (DynamoDB: ${runtime.dynamoDbEndpoint})`);

  endWithParent(async () => {
    // Open keep-alive connections would otherwise hold the port until they time out.
    server.closeAllConnections();
    server.close();
    await runtime.close();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
