import { performance } from "node:perf_hooks";
import { Logger } from "@aws-lambda-powertools/logger";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { botInfoFrom } from "../functions/bot/create-bot.ts";
import { enquirySettingsFrom, localEnvironmentSchema, parseEnvironment } from "../functions/config.ts";
import { createDynamoDbClients } from "../functions/store/dynamodb-client.ts";
import { createWebhookRuntime } from "../functions/webhook/webhook-runtime.ts";
import { FakeBotApi } from "../dev/fake-bot-api.ts";
import { ensureTable, startLocalDynamoDb } from "../dev/local-dynamodb.ts";
import { localInvocationContext } from "../dev/local-runtime.ts";
import { callbackQueryUpdate, textMessageUpdate } from "../dev/telegram-updates.ts";
import { median, ratio } from "./stats.ts";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 30);
const SECRET = "bench-webhook-secret-0123456789";

/** One person's way through the dialogue: the step's name and the update it sends. */
const STEPS: [string, (user: { id: number; first_name: string; language_code: string }, messageId: number) => unknown][] = [
  ["/enquiry", (user) => textMessageUpdate(user, "/enquiry")],
  ["consent", (user, id) => callbackQueryUpdate(user, "eq:consent:yes", id)],
  ["who", (user, id) => callbackQueryUpdate(user, "eq:type:volunteer", id)],
  ["topic", (user, id) => callbackQueryUpdate(user, "eq:topic:friend-circles", id)],
  ["district", (user, id) => callbackQueryUpdate(user, "eq:district:5", id)],
  ["contact", (user, id) => callbackQueryUpdate(user, "eq:contact:telegram", id)],
  ["question (text)", (user) => textMessageUpdate(user, "Ich möchte bei einem Freundeskreis mitmachen.")],
  ["send (confirmation)", (user, id) => callbackQueryUpdate(user, "eq:send", id)],
];

/**
 * DynamoDB requests per update at each step of the dialogue (the dialogue's own, and the two of
 * the idempotency record every update costs), and the median in-process time of a step against
 * dynalite, beside one GetItem + one PutItem to the same dynalite as the baseline.
 */
export async function benchEnquiryDialogue(): Promise<string[]> {
  const dynamoDb = await startLocalDynamoDb();
  const api = await new FakeBotApi({ id: 1000001, username: "bench_engagement_bot" }).start();
  const { client, documentClient } = createDynamoDbClients({ endpoint: dynamoDb.endpoint });
  await ensureTable(client, "bench-dialogue");
  let counts = { dialogue: 0, idempotency: 0 };
  client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { Key?: { pk?: unknown }; Item?: { pk?: unknown } };
      const pk = JSON.stringify(input.Key?.pk ?? input.Item?.pk ?? "");
      if (pk.includes("TELEGRAM_UPDATE")) counts.idempotency++;
      else counts.dialogue++;
      return next(args);
    },
    { step: "initialize", name: "countRequests" },
  );
  const runtime = createWebhookRuntime({
    token: "1000001:placeholder-token-for-the-benchmark",
    webhookSecret: SECRET,
    botInfo: botInfoFrom(1000001, "bench_engagement_bot"),
    apiRoot: api.apiRoot,
    tableName: "bench-dialogue",
    client,
    documentClient,
    logger: new Logger({ logLevel: "SILENT" }),
    enquirySettings: { ...enquirySettingsFrom(parseEnvironment(localEnvironmentSchema, {})), maxOpen: 50, maxPerDay: 50 },
  });

  const perStep = STEPS.map(() => ({ dialogue: [] as number[], idempotency: [] as number[], ms: [] as number[] }));
  for (let person = 0; person < PEOPLE; person++) {
    const user = { id: 700_000 + person, first_name: "Bench", language_code: "de" };
    for (const [index, [, update]] of STEPS.entries()) {
      const lastMessage = api.calls.filter((call) => call.method === "sendMessage" && call.payload.chat_id === user.id).at(-1);
      const messageId = (lastMessage?.result as { message_id: number } | undefined)?.message_id ?? 1;
      counts = { dialogue: 0, idempotency: 0 };
      const started = performance.now();
      const response = await runtime.handle(
        { method: "POST", headers: { "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(update(user, messageId)), isBase64Encoded: false },
        localInvocationContext(),
      );
      if (response.statusCode !== 200) throw new Error(`step ${STEPS[index]![0]} answered ${response.statusCode}`);
      perStep[index]!.ms.push(performance.now() - started);
      perStep[index]!.dialogue.push(counts.dialogue);
      perStep[index]!.idempotency.push(counts.idempotency);
    }
  }
  const sent = api.callsTo("editMessageText").filter((call) => String(call.payload.text).includes("ist angekommen")).length;
  if (sent !== PEOPLE) throw new Error(`expected ${PEOPLE} confirmations, saw ${sent}`);

  const baseline: number[] = [];
  for (let i = 0; i < PEOPLE * 5; i++) {
    const started = performance.now();
    await documentClient.send(new GetCommand({ TableName: "bench-dialogue", Key: { pk: `BENCH#${i}`, sk: "X" } }));
    await documentClient.send(new PutCommand({ TableName: "bench-dialogue", Item: { pk: `BENCH#${i}`, sk: "X", value: i } }));
    baseline.push(performance.now() - started);
  }
  client.destroy();
  await api.stop();
  await dynamoDb.close();

  const ordinary = perStep.slice(1, -1).flatMap((step) => step.ms);
  const lines = [`Enquiry dialogue (${PEOPLE} people through every step, in-process against dynalite)`, "  step                 DynamoDB requests (dialogue + idempotency)   median ms"];
  for (const [index, [name]] of STEPS.entries()) {
    const step = perStep[index]!;
    lines.push(`  ${name.padEnd(20)} ${String(Math.max(...step.dialogue)).padStart(3)} + ${Math.max(...step.idempotency)}${" ".repeat(38)}${median(step.ms).toFixed(1).padStart(6)}`);
  }
  lines.push(
    `  ordinary step median ${median(ordinary).toFixed(1)} ms   one GetItem + one PutItem ${median(baseline).toFixed(1)} ms   ${ratio(median(ordinary), median(baseline))}  (targets: ≤ 2 requests on an ordinary step, ≤ 4 on confirmation)`,
  );
  return lines;
}
