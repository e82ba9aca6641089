import { createInterface } from "node:readline/promises";
import type { BotApiEmulator, EmulatedMessage } from "./playground/bot-api-emulator.ts";
import { BotApiError } from "./playground/bot-api-rules.ts";
import type { LocalUser } from "./telegram-updates.ts";

// Styling only where a terminal shows it; piped output stays plain text.
const styled = process.stdout.isTTY === true;
const bold = (text: string) => (styled ? `\x1b[1m${text}\x1b[22m` : text);
const dim = (text: string) => (styled ? `\x1b[2m${text}\x1b[22m` : text);

/** A message as the emulator keeps it (text and entities) → terminal text, bold kept. */
function messageToTerminal(message: EmulatedMessage): string {
  const text = message.text ?? message.caption ?? (message.document ? `📄 ${message.document.file_name}` : "");
  let result = "";
  let position = 0;
  for (const entity of (message.entities ?? []).filter((candidate) => candidate.type === "bold")) {
    if (entity.offset < position) continue;
    result += text.slice(position, entity.offset) + bold(text.slice(entity.offset, entity.offset + entity.length));
    position = entity.offset + entity.length;
  }
  return result + text.slice(position);
}

interface Button {
  text: string;
  data: string;
  messageId: number;
}

/**
 * A chat with the bot in the terminal, as one more person in the local Telegram: each line is a
 * message the emulator delivers to the webhook, and what the bot sends is printed.
 * `#2` taps the second button under the bot's last message with buttons.
 */
export async function runTerminalChat(emulator: BotApiEmulator, user: LocalUser, coordinatorChatId: number) {
  emulator.addUser(user);
  let buttons: Button[] = [];

  emulator.onEvent((event) => {
    if (event.kind === "callback-answer" && event.userId === user.id && event.text) console.log(dim(`  (notice) ${event.text}`));
    if (event.kind === "delivery-failed" && event.chatId === user.id) console.log(dim(`  (the webhook did not take the update: ${event.description})`));
    if (event.kind !== "message" || !event.message.from.is_bot) return;
    const { message } = event;
    const toGroup = event.chatId === coordinatorChatId;
    if (event.chatId !== user.id && !toGroup) return;
    const label = toGroup ? "bot → coordinators' group" : message.edit_date ? "bot (edited)" : "bot";
    console.log(`\n${bold(label)}: ${messageToTerminal(message)}`);
    if (toGroup || !message.reply_markup) return;
    buttons = message.reply_markup.inline_keyboard
      .flat()
      .filter((button) => button.callback_data)
      .map((button) => ({ text: button.text, data: button.callback_data!, messageId: message.message_id }));
    buttons.forEach((button, index) => console.log(`  ${bold(`#${index + 1}`)} [${button.text}]`));
  });

  const send = async (line: string) => {
    const tap = /^#(\d+)$/.exec(line.trim());
    const button = tap ? buttons[Number(tap[1]) - 1] : undefined;
    if (tap && !button) return console.log(dim("  There is no such button."));
    try {
      if (button) emulator.tapButton(user.id, user.id, button.messageId, button.data);
      else emulator.sendText(user.id, user.id, line);
    } catch (error) {
      if (error instanceof BotApiError) return console.log(dim(`  ${error.telegramDescription}`));
      throw error;
    }
    // The answer is printed before the next prompt.
    await emulator.idle();
  };

  console.log(`Local chat as ${user.first_name} (language ${user.language_code}). Type a message, #N to tap a button, /quit to leave.`);
  await send("/start");
  const input = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  input.setPrompt("\nyou: ");
  input.prompt();
  let quit = false;
  for await (const line of input) {
    if (line.trim() === "/quit") {
      quit = true;
      break;
    }
    if (line.trim() !== "") await send(line);
    input.prompt();
  }
  input.close();
  return { quit };
}
