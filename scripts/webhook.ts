import { Api } from "grammy";
import { z } from "zod";
import { ALLOWED_UPDATES } from "../functions/bot/create-bot.ts";
import { parseEnvironment } from "../functions/config.ts";
import { readBotSecret } from "../functions/runtime/bot-secret.ts";
import { MAX_CONNECTIONS, registerWebhook, setBotProfile, setCommandMenus } from "../dev/telegram-setup.ts";

const environmentSchema = z.object({
  TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
  WEBHOOK_URL: z.url().optional(),
  BOT_SECRET_ARN: z.string().startsWith("arn:").optional(),
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  TELEGRAM_WEBHOOK_SECRET: z.string().optional(),
});

/** Token and secret from Secrets Manager (BOT_SECRET_ARN, as deployed) or from the environment. */
async function credentials(environment: z.infer<typeof environmentSchema>) {
  if (environment.BOT_SECRET_ARN) return readBotSecret(environment.BOT_SECRET_ARN);
  if (!environment.TELEGRAM_BOT_TOKEN) throw new Error("Configuration error: set BOT_SECRET_ARN, or TELEGRAM_BOT_TOKEN (and TELEGRAM_WEBHOOK_SECRET for set)");
  return { botToken: environment.TELEGRAM_BOT_TOKEN, webhookSecret: environment.TELEGRAM_WEBHOOK_SECRET };
}

async function main(action: string | undefined) {
  const environment = parseEnvironment(environmentSchema, process.env);
  const { botToken, webhookSecret } = await credentials(environment);
  const api = new Api(botToken, { apiRoot: environment.TELEGRAM_API_ROOT });

  if (action === "info") {
    const info = await api.getWebhookInfo();
    console.log(JSON.stringify(info, null, 2));
    return;
  }
  if (action !== "set") throw new Error("Usage: tsx scripts/webhook.ts set|info");

  if (!environment.WEBHOOK_URL) throw new Error("Configuration error: WEBHOOK_URL is missing (the stack's WebhookUrl output)");
  if (!webhookSecret) throw new Error("Configuration error: TELEGRAM_WEBHOOK_SECRET is missing");
  const url = new URL(environment.WEBHOOK_URL);
  if (url.protocol !== "https:" && !process.env.ALLOW_HTTP_WEBHOOK) throw new Error("Configuration error: WEBHOOK_URL must be https");

  await registerWebhook(api, url.href, webhookSecret);
  console.log(`Webhook set to ${url.href} (updates: ${ALLOWED_UPDATES.join(", ")}; max_connections ${MAX_CONNECTIONS}).`);

  const others = await setCommandMenus(api, process.env.LOCALES_DIR);
  console.log(`Command menus set for: default (en), ${others.join(", ")}.`);
  await setBotProfile(api, process.env.LOCALES_DIR);
  console.log(`Description and short description set for: default (en), ${others.join(", ")}.`);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
