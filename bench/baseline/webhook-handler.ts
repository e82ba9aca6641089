// The benchmark's baseline: the least a grammY webhook on Lambda with DynamoDB needs. It is
// bundled exactly like the real handler, so the difference is what the bot's own choices cost.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { Bot } from "grammy";
import type { Update } from "grammy/types";

const token = process.env.BENCH_BOT_TOKEN!;
const bot = new Bot(token, {
  botInfo: { id: 1, is_bot: true, first_name: "bench", username: "bench_bot" } as never,
  client: { apiRoot: process.env.TELEGRAM_API_ROOT },
});
bot.command("start", (ctx) => ctx.reply("Hello"));
const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: { body: string }) => {
  const update = JSON.parse(event.body) as Update;
  await documentClient.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: "bench", sk: "bench" } }));
  await bot.handleUpdate(update);
  return { statusCode: 200 };
};
