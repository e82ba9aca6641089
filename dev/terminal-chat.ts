import { createInterface } from "node:readline/promises";
import { htmlToPlainText } from "../functions/bot/html.ts";
import type { WebhookRuntime } from "../functions/webhook/webhook-runtime.ts";
import type { FakeBotApi, RecordedCall } from "./fake-bot-api.ts";
import { localInvocationContext } from "./local-runtime.ts";
import { callbackQueryUpdate, textMessageUpdate, type LocalUser } from "./telegram-updates.ts";

// Styling only where a terminal shows it; piped output stays plain text.
const styled = process.stdout.isTTY === true;
const bold = (text: string) => (styled ? `\x1b[1m${text}\x1b[22m` : text);
const dim = (text: string) => (styled ? `\x1b[2m${text}\x1b[22m` : text);

/** Telegram HTML → what a terminal can show: bold stays bold, links show their address. */
export function htmlToTerminal(html: string): string {
  return htmlToPlainText(html.replace(/<b>(.*?)<\/b>/gs, (_, inner: string) => bold(inner)));
}

interface Button {
  text: string;
  data: string;
  messageId: number;
}

/**
 * A chat with the bot in the terminal: each line becomes a real Telegram update that goes through
 * the webhook handler, and whatever the bot sends to the (fake) Bot API is printed.
 * `#2` taps the second button under the bot's last message with buttons.
 */
export async function runTerminalChat(runtime: WebhookRuntime, api: FakeBotApi, webhookSecret: string, user: LocalUser) {
  let buttons: Button[] = [];
  let lastMessageId = 0;

  const print = (call: RecordedCall) => {
    const { method, payload } = call;
    if (method === "answerCallbackQuery") {
      if (payload.text) console.log(dim(`  (notice) ${String(payload.text)}`));
      return;
    }
    if (method !== "sendMessage" && method !== "editMessageText") return;
    const toGroup = Number(payload.chat_id) !== user.id;
    const label = toGroup ? "bot → coordinators' group" : method === "editMessageText" ? "bot (edited)" : "bot";
    console.log(`\n${bold(label)}: ${htmlToTerminal(String(payload.text ?? ""))}`);
    const keyboard = (payload.reply_markup as { inline_keyboard?: { text: string; callback_data?: string; url?: string }[][] })?.inline_keyboard;
    if (!keyboard) return;
    const messageId = method === "editMessageText" ? Number(payload.message_id) : lastMessageId;
    buttons = keyboard.flat().filter((b) => b.callback_data).map((b) => ({ text: b.text, data: b.callback_data!, messageId }));
    buttons.forEach((button, index) => console.log(`  ${bold(`#${index + 1}`)} [${button.text}]`));
  };
  api.onCall((call) => {
    // A tap needs the id of the message that carries the button.
    if (call.method === "sendMessage") lastMessageId = (call.result as { message_id: number }).message_id;
    print(call);
  });

  const send = async (line: string) => {
    const tap = /^#(\d+)$/.exec(line.trim());
    const button = tap ? buttons[Number(tap[1]) - 1] : undefined;
    if (tap && !button) return console.log(dim("  There is no such button."));
    const update = button ? callbackQueryUpdate(user, button.data, button.messageId) : textMessageUpdate(user, line);
    const response = await runtime.handle(
      { method: "POST", headers: { "x-telegram-bot-api-secret-token": webhookSecret }, body: JSON.stringify(update), isBase64Encoded: false },
      localInvocationContext(),
    );
    if (response.statusCode !== 200) console.log(dim(`  (webhook answered ${response.statusCode})`));
  };

  console.log(`Local chat as ${user.first_name} (language ${user.language_code}). Type a message, #N to tap a button, /quit to leave.`);
  await send("/start");
  const input = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  input.setPrompt("\nyou: ");
  input.prompt();
  for await (const line of input) {
    if (line.trim() === "/quit") break;
    if (line.trim() !== "") await send(line);
    input.prompt();
  }
  input.close();
}
