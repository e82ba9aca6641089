import { escapeHtml, htmlToPlainText } from "./html.ts";

/** Telegram's limits, counted on the text after the HTML is parsed (UTF-16 code units, as Telegram counts). */
export const TELEGRAM_LIMITS = { text: 4096, caption: 1024, callbackDataBytes: 64 } as const;

/**
 * A piece of a message: markup the bot wrote (a header, a label: short, kept whole), or text a
 * person wrote, which is escaped here and may be split between messages.
 */
export type MessageBlock = { html: string } | { text: string; italic?: boolean };

const plainLength = (html: string) => htmlToPlainText(html).length;

/** Where to cut `text` so the first part has at most `room` characters: a paragraph, line or word end if one is near. */
function cutPoint(text: string, room: number): number {
  if (text.length <= room) return text.length;
  const window = text.slice(0, room);
  for (const separator of ["\n\n", "\n", " "]) {
    const at = window.lastIndexOf(separator);
    // Only a break in the last third is worth it; otherwise the parts would be needlessly short.
    if (at > room * 0.66) return at + separator.length;
  }
  // No break near: cut, but never between the two halves of a character outside the BMP.
  const code = text.charCodeAt(room - 1);
  return code >= 0xd800 && code <= 0xdbff ? room - 1 : room;
}

/**
 * Packs blocks into as few messages as Telegram accepts, in order, one block after another on its
 * own line. A person's text longer than the room left is split at a paragraph, line or word; the
 * bot's own markup is never split. Every part stays within `limit` after parsing.
 */
export function composeMessages(blocks: readonly MessageBlock[], limit: number = TELEGRAM_LIMITS.text): string[] {
  const messages: string[] = [];
  let current: string[] = [];
  let used = 0;
  const flush = () => {
    if (current.length > 0) messages.push(current.join("\n"));
    current = [];
    used = 0;
  };
  const add = (html: string, length: number) => {
    current.push(html);
    used += length + (current.length > 1 ? 1 : 0);
  };
  const room = () => limit - used - (current.length > 0 ? 1 : 0);

  for (const block of blocks) {
    if ("html" in block) {
      const length = plainLength(block.html);
      if (length > room()) flush();
      add(block.html, length);
      continue;
    }
    let rest = block.text;
    const wrap = (text: string) => (block.italic ? `<i>${escapeHtml(text)}</i>` : escapeHtml(text));
    while (rest.length > 0) {
      // Telegram trims white space at a message's edges; a part made of nothing else would be refused.
      if (room() < 1 || (current.length > 0 && rest.length > room() && room() < limit / 4)) flush();
      const at = cutPoint(rest, room());
      const part = rest.slice(0, at);
      rest = rest.slice(at);
      if (part.trim() !== "") add(wrap(part.trimEnd()), part.trimEnd().length);
      if (rest.length > 0) flush();
      rest = rest.trimStart();
    }
  }
  flush();
  return messages;
}
